import { lazy, Suspense, useCallback } from 'react';
import { Group, Panel, Separator, type Layout, type LayoutChangedMeta } from 'react-resizable-panels';
import { useShallow } from 'zustand/react/shallow';
import { ComparisonGrid } from '../grid/ComparisonGrid';
import { StatusBar } from '../components/StatusBar';
import { DetailPanel } from '../panels/DetailPanel';
import { SourcesView } from '../panels/sources/SourcesView';
import { useCrosscheckStore } from '../store/store';
import { Pane } from './Pane';
import { paneShares, panesClosedByDrag, sharesToKeep, visiblePanes } from './pane-layout';

// AG Charts is most of the page's script: it loads after the grid is up, never before it.
const ChartPane = lazy(() => import('../charts/ChartPane').then((module) => ({ default: module.ChartPane })));

/**
 * The grid with the panes around it: detail and charts in a column beside it, the sources
 * below it. Splitters resize (drag, or arrow keys when focused) and a pane dragged to nothing
 * closes; sizes and closed panes are saved in the workspace. The grid keeps its place in the
 * tree whatever panes come and go, so it is never rebuilt.
 */
export function Workbench() {
  const visible = useCrosscheckStore(useShallow((state) => visiblePanes(state.workspace.layout.closedPanes, state.selectedRowId !== null)));
  // Read, not subscribed: a pane opens at its saved share; the splitters own the layout from there.
  const shares = paneShares(useCrosscheckStore.getState().workspace.layout.sizes, visible);
  const remember = useCallback((layout: Layout, meta: LayoutChangedMeta) => {
    // Only the analyst's own drags and key presses: a pane coming or going reflows the others.
    if (!meta.isUserInteraction) return;
    const state = useCrosscheckStore.getState();
    const requested = meta.requestedLayout ?? layout;
    for (const pane of panesClosedByDrag(layout)) state.setPaneOpen(pane, false);
    state.setPaneSizes(sharesToKeep(requested));
  }, []);
  const hasSide = visible.detail || visible.charts;

  return (
    <Group orientation="horizontal" id="workbench" className="workbench" onLayoutChanged={remember}>
      <Panel id="main" minSize={360}>
        <Group orientation="vertical" id="main-stack" onLayoutChanged={remember}>
          <Panel id="grid" minSize={150}>
            <div className="grid-column">
              <ComparisonGrid />
              <StatusBar />
            </div>
          </Panel>
          {visible.sources && <Separator className="splitter splitter-horizontal" id="sources-splitter" aria-label="Resize the sources pane" />}
          {visible.sources && (
            <Panel id="sources" minSize={90} collapsible defaultSize={`${shares.sources}%`}>
              <Pane pane="sources">
                <SourcesView />
              </Pane>
            </Panel>
          )}
        </Group>
      </Panel>
      {hasSide && <Separator className="splitter splitter-vertical" id="side-splitter" aria-label="Resize the side panes" />}
      {hasSide && (
        <Panel id="side" minSize={240} collapsible defaultSize={`${shares.side}%`}>
          <Group orientation="vertical" id="side-stack" onLayoutChanged={remember}>
            {visible.detail && (
              <Panel id="detail" minSize={90} collapsible defaultSize={`${shares.detail}%`}>
                <Pane pane="detail">
                  <DetailPanel />
                </Pane>
              </Panel>
            )}
            {visible.detail && visible.charts && <Separator className="splitter splitter-horizontal" id="charts-splitter" aria-label="Resize the detail and chart panes" />}
            {visible.charts && (
              <Panel id="charts" minSize={140} collapsible>
                <Pane pane="charts">
                  <Suspense fallback={<p className="chart-empty muted">Loading charts…</p>}>
                    <ChartPane />
                  </Suspense>
                </Pane>
              </Panel>
            )}
          </Group>
        </Panel>
      )}
    </Group>
  );
}
