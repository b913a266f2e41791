import type { ChartKind, PaneId, PinnedChart, Workspace, WorkbenchLayout } from './workspace-schema';
import { MAX_PINNED_CHARTS } from './workspace-schema';

/**
 * The workbench's arrangement (pane sizes, closed panes, the chart shown) and the charts the
 * analyst pinned. Each returns the same workspace when nothing changes, so a splitter that
 * reports the layout it already has makes no save.
 */

function withLayout(workspace: Workspace, layout: WorkbenchLayout): Workspace {
  return { ...workspace, layout };
}

/** Sizes are kept to a tenth of a percent: a splitter's rounding noise is not a change. */
function rounded(size: number): number {
  return Math.round(Math.min(100, Math.max(0, size)) * 10) / 10;
}

/** Records the sizes of one group's panels, as the analyst left them after a drag or a key press. */
export function setPaneSizes(workspace: Workspace, sizes: Readonly<Record<string, number>>): Workspace {
  const current = workspace.layout.sizes;
  const next = { ...current };
  let isChanged = false;
  for (const [id, size] of Object.entries(sizes)) {
    const value = rounded(size);
    if (current[id] === value) continue;
    next[id] = value;
    isChanged = true;
  }
  return isChanged ? withLayout(workspace, { ...workspace.layout, sizes: next }) : workspace;
}

/** Opens or closes a pane; a closed pane takes no room until the analyst opens it again. */
export function setPaneOpen(workspace: Workspace, pane: PaneId, isOpen: boolean): Workspace {
  const closed = workspace.layout.closedPanes;
  if (closed.includes(pane) !== isOpen) return workspace;
  const closedPanes = isOpen ? closed.filter((id) => id !== pane) : [...closed, pane].sort();
  return withLayout(workspace, { ...workspace.layout, closedPanes });
}

export function setChartKind(workspace: Workspace, chartKind: ChartKind): Workspace {
  return workspace.layout.chartKind === chartKind ? workspace : withLayout(workspace, { ...workspace.layout, chartKind });
}

export function setChartMetric(workspace: Workspace, chartMetric: string | null): Workspace {
  return workspace.layout.chartMetric === chartMetric ? workspace : withLayout(workspace, { ...workspace.layout, chartMetric });
}

/** Undo and redo restore the document, not the window: the layout stays as the analyst has it now. */
export function withLayoutOf(document: Workspace, current: Workspace): Workspace {
  return document.layout === current.layout ? document : { ...document, layout: current.layout };
}

export function isSamePinnedChart(a: PinnedChart, b: PinnedChart): boolean {
  return a.kind === 'row' ? b.kind === 'row' && a.rowId === b.rowId : b.kind === 'metric' && a.metric === b.metric;
}

/** Pins a chart for the workbook, or says why not; pinning one already pinned changes nothing. */
export function pinChart(workspace: Workspace, chart: PinnedChart): { workspace: Workspace; refusal: string | null } {
  const pinned = workspace.view.pinnedCharts;
  if (pinned.some((other) => isSamePinnedChart(other, chart))) return { workspace, refusal: null };
  if (pinned.length >= MAX_PINNED_CHARTS) {
    return { workspace, refusal: `A workbook holds at most ${MAX_PINNED_CHARTS} pinned charts: unpin one first.` };
  }
  return { workspace: { ...workspace, view: { ...workspace.view, pinnedCharts: [...pinned, chart] } }, refusal: null };
}

export function unpinChart(workspace: Workspace, chart: PinnedChart): Workspace {
  const pinned = workspace.view.pinnedCharts;
  const kept = pinned.filter((other) => !isSamePinnedChart(other, chart));
  return kept.length === pinned.length ? workspace : { ...workspace, view: { ...workspace.view, pinnedCharts: kept } };
}
