import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleFileSchema, type Figure } from '@shared/domain/dataset-schema';
import { isSameValue } from '@shared/domain/figures';
import type { Candidate } from '@shared/extract/candidate';
import { extractFigures } from '@shared/extract/extract-figures';
import { SEED_DIR } from '../seed-data';
import { candidateProblems } from './extract-helpers';

/*
 * Precision and recall of the extractor on the two articles that ship with the app, against the
 * figures an analyst entered by hand (electron/seed-data/*.article.json).
 *
 * A candidate MATCHES a dataset figure when
 *   1. their asWritten spans overlap (start < other end, both ways), and
 *   2. their values are equal within 1e-9 relative (`isSameValue`, the app's own rule).
 * Matching is one-to-one: each figure and each candidate is used once, in text order.
 * Precision = matched candidates / candidates; recall = matched figures / dataset figures.
 *
 * The rules were written for language patterns, not for these sentences; this test only measures.
 * Measured when the thresholds were set (npx vitest run test/unit/extract/extract-seed-quality.test.ts):
 *   alibaba-inter-asia-2025-05-26  20 candidates, 20 matched of 20 figures: precision 1.00, recall 1.00
 *   ev-stake-ai-surge-2024         20 candidates, 20 matched of 20 figures: precision 1.00, recall 1.00
 *   overall                        40 / 40 / 40: precision 1.00, recall 1.00
 * Thresholds sit a little below, so one new miss per article fails loudly only if it is two.
 */
const MIN_ARTICLE_PRECISION = 0.9;
const MIN_ARTICLE_RECALL = 0.9;
const MIN_OVERALL_PRECISION = 0.95;
const MIN_OVERALL_RECALL = 0.95;

interface SeedArticle {
  readonly id: string;
  readonly text: string;
  readonly figures: readonly Figure[];
}

function loadSeedArticles(): SeedArticle[] {
  return readdirSync(SEED_DIR)
    .filter((name) => name.endsWith('.article.json'))
    .sort()
    .map((name) => {
      const file = ArticleFileSchema.parse(JSON.parse(readFileSync(path.join(SEED_DIR, name), 'utf8')));
      const text = readFileSync(path.join(SEED_DIR, file.article.textFile), 'utf8');
      return { id: file.article.id, text, figures: file.figures };
    });
}

const overlaps = (a: Figure['asWritten'], b: Figure['asWritten']): boolean => a.start < b.end && b.start < a.end;
const isMatch = (candidate: Candidate, figure: Figure): boolean =>
  overlaps(candidate.figure.asWritten, figure.asWritten) && isSameValue(candidate.figure.value, figure.value);

interface Scored {
  readonly article: string;
  readonly candidates: readonly Candidate[];
  readonly pairs: readonly [Candidate, Figure][];
  readonly missed: readonly Figure[];
  readonly extra: readonly Candidate[];
}

function score(article: SeedArticle): Scored {
  const candidates = extractFigures(article.text, { articleId: article.id });
  const used = new Set<Candidate>();
  const pairs: [Candidate, Figure][] = [];
  const missed: Figure[] = [];
  for (const figure of [...article.figures].sort((a, b) => a.asWritten.start - b.asWritten.start)) {
    const candidate = candidates.find((c) => !used.has(c) && isMatch(c, figure));
    if (candidate) {
      used.add(candidate);
      pairs.push([candidate, figure]);
    } else {
      missed.push(figure);
    }
  }
  return { article: article.id, candidates, pairs, missed, extra: candidates.filter((c) => !used.has(c)) };
}

const ratio = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole);
const samePeriodLabel = (a: string | null, b: string | null): boolean => (a ?? '').toLowerCase() === (b ?? '').toLowerCase();

