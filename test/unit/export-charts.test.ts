import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CHARTS_SHEET, chartsSheet, DEFAULT_ROW_HEIGHT_PX } from '@shared/export/charts-sheet';
import { ExportStartSchema, MAX_CHART_BASE64_CHARS, type ChartImage } from '@shared/export/export-contract';
import { planWorkbook } from '@shared/export/plan-workbook';
import { decodeBase64Prefix } from '@shared/export/png-base64';
import type { PlannedPicture, PlannedRow, SheetPlan } from '@shared/export/sheet-plan';
import type { DatasetSnapshot } from '@shared/ipc/contract';
import { newWorkspace } from '@shared/workspace/operations';
import { BLUE_PNG, chartImage, GIF, TWO_CHARTS } from './support/chart-pngs';
import { exportInput } from './support/excel-files';
import { loadSeedDataset } from './seed-data';

/**
 * Charts in an export, before any spreadsheet: what the IPC boundary accepts (and how it says
 * no), and how the Charts sheet places each picture under its caption.
 */

const NOW = new Date('2026-11-21T10:00:00Z');

const request = (charts?: unknown) => ({
  fileName: 'Report',
  overwrite: false,
  scope: 'all',
  view: { rowIds: [], columns: [] },
  workspace: newWorkspace(NOW),
  workspaceName: null,
  ...(charts === undefined ? {} : { charts }),
});

/** The messages of a refused request, as the IPC boundary shows them (dispatch uses z.prettifyError). */
function refusal(input: unknown): string {
  const parsed = ExportStartSchema.safeParse(input);
  if (parsed.success) throw new Error('the request was accepted');
  return z.prettifyError(parsed.error);
}

describe('charts at the IPC boundary (ExportStartSchema)', () => {
  it('accepts charts, and a request without any as having none', () => {
    expect(ExportStartSchema.parse(request(TWO_CHARTS)).charts).toEqual(TWO_CHARTS);
    expect(ExportStartSchema.parse(request()).charts).toEqual([]);
  });

  it.each([
    ['a GIF', GIF, 'its picture is not a PNG image (its bytes do not start with the PNG signature)'],
    ['a data URL', `data:image/png;base64,${BLUE_PNG}`, 'its picture is a data URL; send only the base64 text after the comma'],
    ['text that is not base64', 'this is not a picture!', 'its picture is not base64 text'],
    ['base64 cut short', BLUE_PNG.slice(0, 10), 'its picture is not base64 text'],
    ['nothing', '', 'its picture is empty'],
    ['too much', `iVBORw0KGgoA${'A'.repeat(MAX_CHART_BASE64_CHARS)}`, 'its picture is larger than 6 MB of base64'],
  ])('refuses %s as a chart’s picture, naming the chart by its place and caption', (_, pngBase64, problem) => {
    const message = refusal(request([TWO_CHARTS[0], { ...TWO_CHARTS[1], pngBase64 }]));
    expect(message).toBe(`✖ Chart 2 (“Pinned: Alibaba cash & equivalents <USD>, article by…”): ${problem}.\n  → at charts[1].pngBase64`);
  });

  it('refuses an empty caption, naming the chart by its place', () => {
    expect(refusal(request([TWO_CHARTS[0], chartImage('   ')]))).toContain('Chart 2: its caption is empty; it should say what the chart shows.');
    expect(refusal(request([chartImage('x'.repeat(601))]))).toContain('its caption is longer than 600 characters');
  });

  it('refuses a 13th chart, saying which do not fit', () => {
    const charts = Array.from({ length: 13 }, (_, index) => chartImage(`Chart ${index + 1}`));
    expect(ExportStartSchema.safeParse(request(charts.slice(0, 12))).success).toBe(true);
    expect(refusal(request(charts))).toContain('An export takes at most 12 charts; this one has 13, so chart 13 does not fit.');
    expect(refusal(request([...charts, ...charts]))).toContain('so charts 13 to 26 do not fit');
  });

  it.each([
    [{ widthPx: 49 }, 'its width must be a whole number of pixels from 50 to 4000'],
    [{ heightPx: 4001 }, 'its height must be a whole number of pixels from 50 to 4000'],
    [{ widthPx: 640.5 }, 'its width must be a whole number of pixels from 50 to 4000'],
    [{ heightPx: '320' }, 'its height must be a whole number of pixels from 50 to 4000'],
  ])('refuses a picture size outside 50-4000 whole pixels: %o', (size, problem) => {
    expect(refusal(request([{ ...chartImage('Overview'), ...size }]))).toContain(`Chart 1 (“Overview”): ${problem}.`);
  });

  it('refuses a chart with a field it does not know', () => {
    expect(refusal(request([{ ...chartImage('Overview'), dataUrl: 'x' }]))).toContain('Chart 1 (“Overview”): Unrecognized key: "dataUrl"');
  });
});

