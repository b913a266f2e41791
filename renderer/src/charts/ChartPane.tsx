import { CHART_KINDS, type ChartKind } from '@shared/workspace/workspace-schema';
import { useCrosscheckStore } from '../store/store';
import { DeltaOverviewChart } from './DeltaOverviewChart';
import { MetricAcrossChart } from './MetricAcrossChart';
import { RowValuesChart } from './RowValuesChart';

const TAB_LABELS: Record<ChartKind, string> = { deltas: 'Deltas', row: 'Row', metric: 'Metric' };
const TAB_TITLES: Record<ChartKind, string> = {
  deltas: 'Where the articles disagree most: Δ % of the rows in view',
  row: 'The selected row: each article’s value and your estimates',
  metric: 'One metric across companies, per article',
};

/**
 * A chart draws after the grid's frame, as a transition a key press interrupts: a canvas
 * redrawn inside an edit's frame took it past 16 ms. It is one frame behind, never stale.
 *
 * The chart pane: the delta overview, the selected row's values and one metric across
 * companies, one at a time behind tabs (arrow keys move between them, as in any tab list).
 */
export function ChartPane() {
  const kind = useCrosscheckStore((state) => state.workspace.layout.chartKind);
  const setChartKind = useCrosscheckStore((state) => state.setChartKind);
  const move = (step: number) => {
    const next = CHART_KINDS[(CHART_KINDS.indexOf(kind) + step + CHART_KINDS.length) % CHART_KINDS.length];
    setChartKind(next);
    document.getElementById(`chart-tab-${next}`)?.focus();
  };
  return (
    <div className="chart-pane">
      <div className="chart-tabs" role="tablist" aria-label="Charts">
        {CHART_KINDS.map((tab) => (
          <button
            type="button"
            role="tab"
            key={tab}
            id={`chart-tab-${tab}`}
            aria-selected={tab === kind}
            aria-controls="chart-tab-panel"
            tabIndex={tab === kind ? 0 : -1}
            className="chart-tab"
            title={TAB_TITLES[tab]}
            onClick={() => setChartKind(tab)}
            onKeyDown={(event) => {
              if (event.key === 'ArrowRight') move(1);
              else if (event.key === 'ArrowLeft') move(-1);
            }}
          >
            {TAB_LABELS[tab]}
          </button>
        ))}
      </div>
      <div className="chart-tab-panel" role="tabpanel" id="chart-tab-panel" aria-labelledby={`chart-tab-${kind}`}>
        {kind === 'deltas' && <DeltaOverviewChart />}
        {kind === 'row' && <RowValuesChart />}
        {kind === 'metric' && <MetricAcrossChart />}
      </div>
    </div>
  );
}
