import { articleDatesOf, comparisonContextFor, computeComparisonRow, periodOverrideLabels } from '@shared/domain/build-comparison';
import { NO_CONTEXT, type ComparisonContext } from '@shared/domain/comparability';
import type { ComparisonArticles, ComparisonRow, RowAssumptions, RowSource } from '@shared/domain/comparison';
import type { Article } from '@shared/domain/dataset-schema';
import type { Scenario, Workspace } from '@shared/workspace/workspace-schema';
import { activeScenario, scenarioById } from '@shared/workspace/operations';
import { selectArticles, selectComparisonArticles } from './dataset-selectors';
import { selectAllRowSources } from './row-source-selectors';
import type { CrosscheckState } from './store';

const NO_ASSUMPTIONS: RowAssumptions = Object.freeze({});

export interface ComparisonInputs {
  readonly rowSources: readonly RowSource[];
  readonly assumptionsByRow: Readonly<Record<string, RowAssumptions>>;
  /** The articles and the baseline: a new baseline recomputes every row. */
  readonly articles: ComparisonArticles | null;
  /** FX rates and tolerance: a change here may touch any row, so every row is recomputed. */
  readonly context?: ComparisonContext;
}

interface Computed {
  readonly inputs: ComparisonInputs;
  readonly rows: ComparisonRow[];
  readonly indexById: ReadonlyMap<string, number>;
}

/** Row ids whose assumptions differ between two analyst layers; O(number of assumptions), not of rows. */
function changedRowIds(before: ComparisonInputs['assumptionsByRow'], after: ComparisonInputs['assumptionsByRow']): string[] {
  const changed: string[] = [];
  for (const id in after) if (after[id] !== before[id]) changed.push(id);
  for (const id in before) if (!(id in after)) changed.push(id);
  return changed;
}

/**
 * Comparison rows are derived, never stored. After an edit only the rows whose assumptions
 * changed are recomputed; every other row keeps its object identity, so the grid redraws
 * just the edited row. New rows or a new article list recompute everything.
 */
export function createComparisonRowsSelector() {
  let last: Computed | null = null;

  const computeOne = (source: RowSource, inputs: ComparisonInputs, articles: ComparisonArticles): ComparisonRow =>
    computeComparisonRow(source, inputs.assumptionsByRow[source.id] ?? NO_ASSUMPTIONS, articles, inputs.context ?? NO_CONTEXT);

  return (inputs: ComparisonInputs): ComparisonRow[] => {
    if (last && last.inputs.rowSources === inputs.rowSources && last.inputs.articles === inputs.articles && last.inputs.context === inputs.context) {
      if (last.inputs.assumptionsByRow === inputs.assumptionsByRow) return last.rows;
      const rows = last.rows.slice();
      for (const id of changedRowIds(last.inputs.assumptionsByRow, inputs.assumptionsByRow)) {
        const index = last.indexById.get(id);
        if (index !== undefined && inputs.articles) rows[index] = computeOne(inputs.rowSources[index], inputs, inputs.articles);
      }
      last = { inputs, rows, indexById: last.indexById };
      return rows;
    }
    const articles = inputs.articles;
    if (!articles) {
      last = { inputs, rows: [], indexById: new Map() };
      return last.rows;
    }
    const rows = inputs.rowSources.map((source) => computeOne(source, inputs, articles));
    last = { inputs, rows, indexById: new Map(inputs.rowSources.map((source, index) => [source.id, index])) };
    return rows;
  };
}

const activeRows = createComparisonRowsSelector();
const compareRows = createComparisonRowsSelector();

/** Period corrections as labels by figure id, once per corrections object. */
const overrideLabels = new WeakMap<Workspace['periodOverrides'], Readonly<Record<string, string>>>();
function labelsOf(overrides: Workspace['periodOverrides']): Readonly<Record<string, string>> {
  let labels = overrideLabels.get(overrides);
  if (!labels) overrideLabels.set(overrides, (labels = periodOverrideLabels(overrides)));
  return labels;
}

