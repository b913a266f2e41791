import { beforeAll, describe, expect, it } from 'vitest';
import { articleRefs, type ArticleRef } from '@shared/domain/article-refs';
import { findConflict, NO_CONTEXT } from '@shared/domain/comparability';
import {
  buildRowSources,
  cellUnitContext,
  computeRow,
  type Assumption,
  type ComparisonRow,
  type RowAssumptions,
  type RowSource,
} from '@shared/domain/comparison';
import { FigureSchema, type Figure } from '@shared/domain/dataset-schema';
import { formatDelta, formatPercentChange } from '@shared/domain/format';
import { loadSeedDataset } from './seed-data';

const OLDER_ID = 'ev-stake-ai-surge-2024';
const NEWER_ID = 'alibaba-inter-asia-2025-05-26';

let sources: RowSource[];
let refs: ArticleRef[];
let base: ArticleRef;
let other: ArticleRef;

beforeAll(async () => {
  const snapshot = await loadSeedDataset();
  sources = buildRowSources(snapshot.figures);
  refs = articleRefs(snapshot.articles);
  [base, other] = refs;
});

function sourceRow(id: string): RowSource {
  const source = sources.find((s) => s.id === id);
  if (!source) throw new Error(`no row "${id}"; rows are ${sources.map((s) => s.id).join(', ')}`);
  return source;
}

function assume(value: number): Assumption {
  return { value, input: String(value), setAt: '2025-06-01T00:00:00.000Z' };
}

function seedRow(id: string, assumptions: RowAssumptions = {}): ComparisonRow {
  return computeRow(sourceRow(id), assumptions, { refs: [base, other], baseline: base }, refs.map((r) => r.id));
}

describe('comparison rows from the seed dataset', () => {
  it('names the articles oldest first, with how their dates are known', () => {
    expect(refs).toEqual([
      { id: OLDER_ID, name: 'article 1 (Nov 2024, inferred)' },
      { id: NEWER_ID, name: 'article 2 (26 May 2025)' },
    ]);
  });

  it('subtracts the Alibaba cash figures: $60B against $83.6B is −$23.6B, −28.2%', () => {
    const row = seedRow('alibaba||cash');
    expect(row.status).toBe('comparable');
    expect(row.reasons).toEqual([]);
    expect(row.cells[OLDER_ID].value).toBe(83.6e9);
    expect(row.cells[NEWER_ID].value).toBe(60e9);
    expect(row.delta).toBe(-23.6e9);
    expect(row.deltaPercent).toBeCloseTo(-0.2823, 4);
    expect(formatDelta(row.delta ?? Number.NaN, row.unit)).toBe('\u2212$23.6B');
    expect(formatPercentChange(row.deltaPercent ?? Number.NaN)).toBe('\u221228.2%');
    expect(row.displayScale).toBe('billion');
  });

  it.each([
    ['alibaba||forward-pe', 'Forward P/E', 'Forward EV/Sales'],
    ['alibaba||forward-ev-sales', 'Forward EV/Sales', 'Forward P/E'],
  ])('marks %s as a related metric, not a delta', (id, own, related) => {
    const row = seedRow(id);
    expect(row.status).toBe('related-metric');
    expect(row.delta).toBeNull();
    expect(row.deltaPercent).toBeNull();
    expect(row.reasons).toHaveLength(1);
    const { message } = row.reasons[0];
    expect(message).toContain(own);
    expect(message).toContain(related);
    expect(message).toContain('valuation multiples');
  });

  it('flags the two Lenovo revenue growth figures of article 1 as a conflict', () => {
    const row = seedRow('lenovo||revenue-growth');
    expect(row.status).toBe('conflict');
    expect(row.delta).toBeNull();
    const conflict = row.reasons.find((r) => r.code === 'conflict');
    expect(conflict?.message).toContain('article 1');
    expect(conflict?.message).toContain('22%');
    expect(conflict?.message).toContain('24%');
  });

  it('counts three mentions of the same $300M stake value, which is no conflict', () => {
    const row = seedRow('alibaba||stake-value');
    expect(row.status).not.toBe('conflict');
    expect(row.reasons.map((r) => r.code)).not.toContain('conflict');
    expect(row.cells[OLDER_ID].mentions).toBe(3);
    expect(row.cells[OLDER_ID].value).toBe(300e6);
    expect(row.cells[NEWER_ID].mentions).toBe(0);
    expect(row.status).toBe('only-in-one');
  });

  it('marks the Xpeng net loss, given only in article 1, as only in one', () => {
    const row = seedRow('xpeng||net-loss');
    expect(row.status).toBe('only-in-one');
    expect(row.delta).toBeNull();
    expect(row.reasons).toEqual([{ code: 'only-in-one', message: 'Only in article 1 (Nov 2024, inferred).' }]);
    expect(row.cells[NEWER_ID].value).toBeNull();
    expect(row.unit).toEqual({ kind: 'currency', currency: 'CNY' });
  });

  it('puts one row per entity, segment and metric, and every seed figure in exactly one row', () => {
    const ids = sources.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    const placed = sources.flatMap((s) => Object.values(s.figuresByArticle).flat());
    expect(placed).toHaveLength(40);
  });
});

