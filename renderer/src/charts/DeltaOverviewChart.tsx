import { useDeferredValue, useMemo } from 'react';
import { singleCell } from '../grid/selection/cell-range';
import { useCrosscheckStore } from '../store/store';
import { deltaOverviewOptions } from './chart-options';
import { selectDeltaOverview } from './chart-selectors';
import { ChartView } from './ChartView';

/** Selects a row from outside the grid: the grid scrolls to it and the panes follow. */
function selectRowInGrid(rowId: string): void {
  const state = useCrosscheckStore.getState();
  state.setSelection(singleCell({ rowId, colId: 'metric' }));
  state.selectCell(rowId, null);
}

/** "Where do the sources disagree most": the rows in view by their Δ %; a bar (or its row in the table) selects the row. */
export function DeltaOverviewChart() {
  const overview = useDeferredValue(useCrosscheckStore(selectDeltaOverview));
  const subtitle = `${overview.withDelta} of ${overview.withDelta + overview.withoutDelta} rows in view compare${overview.disagreements > 0 ? `; ${overview.disagreements} disagree` : ''}`;
  const options = useMemo(() => deltaOverviewOptions(overview, subtitle, selectRowInGrid), [overview, subtitle]);
  if (overview.bars.length === 0) {
    return (
      <p className="chart-empty muted" data-testid="delta-overview-empty">
        No row in view has a Δ % against the baseline: rows compare when two articles give the same metric in the same unit. Clear the filter, or fill a value.
      </p>
    );
  }
  return (
    <div className="chart-body">
      <ChartView
        options={options}
        label={`Δ % against the baseline for the rows in view, largest first: ${subtitle}`}
        testId="delta-overview"
        table={
          <table>
            <caption>Δ % against the baseline, largest first</caption>
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Δ %</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {overview.bars.map((bar) => (
                <tr key={bar.rowId} data-row-id={bar.rowId}>
                  <th scope="row">
                    <button type="button" className="link-button" onClick={() => selectRowInGrid(bar.rowId)}>
                      {bar.label}
                    </button>
                  </th>
                  <td>{bar.formatted}</td>
                  <td>{bar.tone === 'comparable' ? 'comparable' : bar.tone === 'disagreement' ? 'disagreement' : 'conflict'}{bar.isOwn ? ', uses your value' : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
      <p className="chart-notes muted">
        {overview.withDelta > overview.bars.length && `The ${overview.bars.length} largest of ${overview.withDelta} changes. `}
        {overview.withoutDelta > 0 && `${overview.withoutDelta} rows in view do not compare and are not drawn. `}
        <span className="chart-key chart-key-disagreement">■</span> disagree <span className="chart-key chart-key-conflict">■</span> conflict <span className="chart-key chart-key-own">□</span> your value. Click a bar to select its row.
      </p>
    </div>
  );
}
