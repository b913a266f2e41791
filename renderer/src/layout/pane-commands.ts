import type { PaneId } from '@shared/workspace/workspace-schema';
import { MODIFIER } from '../grid/grid-command-table';

/** Each pane's name and the keys that open or close it (View menu, pane headers, status bar). */
export const PANES: Readonly<Record<PaneId, { readonly label: string; readonly code: string; readonly keys: string }>> = {
  detail: { label: 'Detail', code: 'Digit1', keys: `${MODIFIER}Alt+1` },
  sources: { label: 'Sources', code: 'Digit2', keys: `${MODIFIER}Alt+2` },
  charts: { label: 'Charts', code: 'Digit3', keys: `${MODIFIER}Alt+3` },
};

/** The pane a key press opens or closes: Ctrl/Cmd+Alt and a digit, read by its physical key (Alt changes the character on a Mac). */
export function paneForKey(event: Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'code'>): PaneId | null {
  if (!(event.ctrlKey || event.metaKey) || !event.altKey || event.shiftKey) return null;
  for (const [pane, { code }] of Object.entries(PANES) as [PaneId, (typeof PANES)[PaneId]][]) {
    if (code === event.code) return pane;
  }
  return null;
}
