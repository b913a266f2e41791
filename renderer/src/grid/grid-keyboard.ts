import type { GridApi } from 'ag-grid-community';
import { VALUE_COLUMN_PREFIX } from '@shared/domain/comparison-columns';
import { formatValue } from '@shared/domain/format';
import { selectComparisonRowById } from '../store/comparison-selectors';
import { useCrosscheckStore } from '../store/store';
import { cellContent } from './cell-content';
import { cellAtTarget, focusCell } from './grid-focus';
import { clearSelection, copyToClipboard, fill, selectAllCells } from './grid-commands';
import { isGroupRow, isGroupRowId, type GridRow } from './groups/row-groups';
import { isSameCell, moveFocus, moveTo, singleCell, type CellRef, type CellSelection, type Direction } from './selection/cell-range';

/**
 * Excel's keyboard on the grid, as our own code rather than the grid's: one listener in the
 * capture phase of the grid's box sees each key before AG Grid does, and keeps for itself the
 * keys a spreadsheet gives meaning to. Typing a character and F2 still open the grid's editor;
 * Enter and Tab in the editor commit here, synchronously, straight to the store.
 */
const store = useCrosscheckStore;

const ARROWS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

function isEmptyCell(cell: CellRef): boolean {
  if (isGroupRowId(cell.rowId)) return true;
  const row = selectComparisonRowById(store.getState(), cell.rowId);
  return !row || cellContent(row, cell.colId).kind === 'empty';
}

/** The selection, or the grid's focused cell as one, or the first cell. */
function currentSelection(api: GridApi<GridRow>): CellSelection | null {
  const { selection, gridLayout } = store.getState();
  if (selection && gridLayout.rowIndex.has(selection.focus.rowId) && gridLayout.colIndex.has(selection.focus.colId)) return selection;
  const focused = api.getFocusedCell();
  const rowId = focused ? gridLayout.rowIds[focused.rowIndex] : gridLayout.rowIds[0];
  const colId = focused ? focused.column.getColId() : gridLayout.colIds[0];
  return rowId !== undefined && colId !== undefined ? singleCell({ rowId, colId }) : null;
}

function go(api: GridApi<GridRow>, next: CellSelection): void {
  if (api.isDestroyed()) return;
  store.getState().setSelection(next);
  focusCell(api, next.focus);
}

let pendingMove: (() => void) | null = null;

function moveAfterPaint(move: () => void): void {
  pendingMove = move;
  requestAnimationFrame(() => setTimeout(flushPendingMove, 0));
}

/** Applies a cursor move still waiting for its frame; the next key or click comes after it. True when one was waiting. */
export function flushPendingMove(): boolean {
  const move = pendingMove;
  pendingMove = null;
  move?.();
  return move !== null;
}

/** What the grid's editor opens with for a value cell: the value as shown. */
function shownText(cell: CellRef): string | null {
  const row = selectComparisonRowById(store.getState(), cell.rowId);
  const value = row?.cells[cell.colId.slice(VALUE_COLUMN_PREFIX.length)];
  if (!value) return null;
  return value.value === null ? '' : formatValue(value.value, value.unit);
}

/**
 * A key that would open the editor, arriving while the cursor's move after a commit was still
 * waiting: the grid would open it on the cell just committed (the key's target). It opens on
 * the cell the cursor moved to instead, with the key typed in.
 */
function startEditingAtCursor(api: GridApi<GridRow>, event: KeyboardEvent): boolean {
  const isPrintable = event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey;
  if (!isPrintable && event.key !== 'F2') return false;
  const focus = store.getState().selection?.focus;
  const node = focus ? api.getRowNode(focus.rowId) : undefined;
  if (!focus || !node || node.rowIndex === null || !focus.colId.startsWith(VALUE_COLUMN_PREFIX)) return true;
  api.startEditingCell({ rowIndex: node.rowIndex, colKey: focus.colId, ...(isPrintable ? { key: event.key } : {}) });
  return true;
}

/** Rows in one screen of the grid, from the grid's own scroll range (AG Grid 36 has no body viewport class to measure). */
function pageRows(api: GridApi<GridRow>): number {
  const { top, bottom } = api.getVerticalPixelRange();
  const rowHeight = api.getSizesForCurrentTheme().rowHeight || 34;
  return Math.max(1, Math.floor((bottom - top) / rowHeight) - 1);
}

/** Enter, Tab and their Shift forms in the editor: commit now, then move as Excel does. */
function commitEditor(api: GridApi<GridRow>, input: HTMLInputElement, event: KeyboardEvent): boolean {
  const cell = cellAtTarget(input);
  // A key that ends an input method's composition belongs to the input method.
  if (!cell || !cell.colId.startsWith(VALUE_COLUMN_PREFIX) || event.isComposing) return false;
  const direction: Direction = event.key === 'Tab' ? (event.shiftKey ? 'left' : 'right') : event.shiftKey ? 'up' : 'down';
  const text = input.value;
  // Cancel the grid's own commit: ours goes to the store in this task, not through its queue.
  api.stopEditing(true);
  // The text the editor opened with, unchanged, is no edit: the article's value stays the article's.
  const isUnchanged = text.trim() === shownText(cell);
  const { ok } = isUnchanged ? { ok: true } : store.getState().editCell(cell.rowId, cell.colId.slice(VALUE_COLUMN_PREFIX.length), text);
  const here = singleCell(cell);
  // A refused input keeps the cursor on its cell, where the message is. The move waits for the
  // frame that shows the new value, so scrolling and focus do not hold that frame back; a key
  // or click that comes first applies it before anything else.
  moveAfterPaint(() => go(api, ok ? moveFocus(here, store.getState().gridLayout, direction) : here));
  return true;
}

