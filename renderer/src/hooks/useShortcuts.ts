import { useEffect } from 'react';
import { useCrosscheckStore } from '../store/store';
import { isTextEntry } from './text-entry';
import { paneForKey } from '../layout/pane-commands';

/**
 * Ctrl/Cmd+Alt+1, 2, 3 open and close the detail, sources and chart panes. Ctrl/Cmd+Z undo, Ctrl/Cmd+Shift+Z or Ctrl+Y redo, Ctrl/Cmd+S save now, Ctrl/Cmd+E export. Typing in a field
 * keeps the field's own Ctrl+Z; everywhere else it undoes workspace changes.
 */
export function useShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const pane = paneForKey(event);
      if (pane) {
        event.preventDefault();
        useCrosscheckStore.getState().togglePane(pane);
        return;
      }
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      const { undo, redo, save } = useCrosscheckStore.getState();
      if (key === 's') {
        event.preventDefault();
        save();
        return;
      }
      if (key === 'e' && !event.shiftKey) {
        // Browsers put the search bar on Ctrl+E; here it exports, as the File menu says.
        event.preventDefault();
        useCrosscheckStore.getState().openDialog('export');
        return;
      }
      if (isTextEntry(event.target)) return;
      if (key === 'z' && !event.shiftKey) undo();
      else if ((key === 'z' && event.shiftKey) || key === 'y') redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