describe('decodeBase64Prefix', () => {
  it('decodes the first bytes as Node does, whatever the bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), fc.nat({ max: 45 }), (bytes, count) => {
        expect(decodeBase64Prefix(Buffer.from(bytes).toString('base64'), count)).toEqual([...bytes.slice(0, count)]);
      }),
    );
  });

  it('reads the PNG signature at the start of a PNG', () => {
    expect(decodeBase64Prefix(BLUE_PNG, 8)).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });
});

/** Each row of a sheet plan, numbered as Excel numbers them. */
const numberedRows = (sheet: SheetPlan): [number, PlannedRow][] => [...sheet.rows()].map((row, index) => [index + 1, row]);
const captionRows = (sheet: SheetPlan): [number, unknown][] => numberedRows(sheet).flatMap(([rowNumber, row]) => (rowNumber > 1 && row[0]?.value ? [[rowNumber, row[0].value]] : []));

describe('the Charts sheet', () => {
  const charts: ChartImage[] = [
    chartImage('Δ overview: scenario “Base”, 21 Nov 2026', { heightPx: 410 }),
    chartImage('Pinned: Alibaba cash', { heightPx: 50 }),
    chartImage('Pinned: Lenovo forward P/E', { heightPx: 399 }),
    chartImage(`A long caption: ${'Tencent revenue by segment, '.repeat(12)}`, { heightPx: 4000 }),
  ];
  let sheet: SheetPlan;
  let pictures: readonly PlannedPicture[];

  beforeAll(() => {
    sheet = chartsSheet({ charts })!;
    pictures = sheet.pictures ?? [];
  });

  it('has a title, then each chart’s caption in order', () => {
    expect([...sheet.rows()][0]).toEqual([{ value: CHARTS_SHEET, style: 'title' }]);
    expect(captionRows(sheet).map(([, caption]) => caption)).toEqual(charts.map((chart) => chart.caption));
    expect(sheet.rowCount).toBe([...sheet.rows()].length);
  });

  it('anchors each picture in column A just below its caption, at its size, with the caption as alt text', () => {
    const captions = captionRows(sheet);
    expect(pictures).toHaveLength(charts.length);
    pictures.forEach((picture, index) => {
      expect(picture).toEqual({
        pngBase64: charts[index].pngBase64,
        row: captions[index][0] + 1,
        column: 1,
        widthPx: charts[index].widthPx,
        heightPx: charts[index].heightPx,
        description: charts[index].caption,
      });
    });
  });

  it('starts the next caption below the picture above it, and keeps rows for the last picture', () => {
    const captions = captionRows(sheet);
    pictures.forEach((picture, index) => {
      const rowsBelow = (index + 1 < captions.length ? captions[index + 1][0] : sheet.rowCount + 1) - picture.row;
      // The rows between a picture and the next caption are empty, so they keep the default height.
      expect(rowsBelow * DEFAULT_ROW_HEIGHT_PX, `picture ${index + 1}`).toBeGreaterThanOrEqual(picture.heightPx);
      for (const [rowNumber, row] of numberedRows(sheet).slice(picture.row - 1, picture.row - 1 + rowsBelow - 1)) expect(row, `row ${rowNumber}`).toEqual([]);
    });
  });

  it('gives a wrapped caption the height of its lines, so Excel does not cut it off', () => {
    const [long] = captionRows(sheet).slice(-1);
    expect(sheet.rowHeights?.get(long[0])).toBeGreaterThanOrEqual(15 * 4);
    expect(sheet.rowHeights?.get(captionRows(sheet)[0][0])).toBeUndefined();
  });

  it('is not made without charts, unless there is a reason to give in their place', () => {
    expect(chartsSheet({ charts: [] })).toBeNull();
    const explained = chartsSheet({ charts: [], unavailable: 'No window drew charts.' })!;
    expect(captionRows(explained).map(([, caption]) => caption)).toEqual(['No window drew charts.']);
    expect(explained.pictures).toEqual([]);
  });
});

describe('the Charts sheet in the workbook', () => {
  let seed: DatasetSnapshot;
  beforeAll(async () => {
    seed = await loadSeedDataset();
  });

  const materialized = (sheet: SheetPlan) => ({ ...sheet, rows: [...sheet.rows()], rowHeights: sheet.rowHeights && [...sheet.rowHeights] });

  it('comes right after the Comparison sheet, and changes no other sheet', () => {
    const without = planWorkbook(exportInput(seed, newWorkspace(NOW), NOW));
    const withCharts = planWorkbook(exportInput(seed, newWorkspace(NOW), NOW, { charts: TWO_CHARTS }));
    expect(without.sheets.map((sheet) => sheet.name)).toEqual(['Comparison', 'Sources', 'Assumptions', '_crosscheck']);
    expect(withCharts.sheets.map((sheet) => sheet.name)).toEqual(['Comparison', CHARTS_SHEET, 'Sources', 'Assumptions', '_crosscheck']);
    expect(withCharts.sheets.filter((sheet) => sheet.name !== CHARTS_SHEET).map(materialized)).toEqual(without.sheets.map(materialized));
    expect(withCharts.definedNames).toEqual(without.definedNames);
    expect(withCharts.exportedRowCount).toBe(without.exportedRowCount);
  });
});
