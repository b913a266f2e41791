import { readClipboard, writeClipboard, type ClipboardPayload } from '@shared/clipboard/clipboard-codec';
import { VALUE_COLUMN_PREFIX } from '@shared/domain/comparison-columns';
import { selectComparisonRowById, selectCompareRowsById } from '../store/comparison-selectors';
import { useCrosscheckStore } from '../store/store';
import { copiedValue, copyBlock } from './clipboard/copy-cells';
import { copiedCells, rememberCopy } from './clipboard/copy-origin';
import { planContextOf } from './editing/plan-context';
import { planClear, planFill, planPaste, type FillSource } from './editing/write-plan';
import { columnHeader } from './grid-view';
import { isGroupRowId } from './groups/row-groups';
import { cellsIn, rangeBounds, selectAll, type CellRef, type RangeBounds } from './selection/cell-range';

/**
 * What the grid's keyboard, context menu and the Edit menu do to the selected cells. Each reads
 * the store once and hands a plan to it; none touches the grid's DOM.
 */
const store = useCrosscheckStore;

function currentBounds(): RangeBounds | null {
  const { selection, gridLayout } = store.getState();
  return rangeBounds(selection, gridLayout);
}

function needsSelection(action: string): RangeBounds | null {
  const bounds = currentBounds();
  if (!bounds) store.getState().showStatus(`Select cells in the grid to ${action}.`, 'refused');
  return bounds;
}

/** The selection as TSV and an HTML table; null when nothing is selected. */
export function copyPayload(withHeaders: boolean): ClipboardPayload | null {
  const bounds = needsSelection('copy');
  if (!bounds) return null;
  const state = store.getState();
  const cells = cellsIn(bounds, state.gridLayout, isGroupRowId);
  const other = selectCompareRowsById(state);
  const rowOf = (rowId: string) => selectComparisonRowById(state, rowId);
  const otherOf = (rowId: string) => other?.get(rowId);
  const block = copyBlock(cells, rowOf, state.workspace.settings.copyNumbers, withHeaders ? columnHeader : null, otherOf);
  const count = cells.reduce((sum, row) => sum + row.length, 0);
  state.showStatus(`Copied ${count} cell${count === 1 ? '' : 's'}${withHeaders ? ' with headers' : ''}.`);
  const payload = writeClipboard(block);
  const values = cells.map((row) =>
    row.map((cell) => {
      const data = rowOf(cell.rowId);
      return data ? copiedValue(data, cell.colId, otherOf) : null;
    }),
  );
  rememberCopy(payload.text, withHeaders ? [values[0]?.map(() => null) ?? [], ...values] : values);
  return payload;
}

/** Reads a pasted block into the cells from the selection's top-left on (see planPaste). */
export function pasteData(data: { readonly text?: string | null; readonly html?: string | null }): void {
  const bounds = needsSelection('paste into');
  if (!bounds) return;
  const read = readClipboard(data);
  const state = store.getState();
  if (!read.ok) {
    state.showStatus(`Nothing pasted. ${read.message}`, 'refused');
    return;
  }
  // A block this grid copied itself pastes its values with their units, not its text.
  state.proposePlan(planPaste(read.rows, bounds, planContextOf(state, columnHeader, new Date().toISOString()), copiedCells(data.text)));
}

/** A value cell's number and unit, for a fill; null for cells that are not values. */
function fillSource(cell: CellRef): FillSource | null {
  if (!cell.colId.startsWith(VALUE_COLUMN_PREFIX)) return null;
  const row = selectComparisonRowById(store.getState(), cell.rowId);
  const value = row?.cells[cell.colId.slice(VALUE_COLUMN_PREFIX.length)];
  return value ? { value: value.value, unit: value.unit } : null;
}

export function fill(direction: 'down' | 'right'): void {
  const bounds = needsSelection(`fill ${direction}`);
  if (!bounds) return;
  const state = store.getState();
  const plan = planFill(direction, bounds, planContextOf(state, columnHeader, new Date().toISOString()), fillSource);
  if (plan.writes.length === 0 && plan.refusals.length === 0) {
    state.showStatus(`${plan.label}: no value cells to fill in the selection.`, 'refused');
    return;
  }
  state.proposePlan(plan);
}

/** Delete / Backspace: the analyst's values in the range go back to the articles'. */
export function clearSelection(label = 'Clear'): void {
  const bounds = needsSelection('clear');
  if (!bounds) return;
  const state = store.getState();
  const plan = planClear(label, bounds, planContextOf(state, columnHeader, new Date().toISOString()));
  if (plan.writes.length === 0) {
    state.showStatus('Nothing of yours to clear here: the articles’ values stay as they are. Type over a value to replace it.', 'refused');
    return;
  }
  state.writeCells(plan.label, plan.writes);
  state.showStatus(`${plan.label}: back to the articles’ values.`);
}

export function selectAllCells(): void {
  const state = store.getState();
  state.setSelection(selectAll(state.gridLayout));
}

/** Copy through the asynchronous clipboard (menus, where no copy event carries the data). */
export async function copyToClipboard(withHeaders: boolean, thenClear = false): Promise<void> {
  const payload = copyPayload(withHeaders);
  if (!payload) return;
  try {
    await navigator.clipboard.write([
      new ClipboardItem({ 'text/plain': new Blob([payload.text], { type: 'text/plain' }), 'text/html': new Blob([payload.html], { type: 'text/html' }) }),
    ]);
    if (thenClear) clearSelection('Cut');
  } catch {
    store.getState().showStatus('This window may not write to the clipboard from a menu: press Ctrl+C (⌘C) instead.', 'refused');
  }
}

/** Paste through the asynchronous clipboard (menus); the browser may ask, or refuse. */
export async function pasteFromClipboard(): Promise<void> {
  try {
    const items = await navigator.clipboard.read();
    let html: string | null = null;
    let text: string | null = null;
    for (const item of items) {
      if (html === null && item.types.includes('text/html')) html = await (await item.getType('text/html')).text();
      if (text === null && item.types.includes('text/plain')) text = await (await item.getType('text/plain')).text();
    }
    pasteData({ text, html });
  } catch {
    store.getState().showStatus('This window may not read the clipboard from a menu: press Ctrl+V (⌘V) instead.', 'refused');
  }
}