describe('comparison rows with the analyst’s assumptions', () => {
  it('recomputes the cash delta from an assumption on the article 2 side', () => {
    const row = seedRow('alibaba||cash', { [NEWER_ID]: assume(70e9) });
    expect(row.status).toBe('comparable');
    expect(row.hasAssumption).toBe(true);
    expect(row.cells[NEWER_ID].value).toBe(70e9);
    expect(row.cells[NEWER_ID].sourceFigure?.value).toBe(60e9);
    expect(row.delta).toBe(-13.6e9);
    expect(row.deltaPercent).toBeCloseTo(-13.6 / 83.6, 10);
  });

  it('makes an only-in-one row comparable when the empty side is filled in the same unit', () => {
    const row = seedRow('xpeng||net-loss', { [NEWER_ID]: assume(12e9) });
    expect(row.status).toBe('comparable');
    expect(row.reasons).toEqual([]);
    expect(row.cells[NEWER_ID].unit).toEqual({ kind: 'currency', currency: 'CNY' });
    expect(row.delta).toBe(1.6e9);
    expect(row.deltaPercent).toBeCloseTo(1.6 / 10.4, 10);
  });

  it('drops the conflict of the side the analyst settles with an assumption', () => {
    const row = seedRow('lenovo||revenue-growth', { [OLDER_ID]: assume(0.22) });
    expect(row.reasons.map((r) => r.code)).not.toContain('conflict');
    expect(row.status).toBe('only-in-one');
  });

  it('keeps the conflict when the assumption is on the other side', () => {
    const row = seedRow('lenovo||revenue-growth', { [NEWER_ID]: assume(0.2) });
    expect(row.status).toBe('conflict');
    expect(row.delta).toBeNull();
  });

  it('has no assumption flag without assumptions', () => {
    expect(seedRow('alibaba||cash').hasAssumption).toBe(false);
  });
});

const ARTICLE_A: ArticleRef = { id: 'article-a', name: 'article 1 (1 Jan 2024)' };
const ARTICLE_B: ArticleRef = { id: 'article-b', name: 'article 2 (1 Jan 2025)' };
const BOTH = { refs: [ARTICLE_A, ARTICLE_B], baseline: ARTICLE_A };
const BOTH_IDS = [ARTICLE_A.id, ARTICLE_B.id];

