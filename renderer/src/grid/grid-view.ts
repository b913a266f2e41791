import type { GridApi } from 'ag-grid-community';
import type { ExportView } from '@shared/export/export-input';
import { isGroupRowId, type GridRow } from './groups/row-groups';

/**
 * The grid as the analyst sees it, for "export what I see" and for the commands that act on
 * the selection: the rows its filters and sort leave, in order, and its visible columns in
 * their (possibly rearranged) order. Only the grid knows these; it registers its API here
 * while mounted.
 */
let api: GridApi<GridRow> | null = null;

export function registerGridApi(next: GridApi<GridRow> | null): void {
  api = next;
}

/** The mounted grid's API, or null (before it is made, after it is gone). */
export function gridApi(): GridApi<GridRow> | null {
  return api && !api.isDestroyed() ? api : null;
}

export function currentGridView(): ExportView {
  const grid = gridApi();
  if (!grid) return { rowIds: [], columns: [] };
  const rowIds: string[] = [];
  grid.forEachNodeAfterFilterAndSort((node) => {
    // Group headers are the grid's own rows: they are not exported.
    if (node.data && !isGroupRowId(node.data.id)) rowIds.push(node.data.id);
  });
  return { rowIds, columns: grid.getAllDisplayedColumns().map((column) => column.getColId()) };
}

/** A column's header as shown ("Article 2 · baseline", "Δ %"). */
export function columnHeader(colId: string): string {
  const grid = gridApi();
  const column = grid?.getColumn(colId);
  return (column && grid?.getDisplayNameForColumn(column, 'header')) || colId;
}
