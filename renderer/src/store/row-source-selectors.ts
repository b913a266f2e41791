import type { RowSource } from '@shared/domain/comparison';
import { customRowSourceOf } from '@shared/domain/build-comparison';
import type { CustomRow } from '@shared/workspace/workspace-schema';
import { selectDatasetRowSources } from './dataset-selectors';
import type { CrosscheckState } from './store';

let lastRows: { dataset: readonly RowSource[]; custom: readonly CustomRow[]; rows: readonly RowSource[]; byId: ReadonlyMap<string, RowSource> } | null = null;

function compute(state: Pick<CrosscheckState, 'shipped' | 'workspace'>) {
  const dataset = selectDatasetRowSources(state);
  const custom = state.workspace.customRows;
  if (lastRows && lastRows.dataset === dataset && lastRows.custom === custom) return lastRows;
  const rows = [
    ...dataset,
    ...custom.map(customRowSourceOf),
  ];
  lastRows = { dataset, custom, rows, byId: new Map(rows.map((row) => [row.id, row])) };
  return lastRows;
}

/** The dataset's rows followed by the analyst's own; a new array only when either changes. */
export function selectAllRowSources(state: Pick<CrosscheckState, 'shipped' | 'workspace'>): readonly RowSource[] {
  return compute(state).rows;
}

export function selectRowSourceById(state: Pick<CrosscheckState, 'shipped' | 'workspace'>): ReadonlyMap<string, RowSource> {
  return compute(state).byId;
}
