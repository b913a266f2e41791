import { computeRow, type ComparisonRow, type RowAssumptions, type RowSource } from '@shared/domain/comparison';
import type { CrosscheckState } from './store';

const NO_ASSUMPTIONS: RowAssumptions = Object.freeze({});

type Inputs = Pick<CrosscheckState, 'rowSources' | 'assumptionsByRow' | 'articleRefs'>;

interface Computed {
  readonly inputs: Inputs;
  readonly rows: ComparisonRow[];
  readonly indexById: ReadonlyMap<string, number>;
}

/** Row ids whose assumptions differ between two analyst layers; O(number of assumptions), not of rows. */
function changedRowIds(before: Inputs['assumptionsByRow'], after: Inputs['assumptionsByRow']): string[] {
  const changed: string[] = [];
  for (const id in after) if (after[id] !== before[id]) changed.push(id);
  for (const id in before) if (!(id in after)) changed.push(id);
  return changed;
}

/**
 * Comparison rows are derived, never stored. After an edit only the rows whose assumptions
 * changed are recomputed; every other row keeps its object identity, so the grid redraws
 * just the edited row. A new dataset or article list recomputes everything.
 */
export function createComparisonRowsSelector() {
  let last: Computed | null = null;

  const computeOne = (source: RowSource, inputs: Inputs): ComparisonRow =>
    computeRow(
      source,
      inputs.assumptionsByRow[source.id] ?? NO_ASSUMPTIONS,
      { base: inputs.articleRefs[0], other: inputs.articleRefs[1] },
      inputs.articleRefs.map((ref) => ref.id),
    );

  return (state: Inputs): ComparisonRow[] => {
    const inputs: Inputs = { rowSources: state.rowSources, assumptionsByRow: state.assumptionsByRow, articleRefs: state.articleRefs };
    if (last && last.inputs.rowSources === inputs.rowSources && last.inputs.articleRefs === inputs.articleRefs) {
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

export const selectComparisonRows = createComparisonRowsSelector();
