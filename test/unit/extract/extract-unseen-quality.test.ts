/**
 * An honest, unseen quality check of the figure extractor.
 *
 * The three articles in test/fixtures/unseen-articles/ were written and hand-annotated
 * without reading the extractor's rules (see the README there for the annotation
 * conventions). Each article is read with prepareArticle, as the import dialog does,
 * and its candidates are matched one-to-one to the expected figures: a candidate matches
 * an expected figure when its asWritten span overlaps the expected occurrence's span in
 * the prepared text and the values agree within 1e-9 relative.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '@shared/extract/extract-figures';
import { prepareArticle } from '@shared/intake/prepare-article';

const FIXTURE_DIR = resolve(import.meta.dirname, '../../fixtures/unseen-articles');
const ARTICLES = ['tencent-results.txt', 'byd-broker-note.md', 'eu-bank-news.html'] as const;

interface ExpectedFigure {
  readonly asWritten: string;
  readonly occurrence: number;
  readonly value: number;
  readonly unit: 'currency' | 'percent' | 'multiple' | 'shares' | 'count';
  readonly currency: 'USD' | 'CNY' | 'HKD' | 'EUR' | null;
}

interface Span {
  readonly start: number;
  readonly end: number;
}

/** What the test reads from a candidate: its figure's value, unit, currency and span. */
interface CandidateView extends Span {
  readonly text: string;
  readonly value: number;
  readonly unit: string;
  readonly currency: string | null;
}

const isDigit = (ch: string | undefined): boolean => ch !== undefined && /[0-9]/.test(ch);
const isLetter = (ch: string | undefined): boolean => ch !== undefined && /\p{L}/u.test(ch);

/**
 * Start of the n-th (1-based) whole-token occurrence of `needle` in `text`, or -1.
 * Whole-token: a needle starting with a digit is not preceded by a digit or by "." / ","
 * after a digit (so "3%" is not found inside "43%" or "35.3%"); one ending with a digit
 * is not followed by a digit or by "." / "," before a digit; a needle starting or
 * ending with a letter is not glued to another letter. See the fixtures' README.
 */
function findOccurrence(text: string, needle: string, occurrence: number): number {
  let seen = 0;
  let from = 0;
  for (;;) {
    const at = text.indexOf(needle, from);
    if (at < 0) return -1;
    from = at + 1;
    const before = text[at - 1];
    const after = text[at + needle.length];
    const first = needle[0];
    const last = needle[needle.length - 1];
    if (isDigit(first)) {
      if (isDigit(before)) continue;
      if ((before === '.' || before === ',') && isDigit(text[at - 2])) continue;
    }
    if (isLetter(first) && isLetter(before)) continue;
    if (isDigit(last)) {
      if (isDigit(after)) continue;
      if ((after === '.' || after === ',') && isDigit(text[at + needle.length + 1])) continue;
    }
    if (isLetter(last) && isLetter(after)) continue;
    seen += 1;
    if (seen === occurrence) return at;
  }
}

function candidatesOf(text: string): CandidateView[] {
  return extractFigures(text, { articleId: 'unseen' }).map(({ figure }) => ({
    start: figure.asWritten.start,
    end: figure.asWritten.end,
    text: figure.asWritten.text,
    value: figure.value,
    unit: figure.unit,
    currency: figure.currency,
  }));
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
const sameValue = (a: number, b: number): boolean =>
  a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));

interface ArticleScore {
  readonly name: string;
  readonly expected: number;
  readonly candidates: number;
  readonly matched: number;
  readonly unitAgree: number;
  readonly currencyAgree: number;
  readonly missed: string[];
  readonly extra: string[];
  readonly disagreements: string[];
  readonly unlocated: string[];
}