/** A valid figure of the test company's revenue; overrides change only what a test is about. */
function makeFigure(overrides: Partial<Figure> & Pick<Figure, 'id' | 'articleId' | 'value'>): Figure {
  return FigureSchema.parse({
    entity: 'testco',
    segment: null,
    metric: 'revenue',
    label: 'Revenue',
    unit: 'currency',
    currency: 'USD',
    scale: 'billion',
    asWritten: { start: 16, end: 19, text: '$5B' },
    quote: { start: 0, end: 19, text: 'Revenue rose to $5B' },
    period: { label: null, source: 'unstated' },
    basis: [],
    qualifiers: [],
    ...overrides,
  });
}

function handMadeRow(a: Partial<Figure>, b: Partial<Figure>): ComparisonRow {
  const sourcesOfRow = buildRowSources([
    makeFigure({ id: 'fig-a', articleId: ARTICLE_A.id, value: 5e9, ...a }),
    makeFigure({ id: 'fig-b', articleId: ARTICLE_B.id, value: 6e9, ...b }),
  ]);
  expect(sourcesOfRow).toHaveLength(1);
  return computeRow(sourcesOfRow[0], {}, BOTH, BOTH_IDS);
}

describe('comparability of hand-made figures', () => {
  it('subtracts two plain figures of the same unit', () => {
    const row = handMadeRow({}, {});
    expect(row.id).toBe('testco||revenue');
    expect(row.status).toBe('comparable');
    expect(row.delta).toBe(1e9);
    expect(row.deltaPercent).toBeCloseTo(0.2, 12);
  });

  it('refuses to subtract USD from CNY', () => {
    const row = handMadeRow({}, { currency: 'CNY' });
    expect(row.status).toBe('different-currency');
    expect(row.delta).toBeNull();
    expect(row.deltaPercent).toBeNull();
    expect(row.reasons[0].message).toContain('USD against CNY');
  });

  it('refuses to subtract figures of different units', () => {
    // An uncatalogued metric: the catalog would refuse revenue in shares before the comparison saw it.
    const row = handMadeRow({ metric: 'widgets', unit: 'shares', currency: null }, { metric: 'widgets', unit: 'count', currency: null });
    expect(row.status).toBe('different-unit');
    expect(row.delta).toBeNull();
  });

  it('refuses to subtract two different stated periods', () => {
    const row = handMadeRow(
      { period: { label: 'Q3 2024', source: 'stated' } },
      { period: { label: 'Q4 2025', source: 'stated' } },
    );
    expect(row.status).toBe('different-period');
    expect(row.delta).toBeNull();
    // Named with the date ranges they were compared on.
    expect(row.reasons[0].message).toMatch(/Q3 2024: 1 Jul – 30 Sep 2024 against .*Q4 2025: 1 Oct – 31 Dec 2025/);
  });

  it('compares when only one side states its period', () => {
    const row = handMadeRow({ period: { label: 'Q3 2024', source: 'stated' } }, {});
    expect(row.status).toBe('comparable');
    expect(row.delta).toBe(1e9);
  });

  it('refuses to subtract GAAP from non-GAAP', () => {
    const row = handMadeRow({ basis: ['gaap'] }, { basis: ['non-gaap'] });
    expect(row.status).toBe('different-basis');
    expect(row.delta).toBeNull();
    expect(row.reasons[0].message).toContain('gaap against non-gaap');
  });

  it('compares the same basis written in a different order', () => {
    const row = handMadeRow({ basis: ['yoy', 'adjusted'] }, { basis: ['adjusted', 'yoy'] });
    expect(row.status).toBe('comparable');
  });

  it('has nothing to compare when only one article is loaded', () => {
    const [source] = buildRowSources([makeFigure({ id: 'fig-a', articleId: ARTICLE_A.id, value: 5e9 })]);
    const row = computeRow(source, {}, { refs: [ARTICLE_A], baseline: ARTICLE_A }, [ARTICLE_A.id]);
    expect(row.status).toBe('only-in-one');
    expect(row.otherArticleId).toBeNull();
    expect(row.delta).toBeNull();
    expect(row.cells[ARTICLE_A.id].value).toBe(5e9);
  });
});

