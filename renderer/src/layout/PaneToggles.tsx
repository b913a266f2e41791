import { PANE_IDS } from '@shared/workspace/workspace-schema';
import { useCrosscheckStore } from '../store/store';
import { selectArticles } from '../store/dataset-selectors';
import { PANES } from './pane-commands';

/** The status bar's right end: how many articles are loaded, and a switch per pane (the mouse's way to reopen one). */
export function PaneToggles() {
  const closedPanes = useCrosscheckStore((state) => state.workspace.layout.closedPanes);
  const togglePane = useCrosscheckStore((state) => state.togglePane);
  const articleCount = useCrosscheckStore((state) => selectArticles(state).length);
  const dataDir = useCrosscheckStore((state) => state.dataDir);
  return (
    <span className="pane-toggles">
      <span className="muted" title={dataDir ? `Read from ${dataDir}` : undefined} data-testid="article-count">
        {articleCount} article{articleCount === 1 ? '' : 's'}
      </span>
      {PANE_IDS.map((pane) => (
        <button
          type="button"
          key={pane}
          className="pane-toggle"
          aria-pressed={!closedPanes.includes(pane)}
          onClick={() => togglePane(pane)}
          title={`${closedPanes.includes(pane) ? 'Open' : 'Close'} the ${PANES[pane].label.toLowerCase()} pane (${PANES[pane].keys})`}
          data-testid={`toggle-${pane}`}
        >
          {PANES[pane].label}
        </button>
      ))}
    </span>
  );
}
