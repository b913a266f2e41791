import { useEffect } from 'react';
import type { MenuCommand } from '@shared/ipc/contract';
import { useCrosscheckStore } from '../store/store';
import { isTextEntry } from './text-entry';
import { chooseExcelFileToImport } from '../components/ExcelImportInput';
import { chooseArticleFileToImport } from '../components/ArticleImportInput';
import { clearSelection, copyToClipboard, fill, selectAllCells } from '../grid/grid-commands';

/** Runs one command of the desktop menu; in a text field, Undo and Redo stay the field's own. */
export function runMenuCommand(command: MenuCommand, activeElement: Element | null): void {
  const state = useCrosscheckStore.getState();
  switch (command) {
    case 'new':
      return state.openDialog('new');
    case 'open':
      return state.openDialog('open');
    case 'save':
      return state.save();
    case 'save-as':
      return state.openDialog('save-as');
    case 'export-excel':
      return state.openDialog('export');
    case 'import-excel':
      return chooseExcelFileToImport();
    case 'import-article':
      return chooseArticleFileToImport();
    case 'undo':
    case 'redo':
      // The menu's accelerator takes Ctrl+Z before the page sees it: give it back to the field.
      if (isTextEntry(activeElement)) document.execCommand(command);
      else if (command === 'undo') state.undo();
      else state.redo();
      return;
    case 'select-all':
      // Ctrl+A likewise: a text field selects its text, the grid its cells.
      if (isTextEntry(activeElement)) document.execCommand('selectAll');
      else selectAllCells();
      return;
    case 'copy-with-headers':
    case 'fill-down':
    case 'fill-right':
    case 'clear-cells':
      // The menu's accelerators come before the page: Ctrl+D typed in a note or a dialog must not fill the grid.
      if (isTextEntry(activeElement) || state.dialog !== null || state.pendingPlan !== null) return;
      if (command === 'copy-with-headers') return void copyToClipboard(true);
      if (command === 'clear-cells') return clearSelection();
      return fill(command === 'fill-down' ? 'down' : 'right');
    case 'settings':
      return state.openDialog('settings');
    case 'keyboard-map':
      return state.openDialog('keyboard-map');
    case 'group-none':
      return state.setGroupBy('none');
    case 'group-company':
      return state.setGroupBy('company');
    case 'group-company-segment':
      return state.setGroupBy('company-segment');
    default:
      // Every command the desktop menu can send has a case above.
      return command satisfies never;
  }
}

/** Listens to the desktop menu where there is one (Electron); browser mode has the in-page menu only. */
export function useMenuCommands(): void {
  useEffect(() => window.crosscheck?.onMenuCommand?.((command) => runMenuCommand(command, document.activeElement)), []);
}
