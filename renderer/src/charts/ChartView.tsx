import { useEffect, useRef, type ReactNode } from 'react';
import { AgCharts } from 'ag-charts-react';
import type { AgCartesianChartOptions, AgChartInstance } from 'ag-charts-community';
import './ag-charts-setup';

interface ChartViewProps {
  readonly options: AgCartesianChartOptions;
  /** What the chart shows, in words: its accessible name. */
  readonly label: string;
  /** The chart's data as a table, for screen readers and for reading the exact numbers. */
  readonly table: ReactNode;
  readonly testId: string;
}

/**
 * One AG Charts chart with its text alternative. Once the chart has drawn, its element says
 * which values the chart itself holds (data-drawn): what a test compares with the grid, and
 * proof that the picture is not a step behind the numbers.
 */
export function ChartView({ options, label, table, testId }: ChartViewProps) {
  const chart = useRef<AgChartInstance | null>(null);
  const figure = useRef<HTMLElement>(null);
  useEffect(() => {
    const instance = chart.current;
    const element = figure.current;
    if (!instance || !element) return;
    let isCurrent = true;
    element.dataset.drawn = '';
    void instance.waitForUpdate().then(() => {
      if (!isCurrent) return;
      const drawn = instance.getOptions() as { data?: readonly Record<string, unknown>[] };
      element.dataset.drawn = JSON.stringify(drawn.data ?? []);
    });
    return () => {
      isCurrent = false;
    };
  }, [options]);
  return (
    <figure className="chart-view" aria-label={label} data-testid={testId} ref={figure}>
      <AgCharts ref={chart} options={options} className="chart-canvas" />
      <div className="visually-hidden">{table}</div>
    </figure>
  );
}
