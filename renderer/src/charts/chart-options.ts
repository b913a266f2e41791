import type { AgCartesianChartOptions } from 'ag-charts-community';
import type { DeltaBar, DeltaOverview } from '@shared/charts/delta-overview';
import type { MetricChart } from '@shared/charts/metric-chart';
import type { RowChart, RowChartPoint } from '@shared/charts/row-chart';
import { formatPercentChange, formatValue } from '@shared/domain/format';

/**
 * AG Charts options for each chart, from the chart data alone: the pane and the workbook's
 * pictures draw from the same function. Colours follow the grid: the analyst's own values
 * in the blue of a typed cell, disagreements in the grid's red, conflicts in amber.
 */

export const CHART_COLOURS = {
  baseline: '#334155',
  article: '#2a7f8f',
  own: '#0b4fb3',
  compared: '#8b5cf6',
  change: '#7c8799',
  disagreement: '#b42318',
  conflict: '#d97706',
} as const;

const FONT = { fontFamily: 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif' };

/** Shared by every chart: no animation (a chart follows edits and must show the value now), a compact frame. */
function base(title: string, subtitle: string | undefined): Pick<AgCartesianChartOptions, 'title' | 'subtitle' | 'animation' | 'padding' | 'minHeight' | 'minWidth' | 'legend'> {
  return {
    title: { text: title, fontSize: 13, fontWeight: 'bold', ...FONT },
    ...(subtitle ? { subtitle: { text: subtitle, fontSize: 11, ...FONT } } : {}),
    animation: { enabled: false },
    padding: { top: 8, right: 16, bottom: 8, left: 8 },
    minHeight: 150,
    minWidth: 200,
    legend: { enabled: false },
  };
}

function fillOfPoint(point: RowChartPoint): string {
  if (point.role === 'compared-estimate') return CHART_COLOURS.compared;
  if (point.isOwn) return CHART_COLOURS.own;
  return point.role === 'baseline' ? CHART_COLOURS.baseline : CHART_COLOURS.article;
}

/** A point's axis label: its article (and date) or its estimate, the baseline said in words. */
export function rowPointLabel(point: RowChartPoint): string {
  return point.role === 'baseline' ? `${point.label} · baseline` : point.label;
}

export function rowChartOptions(chart: Extract<RowChart, { kind: 'chart' }>, subtitle?: string): AgCartesianChartOptions {
  const data = chart.points.map((point) => ({ ...point, axisLabel: rowPointLabel(point), fill: fillOfPoint(point) }));
  return {
    ...base(chart.title, subtitle),
    data,
    series: [
      {
        type: 'bar',
        direction: 'horizontal',
        xKey: 'axisLabel',
        yKey: 'value',
        yName: chart.title,
        itemStyler: ({ datum }: { datum: (typeof data)[number] }) => ({ fill: datum.fill, stroke: datum.fill }),
        label: { enabled: true, formatter: ({ datum }: { datum: (typeof data)[number] }) => datum.formatted, fontSize: 11, ...FONT },
        tooltip: {
          renderer: ({ datum }: { datum: (typeof data)[number] }) => ({
            heading: datum.axisLabel,
            data: [{ label: datum.isOwn ? 'Your value' : 'Value', value: datum.conversion ? `${datum.formatted} (converted from ${datum.conversion.from})` : datum.formatted }],
          }),
        },
      },
    ],
    axes: {
      x: { type: 'category', position: 'left', label: { fontSize: 11, ...FONT } },
      y: { type: 'number', position: 'bottom', label: { fontSize: 10, formatter: ({ value }: { value: number }) => formatValue(value, chart.unit) } },
    },
  } as AgCartesianChartOptions;
}

function fillOfBar(bar: DeltaBar): string {
  return bar.tone === 'disagreement' ? CHART_COLOURS.disagreement : bar.tone === 'conflict' ? CHART_COLOURS.conflict : CHART_COLOURS.change;
}

export function deltaOverviewOptions(overview: DeltaOverview, subtitle: string | undefined, onSelectRow?: (rowId: string) => void): AgCartesianChartOptions {
  const data = overview.bars.map((bar) => ({ ...bar, axisLabel: `${bar.isOwn ? '✎ ' : ''}${bar.label}`, percent: bar.deltaPercent * 100, fill: fillOfBar(bar) }));
  return {
    ...base('Δ % against the baseline, largest first', subtitle),
    data,
    series: [
      {
        type: 'bar',
        direction: 'horizontal',
        xKey: 'axisLabel',
        yKey: 'percent',
        yName: 'Δ %',
        itemStyler: ({ datum }: { datum: (typeof data)[number] }) => ({
          fill: datum.fill,
          // The analyst's own values: outlined in the blue of a typed cell.
          stroke: datum.isOwn ? CHART_COLOURS.own : datum.fill,
          strokeWidth: datum.isOwn ? 2 : 0,
        }),
        label: { enabled: true, formatter: ({ datum }: { datum: (typeof data)[number] }) => datum.formatted, fontSize: 10, ...FONT },
        tooltip: {
          renderer: ({ datum }: { datum: (typeof data)[number] }) => ({
            heading: datum.label,
            data: [
              { label: 'Δ %', value: datum.formatted },
              { label: 'Status', value: datum.tone === 'comparable' ? 'Comparable' : datum.tone === 'disagreement' ? 'The articles disagree' : 'Conflict inside an article' },
              ...(datum.isOwn ? [{ label: 'Uses', value: 'your own value' }] : []),
            ],
          }),
        },
        ...(onSelectRow ? { listeners: { seriesNodeClick: ({ datum }: { datum: (typeof data)[number] }) => onSelectRow(datum.rowId) } } : {}),
      },
    ],
    axes: {
      x: { type: 'category', position: 'left', label: { fontSize: 10, ...FONT } },
      y: { type: 'number', position: 'bottom', label: { fontSize: 10, formatter: ({ value }: { value: number }) => formatPercentChange(value / 100) } },
    },
  } as AgCartesianChartOptions;
}

const SERIES_COLOURS = ['#334155', '#2a7f8f', '#c2410c', '#6d28d9', '#15803d', '#be185d', '#0369a1', '#a16207'];

export function metricChartOptions(chart: Extract<MetricChart, { kind: 'chart' }>, subtitle?: string): AgCartesianChartOptions {
  const data = chart.categories.map((category) => {
    const datum: Record<string, string | number | boolean> = { label: category.label, rowId: category.rowId };
    for (const [articleId, value] of Object.entries(category.values)) {
      datum[articleId] = value.value;
      datum[`${articleId}:formatted`] = value.formatted;
      datum[`${articleId}:period`] = value.period;
    }
    return datum;
  });
  return {
    ...base(`${chart.metricLabel} across companies`, subtitle ?? `${chart.periodBasis}, in ${chart.unit.kind === 'currency' ? chart.unit.currency : chart.unit.kind}`),
    data,
    legend: { enabled: chart.series.length > 1, position: 'bottom', item: { label: { fontSize: 10, ...FONT } } },
    series: chart.series.map((ref, index) => ({
      type: 'bar' as const,
      direction: 'horizontal' as const,
      xKey: 'label',
      yKey: ref.id,
      yName: ref.name,
      fill: SERIES_COLOURS[index % SERIES_COLOURS.length],
      label: { enabled: true, formatter: ({ datum }: { datum: Record<string, unknown> }) => String(datum[`${ref.id}:formatted`] ?? ''), fontSize: 10, ...FONT },
      tooltip: {
        renderer: ({ datum }: { datum: Record<string, unknown> }) => ({
          heading: `${String(datum.label)} · ${ref.name}`,
          data: [
            { label: chart.metricLabel, value: String(datum[`${ref.id}:formatted`] ?? '') },
            { label: 'Period', value: String(datum[`${ref.id}:period`] ?? '') },
          ],
        }),
      },
    })),
    axes: {
      x: { type: 'category', position: 'left', label: { fontSize: 10, ...FONT } },
      y: { type: 'number', position: 'bottom', label: { fontSize: 10, formatter: ({ value }: { value: number }) => formatValue(value, chart.unit) } },
    },
  } as AgCartesianChartOptions;
}
