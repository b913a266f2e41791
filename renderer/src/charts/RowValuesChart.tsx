import { useDeferredValue, useMemo } from 'react';
import { useCrosscheckStore } from '../store/store';
import { rowChartOptions, rowPointLabel } from './chart-options';
import { selectRowChart } from './chart-selectors';
import { ChartNotes } from './ChartNotes';
import { ChartView } from './ChartView';
import { PinButton } from './PinButton';

/** The selected row: each article's value, the baseline marked, the analyst's estimates beside them; or why it cannot be drawn. */
export function RowValuesChart() {
  const chart = useDeferredValue(useCrosscheckStore(selectRowChart));
  const rowId = useCrosscheckStore((state) => state.selectedRowId);
  const options = useMemo(() => (chart?.kind === 'chart' ? rowChartOptions(chart) : null), [chart]);
  if (!chart || !rowId) return <p className="chart-empty muted">Select a row to chart each article’s value for it.</p>;
  if (chart.kind === 'no-chart' || !options) {
    return (
      <div className="chart-body">
        <p className="chart-title">{chart.title}</p>
        <p className="chart-empty" data-testid="row-chart-reason">
          {chart.kind === 'no-chart' ? chart.reason : ''}
        </p>
      </div>
    );
  }
  return (
    <div className="chart-body">
      <div className="chart-actions">
        <PinButton chart={{ kind: 'row', rowId }} />
      </div>
      <ChartView
        options={options}
        label={`${chart.title}: each article’s value, oldest first`}
        testId="row-chart"
        table={
          <table>
            <caption>{chart.title}</caption>
            <tbody>
              {chart.points.map((point) => (
                <tr key={point.id} data-role={point.role}>
                  <th scope="row">{rowPointLabel(point)}</th>
                  <td>{point.formatted}</td>
                  <td>{point.isOwn ? 'your value' : point.conversion ? `converted from ${point.conversion.from}` : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
      <ChartNotes conversions={chart.conversions} leftOut={chart.leftOut} />
    </div>
  );
}
