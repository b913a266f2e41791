import { useEffect } from 'react';
import type { MenuCommand } from '@shared/ipc/contract';
import { useCrosscheckStore } from '../store/store';
import { isTextEntry } from './text-entry';
import { chooseExcelFileToImport } from '../components/ExcelImportInput';
import { chooseArticleFileToImport } from '../components/ArticleImportInput';

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
  }
}

/** Listens to the desktop menu where there is one (Electron); browser mode has the in-page menu only. */
export function useMenuCommands(): void {
  useEffect(() => window.crosscheck?.onMenuCommand?.((command) => runMenuCommand(command, document.activeElement)), []);
}
