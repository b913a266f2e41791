import type { ChartImage } from './export-contract';
import { cell, EMPTY_ROW, type PlannedPicture, type PlannedRow, type SheetPlan } from './sheet-plan';

/**
 * The Charts sheet: the charts the window drew, as pictures, each under a caption saying what
 * it shows, for which scenario and when. A picture floats over the cells, so the rows it covers
 * stay empty and the next caption starts below it.
 */
export const CHARTS_SHEET = 'Charts';

/** Excel's default row, 15 points, is 20 pixels at 96 dpi; the pictures' rows keep that height. */
export const DEFAULT_ROW_HEIGHT_PX = 20;
const LINE_HEIGHT_POINTS = 15;
/** About 700 pixels: a caption of a hundred characters on one line. */
const CAPTION_COLUMN_WIDTH = 100;
/** Rows left empty under a picture before the next caption. */
const GAP_ROWS = 1;

export interface ChartsSheetInput {
  readonly charts: readonly ChartImage[];
  /** Why there are no pictures, said on the sheet in their place; without it, no charts means no sheet. */
  readonly unavailable?: string;
}

/** Rows a picture covers at the default row height. */
export const rowsCovered = (heightPx: number): number => Math.ceil(heightPx / DEFAULT_ROW_HEIGHT_PX);

/**
 * Lines a wrapped caption takes. A line is taken to hold one character per unit of column width,
 * fewer than it does, so the row is a little tall rather than cut off: Excel does not grow a row
 * to fit wrapped text when it opens a file.
 */
function captionLines(caption: string): number {
  return caption.split('\n').reduce((lines, line) => lines + Math.max(1, Math.ceil(line.length / CAPTION_COLUMN_WIDTH)), 0);
}

/** The Charts sheet, or null when there are neither charts nor a reason why not. */
export function chartsSheet({ charts, unavailable }: ChartsSheetInput): SheetPlan | null {
  if (charts.length === 0 && !unavailable) return null;
  const rows: PlannedRow[] = [[cell(CHARTS_SHEET, { style: 'title' })], EMPTY_ROW];
  const rowHeights = new Map<number, number>();
  const pictures: PlannedPicture[] = [];
  const addCaption = (text: string) => {
    rows.push([cell(text, { style: 'wrap' })]);
    const lines = captionLines(text);
    if (lines > 1) rowHeights.set(rows.length, lines * LINE_HEIGHT_POINTS);
  };
  if (charts.length === 0 && unavailable) addCaption(unavailable);
  for (const chart of charts) {
    addCaption(chart.caption);
    pictures.push({ pngBase64: chart.pngBase64, row: rows.length + 1, column: 1, widthPx: chart.widthPx, heightPx: chart.heightPx, description: chart.caption });
    for (let covered = 0; covered < rowsCovered(chart.heightPx) + GAP_ROWS; covered++) rows.push(EMPTY_ROW);
  }
  return { name: CHARTS_SHEET, columns: [{ width: CAPTION_COLUMN_WIDTH }], rowHeights, pictures, rowCount: rows.length, rows: () => rows };
}
