import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildRowSources } from '@shared/domain/comparison';
import { ArticleFileSchema, type Article, type Figure } from '@shared/domain/dataset-schema';
import { rowIdFor } from '@shared/domain/figures';
import seedFile from '../../../electron/seed-data/ev-stake-ai-surge-2024.article.json';
import seedText from '../../../electron/seed-data/ev-stake-ai-surge-2024.txt?raw';
import { articleMarks, buildArticleFigures, type ArticleMark } from '../../../renderer/src/panels/sources/article-figures';
import { segmentArticle, segmentText, type ArticleSegment, type TextMark } from '../../../renderer/src/panels/sources/segment-article';

const mark = (id: string, start: number, end: number, layer: number): TextMark => ({ id, start, end, layer });

/** A segment tree as a compact string: marks as [id:...], so expectations read like the text. */
function show(segments: readonly ArticleSegment<TextMark>[]): string {
  return segments.map((s) => (s.type === 'text' ? s.text : `[${s.mark.id}:${show(s.children)}]`)).join('');
}

describe('segmentArticle', () => {
  it('gives the text back as one piece without marks, and nothing for an empty text', () => {
    expect(segmentArticle('Revenue rose.\nCash fell.', [])).toEqual([{ type: 'text', start: 0, text: 'Revenue rose.\nCash fell.' }]);
    expect(segmentArticle('', [mark('q', 0, 3, 0)])).toEqual([]);
  });

  it('nests the figure inside its quote', () => {
    const text = 'Intro. Cash was $83.6 billion. End.';
    const segments = segmentArticle(text, [mark('fig', 16, 29, 1), mark('quote', 7, 30, 0)]);
    expect(show(segments)).toBe('Intro. [quote:Cash was [fig:$83.6 billion].] End.');
    expect(segments[1]).toMatchObject({ type: 'mark', start: 7, end: 30 });
  });

  it('cuts a higher-layer mark that crosses a quote edge into a piece inside and a piece outside', () => {
    const text = 'aaaa bbbb cccc';
    expect(show(segmentArticle(text, [mark('quote', 5, 9, 0), mark('other', 7, 12, 2)]))).toBe('aaaa [quote:bb[other:bb]][other: cc]cc');
    expect(show(segmentArticle(text, [mark('quote', 5, 9, 0), mark('other', 2, 7, 2)]))).toBe('aa[other:aa ][quote:[other:bb]bb] cccc');
  });

  it('never nests marks of one layer: the earlier takes the overlap, the later keeps the rest', () => {
    const text = '0123456789';
    expect(show(segmentArticle(text, [mark('b', 4, 8, 2), mark('a', 2, 6, 2)]))).toBe('01[a:2345][b:67]89');
    // Wholly inside another of its layer: gone, so no button ever sits inside another.
    expect(show(segmentArticle(text, [mark('outer', 1, 9, 2), mark('inner', 3, 5, 2)]))).toBe('0[outer:12345678]9');
    // Same span: the smaller id wins, whatever the input order.
    expect(show(segmentArticle(text, [mark('y', 3, 5, 0), mark('x', 3, 5, 0)]))).toBe('012[x:34]56789');
  });

  it('gives the same pieces for marks in any order', () => {
    const text = 'The quick brown fox jumps over the lazy dog';
    const marks = [mark('q', 4, 25, 0), mark('f', 10, 15, 1), mark('o1', 0, 9, 2), mark('o2', 12, 30, 2), mark('o3', 20, 22, 2)];
    const expected = segmentArticle(text, marks);
    expect(segmentArticle(text, [...marks].reverse())).toEqual(expected);
    expect(segmentArticle(text, [marks[2], marks[0], marks[4], marks[1], marks[3]])).toEqual(expected);
  });

  it('clamps marks to the text and drops empty, inverted and fractional ones', () => {
    const text = 'abcdef';
    const segments = segmentArticle(text, [mark('past', 4, 99, 0), mark('empty', 2, 2, 0), mark('inverted', 3, 1, 0), mark('half', 0.5, 2, 0), mark('before', -5, 1, 1)]);
    expect(show(segments)).toBe('[before:a]bcd[past:ef]');
    expect(segments[2]).toMatchObject({ start: 4, end: 6 });
  });

  it('keeps markup and script as the characters they are', () => {
    const text = 'Before <script>alert("x")</script> and <b>bold</b> after.';
    const segments = segmentArticle(text, [mark('q', 7, 34, 0)]);
    expect(segments.map(segmentText).join('')).toBe(text);
    expect(show(segments)).toBe('Before [q:<script>alert("x")</script>] and <b>bold</b> after.');
  });

  it('keeps the text, the ranges and the layering for any marks (property)', () => {
    const arbitraryMark = fc.record({ start: fc.integer({ min: -3, max: 43 }), length: fc.integer({ min: -2, max: 20 }), layer: fc.integer({ min: 0, max: 2 }) });
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.array(arbitraryMark, { maxLength: 8 }), (text, specs) => {
        const marks = specs.map((spec, index) => mark(`m${index}`, spec.start, spec.start + spec.length, spec.layer));
        const segments = segmentArticle(text, marks);
        expect(segments.map(segmentText).join('')).toBe(text);
        const check = (pieces: readonly ArticleSegment<TextMark>[], from: number, to: number, parentLayer: number): void => {
          let at = from;
          for (const piece of pieces) {
            expect(piece.start).toBe(at);
            const end = piece.type === 'text' ? piece.start + piece.text.length : piece.end;
            expect(end).toBeGreaterThan(piece.start);
            if (piece.type === 'mark') {
              expect(piece.mark.layer).toBeGreaterThan(parentLayer);
              expect(piece.start).toBeGreaterThanOrEqual(piece.mark.start);
              expect(piece.end).toBeLessThanOrEqual(piece.mark.end);
              check(piece.children, piece.start, piece.end, piece.mark.layer);
            }
            at = end;
          }
          expect(at).toBe(pieces.length === 0 ? from : to);
        };
        check(segments, 0, text.length, Number.NEGATIVE_INFINITY);
      }),
    );
  });
});

