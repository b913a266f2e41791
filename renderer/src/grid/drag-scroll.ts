import type { GridApi } from 'ag-grid-community';
import { useCrosscheckStore } from '../store/store';
import type { GridRow } from './groups/row-groups';
import { moveFocus, type CellSelection, type Direction } from './selection/cell-range';

/**
 * While a range is dragged past the grid's edge, the range keeps stretching that way, a few
 * rows per frame (more the further the pointer is), and the grid scrolls to follow it, as in a
 * spreadsheet. It moves through the range model, not by scrolling pixels, so the range and
 * what is on screen always agree.
 */
const PX_PER_ROW_STEP = 20;
const MAX_ROWS_PER_FRAME = 5;
/** A frame in this many lets a column step go by: columns are wide, rows are not. */
const FRAMES_PER_COLUMN = 4;

export interface DragScroll {
  /** The pointer moved, in window coordinates, while dragging. */
  move(x: number, y: number, byRows: boolean): void;
  stop(): void;
}

/** The rows area of the grid on screen: under the header, inside the box. */
function rowsArea(container: HTMLElement): { top: number; bottom: number; left: number; right: number } {
  const box = container.getBoundingClientRect();
  const header = container.querySelector('.ag-header')?.getBoundingClientRect();
  return { top: header?.bottom ?? box.top, bottom: box.bottom - 4, left: box.left, right: box.right - 4 };
}

export function createDragScroll(api: GridApi<GridRow>, container: HTMLElement): DragScroll {
  let frame = 0;
  let frames = 0;
  let pointer = { x: 0, y: 0, byRows: false };
  const stretch = (selection: CellSelection, direction: Direction, steps: number): CellSelection =>
    moveFocus(selection, useCrosscheckStore.getState().gridLayout, direction, { extend: true }, steps);
  const tick = () => {
    frame = 0;
    const area = rowsArea(container);
    const state = useCrosscheckStore.getState();
    let next = state.selection;
    if (!next) return;
    const below = pointer.y - area.bottom;
    const above = area.top - pointer.y;
    if (below > 0) next = stretch(next, 'down', Math.min(MAX_ROWS_PER_FRAME, Math.ceil(below / PX_PER_ROW_STEP)));
    else if (above > 0) next = stretch(next, 'up', Math.min(MAX_ROWS_PER_FRAME, Math.ceil(above / PX_PER_ROW_STEP)));
    const sideways = pointer.x > area.right ? 'right' : pointer.x < area.left ? 'left' : null;
    frames++;
    if (sideways && !pointer.byRows && frames % FRAMES_PER_COLUMN === 0) next = stretch(next, sideways, 1);
    if (below <= 0 && above <= 0 && !sideways) return;
    if (next !== state.selection) {
      state.setSelection(next);
      const row = state.gridLayout.rowIndex.get(next.focus.rowId);
      if (row !== undefined) api.ensureIndexVisible(row);
      api.ensureColumnVisible(next.focus.colId);
    }
    frame = requestAnimationFrame(tick);
  };
  return {
    move(x, y, byRows) {
      pointer = { x, y, byRows };
      if (!frame) frame = requestAnimationFrame(tick);
    },
    stop() {
      cancelAnimationFrame(frame);
      frame = 0;
    },
  };
}
