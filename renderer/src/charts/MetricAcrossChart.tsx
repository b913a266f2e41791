import { useDeferredValue, useMemo } from 'react';
import { useCrosscheckStore } from '../store/store';
import { metricChartOptions } from './chart-options';
import { selectChartMetric, selectMetricChart, selectMetricOptions } from './chart-selectors';
import { ChartNotes } from './ChartNotes';
import { ChartView } from './ChartView';
import { PinButton } from './PinButton';

/** One metric (forward P/E, revenue growth…) for every company that has it, per article, on one honest axis. */
export function MetricAcrossChart() {
  const options = useCrosscheckStore(selectMetricOptions);
  const metric = useCrosscheckStore(selectChartMetric);
  const chart = useDeferredValue(useCrosscheckStore(selectMetricChart));
  const setChartMetric = useCrosscheckStore((state) => state.setChartMetric);
  const chartOptions = useMemo(() => (chart?.kind === 'chart' ? metricChartOptions(chart) : null), [chart]);
  return (
    <div className="chart-body">
      <div className="chart-actions">
        <label>
          Metric{' '}
          <select aria-label="Metric to compare across companies" value={metric ?? ''} onChange={(event) => setChartMetric(event.target.value || null)} data-testid="chart-metric">
            {options.map((option) => (
              <option key={option.metric} value={option.metric}>
                {option.label} ({option.rowCount})
              </option>
            ))}
          </select>
        </label>
        {metric && <PinButton chart={{ kind: 'metric', metric }} />}
      </div>
      {!chart && <p className="chart-empty muted">No article gives a value yet.</p>}
      {chart?.kind === 'no-chart' && (
        <p className="chart-empty" data-testid="metric-chart-reason">
          {chart.reason}
        </p>
      )}
      {chart?.kind === 'chart' && chartOptions && (
        <>
          <ChartView
            options={chartOptions}
            label={`${chart.metricLabel} across companies, per article`}
            testId="metric-chart"
            table={
              <table>
                <caption>
                  {chart.metricLabel} across companies ({chart.periodBasis})
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Company</th>
                    {chart.series.map((ref) => (
                      <th scope="col" key={ref.id}>
                        {ref.name}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {chart.categories.map((category) => (
                    <tr key={category.rowId}>
                      <th scope="row">{category.label}</th>
                      {chart.series.map((ref) => (
                        <td key={ref.id}>{category.values[ref.id]?.formatted ?? '—'}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            }
          />
          <ChartNotes conversions={chart.conversions} leftOut={chart.leftOut} />
        </>
      )}
    </div>
  );
}