describe('cells of one row in two currencies', () => {
  it('are each shown and typed in their own currency', () => {
    const row = handMadeRow({}, { currency: 'CNY', value: 40e9 });
    expect(row.cells[ARTICLE_A.id].unit).toEqual({ kind: 'currency', currency: 'USD' });
    expect(row.cells[ARTICLE_B.id].unit).toEqual({ kind: 'currency', currency: 'CNY' });
    expect(cellUnitContext(row.source, ARTICLE_B.id)).toEqual({ unit: { kind: 'currency', currency: 'CNY' }, displayScale: 'billion', acceptsAnyCurrency: false });
  });
});

describe('conflicts inside one article', () => {
  it('are not claimed between figures on different stated bases', () => {
    const figures = [
      makeFigure({ id: 'gaap', articleId: ARTICLE_A.id, value: 5e9, basis: ['gaap'] }),
      makeFigure({ id: 'non-gaap', articleId: ARTICLE_A.id, value: 6e9, basis: ['non-gaap'] }),
    ];
    expect(findConflict(figures)).toBeNull();
    const unstated = makeFigure({ id: 'unstated', articleId: ARTICLE_A.id, value: 7e9 });
    expect(findConflict([figures[0], unstated])?.map((figure) => figure.id)).toEqual(['gaap', 'unstated']);
  });
});

describe('different currencies through the analyst’s rate', () => {
  const rates = (rate: number, key = 'CNY/USD') => ({ ...NO_CONTEXT, fxRates: { [key]: { rate, asOf: '2025-05-26', note: 'test' } } });

  it('compare only once a rate is set, and the delta follows the rate', () => {
    const sources = buildRowSources([
      makeFigure({ id: 'usd', articleId: ARTICLE_A.id, value: 1.5e9 }),
      makeFigure({ id: 'cny', articleId: ARTICLE_B.id, value: 10.4e9, currency: 'CNY' }),
    ]);
    expect(computeRow(sources[0], {}, BOTH, BOTH_IDS).status).toBe('different-currency');
    const at14 = computeRow(sources[0], {}, BOTH, BOTH_IDS, rates(0.14));
    expect(at14.status).toBe('comparable');
    expect(at14.delta).toBeCloseTo(10.4e9 * 0.14 - 1.5e9, 0);
    expect(at14.conversion).toMatchObject({ from: 'CNY', to: 'USD', rate: 0.14, isInverted: false });
    expect(computeRow(sources[0], {}, BOTH, BOTH_IDS, rates(0.15)).delta).toBeCloseTo(10.4e9 * 0.15 - 1.5e9, 0);
  });

  it('use a rate given the other way round, inverted', () => {
    const sources = buildRowSources([
      makeFigure({ id: 'usd', articleId: ARTICLE_A.id, value: 1.5e9 }),
      makeFigure({ id: 'cny', articleId: ARTICLE_B.id, value: 10e9, currency: 'CNY' }),
    ]);
    const row = computeRow(sources[0], {}, BOTH, BOTH_IDS, rates(8, 'USD/CNY'));
    expect(row.conversion).toMatchObject({ rate: 0.125, isInverted: true });
    expect(row.delta).toBeCloseTo(10e9 / 8 - 1.5e9, 0);
  });
});

describe('disagreements', () => {
  it('are flagged for the same stated period beyond the tolerance, and only then', () => {
    const q = { label: 'Q4 2025', source: 'stated' as const };
    const apart = handMadeRow({ period: q }, { period: q });
    expect(apart.status).toBe('disagreement');
    // Relative to the larger value, so a zero on one side still disagrees.
    expect(apart.disagreement).toMatch(/differ by 16\.7%, beyond your tolerance of 1\.0%/);
    expect(apart.delta).toBe(1e9);
    const unstated = handMadeRow({}, {});
    expect(unstated.status).toBe('comparable');
    const sources = buildRowSources([
      makeFigure({ id: 'a', articleId: ARTICLE_A.id, value: 5e9, period: q }),
      makeFigure({ id: 'b', articleId: ARTICLE_B.id, value: 6e9, period: q }),
    ]);
    expect(computeRow(sources[0], {}, BOTH, BOTH_IDS, { ...NO_CONTEXT, disagreementTolerance: 0.25 }).status).toBe('comparable');
  });
});