function onGroupRowKey(api: GridApi<GridRow>, row: GridRow, key: string): boolean {
  if (!isGroupRow(row)) return false;
  const collapsed = store.getState().workspace.view.collapsedGroups.includes(row.key);
  if (key === 'Enter' || key === ' ' || (key === 'ArrowLeft' && !collapsed) || (key === 'ArrowRight' && collapsed)) {
    store.getState().setGroupsCollapsed([row.key], !collapsed);
    return true;
  }
  return key === 'ArrowLeft' || key === 'ArrowRight';
}

/** One key, not in an editor; true when the key was ours. */
function onGridKey(api: GridApi<GridRow>, container: HTMLElement, event: KeyboardEvent, openMenu: (at: CellRef) => void): boolean {
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key;
  const selection = currentSelection(api);
  if (!selection) return false;
  const layout = store.getState().gridLayout;
  if (!mod && !event.altKey && isGroupRowId(selection.focus.rowId)) {
    const node = api.getRowNode(selection.focus.rowId);
    if (node?.data && onGroupRowKey(api, node.data, key)) return true;
  }
  const arrow = ARROWS[key];
  if (arrow && !event.altKey) {
    const next = moveFocus(selection, layout, arrow, { extend: event.shiftKey, toEdge: mod, isEmpty: isEmptyCell });
    // At the top, ↑ goes on to the headers (the grid's own move): sorting and filters stay reachable by keyboard.
    if (!event.shiftKey && isSameCell(next.focus, selection.focus)) return false;
    go(api, next);
    return true;
  }
  const row = layout.rowIndex.get(selection.focus.rowId) ?? 0;
  const col = layout.colIndex.get(selection.focus.colId) ?? 0;
  switch (key) {
    case 'Tab': {
      const next = moveFocus(singleCell(selection.focus), layout, event.shiftKey ? 'left' : 'right');
      // At the last (or first) column, Tab leaves the grid, as it leaves any part of a page.
      if (isSameCell(next.focus, selection.focus)) return false;
      go(api, next);
      return true;
    }
    case 'Enter':
      if (mod) return false;
      go(api, moveFocus(singleCell(selection.focus), layout, event.shiftKey ? 'up' : 'down'));
      return true;
    case 'Home':
      go(api, moveTo(selection, layout, mod ? 0 : row, 0, event.shiftKey));
      return true;
    case 'End':
      go(api, moveTo(selection, layout, mod ? layout.rowIds.length - 1 : row, layout.colIds.length - 1, event.shiftKey));
      return true;
    case 'PageDown':
    case 'PageUp':
      go(api, moveTo(selection, layout, row + (key === 'PageDown' ? 1 : -1) * pageRows(api), col, event.shiftKey));
      return true;
    case 'Delete':
    case 'Backspace':
      if (mod || event.altKey) return false;
      clearSelection();
      return true;
    case 'ContextMenu':
      openMenu(selection.focus);
      return true;
    case 'F10':
      if (!event.shiftKey) return false;
      openMenu(selection.focus);
      return true;
  }
  if (!mod || event.altKey) return false;
  switch (key.toLowerCase()) {
    case 'a':
      selectAllCells();
      return true;
    case 'd':
      fill('down');
      return true;
    case 'r':
      fill('right');
      return true;
    case 'c':
      // Plain Ctrl+C is left to the browser: its copy event carries our data (clipboard-events.ts).
      // No copy event can be asked for with headers, so this one goes through the clipboard API.
      if (!event.shiftKey) return false;
      void copyToClipboard(true);
      return true;
  }
  return false;
}

/** Listens on the grid's box; returns the unsubscribe. */
export function attachGridKeyboard(api: GridApi<GridRow>, container: HTMLElement, openMenu: (at: CellRef) => void): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    const hadPendingMove = flushPendingMove();
    const target = event.target;
    if (!(target instanceof HTMLElement) || target.closest('.ag-header, .ag-popup')) return;
    let handled: boolean;
    if (hadPendingMove && !(target instanceof HTMLInputElement) && startEditingAtCursor(api, event)) {
      handled = true;
    } else if (target instanceof HTMLInputElement && target.closest('.ag-cell')) {
      handled = (event.key === 'Enter' || event.key === 'Tab') && !event.altKey && !event.ctrlKey && !event.metaKey && commitEditor(api, target, event);
    } else {
      if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) return;
      handled = onGridKey(api, container, event, openMenu);
    }
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  };
  container.addEventListener('keydown', onKeyDown, true);
  return () => container.removeEventListener('keydown', onKeyDown, true);
}
