import type { StateCreator } from 'zustand';
import { pinChart, setChartKind, setChartMetric, setPaneOpen, setPaneSizes, unpinChart } from '@shared/workspace/layout-operations';
import type { ChartKind, PaneId, PinnedChart } from '@shared/workspace/workspace-schema';
import type { CrosscheckState } from './store';

/**
 * The workbench around the grid: pane sizes, closed panes and the chart shown live in the
 * workspace (a reopened workspace looks as it was left) but outside undo; pinning a chart is
 * an edit of what the workbook holds, so it is undoable.
 */
export interface LayoutSlice {
  setPaneSizes(sizes: Readonly<Record<string, number>>): void;
  setPaneOpen(pane: PaneId, isOpen: boolean): void;
  togglePane(pane: PaneId): void;
  setChartKind(kind: ChartKind): void;
  setChartMetric(metric: string | null): void;
  pinChart(chart: PinnedChart): void;
  unpinChart(chart: PinnedChart): void;
}

export const createLayoutSlice: StateCreator<CrosscheckState, [], [], LayoutSlice> = (_set, get) => ({
  setPaneSizes: (sizes) => get().changeLayout((workspace) => setPaneSizes(workspace, sizes)),
  setPaneOpen: (pane, isOpen) => get().changeLayout((workspace) => setPaneOpen(workspace, pane, isOpen)),
  togglePane: (pane) => get().setPaneOpen(pane, get().workspace.layout.closedPanes.includes(pane)),
  setChartKind: (kind) => get().changeLayout((workspace) => setChartKind(workspace, kind)),
  setChartMetric: (metric) => get().changeLayout((workspace) => setChartMetric(workspace, metric)),
  pinChart: (chart) => {
    const { refusal } = pinChart(get().workspace, chart);
    if (refusal) {
      get().showStatus(refusal, 'refused');
      return;
    }
    get().change('Pin chart', (workspace) => pinChart(workspace, chart).workspace);
  },
  unpinChart: (chart) => get().change('Unpin chart', (workspace) => unpinChart(workspace, chart)),
});