/** How many matched figures also got each attribute right. */
function attributeHits(pairs: readonly [Candidate, Figure][]): Record<string, number> {
  const count = (test: (c: Figure, f: Figure) => boolean): number => pairs.filter(([c, f]) => test(c.figure, f)).length;
  return {
    'unit+currency': count((c, f) => c.unit === f.unit && c.currency === f.currency),
    scale: count((c, f) => c.scale === f.scale),
    'period label': count((c, f) => samePeriodLabel(c.period.label, f.period.label)),
    metric: count((c, f) => c.metric === f.metric),
    entity: count((c, f) => c.entity === f.entity),
    basis: count((c, f) => [...c.basis].sort().join() === [...f.basis].sort().join()),
  };
}

describe('extraction quality on the seed articles', () => {
  const scored = loadSeedArticles().map((article) => ({ article, result: score(article) }));

  it('has the two seed articles and their 40 figures to measure against', () => {
    expect(scored.map(({ article }) => article.figures.length).reduce((a, b) => a + b, 0)).toBe(40);
  });

  it('proposes only valid candidates for the seed texts', () => {
    for (const { article, result } of scored) {
      for (const candidate of result.candidates) expect(candidateProblems(article.text, candidate), candidate.figure.id).toEqual([]);
    }
  });

  it('finds the figures an analyst entered, and little else', () => {
    const rows = scored.map(({ article, result }) => ({
      article: result.article,
      candidates: result.candidates.length,
      figures: article.figures.length,
      matched: result.pairs.length,
      precision: ratio(result.pairs.length, result.candidates.length).toFixed(3),
      recall: ratio(result.pairs.length, article.figures.length).toFixed(3),
      missed: result.missed.map((f) => `${f.id} “${f.asWritten.text}”`).join('; ') || '-',
      extra: result.extra.map((c) => `“${c.figure.asWritten.text}” @${c.figure.asWritten.start}`).join('; ') || '-',
    }));
    const total = {
      candidates: rows.reduce((n, r) => n + r.candidates, 0),
      figures: rows.reduce((n, r) => n + r.figures, 0),
      matched: rows.reduce((n, r) => n + r.matched, 0),
    };
    const overall = { precision: ratio(total.matched, total.candidates), recall: ratio(total.matched, total.figures) };
    console.log('Extraction on the seed articles');
    console.table(rows);
    console.log(`overall: ${total.candidates} candidates, ${total.matched} matched of ${total.figures} figures; precision ${overall.precision.toFixed(3)}, recall ${overall.recall.toFixed(3)}`);

    const pairs = scored.flatMap(({ result }) => result.pairs);
    const hits = attributeHits(pairs);
    console.log(`of ${pairs.length} matched figures, also right: ${Object.entries(hits).map(([what, n]) => `${what} ${n}`).join(', ')}`);
    const wrong = pairs.filter(([c, f]) => c.figure.metric !== f.metric || !samePeriodLabel(c.figure.period.label, f.period.label) || c.figure.entity !== f.entity);
    console.log(wrong.map(([c, f]) => `  ${f.id}: metric ${c.figure.metric}${c.figure.metric === f.metric ? '' : ` (dataset ${f.metric})`}, period ${c.figure.period.label}${samePeriodLabel(c.figure.period.label, f.period.label) ? '' : ` (dataset ${f.period.label})`}, entity ${c.figure.entity}${c.figure.entity === f.entity ? '' : ` (dataset ${f.entity})`}`).join('\n'));

    for (const row of rows) {
      expect(Number(row.precision), `${row.article} precision`).toBeGreaterThanOrEqual(MIN_ARTICLE_PRECISION);
      expect(Number(row.recall), `${row.article} recall`).toBeGreaterThanOrEqual(MIN_ARTICLE_RECALL);
    }
    expect(overall.precision).toBeGreaterThanOrEqual(MIN_OVERALL_PRECISION);
    expect(overall.recall).toBeGreaterThanOrEqual(MIN_OVERALL_RECALL);
    // Units and currencies must be right whenever the value is: a matched $ figure read as yuan would be a real error.
    expect(hits['unit+currency']).toBe(pairs.length);
  });
});
