import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Candidate } from '@shared/extract/candidate';
import { extractFigures } from '@shared/extract/extract-figures';
import { ARTICLE_ID, candidateProblems } from './extract-helpers';

/** Everything that must hold for any text: candidates are valid figures at their offsets, in text order, with unique ids. */
function invariantProblems(text: string, candidates: readonly Candidate[]): string[] {
  const problems = candidates.flatMap((candidate) => candidateProblems(text, candidate).map((p) => `${candidate.figure.id}: ${p}`));
  const ids = candidates.map((c) => c.figure.id);
  if (new Set(ids).size !== ids.length) problems.push('duplicate ids');
  ids.forEach((id, i) => {
    if (id !== `${ARTICLE_ID}-x${i + 1}`) problems.push(`id ${id} at position ${i}`);
  });
  candidates.forEach((c, i) => {
    if (i > 0 && c.figure.asWritten.start < candidates[i - 1].figure.asWritten.start) problems.push(`${c.figure.id} out of text order`);
  });
  return problems;
}

const checkText = (text: string): void => {
  expect(invariantProblems(text, extractFigures(text, { articleId: ARTICLE_ID }))).toEqual([]);
};

// Pieces that put the extractor's rules next to each other in ways no article would.
const FRAGMENTS = [
  '$', 'US$', 'HK$', 'C$', '€', '¥', '£', 'RMB', 'CNY', 'Rmb', ' yuan', ' dollars', '%', ' percent', 'x', '×', ' times',
  'k', 'K', 'm', 'M', 'mn', 'B', 'bn', 'T', 'tn', ' million', ' billion', ' trillion', ' shares', ' cents', ' pp', ' bps',
  '-', '−', '–', '—', '+', ' to ', ' and ', 'between ', 'from ', '(', ')', ',', '.', '. ', ':', ';', '/', '#', '\t', '  ', ' | ',
  '|---|', '\n', '\n\n', '\r\n', ' ', 'Q4 2025', 'FY2024/25', 'H1', 'in 2023', 'by 2026', 'mid-term', 'fell ', 'rose ',
  'down ', 'about ', 'over ', 'up to ', 'targeting ', 'expected ', 'Alibaba', 'Lenovo’s ', 'Tencent reported ', 'China’s ',
  'Cloud Intelligence Group ', '(ISG)', 'revenue ', 'net loss ', 'growth ', 'YoY', 'QoQ', 'forward P/E', 'EV/Sales',
  'non-GAAP', 'adjusted ', 'non-HKFRS', '1. ', '• ', '- ', 'Qwen3-235B-A22B', 'GPT-4', 'NYSE: ', '9988.HK', 'May 26, 2025',
  '12:33 am', '3min read', 'partners', ' users', '😀', '\u2028', 'é', '\u0000', 'ǅ', '\u00a0', 'e.g. ', 'U.S. ',
];
const numberish = fc.oneof(
  fc.integer({ min: 0, max: 2_000_000 }).map(String),
  fc.integer({ min: 0, max: 99_999 }).map((n) => (n / 100).toFixed(2)),
  fc.integer({ min: 1_000, max: 999_999_999 }).map((n) => n.toLocaleString('en-US')),
  fc.constantFrom('2023', '2025', '0992', '1,23', '3.2.1', '007', '1e9', '.5'),
);
const fragmentText = (maxLength: number) =>
  fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), numberish), { maxLength }).map((parts) => parts.join(''));

describe('extractFigures on any text', () => {
  it('never throws and proposes only valid figures, for arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), checkText), { numRuns: 400 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), checkText), { numRuns: 200 });
  });

  it('never throws and proposes only valid figures, for text built from number-ish fragments', () => {
    fc.assert(fc.property(fragmentText(80), checkText), { numRuns: 1500 });
  });

  it('copes with very long input in reasonable time', () => {
    fc.assert(
      fc.property(fragmentText(3000), (text) => {
        checkText(text.repeat(Math.ceil(100_000 / Math.max(1, text.length))).slice(0, 100_000));
      }),
      { numRuns: 5 },
    );
    // One 200,000-character "sentence" with figures all through it: no line breaks, no full stops.
    const long = 'Revenue rose 5% to $3.2 billion, about 40 million users and 18x forward P/E '.repeat(2_600);
    const started = performance.now();
    const candidates = extractFigures(long, { articleId: ARTICLE_ID });
    const elapsed = performance.now() - started;
    expect(invariantProblems(long, candidates)).toEqual([]);
    expect(candidates.length).toBeGreaterThan(10_000);
    expect(elapsed, `${Math.round(elapsed)} ms`).toBeLessThan(20_000);
  });

  it('refuses an article id that is not a slug, since no candidate could be valid', () => {
    expect(() => extractFigures('Revenue was $4 billion.', { articleId: 'Not A Slug' })).toThrow(/articleId/);
  });
});
