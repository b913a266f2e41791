import ExcelJS from 'exceljs';
import type JSZip from 'jszip';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHARTS_SHEET, chartsSheet } from '@shared/export/charts-sheet';
import { COMPARISON_SHEET } from '@shared/export/comparison-sheet';
import { planWorkbook } from '@shared/export/plan-workbook';
import type { PlannedPicture } from '@shared/export/sheet-plan';
import type { DatasetSnapshot } from '@shared/ipc/contract';
import { dispatch } from '@shared/ipc/dispatch';
import { newWorkspace } from '@shared/workspace/operations';
import { createExportService, type ExportService } from '../../electron/excel/export-service';
import { nodeExportFs } from '../../electron/excel/node-export-fs';
import { readExportedWorkbook } from '../../electron/excel/read-workbook';
import { createHandlers } from '../../electron/handlers/create-handlers';
import { createNodeWorkspaceRepository } from '../../electron/workspace/create-node-repository';
import { picturesWithOpenpyxl, recalculateInLibreOffice } from '../support/spreadsheet-tools';
import { chartImage, GIF, TWO_CHARTS } from './support/chart-pngs';
import { exportInput, readWorkbookFile, writePlanFile } from './support/excel-files';
import { openXlsx, partText, relationshipsOf, sheetPart, targetPart } from './support/xlsx-parts';
import { loadSeedDataset } from './seed-data';

/**
 * The Charts sheet as a spreadsheet gets it: exceljs's streaming writer has no floating
 * pictures, so electron/excel/sheet-pictures.ts writes the drawing parts itself. Checked part
 * by part, then by three other readers (exceljs, openpyxl, LibreOffice), then through the IPC
 * boundary and the export service as the window uses them.
 */

const NOW = new Date('2026-11-21T10:00:00Z');
const SLOW = 120_000;
const RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const EMU_PER_PIXEL = 9525;

let dir: string;
let seed: DatasetSnapshot;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'crosscheck-charts-'));
  seed = await loadSeedDataset();
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const attribute = (xml: string, name: string): string | undefined => xml.match(new RegExp(`\\b${name}="([^"]*)"`))?.[1];
const xmlText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

