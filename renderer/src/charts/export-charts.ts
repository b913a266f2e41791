import { AgCharts, type AgCartesianChartOptions } from 'ag-charts-community';
import type { ChartImage } from '@shared/export/export-contract';
import { activeScenario } from '@shared/workspace/operations';
import type { CrosscheckState } from '../store/store';
import { selectComparisonArticles } from '../store/dataset-selectors';
import { deltaOverviewOptions, metricChartOptions, rowChartOptions } from './chart-options';
import { metricChartFor, rowChartFor, selectDeltaOverview } from './chart-selectors';
import './ag-charts-setup';

/** The size each chart is placed at on the Charts sheet; drawn at twice that, so it stays sharp when zoomed. */
const WIDTH = 880;
const HEIGHT = 480;

interface PlannedChart {
  readonly caption: string;
  readonly options: AgCartesianChartOptions;
}

/** What goes on the Charts sheet: the delta overview of the rows in view, then each pinned chart that can be drawn. */
export function plannedCharts(state: CrosscheckState, today: string): PlannedChart[] {
  const scenario = activeScenario(state.workspace).name;
  const baseline = selectComparisonArticles(state)?.baseline.name ?? 'the baseline';
  const stamp = `scenario ${scenario} · ${today}`;
  const planned: PlannedChart[] = [];
  const overview = selectDeltaOverview(state);
  if (overview.bars.length > 0) {
    const scope = `${overview.withDelta} of ${overview.withDelta + overview.withoutDelta} rows in view compare`;
    planned.push({
      caption: `Delta overview: Δ % against ${baseline}, largest first (${scope}) · ${stamp}`,
      options: deltaOverviewOptions(overview, scope),
    });
  }
  for (const pinned of state.workspace.view.pinnedCharts) {
    if (pinned.kind === 'row') {
      const chart = rowChartFor(state, pinned.rowId);
      if (chart?.kind !== 'chart') continue;
      const conversions = chart.conversions.length > 0 ? `; converted at ${chart.conversions.join('; ')}` : '';
      planned.push({ caption: `${chart.title}: each article’s value, oldest first, baseline ${baseline}${conversions} · ${stamp}`, options: rowChartOptions(chart, stamp) });
    } else {
      const chart = metricChartFor(state, pinned.metric);
      if (chart?.kind !== 'chart') continue;
      const leftOut = chart.leftOut.length > 0 ? `; ${chart.leftOut.length} values left off (they do not share the axis)` : '';
      planned.push({ caption: `${chart.metricLabel} across companies, per article (${chart.periodBasis})${leftOut} · ${stamp}`, options: metricChartOptions(chart) });
    }
  }
  return planned;
}

/** Draws one chart off screen, as AG Charts exports it, and returns the PNG's base64. */
async function drawOffScreen(options: AgCartesianChartOptions): Promise<string> {
  const container = document.createElement('div');
  container.style.cssText = `position:fixed;left:-${WIDTH * 3}px;top:0;width:${WIDTH}px;height:${HEIGHT}px;`;
  document.body.append(container);
  const chart = AgCharts.create({ ...options, container, width: WIDTH, height: HEIGHT });
  try {
    await chart.waitForUpdate();
    const url = await chart.getImageDataURL({ width: WIDTH * 2, height: HEIGHT * 2, fileFormat: 'image/png' });
    return url.slice(url.indexOf(',') + 1);
  } finally {
    chart.destroy();
    container.remove();
  }
}

/** The Charts sheet's pictures, drawn from the numbers as they are now. */
export async function renderExportCharts(state: CrosscheckState, today: string): Promise<ChartImage[]> {
  const images: ChartImage[] = [];
  for (const { caption, options } of plannedCharts(state, today)) {
    images.push({ caption, pngBase64: await drawOffScreen(options), widthPx: WIDTH, heightPx: HEIGHT });
  }
  return images;
}