describe('after the review of issue 5', () => {
  const dated = { ...NO_CONTEXT, articleDates: { [ARTICLE_A.id]: '2024-11', [ARTICLE_B.id]: '2025-05-26' } };

  it('forward figures months apart are different periods, not a disagreement', () => {
    const sources = buildRowSources([
      makeFigure({ id: 'a', articleId: ARTICLE_A.id, value: 18, unit: 'multiple', currency: null, metric: 'forward-pe', label: 'Forward P/E', period: { label: 'forward', source: 'stated' } }),
      makeFigure({ id: 'b', articleId: ARTICLE_B.id, value: 14, unit: 'multiple', currency: null, metric: 'forward-pe', label: 'Forward P/E', period: { label: 'forward', source: 'stated' } }),
    ]);
    const row = computeRow(sources[0], {}, BOTH, BOTH_IDS, dated);
    expect(row.status).toBe('different-period');
    expect(row.reasons[0].message).toMatch(/1 Dec 2024 – 30 Nov 2025 against .*1 Jun 2025 – 31 May 2026/);
  });

  it('one article stating a value twice, rounded differently, is not a conflict; a real difference is', () => {
    const mid = { label: 'mid-term', source: 'stated' as const };
    const precise = makeFigure({ id: 'p', articleId: ARTICLE_A.id, value: 33.297e9, period: mid, asWritten: { start: 16, end: 19, text: '$5B' } });
    const rounded = makeFigure({ id: 'r', articleId: ARTICLE_A.id, value: 33.3e9, period: mid });
    expect(findConflict([{ ...precise, asWritten: { ...precise.asWritten, text: '$33.297B' } } as typeof precise, { ...rounded, asWritten: { ...rounded.asWritten, text: '$33.3B' } } as typeof rounded])).toBeNull();
    const other = makeFigure({ id: 'o', articleId: ARTICLE_A.id, value: 34e9, period: mid });
    expect(findConflict([rounded, { ...other, asWritten: { ...other.asWritten, text: '$34B' } } as typeof other])).not.toBeNull();
  });

  it('a zero on one side still disagrees', () => {
    const q = { label: 'Q4 2025', source: 'stated' as const };
    const row = handMadeRow({ value: 0, period: q }, { value: 1e9, period: q });
    expect(row.status).toBe('disagreement');
  });

  it('says when the delta spans the articles’ dates because no period is stated', () => {
    const row = handMadeRow({}, {});
    expect(row.status).toBe('comparable');
    expect(row.caveats[0]).toMatch(/A period is not stated/);
  });

  it('an estimate keeps its own currency, and an FX rate used counts as the analyst’s input', () => {
    const sources = buildRowSources([makeFigure({ id: 'cny', articleId: ARTICLE_A.id, value: 10.4e9, currency: 'CNY' })]);
    const withUsd = computeRow(sources[0], { [ARTICLE_B.id]: { value: 1.5e9, input: '$1.5B', setAt: '2026-11-21T10:00:00.000Z', currency: 'USD' } }, BOTH, BOTH_IDS, {
      ...NO_CONTEXT,
      fxRates: { 'USD/CNY': { rate: 7.2, asOf: '2025-05-26', note: '' } },
    });
    expect(withUsd.estimate).toBe(1.5e9);
    expect(withUsd.estimateUnit).toEqual({ kind: 'currency', currency: 'USD' });
    expect(withUsd.usesAnalystInput).toBe(true);
    expect(withUsd.delta).toBeCloseTo(1.5e9 * 7.2 - 10.4e9, 0);
  });
});
