import type { GridApi } from 'ag-grid-community';
import { useCrosscheckStore } from '../store/store';
import { cellAtTarget, fullWidthRowAt } from './grid-focus';
import { flushPendingMove } from './grid-keyboard';
import { createDragScroll } from './drag-scroll';
import type { GridRow } from './groups/row-groups';
import { rangeBounds, selectColumns, selectRows, singleCell, type CellRef, type CellSelection } from './selection/cell-range';

/**
 * The mouse on the grid, as in a spreadsheet: click a cell, Shift+click to stretch, drag to
 * select, click the row's first cell for the row and a column's header for the column (its
 * sort arrow still sorts). A right-click keeps a range it lands in and opens our menu.
 */
const store = useCrosscheckStore;
/** Header parts that keep their own meaning: sorting, resizing, the filter button. */
const HEADER_CONTROLS = '.ag-sort-indicator-container, .ag-header-cell-resize, .ag-header-icon, .ag-header-cell-menu-button, .ag-header-cell-filter-button, .ag-floating-filter';
const FIRST_COLUMN = 'entity';

function isInRange(cell: CellRef, selection: CellSelection | null): boolean {
  const { gridLayout } = store.getState();
  const bounds = rangeBounds(selection, gridLayout);
  const row = gridLayout.rowIndex.get(cell.rowId);
  const col = gridLayout.colIndex.get(cell.colId);
  return !!bounds && row !== undefined && col !== undefined && row >= bounds.top && row <= bounds.bottom && col >= bounds.left && col <= bounds.right;
}

/** The selection a click on `cell` makes, with Shift held or not. */
function selectionForClick(cell: CellRef, extend: boolean): CellSelection | null {
  const { selection, gridLayout } = store.getState();
  if (cell.colId === FIRST_COLUMN) return selectRows(gridLayout, cell.rowId, extend ? selection?.anchor.rowId : undefined);
  return extend && selection ? { anchor: selection.anchor, focus: cell } : singleCell(cell);
}

export function attachGridMouse(api: GridApi<GridRow>, container: HTMLElement, openMenuAt: (x: number, y: number) => void): () => void {
  let dragging = false;
  let dragByRows = false;

  const onMouseDown = (event: MouseEvent) => {
    flushPendingMove();
    const target = event.target;
    if (!(target instanceof Element) || target.closest('input, textarea, select, .ag-popup, .ag-header')) return;
    const state = store.getState();
    const groupRowId = fullWidthRowAt(target);
    const firstCol = state.gridLayout.colIds[0];
    // A group header is one cell wide as far as the range goes: its keys then act on it.
    if (groupRowId && firstCol !== undefined) {
      state.setSelection(singleCell({ rowId: groupRowId, colId: firstCol }));
      return;
    }
    const cell = cellAtTarget(target);
    if (!cell) return;
    if (event.button === 2) {
      if (!isInRange(cell, state.selection)) state.setSelection(selectionForClick(cell, false));
      return;
    }
    if (event.button !== 0) return;
    state.setSelection(selectionForClick(cell, event.shiftKey));
    dragging = true;
    dragByRows = cell.colId === FIRST_COLUMN;
  };

  const stretchTo = (target: EventTarget | null) => {
    const cell = cellAtTarget(target);
    const { selection, gridLayout } = store.getState();
    if (!cell || !selection) return;
    const next = dragByRows ? selectRows(gridLayout, cell.rowId, selection.anchor.rowId) : { anchor: selection.anchor, focus: cell };
    if (next && (next.focus.rowId !== selection.focus.rowId || next.focus.colId !== selection.focus.colId)) store.getState().setSelection(next);
  };
  const dragScroll = createDragScroll(api, container);

  const onMouseOver = (event: MouseEvent) => {
    if (!dragging) return;
    if ((event.buttons & 1) === 0) {
      dragging = false;
      return;
    }
    stretchTo(event.target);
  };

  // Past the grid's edge the pointer is over no cell: the grid scrolls toward it instead.
  const onMouseMove = (event: MouseEvent) => {
    if (dragging && (event.buttons & 1) !== 0) dragScroll.move(event.clientX, event.clientY, dragByRows);
  };

  const onMouseUp = () => {
    dragging = false;
    dragScroll.stop();
  };

  // A click on a header selects its column; the grid would sort, so it does not see this click.
  const onClick = (event: MouseEvent) => {
    const target = event.target;
    if (!(target instanceof Element)) return;
    const header = target.closest('.ag-header-cell');
    const colId = header?.getAttribute('col-id');
    if (!header || !colId || target.closest(HEADER_CONTROLS)) return;
    event.stopPropagation();
    const { selection, gridLayout, setSelection } = store.getState();
    const next = selectColumns(gridLayout, colId, event.shiftKey ? selection?.anchor.colId : undefined);
    if (next) setSelection(next);
  };

  const onContextMenu = (event: MouseEvent) => {
    const target = event.target;
    if (!(target instanceof Element) || target.closest('input, .ag-popup, .ag-header') || !cellAtTarget(target)) return;
    event.preventDefault();
    event.stopPropagation();
    openMenuAt(event.clientX, event.clientY);
  };

  container.addEventListener('mousedown', onMouseDown, true);
  container.addEventListener('mouseover', onMouseOver, true);
  window.addEventListener('mouseup', onMouseUp, true);
  window.addEventListener('mousemove', onMouseMove, true);
  container.addEventListener('click', onClick, true);
  container.addEventListener('contextmenu', onContextMenu, true);
  return () => {
    container.removeEventListener('mousedown', onMouseDown, true);
    container.removeEventListener('mouseover', onMouseOver, true);
    window.removeEventListener('mouseup', onMouseUp, true);
    window.removeEventListener('mousemove', onMouseMove, true);
    dragScroll.stop();
    container.removeEventListener('click', onClick, true);
    container.removeEventListener('contextmenu', onContextMenu, true);
  };
}