function figureAt(text: string, id: string, metric: string, quote: string, asWritten: string): Figure {
  const quoteStart = text.indexOf(quote);
  const figureStart = text.indexOf(asWritten, quoteStart);
  return {
    id,
    articleId: 'test-article',
    entity: 'lenovo',
    segment: null,
    metric,
    label: metric,
    value: 1,
    unit: 'percent',
    currency: null,
    scale: 'one',
    asWritten: { start: figureStart, end: figureStart + asWritten.length, text: asWritten },
    quote: { start: quoteStart, end: quoteStart + quote.length, text: quote },
    period: { label: null, source: 'unstated' },
    basis: [],
    qualifiers: [],
  };
}

function articleOf(id: string, text: string): Article {
  return { id, text, title: 'A test', publisher: null, author: null, date: '2025-01-02', dateSource: 'stated', dateNote: 'printed', textFile: `${id}.txt` };
}

describe('article figures and marks', () => {
  const text = 'Revenue grew 22% in the half. Margins rose 3%.\nNet income grew 20%.';
  const revenue = figureAt(text, 'revenue', 'revenue-growth', 'Revenue grew 22% in the half.', '22%');
  const margin = figureAt(text, 'margin', 'gross-margin', 'Margins rose 3%.', '3%');
  const moved = { ...figureAt(text, 'income', 'net-income-growth', 'Net income grew 20%.', '20%'), quote: { start: 0, end: 20, text: 'Net income grew 20%.' } };

  it('lists every figure of an article in text order, each checked against the text', () => {
    const byArticle = buildArticleFigures(buildRowSources([moved, margin, revenue]), [articleOf('test-article', text)]);
    const entries = byArticle.get('test-article') ?? [];
    expect(entries.map((entry) => [entry.figure.id, entry.isPlaced])).toEqual([
      ['revenue', true],
      ['margin', true],
      ['income', false],
    ]);
    expect(entries[0].rowId).toBe(rowIdFor(revenue));
    expect(entries[0].rowLabel).toBe('Lenovo · Revenue growth');
  });

  it('marks the selected row strongly, other figures lightly, and a misplaced figure not at all', () => {
    const entries = buildArticleFigures(buildRowSources([revenue, margin, moved]), [articleOf('test-article', text)]).get('test-article') ?? [];
    const marks = articleMarks(entries, rowIdFor(revenue));
    expect(marks.map((m) => `${m.kind}:${m.entry.figure.id}`)).toEqual(['selected-quote:revenue', 'selected-figure:revenue', 'figure:margin']);
    const show = (segments: readonly ArticleSegment<ArticleMark>[]): string =>
      segments.map((s) => (s.type === 'text' ? s.text : `[${s.mark.kind}:${show(s.children)}]`)).join('');
    expect(show(segmentArticle(text, marks))).toBe('[selected-quote:Revenue grew [selected-figure:22%] in the half.] Margins rose [figure:3%].\nNet income grew 20%.');
    // With the misplaced figure's row selected nothing is highlighted: a wrong span is never marked.
    expect(articleMarks(entries, rowIdFor(moved)).map((m) => m.kind)).toEqual(['figure', 'figure']);
  });

  it('places every figure of the seed article and keeps its text whole', () => {
    const file = ArticleFileSchema.parse(seedFile);
    const entries = buildArticleFigures(buildRowSources(file.figures), [articleOf(file.article.id, seedText)]).get(file.article.id) ?? [];
    expect(entries).toHaveLength(file.figures.length);
    expect(entries.every((entry) => entry.isPlaced)).toBe(true);
    const segments = segmentArticle(seedText, articleMarks(entries, 'alibaba||cash'));
    expect(segments.map(segmentText).join('')).toBe(seedText);
    const quote = segments.find((s) => s.type === 'mark' && s.mark.kind === 'selected-quote');
    expect(quote && segmentText(quote)).toContain('$83.6 billion');
  });
});