function scoreArticle(fileName: string): ArticleScore {
  const content = readFileSync(resolve(FIXTURE_DIR, fileName), 'utf8');
  const base = fileName.replace(/\.(txt|md|html)$/, '');
  const expected = JSON.parse(
    readFileSync(resolve(FIXTURE_DIR, `${base}.expected.json`), 'utf8'),
  ) as ExpectedFigure[];
  const prepared = prepareArticle(fileName, content);
  const text = prepared.text;

  const unlocated: string[] = [];
  const spans = expected.map((e) => {
    const start = findOccurrence(text, e.asWritten, e.occurrence);
    if (start < 0) unlocated.push(`${e.asWritten} #${e.occurrence}`);
    return { start, end: start < 0 ? -1 : start + e.asWritten.length };
  });

  const candidates = candidatesOf(text);
  // One-to-one matching: each expected figure takes the first free candidate that overlaps
  // it with an equal value, preferring the candidate whose span starts closest to it.
  const used = new Set<number>();
  const matchOf: Array<number | null> = expected.map((e, i) => {
    const span = spans[i];
    if (span.start < 0) return null;
    let best: number | null = null;
    candidates.forEach((c, j) => {
      if (used.has(j) || !overlaps(c, span) || !sameValue(c.value, e.value)) return;
      if (best === null || Math.abs(c.start - span.start) < Math.abs(candidates[best].start - span.start)) best = j;
    });
    if (best !== null) used.add(best);
    return best;
  });

  const missed: string[] = [];
  const disagreements: string[] = [];
  let unitAgree = 0;
  let currencyAgree = 0;
  expected.forEach((e, i) => {
    const j = matchOf[i];
    if (j === null) {
      const near = candidates.find((c) => spans[i].start >= 0 && overlaps(c, spans[i]));
      missed.push(
        `${JSON.stringify(e.asWritten)} #${e.occurrence} = ${e.value} ${e.unit}${e.currency ? ` ${e.currency}` : ''}` +
          (near ? `   (overlapping candidate ${JSON.stringify(near.text)} = ${near.value} ${near.unit})` : ''),
      );
      return;
    }
    const c = candidates[j];
    if (c.unit === e.unit) unitAgree += 1;
    if ((c.currency ?? null) === e.currency) currencyAgree += 1;
    if (c.unit !== e.unit || (c.currency ?? null) !== e.currency) {
      disagreements.push(
        `${JSON.stringify(e.asWritten)}: expected ${e.unit}/${e.currency ?? '-'}, got ${c.unit}/${c.currency ?? '-'}`,
      );
    }
  });
  const extra = candidates
    .filter((_, j) => !used.has(j))
    .map((c) => {
      const context = text.slice(Math.max(0, c.start - 25), Math.min(text.length, c.end + 15)).replace(/\s+/g, ' ');
      return `${JSON.stringify(c.text)} = ${c.value} ${c.unit}${c.currency ? ` ${c.currency}` : ''}   … ${context} …`;
    });

  return {
    name: base,
    expected: expected.length,
    candidates: candidates.length,
    matched: matchOf.filter((m) => m !== null).length,
    unitAgree,
    currencyAgree,
    missed,
    extra,
    disagreements,
    unlocated,
  };
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
const fmt = (x: number): string => x.toFixed(2);

describe('extractFigures on unseen, hand-annotated articles', () => {
  const scores = ARTICLES.map(scoreArticle);
  const total = scores.reduce(
    (acc, s) => ({
      expected: acc.expected + s.expected,
      candidates: acc.candidates + s.candidates,
      matched: acc.matched + s.matched,
      unitAgree: acc.unitAgree + s.unitAgree,
      currencyAgree: acc.currencyAgree + s.currencyAgree,
    }),
    { expected: 0, candidates: 0, matched: 0, unitAgree: 0, currencyAgree: 0 },
  );

  const rows = [
    ...scores.map((s) => ({ article: s.name, ...s })),
    { article: 'OVERALL', ...total },
  ].map((r) => ({
    article: r.article,
    expected: r.expected,
    candidates: r.candidates,
    matched: r.matched,
    precision: fmt(ratio(r.matched, r.candidates)),
    recall: fmt(ratio(r.matched, r.expected)),
    unitAgree: `${r.unitAgree}/${r.matched}`,
    currencyAgree: `${r.currencyAgree}/${r.matched}`,
  }));
  const header = Object.keys(rows[0]);
  const widths = header.map((h) => Math.max(h.length, ...rows.map((r) => String(r[h as keyof typeof r]).length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  const report = [
    line(header),
    ...rows.map((r) => line(header.map((h) => String(r[h as keyof typeof r])))),
    '',
    ...scores.flatMap((s) => [
      `── ${s.name}: missed ${s.missed.length} expected figure(s)`,
      ...s.missed.map((m) => `   - ${m}`),
      `── ${s.name}: ${s.extra.length} extra candidate(s)`,
      ...s.extra.map((x) => `   + ${x}`),
      `── ${s.name}: ${s.disagreements.length} unit/currency disagreement(s) on matches`,
      ...s.disagreements.map((d) => `   ~ ${d}`),
    ]),
  ].join('\n');
  console.log(`\nUnseen-article extraction quality\n${report}\n`);

  it('finds every expected figure in the prepared text (the fixtures are valid)', () => {
    for (const s of scores) expect(s.unlocated, s.name).toEqual([]);
  });

  // Thresholds sit below the measured numbers so that a regression fails and an improvement
  // does not; see the comment below for what was measured.
  // Measured on 2026-11-21 (first run, annotations untouched afterwards):
  //   tencent-results  57 expected, 54 candidates, 54 matched: precision 1.00, recall 0.95
  //   byd-broker-note  63 expected, 60 candidates, 60 matched: precision 1.00, recall 0.95
  //   eu-bank-news     47 expected, 46 candidates, 46 matched: precision 1.00, recall 0.98
  //   OVERALL         167 expected, 160 candidates, 160 matched: precision 1.00, recall 0.96
  //   unit agreement 160/160, currency agreement 160/160 on matches.
  // Missed: counts and share counts whose noun is not right after the number ("users ...
  // reached 1.41 billion", "forecast 4.6 million for the full year", "129.8 million new
  // H-shares", "shares outstanding to about 1.13 billion") and "68 US cents".
  it('meets the precision and recall floors', () => {
    for (const s of scores) {
      expect(ratio(s.matched, s.candidates), `${s.name} precision`).toBeGreaterThanOrEqual(0.9);
      expect(ratio(s.matched, s.expected), `${s.name} recall`).toBeGreaterThanOrEqual(0.85);
    }
    expect(ratio(total.matched, total.candidates), 'overall precision').toBeGreaterThanOrEqual(0.95);
    expect(ratio(total.matched, total.expected), 'overall recall').toBeGreaterThanOrEqual(0.9);
  });

  it('agrees on unit and currency for matched figures', () => {
    expect(ratio(total.unitAgree, total.matched), 'unit agreement').toBeGreaterThanOrEqual(0.95);
    expect(ratio(total.currencyAgree, total.matched), 'currency agreement').toBeGreaterThanOrEqual(0.95);
  });
});
