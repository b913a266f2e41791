import { useCallback, useEffect, useRef } from 'react';
import { Group, Panel, Separator, type GroupImperativeHandle, type Layout, type LayoutChangedMeta } from 'react-resizable-panels';
import { useShallow } from 'zustand/react/shallow';
import { ComparisonGrid } from '../grid/ComparisonGrid';
import { StatusBar } from '../components/StatusBar';
import { DetailPanel } from '../panels/DetailPanel';
import { SourcesView } from '../panels/sources/SourcesView';
import { ChartPane } from '../charts/ChartPane';
import { useCrosscheckStore } from '../store/store';
import { Pane } from './Pane';
import { groupLayouts, panesClosedByDrag, sharesToKeep, visiblePanes } from './pane-layout';

/**
 * The grid with the panes around it: detail and charts in a column beside it, the sources
 * below it. Splitters resize (drag, or arrow keys when focused) and a pane dragged to nothing
 * closes; sizes and closed panes are saved in the workspace. The grid keeps its place in the
 * tree whatever panes come and go, so it is never rebuilt.
 */
export function Workbench() {
  const visible = useCrosscheckStore(useShallow((state) => visiblePanes(state.workspace.layout.closedPanes, state.selectedRowId !== null)));
  // Read, not subscribed: the saved sizes seed a layout; the splitters own it from there.
  const layouts = groupLayouts(useCrosscheckStore.getState().workspace.layout.sizes, visible);
  const remember = useCallback((layout: Layout, meta: LayoutChangedMeta) => {
    // Only the analyst's own drags and key presses: a pane coming or going reflows the others.
    if (!meta.isUserInteraction) return;
    const state = useCrosscheckStore.getState();
    const requested = meta.requestedLayout ?? layout;
    for (const pane of panesClosedByDrag(layout)) state.setPaneOpen(pane, false);
    state.setPaneSizes(sharesToKeep(requested));
  }, []);
  const hasSide = visible.detail || visible.charts;
  const workbenchGroup = useRef<GroupImperativeHandle | null>(null);
  const mainGroup = useRef<GroupImperativeHandle | null>(null);
  const sideGroup = useRef<GroupImperativeHandle | null>(null);
  // A pane that comes back takes the size the analyst gave it: the splitters reflow on their
  // own when panels come and go, so the saved shares are set again once the groups have
  // registered their new panels (their effects run before this one).
  useEffect(() => {
    const saved = groupLayouts(useCrosscheckStore.getState().workspace.layout.sizes, visible);
    for (const [group, layout] of [
      [workbenchGroup.current, saved.workbench],
      [mainGroup.current, saved.main],
      [sideGroup.current, saved.side],
    ] as const) {
      if (!group || Object.keys(layout).length === 0) continue;
      try {
        group.setLayout(layout);
      } catch {
        // A group still between two sets of panels keeps the layout it reflowed to: sizes only, never the data.
      }
    }
  }, [visible]);

  return (
    <Group orientation="horizontal" id="workbench" className="workbench" groupRef={workbenchGroup} defaultLayout={layouts.workbench} onLayoutChanged={remember}>
      <Panel id="main" minSize={360}>
        <Group orientation="vertical" id="main-stack" groupRef={mainGroup} defaultLayout={layouts.main} onLayoutChanged={remember}>
          <Panel id="grid" minSize={150}>
            <div className="grid-column">
              <ComparisonGrid />
              <StatusBar />
            </div>
          </Panel>
          {visible.sources && <Separator className="splitter splitter-horizontal" id="sources-splitter" aria-label="Resize the sources pane" />}
          {visible.sources && (
            <Panel id="sources" minSize={90} collapsible defaultSize={`${layouts.main.sources ?? 25}%`}>
              <Pane pane="sources">
                <SourcesView />
              </Pane>
            </Panel>
          )}
        </Group>
      </Panel>
      {hasSide && <Separator className="splitter splitter-vertical" id="side-splitter" aria-label="Resize the side panes" />}
      {hasSide && (
        <Panel id="side" minSize={240} collapsible defaultSize={`${layouts.workbench.side ?? 22}%`}>
          <Group orientation="vertical" id="side-stack" groupRef={sideGroup} defaultLayout={layouts.side} onLayoutChanged={remember}>
            {visible.detail && (
              <Panel id="detail" minSize={90} collapsible defaultSize={`${layouts.side.detail ?? 100}%`}>
                <Pane pane="detail">
                  <DetailPanel />
                </Pane>
              </Panel>
            )}
            {visible.detail && visible.charts && <Separator className="splitter splitter-horizontal" id="charts-splitter" aria-label="Resize the detail and chart panes" />}
            {visible.charts && (
              <Panel id="charts" minSize={140} collapsible>
                <Pane pane="charts">
                  <ChartPane />
                </Pane>
              </Panel>
            )}
          </Group>
        </Panel>
      )}
    </Group>
  );
}