describe('the written Charts sheet', () => {
  let file: string;
  let zip: JSZip;
  let sheetName: string;
  let sheetXml: string;
  let pictures: readonly PlannedPicture[];

  beforeAll(async () => {
    const plan = planWorkbook(exportInput(seed, newWorkspace(NOW), NOW, { charts: TWO_CHARTS }));
    pictures = plan.sheets.find((sheet) => sheet.name === CHARTS_SHEET)?.pictures ?? [];
    file = await writePlanFile(plan, dir, 'charts.xlsx');
    zip = await openXlsx(file);
    sheetName = await sheetPart(zip, CHARTS_SHEET);
    sheetXml = await partText(zip, sheetName);
  });

  /** The sheet's drawing part, through the relationship its <drawing r:id> names. */
  async function drawingPart(): Promise<string> {
    const id = attribute(sheetXml.match(/<drawing\b[^>]*>/)?.[0] ?? '', 'r:id');
    const relationship = (await relationshipsOf(zip, sheetName)).find((candidate) => candidate.id === id);
    expect(relationship?.type).toBe(`${RELATIONSHIP}/drawing`);
    return targetPart(sheetName, relationship!.target);
  }

  it('puts one <drawing> in the sheet, after the page setup and as the schema’s last part here', () => {
    expect(sheetXml.match(/<drawing r:id="rId\d+"\/>/g)).toHaveLength(1);
    expect(sheetXml).toMatch(/<pageSetup\b[^>]*\/><drawing r:id="rId\d+"\/><\/worksheet>$/);
  });

  it('anchors each picture at its cell, at its size in EMU, with its caption as alt text', async () => {
    const drawing = await partText(zip, await drawingPart());
    expect(drawing).toMatch(/^<\?xml version="1.0" encoding="UTF-8" standalone="yes"\?>\n<xdr:wsDr xmlns:xdr="http:\/\/schemas.openxmlformats.org\/drawingml\/2006\/spreadsheetDrawing" xmlns:a="http:\/\/schemas.openxmlformats.org\/drawingml\/2006\/main" xmlns:r="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships">/);
    const anchors = [...drawing.matchAll(/<xdr:oneCellAnchor>(.*?)<\/xdr:oneCellAnchor>/gs)].map(([, body]) => body);
    expect(anchors).toHaveLength(2);
    anchors.forEach((anchor, index) => {
      const picture = pictures[index];
      expect(anchor).toContain(`<xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${picture.row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>`);
      expect(anchor).toContain(`<xdr:ext cx="${picture.widthPx * EMU_PER_PIXEL}" cy="${picture.heightPx * EMU_PER_PIXEL}"/>`);
      expect(anchor).toContain(`descr="${xmlText(TWO_CHARTS[index].caption)}"`);
      expect(anchor).toContain(`<a:blip r:embed="rId${index + 1}"/>`);
    });
  });

  it('links each picture to its PNG, stored in xl/media as the bytes the window sent', async () => {
    const drawing = await drawingPart();
    const relationships = await relationshipsOf(zip, drawing);
    expect(relationships.map(({ id, type }) => ({ id, type }))).toEqual([
      { id: 'rId1', type: `${RELATIONSHIP}/image` },
      { id: 'rId2', type: `${RELATIONSHIP}/image` },
    ]);
    for (const [index, relationship] of relationships.entries()) {
      const media = targetPart(drawing, relationship.target);
      expect(media).toMatch(/^xl\/media\/image\d+\.png$/);
      expect(Buffer.from(await zip.file(media)!.async('uint8array'))).toEqual(Buffer.from(TWO_CHARTS[index].pngBase64, 'base64'));
    }
  });

  it('declares the drawing’s content type and PNG’s', async () => {
    const types = await partText(zip, '[Content_Types].xml');
    expect(types).toContain(`<Override PartName="/${await drawingPart()}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`);
    expect(types).toContain('<Default Extension="png" ContentType="image/png"/>');
  });

  it('leaves the other sheets without drawings', async () => {
    for (const name of [COMPARISON_SHEET, 'Sources', 'Assumptions', '_crosscheck']) {
      const xml = await partText(zip, await sheetPart(zip, name));
      expect(xml, name).not.toContain('<drawing ');
      expect((await relationshipsOf(zip, await sheetPart(zip, name))).map((relationship) => relationship.type), name).not.toContain(`${RELATIONSHIP}/drawing`);
    }
  });

  it('reads back in exceljs: two pictures on the Charts sheet, the captions above them', async () => {
    const workbook = await readWorkbookFile(file);
    const sheet = workbook.getWorksheet(CHARTS_SHEET)!;
    const images = sheet.getImages();
    expect(images.map((image) => ({ row: image.range.tl.nativeRow, column: image.range.tl.nativeCol }))).toEqual(pictures.map((picture) => ({ row: picture.row - 1, column: 0 })));
    expect(images.map((image) => sheet.getCell(image.range.tl.nativeRow, 1).value)).toEqual(TWO_CHARTS.map((chart) => chart.caption));
  });

  it(
    'reads back in openpyxl: two PNG pictures on the Charts sheet, at their cells',
    async () => {
      const read = await picturesWithOpenpyxl(file, CHARTS_SHEET);
      expect(read.sheets).toEqual([COMPARISON_SHEET, CHARTS_SHEET, 'Sources', 'Assumptions', '_crosscheck']);
      expect(read.pictures.map(({ row, column, isPng }) => ({ row, column, isPng }))).toEqual(pictures.map((picture) => ({ row: picture.row - 1, column: 0, isPng: true })));
      // Without Pillow openpyxl drops the images it has read; with it, they must both load.
      if (read.loadedImages !== null) expect(read.loadedImages).toBe(2);
    },
    SLOW,
  );

  it(
    'opens in LibreOffice, which keeps both pictures when it saves the workbook again',
    async () => {
      const saved = await openXlsx(await recalculateInLibreOffice(file, path.join(dir, 'libreoffice')));
      const sheet = await sheetPart(saved, CHARTS_SHEET);
      const drawing = (await relationshipsOf(saved, sheet)).find((relationship) => relationship.type === `${RELATIONSHIP}/drawing`);
      expect(drawing, 'LibreOffice wrote no drawing for the Charts sheet').toBeDefined();
      const drawingName = targetPart(sheet, drawing!.target);
      const embedded = [...(await partText(saved, drawingName)).matchAll(/<a:blip r:embed="([^"]+)"/g)].map(([, id]) => id);
      expect(embedded).toHaveLength(2);
      const images = await relationshipsOf(saved, drawingName);
      for (const id of embedded) {
        const media = images.find((relationship) => relationship.id === id);
        const bytes = await saved.file(targetPart(drawingName, media!.target))!.async('uint8array');
        expect([...bytes.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      }
    },
    SLOW,
  );

  it('keeps a caption’s line break in the alt text, and drops characters XML cannot hold', async () => {
    const caption = 'Δ overview\nscenario “Base” \u0007rang';
    const sheet = chartsSheet({ charts: [chartImage(caption)] })!;
    const written = await openXlsx(await writePlanFile({ sheets: [sheet], definedNames: [] }, dir, 'caption.xlsx'));
    const drawing = await partText(written, 'xl/drawings/drawing1.xml');
    expect(attribute(drawing, 'descr')).toBe('Δ overview&#10;scenario “Base” rang');
    const read = (await readWorkbookFile(path.join(dir, 'caption.xlsx'))).getWorksheet(CHARTS_SHEET)!;
    expect(read.getImages()).toHaveLength(1);
  });

  it('imports back: the extra sheet does not confuse reading an edited export', async () => {
    const read = await readExportedWorkbook('charts.xlsx', await readFile(file));
    const plain = await readExportedWorkbook('plain.xlsx', await readFile(await writePlanFile(planWorkbook(exportInput(seed, newWorkspace(NOW), NOW)), dir, 'plain.xlsx')));
    expect(read.ok && plain.ok).toBe(true);
    if (!read.ok || !plain.ok) return;
    expect({ ...read.workbook, fileName: '' }).toEqual({ ...plain.workbook, fileName: '' });
  });
});

describe('charts through the IPC boundary and the export service', () => {
  let exportDir: string;
  let service: ExportService;
  let handlers: ReturnType<typeof createHandlers>;

  beforeAll(async () => {
    exportDir = path.join(dir, 'exports');
    service = createExportService({
      exportDir,
      loadDataset: async () => seed,
      fs: { ...nodeExportFs, mkdir: async (folder) => void (await mkdir(folder, { recursive: true })) },
      now: () => NOW,
    });
    handlers = createHandlers({
      dataDir: '/data',
      loadDataset: async () => seed,
      workspaces: createNodeWorkspaceRepository(path.join(dir, 'workspaces')),
      exports: service,
      mode: 'browser',
      version: '0.0.0-test',
    });
  });

  /** An export request as the window sends it: JSON, so nothing but data crosses. */
  const request = (fileName: string, charts: unknown) =>
    JSON.parse(JSON.stringify({ fileName, overwrite: false, scope: 'all', view: { rowIds: [], columns: [] }, workspace: newWorkspace(NOW), workspaceName: 'Plan', charts })) as unknown;

  it('writes the window’s charts as pictures on the Charts sheet', async () => {
    const started = await dispatch(handlers, 'export:start', request('With charts', TWO_CHARTS));
    if (!started.ok) throw new Error(started.error);
    const outcome = started.data as { ok: true; jobId: string; file: string };
    expect(outcome.ok).toBe(true);
    expect(await service.settled(outcome.jobId)).toMatchObject({ state: 'done', error: null });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(outcome.file);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([COMPARISON_SHEET, CHARTS_SHEET, 'Sources', 'Assumptions', '_crosscheck']);
    expect(workbook.getWorksheet(CHARTS_SHEET)!.getImages()).toHaveLength(2);
  });

  it('refuses a chart that is not a PNG with a message naming it, and writes nothing', async () => {
    const charts = [TWO_CHARTS[0], { ...TWO_CHARTS[1], pngBase64: GIF }];
    const refused = await dispatch(handlers, 'export:start', request('Bad chart', charts));
    expect(refused).toEqual({
      ok: false,
      error:
        'Invalid input for export:start: ✖ Chart 2 (“Pinned: Alibaba cash & equivalents <USD>, article by…”): its picture is not a PNG image (its bytes do not start with the PNG signature).\n  → at charts[1].pngBase64',
    });
    await expect(readFile(path.join(exportDir, 'Bad chart.xlsx'))).rejects.toThrow('ENOENT');
  });
});