/** Article dates by id, once per article list. */
const articleDateMaps = new WeakMap<readonly Article[], Readonly<Record<string, string | null>>>();
function datesOf(articles: readonly Article[]): Readonly<Record<string, string | null>> {
  let dates = articleDateMaps.get(articles);
  if (!dates) articleDateMaps.set(articles, (dates = articleDatesOf(articles)));
  return dates;
}

/**
 * One context object per scenario while its inputs stay the same, so an unchanged scenario
 * keeps every row memoized (the active and the compared scenario each keep their own).
 */
const contexts = new WeakMap<Scenario['fxRates'], ComparisonContext>();
function contextOf(scenario: Scenario, workspace: Workspace, articles: readonly Article[]): ComparisonContext {
  const previous = contexts.get(scenario.fxRates);
  const periodOverrides = labelsOf(workspace.periodOverrides);
  const articleDates = datesOf(articles);
  const disagreementTolerance = workspace.settings.disagreementTolerance;
  if (previous && previous.periodOverrides === periodOverrides && previous.articleDates === articleDates && previous.disagreementTolerance === disagreementTolerance) {
    return previous;
  }
  const context = comparisonContextFor(scenario, workspace, articleDates, periodOverrides);
  contexts.set(scenario.fxRates, context);
  return context;
}

/** What the active scenario's comparison reads besides the values (FX rates, tolerance, periods): the charts read it too. */
export function selectComparisonContext(state: Pick<CrosscheckState, 'shipped' | 'workspace'>): ComparisonContext {
  return contextOf(activeScenario(state.workspace), state.workspace, selectArticles(state));
}

/** The grid's rows in the active scenario. */
export function selectComparisonRows(state: Pick<CrosscheckState, 'shipped' | 'workspace'>): ComparisonRow[] {
  const scenario = activeScenario(state.workspace);
  return activeRows({
    rowSources: selectAllRowSources(state),
    assumptionsByRow: scenario.assumptions,
    articles: selectComparisonArticles(state),
    context: contextOf(scenario, state.workspace, selectArticles(state)),
  });
}

/** The same rows in the scenario shown side by side, by row id; null when none is. */
export function selectCompareRowsById(
  state: Pick<CrosscheckState, 'shipped' | 'workspace' | 'compareScenarioId'>,
): ReadonlyMap<string, ComparisonRow> | null {
  const scenario = state.compareScenarioId ? scenarioById(state.workspace, state.compareScenarioId) : undefined;
  if (!scenario) return null;
  return byIdOf(
    compareRows({
      rowSources: selectAllRowSources(state),
      assumptionsByRow: scenario.assumptions,
      articles: selectComparisonArticles(state),
      context: contextOf(scenario, state.workspace, selectArticles(state)),
    }),
  );
}

const byIdCache = new WeakMap<readonly ComparisonRow[], ReadonlyMap<string, ComparisonRow>>();
function byIdOf(rows: readonly ComparisonRow[]): ReadonlyMap<string, ComparisonRow> {
  let map = byIdCache.get(rows);
  if (!map) {
    map = new Map(rows.map((row) => [row.id, row]));
    byIdCache.set(rows, map);
  }
  return map;
}

const disagreementCounts = new WeakMap<readonly ComparisonRow[], number>();
/** Rows whose sources disagree (across articles beyond the tolerance, or inside one article); counted once per rows array. */
export function selectDisagreementCount(state: Pick<CrosscheckState, 'shipped' | 'workspace'>): number {
  const rows = selectComparisonRows(state);
  let count = disagreementCounts.get(rows);
  if (count === undefined) {
    count = rows.filter((row) => row.status === 'disagreement' || row.status === 'conflict').length;
    disagreementCounts.set(rows, count);
  }
  return count;
}

/** The active scenario's rows by id: one map per rows array, shared by everything that looks rows up. */
export function selectComparisonRowsById(state: Pick<CrosscheckState, 'shipped' | 'workspace'>): ReadonlyMap<string, ComparisonRow> {
  return byIdOf(selectComparisonRows(state));
}

/** One comparison row by id, from a map built once per rows array (not a scan per store change). */
export function selectComparisonRowById(state: Pick<CrosscheckState, 'shipped' | 'workspace'>, rowId: string | null): ComparisonRow | undefined {
  return rowId === null ? undefined : byIdOf(selectComparisonRows(state)).get(rowId);
}
