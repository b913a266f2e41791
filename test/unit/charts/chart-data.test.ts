import { beforeAll, describe, expect, it } from 'vitest';
import { buildComparison } from '@shared/domain/build-comparison';
import { ANALYST_COLUMN, type ComparisonRow } from '@shared/domain/comparison';
import { buildDeltaOverview } from '@shared/charts/delta-overview';
import { buildMetricChart, defaultMetric, metricOptions } from '@shared/charts/metric-chart';
import { buildRowChart } from '@shared/charts/row-chart';
import { activeScenario, duplicateScenario, newWorkspace, setCellAssumption, setFxRate, switchScenario } from '@shared/workspace/operations';
import type { Workspace } from '@shared/workspace/workspace-schema';
import type { DatasetSnapshot } from '@shared/ipc/contract';
import { loadSeedDataset } from '../seed-data';

const CASH = 'alibaba||cash';
const XPENG_LOSS = 'xpeng||net-loss';
const AT = '2026-12-07T09:00:00.000Z';
const typed = (value: number, input: string, currency?: 'USD' | 'CNY') => ({ value, input, setAt: AT, ...(currency ? { currency } : {}) });

let seed: DatasetSnapshot;
beforeAll(async () => {
  seed = await loadSeedDataset();
});

function comparisonOf(workspace: Workspace) {
  const comparison = buildComparison(seed, workspace, activeScenario(workspace));
  const row = (id: string): ComparisonRow => {
    const found = comparison.rows.find((candidate) => candidate.id === id);
    if (!found) throw new Error(`no row ${id}`);
    return found;
  };
  return { ...comparison, row };
}

const [FIRST, SECOND] = ['ev-stake-ai-surge-2024', 'alibaba-inter-asia-2025-05-26'];

