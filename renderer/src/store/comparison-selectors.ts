import type { ArticleRef } from '@shared/domain/article-refs';
import type { ComparisonContext } from '@shared/domain/comparability';
import { ANALYST_COLUMN, computeRow, type ComparisonRow, type RowAssumptions, type RowSource } from '@shared/domain/comparison';
import type { Scenario, Workspace } from '@shared/workspace/workspace-schema';
import { activeScenario, scenarioById } from '@shared/workspace/operations';
import { selectAllRowSources } from './row-source-selectors';
import type { CrosscheckState } from './store';

const NO_ASSUMPTIONS: RowAssumptions = Object.freeze({});

export interface ComparisonInputs {
  readonly rowSources: readonly RowSource[];
  readonly assumptionsByRow: Readonly<Record<string, RowAssumptions>>;
  readonly articleRefs: readonly ArticleRef[];
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

  const computeOne = (source: RowSource, inputs: ComparisonInputs): ComparisonRow =>
    computeRow(
      source,
      inputs.assumptionsByRow[source.id] ?? NO_ASSUMPTIONS,
      { base: inputs.articleRefs[0], other: inputs.articleRefs[1] },
      [...inputs.articleRefs.map((ref) => ref.id), ANALYST_COLUMN],
      inputs.context,
    );

  return (inputs: ComparisonInputs): ComparisonRow[] => {
    if (last && last.inputs.rowSources === inputs.rowSources && last.inputs.articleRefs === inputs.articleRefs && last.inputs.context === inputs.context) {
      if (last.inputs.assumptionsByRow === inputs.assumptionsByRow) return last.rows;
      const rows = last.rows.slice();
      for (const id of changedRowIds(last.inputs.assumptionsByRow, inputs.assumptionsByRow)) {
        const index = last.indexById.get(id);
        if (index !== undefined) rows[index] = computeOne(inputs.rowSources[index], inputs);
      }
      last = { inputs, rows, indexById: last.indexById };
      return rows;
    }
    if (inputs.articleRefs.length === 0) {
      last = { inputs, rows: [], indexById: new Map() };
      return last.rows;
    }
    const rows = inputs.rowSources.map((source) => computeOne(source, inputs));
    last = { inputs, rows, indexById: new Map(inputs.rowSources.map((source, index) => [source.id, index])) };
    return rows;
  };
}

const activeRows = createComparisonRowsSelector();
const compareRows = createComparisonRowsSelector();

/** One context object per (rates, tolerance), so an unchanged scenario keeps every row memoized. */
const contextCache = new WeakMap<Scenario['fxRates'], Map<number, ComparisonContext>>();
function contextOf(scenario: Scenario, settings: Workspace['settings']): ComparisonContext {
  let byTolerance = contextCache.get(scenario.fxRates);
  if (!byTolerance) contextCache.set(scenario.fxRates, (byTolerance = new Map()));
  let context = byTolerance.get(settings.disagreementTolerance);
  if (!context) byTolerance.set(settings.disagreementTolerance, (context = { fxRates: scenario.fxRates, disagreementTolerance: settings.disagreementTolerance }));
  return context;
}

/** The grid's rows in the active scenario. */
export function selectComparisonRows(state: Pick<CrosscheckState, 'rowSources' | 'workspace' | 'articleRefs'>): ComparisonRow[] {
  const scenario = activeScenario(state.workspace);
  return activeRows({
    rowSources: selectAllRowSources(state),
    assumptionsByRow: scenario.assumptions,
    articleRefs: state.articleRefs,
    context: contextOf(scenario, state.workspace.settings),
  });
}

/** The same rows in the scenario shown side by side, by row id; null when none is. */
export function selectCompareRowsById(
  state: Pick<CrosscheckState, 'rowSources' | 'workspace' | 'articleRefs' | 'compareScenarioId'>,
): ReadonlyMap<string, ComparisonRow> | null {
  const scenario = state.compareScenarioId ? scenarioById(state.workspace, state.compareScenarioId) : undefined;
  if (!scenario) return null;
  return byIdOf(
    compareRows({
      rowSources: selectAllRowSources(state),
      assumptionsByRow: scenario.assumptions,
      articleRefs: state.articleRefs,
      context: contextOf(scenario, state.workspace.settings),
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
export function selectDisagreementCount(state: Pick<CrosscheckState, 'rowSources' | 'workspace' | 'articleRefs'>): number {
  const rows = selectComparisonRows(state);
  let count = disagreementCounts.get(rows);
  if (count === undefined) {
    count = rows.filter((row) => row.status === 'disagreement' || row.status === 'conflict').length;
    disagreementCounts.set(rows, count);
  }
  return count;
}
