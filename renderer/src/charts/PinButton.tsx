import { isSamePinnedChart } from '@shared/workspace/layout-operations';
import type { PinnedChart } from '@shared/workspace/workspace-schema';
import { useCrosscheckStore } from '../store/store';

/** Pins a chart for the workbook's Charts sheet (beside the delta overview, which is always there), or unpins it. */
export function PinButton({ chart }: { readonly chart: PinnedChart }) {
  const isPinned = useCrosscheckStore((state) => state.workspace.view.pinnedCharts.some((other) => isSamePinnedChart(other, chart)));
  const pinChart = useCrosscheckStore((state) => state.pinChart);
  const unpinChart = useCrosscheckStore((state) => state.unpinChart);
  return (
    <button
      type="button"
      className="pin-button"
      aria-pressed={isPinned}
      onClick={() => (isPinned ? unpinChart(chart) : pinChart(chart))}
      title={isPinned ? 'Pinned: the Excel export draws this chart on its Charts sheet. Click to unpin.' : 'Pin for Excel: the export draws this chart on its Charts sheet'}
      data-testid="pin-chart"
    >
      {isPinned ? '📌 Pinned' : 'Pin for Excel'}
    </button>
  );
}
