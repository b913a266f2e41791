import { beforeAll, describe, expect, it } from 'vitest';
import { buildRowSources, type RowSource } from '@shared/domain/comparison';
import { customRowSource } from '@shared/domain/custom-rows';
import { FigureSchema, type Figure } from '@shared/domain/dataset-schema';
import { entityIdFor, metricStems, newMetricFigure, suggestRows } from '@shared/extract/suggest-rows';
import { figureById, loadSeedDataset } from '../seed-data';

let rows: RowSource[];
let percentFigure: Figure;
let cashFigure: Figure;

beforeAll(async () => {
  const seed = await loadSeedDataset();
  rows = buildRowSources(seed.figures);
  // Real figures as the extractor would propose them from a new article: same shape, new id.
  percentFigure = { ...figureById(seed, 'alibaba-cloud-revenue-growth-q4'), id: 'new-x1', articleId: 'new', metric: 'unspecified', label: 'Unspecified' };
  cashFigure = { ...figureById(seed, 'alibaba-cash'), id: 'new-x2', articleId: 'new', metric: 'unspecified', label: 'Unspecified' };
});

describe('suggestRows', () => {
  it('puts the row of the same company, segment and metric words first, and says why', () => {
    const [first, second] = suggestRows(percentFigure, ['revenue', 'growth'], rows);
    expect(first.rowId).toBe('alibaba|Cloud Intelligence Group|revenue-growth');
    expect(first.why).toBe('same company · same segment · unit matches · words: revenue, growth');
    // Alibaba's other segment with revenue growth beats Lenovo's, whatever the words say.
    expect(second.rowId).toBe('alibaba|International Digital Commerce Group|revenue-growth');
    expect(first.score).toBeGreaterThan(second.score);
  });

  it('never maps a percent onto a money row, however well the words fit', () => {
    const suggestions = suggestRows(percentFigure, ['cash', 'reserves'], rows, 50);
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.map((s) => s.rowId)).not.toContain('alibaba||cash');
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(suggestions.every((s) => byId.get(s.rowId)?.unit.kind === 'percent')).toBe(true);
  });

  it('proposes a row in another currency, below the same figure in the row’s currency', () => {
    const [inUsd] = suggestRows(cashFigure, ['cash'], rows);
    const [inCny] = suggestRows({ ...cashFigure, currency: 'CNY' }, ['cash'], rows);
    expect(inUsd.rowId).toBe('alibaba||cash');
    expect(inCny.rowId).toBe('alibaba||cash');
    expect(inCny.score).toBeLessThan(inUsd.score);
    expect(inCny.why).toContain('row in USD (FX converts)');
  });

  it('reads "grew" as growth and "sales" as revenue', () => {
    const lenovo = { ...percentFigure, entity: 'lenovo', segment: null };
    const [first] = suggestRows(lenovo, ['revenue', 'grew'], rows);
    expect(first.rowId).toBe('lenovo||revenue-growth');
    expect(first.why).toContain('words: revenue, grew');
    const money = { ...cashFigure, entity: 'lenovo', segment: null };
    expect(suggestRows(money, ['sales'], rows)[0].rowId).toBe('lenovo||revenue');
    expect(metricStems('Revenues increased')).toEqual(metricStems('revenue increases'));
  });

  it('counts the extractor’s metric guess when it names an existing metric', () => {
    const guessed = { ...percentFigure, entity: 'lenovo', segment: null, metric: 'pc-market-share' };
    const [first] = suggestRows(guessed, [], rows);
    expect(first.rowId).toBe('lenovo||pc-market-share');
    expect(first.why).toContain('same metric');
  });

  it('leaves out the analyst’s rows, rows with nothing in common, and stops at the limit', () => {
    const custom = customRowSource({ id: 'custom:alibaba-cloud-margin', entity: 'alibaba', entityName: 'Alibaba', segment: null, metricLabel: 'Cloud growth', unit: { kind: 'percent' } });
    const suggestions = suggestRows(percentFigure, ['cloud', 'growth'], [...rows, custom], 3);
    expect(suggestions).toHaveLength(3);
    expect(suggestions.map((s) => s.rowId)).not.toContain(custom.id);
    const stranger = { ...percentFigure, entity: 'unknown', segment: null };
    expect(suggestRows(stranger, [], rows)).toEqual([]);
  });
});

describe('newMetricFigure', () => {
  it('makes the label a metric key, with the entity and segment chosen', () => {
    const figure = newMetricFigure(percentFigure, 'tencent', '  ', 'Cloud margin');
    expect(figure).toMatchObject({ entity: 'tencent', segment: null, metric: 'cloud-margin', label: 'Cloud margin', value: percentFigure.value });
    expect(FigureSchema.safeParse(figure).success).toBe(true);
  });

  it('keeps a catalog metric of another unit apart, so the figure stays valid', () => {
    const figure = newMetricFigure(percentFigure, 'alibaba', 'Cloud Intelligence Group', 'Revenue');
    expect(figure.metric).toBe('revenue-percent');
    expect(FigureSchema.safeParse(figure).success).toBe(true);
    // Same unit: it simply is the catalog metric.
    expect(newMetricFigure(cashFigure, 'alibaba', null, 'Cash').metric).toBe('cash');
  });
});

describe('entityIdFor', () => {
  it('finds catalog entities by id or name and slugs the rest', () => {
    expect(entityIdFor('Lenovo')).toBe('lenovo');
    expect(entityIdFor('xiaopeng (xpeng)')).toBe('xpeng');
    expect(entityIdFor(' Tencent Holdings ')).toBe('tencent-holdings');
    expect(entityIdFor('  ')).toBe('');
  });
});
