import type { GridApi } from 'ag-grid-community';
import type { GridRow } from './groups/row-groups';
import type { CellRef } from './selection/cell-range';

/** The cell (row id and column id) an element of the grid's DOM sits in; a full-width row is its row alone. */
export function cellAtTarget(target: EventTarget | null): CellRef | null {
  if (!(target instanceof Element)) return null;
  const row = target.closest('.ag-row');
  const rowId = row?.getAttribute('row-id');
  if (!row || rowId === null || rowId === undefined) return null;
  const colId = target.closest('.ag-cell')?.getAttribute('col-id');
  return colId ? { rowId, colId } : null;
}

/** The full-width row (a group header) an element sits in, or null. */
export function fullWidthRowAt(target: EventTarget | null): string | null {
  if (!(target instanceof Element)) return null;
  return target.closest('.ag-full-width-row')?.getAttribute('row-id') ?? null;
}

/** Moves the grid's own focus (and the browser's) to a cell, scrolling it into view. */
export function focusCell(api: GridApi<GridRow>, cell: CellRef): void {
  const node = api.getRowNode(cell.rowId);
  if (!node || node.rowIndex === null) return;
  api.ensureIndexVisible(node.rowIndex);
  api.ensureColumnVisible(cell.colId);
  api.setFocusedCell(node.rowIndex, cell.colId);
}
