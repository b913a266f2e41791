import { VALUE_COLUMN_PREFIX } from '@shared/domain/comparison-columns';
import { useCrosscheckStore } from '../store/store';
import { isGroupRowId } from './groups/row-groups';
import { clearSelection, copyToClipboard, fill, pasteFromClipboard, selectAllCells } from './grid-commands';

/**
 * Every grid command once, with its name and its keys: the Edit menu, the context menu and the
 * keyboard map in Help are all drawn from this table, so a shortcut is always reachable from a
 * menu and the map never lists a key that does nothing.
 */
export interface GridCommand {
  readonly id: string;
  readonly label: string;
  /** As shown: "Ctrl+Shift+C" (⌘ on a Mac). */
  readonly keys: string;
  readonly run: () => void;
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = isMac ? '⌘' : 'Ctrl+';
const store = useCrosscheckStore;

/** The focused cell's row and, for a value column, the workspace column: what the panel shows. */
function focusOnPanel(): { rowId: string; columnId: string | null } | null {
  const focus = store.getState().selection?.focus;
  if (!focus || isGroupRowId(focus.rowId)) {
    store.getState().showStatus('Select a cell of a row first.', 'refused');
    return null;
  }
  const columnId = focus.colId.startsWith(VALUE_COLUMN_PREFIX) ? focus.colId.slice(VALUE_COLUMN_PREFIX.length) : null;
  store.getState().selectCell(focus.rowId, columnId);
  return { rowId: focus.rowId, columnId };
}

export const GRID_COMMANDS = {
  copy: { id: 'copy', label: 'Copy', keys: `${MOD}C`, run: () => void copyToClipboard(false) },
  copyWithHeaders: { id: 'copy-with-headers', label: 'Copy with headers', keys: `${MOD}Shift+C`, run: () => void copyToClipboard(true) },
  cut: { id: 'cut', label: 'Cut my values', keys: `${MOD}X`, run: () => void copyToClipboard(false, true) },
  paste: { id: 'paste', label: 'Paste', keys: `${MOD}V`, run: () => void pasteFromClipboard() },
  fillDown: { id: 'fill-down', label: 'Fill down', keys: `${MOD}D`, run: () => fill('down') },
  fillRight: { id: 'fill-right', label: 'Fill right', keys: `${MOD}R`, run: () => fill('right') },
  clear: { id: 'clear', label: 'Clear my values', keys: 'Delete', run: () => clearSelection() },
  resetToSource: { id: 'reset-to-source', label: 'Reset to source', keys: '', run: () => clearSelection('Reset to source:') },
  selectAll: { id: 'select-all', label: 'Select all', keys: `${MOD}A`, run: selectAllCells },
  addNote: {
    id: 'add-note',
    label: 'Add note',
    keys: '',
    run: () => {
      const at = focusOnPanel();
      if (!at?.columnId) {
        if (at) store.getState().showStatus('Notes go on value cells: choose an article’s value or your estimate.', 'refused');
        return;
      }
      // The panel draws the note field for the chosen cell in the next frame.
      requestAnimationFrame(() => document.querySelector<HTMLTextAreaElement>('[data-testid="detail-panel"] textarea[aria-label="Note on this cell"]')?.focus());
    },
  },
  showSource: {
    id: 'show-source',
    label: 'Show source',
    keys: '',
    run: () => {
      if (focusOnPanel()) requestAnimationFrame(() => document.querySelector('[data-testid="sources-view"]')?.scrollIntoView({ block: 'nearest' }));
    },
  },
} satisfies Record<string, GridCommand>;

/** Keys that move and edit, for the keyboard map: not commands of a menu, but keys of the grid. */
export const GRID_KEYS: readonly { readonly keys: string; readonly does: string }[] = [
  { keys: 'Arrows', does: 'Move one cell' },
  { keys: 'Shift+Arrows', does: 'Stretch the selection' },
  { keys: `${MOD}Arrows`, does: 'Go to the edge of the data' },
  { keys: `${MOD}Shift+Arrows`, does: 'Stretch to the edge of the data' },
  { keys: 'Home / End', does: 'First / last column of the row' },
  { keys: `${MOD}Home / ${MOD}End`, does: 'First / last cell of the grid' },
  { keys: 'Page Up / Page Down', does: 'One screen up / down' },
  { keys: 'Tab / Shift+Tab', does: 'Next / previous cell (commits an edit)' },
  { keys: 'Enter / Shift+Enter', does: 'Commit and move down / up; without an edit, move' },
  { keys: 'Any character', does: 'Start editing with it' },
  { keys: 'F2', does: 'Edit the cell, keeping its text' },
  { keys: 'Esc', does: 'Cancel the edit; close a menu or dialog' },
  { keys: 'Delete / Backspace', does: 'Clear your values in the selection' },
  { keys: `${MOD}Z`, does: 'Undo' },
  { keys: isMac ? '⌘Shift+Z' : 'Ctrl+Y', does: 'Redo' },
  { keys: 'Shift+F10 / Menu key', does: 'Open the context menu' },
  { keys: 'Click a header / row’s first cell', does: 'Select the column / the row' },
  { keys: 'Enter, Space, ← / → on a group', does: 'Collapse or expand the group' },
];

export const MODIFIER = MOD;
