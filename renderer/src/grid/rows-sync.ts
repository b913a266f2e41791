import type { GridApi } from 'ag-grid-community';
import type { ComparisonRow } from '@shared/domain/comparison';
import type { GroupBy } from '@shared/workspace/workspace-schema';
import { selectComparisonRows } from '../store/comparison-selectors';
import type { CrosscheckState } from '../store/store';
import { GROUP_ID_PREFIX, groupRows, summarizeGroup, type GridRow, type GroupedRows } from './groups/row-groups';
import { makeRowFilter } from './row-filter';

/**
 * Hands the store's rows to the grid without React in between. An edit changes a few row
 * objects (the comparison selector keeps every other one): those nodes get `setData`, which
 * redraws that row in the same task, and the grid neither re-sorts nor re-filters, as a
 * spreadsheet does not until asked. A new row set (articles, rows added, grouping) is a new
 * row list. The filter reads the snapshot made here.
 */
interface Shown {
  readonly rows: readonly ComparisonRow[];
  readonly groupBy: GroupBy;
  readonly grouped: GroupedRows;
  /** Latest member rows per group, for the headers' counts. */
  readonly members: Map<string, ComparisonRow[]>;
}

function sameRowIds(a: readonly ComparisonRow[], b: readonly ComparisonRow[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (a[index]?.id !== b[index]?.id) return false;
  return true;
}

export interface RowsSync {
  /** The grid's current row list (for its first render). */
  readonly rows: () => readonly GridRow[];
  /** Whether a row passes the row filter, the quick filter and the collapsed groups. */
  readonly passes: (row: GridRow | undefined) => boolean;
  /** Group key by row id, and the groups in order, for sorting inside groups; empty when not grouped. */
  readonly groupOf: () => ReadonlyMap<string, string>;
  readonly groupOrder: () => readonly string[];
  readonly dispose: () => void;
}

export function syncRows(api: GridApi<GridRow>, subscribe: (listener: (state: CrosscheckState) => void) => () => void, initial: CrosscheckState): RowsSync {
  const show = (state: CrosscheckState): Shown => {
    const rows = selectComparisonRows(state);
    const groupBy = state.workspace.view.groupBy;
    const grouped = groupRows(rows, groupBy);
    const members = new Map([...grouped.members].map(([key, list]) => [key, [...list]]));
    return { rows, groupBy, grouped, members };
  };
  let shown = show(initial);
  let filter = makeRowFilter(initial, shown.grouped);
  let filterInputs = { rowFilter: initial.rowFilter, quickFilter: initial.quickFilter, collapsed: initial.workspace.view.collapsedGroups };

  /** Only the rows an edit changed: their nodes, and their groups' headers. */
  const updateChanged = (current: Shown, rows: readonly ComparisonRow[]): void => {
    const changedGroups = new Set<string>();
    for (let index = 0; index < rows.length; index++) {
      const row = rows[index];
      if (!row || row === current.rows[index]) continue;
      api.getRowNode(row.id)?.setData(row);
      const key = current.grouped.groupOf.get(row.id);
      const list = key === undefined ? undefined : current.members.get(key);
      if (key === undefined || !list) continue;
      const at = list.findIndex((member) => member.id === row.id);
      if (at >= 0) list[at] = row;
      changedGroups.add(key);
    }
    for (const key of changedGroups) {
      const node = api.getRowNode(`${GROUP_ID_PREFIX}${key}`);
      const list = current.members.get(key);
      if (node?.data && list && 'label' in node.data) node.setData(summarizeGroup(key, node.data.label, list));
    }
  };

  const unsubscribe = subscribe((state) => {
    const rows = selectComparisonRows(state);
    const groupBy = state.workspace.view.groupBy;
    const current = shown;
    const view = state.workspace.view;
    const filterChanged = state.rowFilter !== filterInputs.rowFilter || state.quickFilter !== filterInputs.quickFilter || view.collapsedGroups !== filterInputs.collapsed;
    if (rows !== current.rows || groupBy !== current.groupBy) {
      if (groupBy === current.groupBy && sameRowIds(current.rows, rows)) {
        updateChanged(current, rows);
        shown = { ...current, rows };
      } else {
        shown = show(state);
        filter = makeRowFilter(state, shown.grouped);
        filterInputs = { rowFilter: state.rowFilter, quickFilter: state.quickFilter, collapsed: view.collapsedGroups };
        api.setGridOption('rowData', [...shown.grouped.rows]);
        return;
      }
    }
    if (filterChanged) {
      filter = makeRowFilter(state, shown.grouped);
      filterInputs = { rowFilter: state.rowFilter, quickFilter: state.quickFilter, collapsed: view.collapsedGroups };
      api.onFilterChanged();
    }
  });

  return {
    rows: () => shown.grouped.rows,
    passes: (row) => (row ? filter(row) : false),
    groupOf: () => shown.grouped.groupOf,
    groupOrder: () => [...shown.grouped.members.keys()],
    dispose: unsubscribe,
  };
}
