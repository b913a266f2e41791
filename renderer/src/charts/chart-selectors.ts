import { buildDeltaOverview, type DeltaOverview } from '@shared/charts/delta-overview';
import { buildMetricChart, defaultMetric, metricOptions, type MetricChart, type MetricOption } from '@shared/charts/metric-chart';
import { buildRowChart, type RowChart } from '@shared/charts/row-chart';
import type { ArticleRef } from '@shared/domain/article-refs';
import type { ComparisonRow } from '@shared/domain/comparison';
import { scenarioById } from '@shared/workspace/operations';
import { isGroupRowId } from '../grid/groups/row-groups';
import { selectComparisonContext, selectComparisonRowById, selectComparisonRows, selectComparisonRowsById, selectCompareRowsById } from '../store/comparison-selectors';
import { selectArticleRefs } from '../store/dataset-selectors';
import type { CrosscheckState } from '../store/store';

/**
 * The charts read the grid's own selectors: the same comparison rows, the same rows in view.
 * Each selector keeps its last answer while its inputs keep their identity, so a store change
 * that touches none of them (a cursor move, a save) redraws no chart.
 */

function memoizeLast<A extends readonly unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | null = null;
  return (...args: A) => {
    if (last && last.args.length === args.length && last.args.every((arg, index) => arg === args[index])) return last.result;
    const result = compute(...args);
    last = { args, result };
    return result;
  };
}

const rowChartOf = memoizeLast(
  (row: ComparisonRow, refs: readonly ArticleRef[], fxRates: ReturnType<typeof selectComparisonContext>['fxRates'], activeName: string, comparedId: string | null, comparedName: string, comparedRow: ComparisonRow | undefined): RowChart =>
    buildRowChart({ row, refs, fxRates, activeScenarioName: activeName, compared: comparedId && comparedRow ? { id: comparedId, name: comparedName, row: comparedRow } : null }),
);

/** The selected row's chart, or null when no row is selected. */
export function selectRowChart(state: CrosscheckState): RowChart | null {
  return rowChartFor(state, state.selectedRowId);
}

/** Any row's chart (a pinned one, for the workbook); null when the row is gone. */
export function rowChartFor(state: CrosscheckState, rowId: string | null): RowChart | null {
  const row = selectComparisonRowById(state, rowId);
  if (!row) return null;
  const active = scenarioById(state.workspace, state.workspace.activeScenarioId);
  const compared = state.compareScenarioId ? scenarioById(state.workspace, state.compareScenarioId) : undefined;
  const comparedRow = compared ? selectCompareRowsById(state)?.get(row.id) : undefined;
  return rowChartOf(row, selectArticleRefs(state), selectComparisonContext(state).fxRates, active?.name ?? '', compared?.id ?? null, compared?.name ?? '', comparedRow);
}

const overviewOf = memoizeLast((rows: readonly ComparisonRow[], byId: ReadonlyMap<string, ComparisonRow>, rowIds: readonly string[]): DeltaOverview => {
  // The rows in view, as the grid shows them after filter and search; before the grid has
  // reported its rows (first frame), every row. The id map is the one the detail pane reads.
  if (rowIds.length === 0) return buildDeltaOverview(rows);
  const inView: ComparisonRow[] = [];
  for (const id of rowIds) {
    if (isGroupRowId(id)) continue;
    const row = byId.get(id);
    if (row) inView.push(row);
  }
  return buildDeltaOverview(inView);
});

export function selectDeltaOverview(state: CrosscheckState): DeltaOverview {
  return overviewOf(selectComparisonRows(state), selectComparisonRowsById(state), state.gridLayout.rowIds);
}

const optionsOf = memoizeLast((rows: readonly ComparisonRow[], refs: ReturnType<typeof selectArticleRefs>): MetricOption[] => metricOptions(rows, refs));

export function selectMetricOptions(state: CrosscheckState): MetricOption[] {
  return optionsOf(selectComparisonRows(state), selectArticleRefs(state));
}

/** The metric the analyst picked, or the one most companies report. */
export function selectChartMetric(state: CrosscheckState): string | null {
  const options = selectMetricOptions(state);
  const chosen = state.workspace.layout.chartMetric;
  return chosen && options.some((option) => option.metric === chosen) ? chosen : defaultMetric(options);
}

const metricChartOf = memoizeLast(
  (rows: readonly ComparisonRow[], metric: string, refs: ReturnType<typeof selectArticleRefs>, context: ReturnType<typeof selectComparisonContext>): MetricChart =>
    buildMetricChart(rows, metric, refs, context),
);

export function selectMetricChart(state: CrosscheckState): MetricChart | null {
  return metricChartFor(state, selectChartMetric(state));
}

export function metricChartFor(state: CrosscheckState, metric: string | null): MetricChart | null {
  return metric ? metricChartOf(selectComparisonRows(state), metric, selectArticleRefs(state), selectComparisonContext(state)) : null;
}
