import type { ReactNode } from 'react';
import type { PaneId } from '@shared/workspace/workspace-schema';
import { useCrosscheckStore } from '../store/store';
import { PANES } from './pane-commands';

interface PaneProps {
  readonly pane: PaneId;
  readonly children: ReactNode;
  /** Controls of the pane's own, beside its title (the chart pane's tabs). */
  readonly actions?: ReactNode;
}

/** A pane of the workbench: a title bar with a close button (and its shortcut), and a body that scrolls. */
export function Pane({ pane, children, actions }: PaneProps) {
  const setPaneOpen = useCrosscheckStore((state) => state.setPaneOpen);
  const { label, keys } = PANES[pane];
  return (
    <section className={`pane pane-${pane}`} aria-label={`${label} pane`} data-testid={`pane-${pane}`}>
      <header className="pane-header">
        <h2 className="pane-title">{label}</h2>
        {actions}
        <button type="button" className="pane-close icon-button" onClick={() => setPaneOpen(pane, false)} aria-label={`Hide the ${label.toLowerCase()} pane`} title={`Hide (${keys}; View › ${label} pane shows it again)`}>
          ×
        </button>
      </header>
      <div className="pane-body">{children}</div>
    </section>
  );
}