describe('the row chart', () => {
  it("draws Alibaba's cash as each article gives it, oldest first, the baseline marked", () => {
    const { row, refs, context } = comparisonOf(newWorkspace(new Date(AT)));
    const chart = buildRowChart({ row: row(CASH), refs, fxRates: context.fxRates, activeScenarioName: 'Base', compared: null });
    expect(chart.kind).toBe('chart');
    if (chart.kind !== 'chart') return;
    expect(chart.points.map((point) => [point.id, point.role, point.value, point.formatted])).toEqual([
      [FIRST, 'baseline', 83.6e9, '$83.6B'],
      [SECOND, 'article', 60e9, '$60B'],
    ]);
    expect(chart.points[0].label).toBe('article 1 (Nov 2024, inferred)');
    expect(chart.title).toBe('Alibaba · Cash reserves');
  });

  it('follows an edit, and puts the analyst’s own estimate beside the articles', () => {
    let workspace = newWorkspace(new Date(AT));
    workspace = setCellAssumption(workspace, 'base', CASH, SECOND, typed(65e9, '65B'));
    workspace = setCellAssumption(workspace, 'base', CASH, ANALYST_COLUMN, typed(70e9, '70B'));
    const { row, refs, context } = comparisonOf(workspace);
    const chart = buildRowChart({ row: row(CASH), refs, fxRates: context.fxRates, activeScenarioName: 'Base', compared: null });
    if (chart.kind !== 'chart') throw new Error(chart.reason);
    expect(chart.points.map((point) => [point.role, point.value, point.isOwn])).toEqual([
      ['baseline', 83.6e9, false],
      ['article', 65e9, true],
      ['estimate', 70e9, true],
    ]);
    expect(chart.points[2].label).toBe('Your estimate · Base');
  });

  it('shows both scenarios’ estimates when two are compared', () => {
    let workspace = newWorkspace(new Date(AT));
    workspace = setCellAssumption(workspace, 'base', CASH, ANALYST_COLUMN, typed(70e9, '70B'));
    workspace = duplicateScenario(workspace, 'base', 'Bull');
    const bullId = workspace.scenarios[1].id;
    workspace = switchScenario(workspace, 'base');
    workspace = setCellAssumption(workspace, bullId, CASH, ANALYST_COLUMN, typed(90e9, '90B'));
    const base = comparisonOf(workspace);
    const bull = comparisonOf(switchScenario(workspace, bullId));
    const chart = buildRowChart({ row: base.row(CASH), refs: base.refs, fxRates: base.context.fxRates, activeScenarioName: 'Base', compared: { id: bullId, name: 'Bull', row: bull.row(CASH) } });
    if (chart.kind !== 'chart') throw new Error(chart.reason);
    expect(chart.points.slice(2).map((point) => [point.label, point.role, point.value])).toEqual([
      ['Estimate · Base', 'estimate', 70e9],
      ['Estimate · Bull', 'compared-estimate', 90e9],
    ]);
  });

  it('converts a value in another currency through the analyst’s rate, and names the rate', () => {
    let workspace = newWorkspace(new Date(AT));
    // Xpeng's loss is CNY 10.4B in the first article; the analyst reads USD 1.5B for the second.
    workspace = setCellAssumption(workspace, 'base', XPENG_LOSS, SECOND, typed(1.5e9, '$1.5B', 'USD'));
    const without = comparisonOf(workspace);
    const refused = buildRowChart({ row: without.row(XPENG_LOSS), refs: without.refs, fxRates: without.context.fxRates, activeScenarioName: 'Base', compared: null });
    expect(refused.kind).toBe('no-chart');
    if (refused.kind === 'no-chart') expect(refused.reason).toContain('USD/CNY rate');

    workspace = setFxRate(workspace, 'base', 'USD', 'CNY', { from: 'USD', to: 'CNY', rate: 7.2, asOf: '2025-05-26', note: 'test', setAt: AT });
    const { row, refs, context } = comparisonOf(workspace);
    const chart = buildRowChart({ row: row(XPENG_LOSS), refs, fxRates: context.fxRates, activeScenarioName: 'Base', compared: null });
    if (chart.kind !== 'chart') throw new Error(chart.reason);
    expect(chart.unit).toEqual({ kind: 'currency', currency: 'CNY' });
    expect(chart.points[1].value).toBeCloseTo(1.5e9 * 7.2);
    expect(chart.points[1].conversion?.from).toBe('USD');
    expect(chart.conversions).toEqual(['1 USD = 7.2 CNY, your rate as of 2025-05-26']);
  });

  it('says why instead of drawing a row that does not compare', () => {
    const { row, refs, context } = comparisonOf(newWorkspace(new Date(AT)));
    const related = buildRowChart({ row: row('alibaba||forward-pe'), refs, fxRates: context.fxRates, activeScenarioName: 'Base', compared: null });
    expect(related).toMatchObject({ kind: 'no-chart' });
    if (related.kind === 'no-chart') expect(related.reason).toMatch(/^Related, not comparable: .*Forward P\/E.*Forward EV\/Sales/);
    const alone = buildRowChart({ row: row('alibaba||dividends'), refs, fxRates: context.fxRates, activeScenarioName: 'Base', compared: null });
    expect(alone).toMatchObject({ kind: 'no-chart' });
  });
});

describe('the delta overview', () => {
  it('sorts the rows in view by the size of their change, and marks disagreements and own values', () => {
    let workspace = newWorkspace(new Date(AT));
    workspace = setCellAssumption(workspace, 'base', CASH, SECOND, typed(200e9, '200B'));
    const { rows } = comparisonOf(workspace);
    const overview = buildDeltaOverview(rows);
    const magnitudes = overview.bars.map((bar) => Math.abs(bar.deltaPercent));
    expect(magnitudes).toEqual([...magnitudes].sort((a, b) => b - a));
    const cash = overview.bars.find((bar) => bar.rowId === CASH);
    expect(cash).toMatchObject({ isOwn: true, formatted: '+139.2%' });
    expect(overview.withDelta + overview.withoutDelta).toBe(rows.length);
    expect(overview.bars.every((bar) => rows.find((row) => row.id === bar.rowId)?.deltaPercent === bar.deltaPercent)).toBe(true);
  });

  it('draws only the rows it is given (those in view), and at most the limit, counting the rest', () => {
    // The seed compares one row; a value typed into the first article's dividends makes a second.
    const { rows } = comparisonOf(setCellAssumption(newWorkspace(new Date(AT)), 'base', 'alibaba||dividends', FIRST, typed(4e9, '4B')));
    const withDelta = rows.filter((row) => row.deltaPercent !== null);
    expect(withDelta.length).toBeGreaterThan(1);
    const one = buildDeltaOverview(rows, 1);
    expect(one.bars).toHaveLength(1);
    expect(one.withDelta).toBe(withDelta.length);
    expect(buildDeltaOverview([]).bars).toEqual([]);
    const largest = withDelta.reduce((a, b) => (Math.abs(b.deltaPercent ?? 0) > Math.abs(a.deltaPercent ?? 0) ? b : a));
    expect(one.bars[0].rowId).toBe(largest.id);
  });

  it('colours a disagreement and a conflict, and leaves a plain change plain', () => {
    const { rows } = comparisonOf(newWorkspace(new Date(AT)));
    const base = rows.find((row) => row.id === CASH);
    if (!base) throw new Error('no cash row');
    const changed = { ...base, id: 'changed' };
    const disagreeing = { ...base, id: 'disagreeing', status: 'disagreement' as const, disagreement: 'The articles disagree.' };
    const conflicting = { ...base, id: 'conflicting', status: 'conflict' as const };
    const tones = Object.fromEntries(buildDeltaOverview([changed, disagreeing, conflicting]).bars.map((bar) => [bar.rowId, bar.tone]));
    expect(tones).toEqual({ changed: 'comparable', disagreeing: 'disagreement', conflicting: 'conflict' });
  });
});

describe('one metric across companies', () => {
  it('puts Alibaba’s and Lenovo’s forward P/E on one axis, per article', () => {
    const { rows, refs, context } = comparisonOf(newWorkspace(new Date(AT)));
    const chart = buildMetricChart(rows, 'forward-pe', refs, context);
    if (chart.kind !== 'chart') throw new Error(chart.reason);
    expect(chart.unit).toEqual({ kind: 'multiple' });
    expect(chart.periodBasis).toBe('forward');
    expect(chart.categories.map((category) => [category.label, category.values[FIRST]?.value])).toEqual([
      ['Alibaba', 18],
      ['Lenovo', 12],
    ]);
    expect(chart.series.map((ref) => ref.id)).toEqual([FIRST]);
  });

  it('lists a value in another currency without a rate, and draws it once a rate is set', () => {
    let workspace = newWorkspace(new Date(AT));
    workspace = setCellAssumption(workspace, 'base', XPENG_LOSS, SECOND, typed(1.5e9, '$1.5B', 'USD'));
    const before = comparisonOf(workspace);
    const chart = buildMetricChart(before.rows, 'net-loss', before.refs, before.context);
    if (chart.kind !== 'chart') throw new Error(chart.reason);
    expect(chart.leftOut.map((entry) => entry.reason).join(' ')).toMatch(/no (USD\/CNY|CNY\/USD) rate/);
    workspace = setFxRate(workspace, 'base', 'USD', 'CNY', { from: 'USD', to: 'CNY', rate: 7.2, asOf: '2025-05-26', note: '', setAt: AT });
    const after = comparisonOf(workspace);
    const converted = buildMetricChart(after.rows, 'net-loss', after.refs, after.context);
    if (converted.kind !== 'chart') throw new Error(converted.reason);
    expect(converted.leftOut.filter((entry) => entry.reason.includes('rate is set'))).toEqual([]);
    expect(converted.conversions).toHaveLength(1);
  });

  it('offers every metric with a value, and opens on the one most companies report', () => {
    const { rows, refs } = comparisonOf(newWorkspace(new Date(AT)));
    const options = metricOptions(rows, refs);
    expect(options.map((option) => option.metric)).toContain('forward-pe');
    const best = defaultMetric(options);
    expect(options.find((option) => option.metric === best)?.rowCount).toBe(Math.max(...options.map((option) => option.rowCount)));
    expect(buildMetricChart(rows, 'no-such-metric', refs, NO_CONTEXT_FOR_TEST).kind).toBe('no-chart');
  });
});

const NO_CONTEXT_FOR_TEST = { fxRates: {}, disagreementTolerance: 0.01, articleDates: {}, periodOverrides: {} };
