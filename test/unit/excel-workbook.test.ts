import ExcelJS from 'exceljs';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as yauzl from 'yauzl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleRefs, type ArticleRef } from '@shared/domain/article-refs';
import { buildComparison } from '@shared/domain/build-comparison';
import { ANALYST_COLUMN, type ComparisonRow } from '@shared/domain/comparison';
import { ASSUMPTIONS_SHEET } from '@shared/export/assumptions-sheet';
import { COMPARISON_SHEET, ROW_ID_HEADER, STATUS_DETAIL_HEADER, valueColumnHeader } from '@shared/export/comparison-sheet';
import { VALUE_COLUMN_PREFIX, type ExportInput } from '@shared/export/export-input';
import { RECORD_SHEET } from '@shared/export/export-record';
import { planWorkbook } from '@shared/export/plan-workbook';
import { columnLetter, type WorkbookPlan } from '@shared/export/sheet-plan';
import { SOURCES_SHEET } from '@shared/export/sources-sheet';
import type { DatasetSnapshot } from '@shared/ipc/contract';
import { activeScenario, addCustomRow, newWorkspace, setCellAssumption, setFxRate } from '@shared/workspace/operations';
import type { CustomRow, Workspace } from '@shared/workspace/workspace-schema';
import { writeWorkbook } from '../../electron/excel/write-workbook';
import { figureById, loadSeedDataset } from './seed-data';
import { exportInput, readWorkbookFile, writePlanFile } from './support/excel-files';

/**
 * The workbook as Excel gets it: written by the streaming writer, read back with exceljs,
 * and, for what exceljs does not read back (links inside the workbook), as raw sheet XML.
 */

const NOW = new Date('2026-11-21T10:00:00Z');
const ALIBABA_CASH_ROW = 'alibaba||cash';
/** Known facts of the seed data: the 2024 article (article 1) gives Alibaba’s cash as $83.6 billion, the 2025 one as $60 billion. */
const ALIBABA_CASH_ARTICLE_1 = 83_600_000_000;
const ALIBABA_CASH_ARTICLE_2 = 60_000_000_000;

/** Text a spreadsheet would read as a formula if it were written carelessly. */
const FORMULA_LIKE_TEXTS = ['=1+1', '+SUM(A1:A2)', '-2+3', '@SUM(A1)', '\tcmd|calc'];

let dir: string;
let seed: DatasetSnapshot;
let refs: ArticleRef[];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'crosscheck-workbook-'));
  seed = await loadSeedDataset();
  refs = articleRefs(seed.articles);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const input = (workspace: Workspace, overrides: Partial<ExportInput> = {}): ExportInput => exportInput(seed, workspace, NOW, overrides);

const writePlan = (plan: WorkbookPlan, name: string): Promise<string> => writePlanFile(plan, dir, name);

const read = readWorkbookFile;

/** Every part of the .xlsx zip, as text, by its path in the zip. */
async function unzipParts(file: string): Promise<Map<string, string>> {
  const zip = await yauzl.openPromise(file, { lazyEntries: true });
  const parts = new Map<string, string>();
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName.endsWith('/')) continue;
      const chunks: Buffer[] = [];
      for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
      parts.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
    }
  } finally {
    zip.close();
  }
  return parts;
}

/** The raw XML of a sheet, found by its name through workbook.xml and its relationships. */
function sheetXml(parts: Map<string, string>, sheetName: string): string {
  const workbookXml = parts.get('xl/workbook.xml') ?? '';
  const sheetTag = [...workbookXml.matchAll(/<sheet\b[^>]*>/g)].map((match) => match[0]).find((tag) => tag.includes(`name="${sheetName}"`));
  const relId = sheetTag?.match(/r:id="([^"]+)"/)?.[1];
  const rels = parts.get('xl/_rels/workbook.xml.rels') ?? '';
  const relTag = [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((match) => match[0]).find((tag) => tag.includes(`Id="${relId}"`));
  const target = relTag?.match(/Target="([^"]+)"/)?.[1];
  if (!target) throw new Error(`no part for sheet ${sheetName}`);
  const partName = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  const xml = parts.get(partName);
  if (xml === undefined) throw new Error(`the zip has no ${partName}`);
  return xml;
}

/** The `<hyperlink ref location>` entries of a sheet's XML: cell address -> location inside the workbook. */
function internalLinks(xml: string): Map<string, string> {
  const links = new Map<string, string>();
  for (const [tag] of xml.matchAll(/<hyperlink\b[^>]*\/?>/g)) {
    const ref = tag.match(/\bref="([^"]+)"/)?.[1];
    const location = tag.match(/\blocation="([^"]+)"/)?.[1];
    if (ref && location) links.set(ref, location);
  }
  return links;
}

/** The children of <worksheet>, in the order the OOXML schema (CT_Worksheet) requires; Excel refuses others as damaged. */
const WORKSHEET_CHILD_ORDER = [
  'sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr', 'sheetProtection', 'protectedRanges',
  'scenarios', 'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells', 'phoneticPr', 'conditionalFormatting',
  'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks',
  'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF', 'drawingHF',
  'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst',
];

/** Pairs of worksheet children that appear out of the schema's order, such as "hyperlinks before conditionalFormatting". */
function outOfOrderChildren(xml: string): string[] {
  const body = xml.replace(/<sheetData>.*<\/sheetData>/s, '<sheetData/>');
  const positions = WORKSHEET_CHILD_ORDER.map((name) => ({ name, at: [...body.matchAll(new RegExp(`<${name}[\\s/>]`, 'g'))].map((match) => match.index) })).filter(
    (entry) => entry.at.length > 0,
  );
  const problems: string[] = [];
  positions.forEach((earlier, index) => {
    for (const later of positions.slice(index + 1)) {
      if (Math.max(...earlier.at) > Math.min(...later.at)) problems.push(`${later.name} before ${earlier.name}`);
    }
  });
  return problems;
}

/** The raw `<c>` element of one cell, to see how it is stored (shared string, number, formula). */
function rawCell(xml: string, address: string): string {
  const match = xml.match(new RegExp(`<c r="${address}"[^>]*?(?:/>|>.*?</c>)`, 's'));
  if (!match) throw new Error(`no <c r="${address}"> in the sheet XML`);
  return match[0];
}

function noteText(cell: ExcelJS.Cell): string {
  const note = cell.note as unknown as string | { texts?: { text: string }[] } | undefined;
  if (note === undefined) return '';
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((run) => run.text).join('');
}

function headersOf(sheet: ExcelJS.Worksheet): string[] {
  const headers: string[] = [];
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, column) => {
    headers[column - 1] = String(cell.value ?? '');
  });
  return headers;
}

/** The Comparison sheet's row number of each row id, read from its row-ID column. */
function rowNumbersById(sheet: ExcelJS.Worksheet): Map<string, number> {
  const idColumn = headersOf(sheet).indexOf(ROW_ID_HEADER) + 1;
  const rows = new Map<string, number>();
  for (let rowNumber = 2; rowNumber <= sheet.rowCount; rowNumber++) {
    const id = sheet.getRow(rowNumber).getCell(idColumn).value;
    if (typeof id === 'string') rows.set(id, rowNumber);
  }
  return rows;
}

function rowIdsInOrder(sheet: ExcelJS.Worksheet): unknown[] {
  const idColumn = headersOf(sheet).indexOf(ROW_ID_HEADER) + 1;
  const ids: unknown[] = [];
  for (let rowNumber = 2; rowNumber <= sheet.rowCount; rowNumber++) ids.push(sheet.getRow(rowNumber).getCell(idColumn).value);
  return ids;
}

const assumption = (value: number, typed: string, currency?: 'USD') => ({ value, input: typed, setAt: NOW.toISOString(), ...(currency ? { currency } : {}) });

function customRow(index: number, entityName: string, metricLabel: string): CustomRow {
  return { id: `custom:risky-${index}`, entity: `risky-${index}`, entityName, segment: null, metricLabel, unit: 'count', currency: null, createdAt: NOW.toISOString() };
}

const FX_RATE = 0.1389;

/** The seed comparison with an FX rate, the analyst's values of several kinds, and rows whose text looks like formulas. */
function analystWorkspace(): Workspace {
  const [first, second] = articleRefs(seed.articles);
  let workspace = newWorkspace(NOW);
  const scenario = workspace.activeScenarioId;
  workspace = setFxRate(workspace, scenario, 'CNY', 'USD', { from: 'CNY', to: 'USD', rate: FX_RATE, asOf: '2025-05-26', note: 'test rate', setAt: NOW.toISOString() });
  workspace = setCellAssumption(workspace, scenario, 'xpeng||net-loss', second.id, assumption(1.5e9, '$1.5B', 'USD'));
  workspace = setCellAssumption(workspace, scenario, 'alibaba||adjusted-ebita-growth', first.id, assumption(0.3, '30%'));
  workspace = setCellAssumption(workspace, scenario, 'lenovo||forward-pe', second.id, assumption(14, '14x'));
  workspace = setCellAssumption(workspace, scenario, ALIBABA_CASH_ROW, ANALYST_COLUMN, assumption(7e10, '$70B'));
  FORMULA_LIKE_TEXTS.forEach((text, index) => {
    workspace = addCustomRow(workspace, customRow(index, text, FORMULA_LIKE_TEXTS[(index + 1) % FORMULA_LIKE_TEXTS.length]));
  });
  return workspace;
}

describe('the exported workbook, read back', () => {
  let workspace: Workspace;
  let comparisonRows: readonly ComparisonRow[];
  let workbook: ExcelJS.Workbook;
  let comparison: ExcelJS.Worksheet;
  let comparisonXml: string;
  let parts: Map<string, string>;
  let rowNumbers: Map<string, number>;
  /** Column number (1-based) of each grid column id of the "all" export. */
  let columnOf: (columnId: string) => number;

  beforeAll(async () => {
    workspace = analystWorkspace();
    comparisonRows = buildComparison(seed, workspace, activeScenario(workspace)).rows;
    const file = await writePlan(planWorkbook(input(workspace)), 'all.xlsx');
    workbook = await read(file);
    comparison = workbook.getWorksheet(COMPARISON_SHEET)!;
    parts = await unzipParts(file);
    comparisonXml = sheetXml(parts, COMPARISON_SHEET);
    rowNumbers = rowNumbersById(comparison);
    const headers = headersOf(comparison);
    columnOf = (columnId) => {
      const header = columnId.startsWith(VALUE_COLUMN_PREFIX)
        ? valueColumnHeader(columnId.slice(VALUE_COLUMN_PREFIX.length), refs, refs[0].id)
        : { entity: 'Company', segment: 'Segment', metric: 'Metric', delta: 'Δ (latest other − baseline)', deltaPercent: 'Δ %', status: 'Status' }[columnId];
      const index = headers.indexOf(header ?? '');
      if (index === -1) throw new Error(`no column for ${columnId}`);
      return index + 1;
    };
  });

  const valueCell = (rowId: string, columnId: string): ExcelJS.Cell => {
    const rowNumber = rowNumbers.get(rowId);
    if (rowNumber === undefined) throw new Error(`row ${rowId} is not in the Comparison sheet`);
    return comparison.getRow(rowNumber).getCell(columnOf(`${VALUE_COLUMN_PREFIX}${columnId}`));
  };

  describe('sheets', () => {
    it('has the Comparison, Sources and Assumptions sheets, visible, and the record sheet hidden', () => {
      const states = Object.fromEntries(workbook.worksheets.map((sheet) => [sheet.name, sheet.state]));
      expect(states).toEqual({ [COMPARISON_SHEET]: 'visible', [SOURCES_SHEET]: 'visible', [ASSUMPTIONS_SHEET]: 'visible', [RECORD_SHEET]: 'hidden' });
      expect(RECORD_SHEET).toBe('_crosscheck');
    });
  });

  describe('the sheet XML, as Excel checks it', () => {
    it('the order check flags two children written the wrong way round', () => {
      expect(outOfOrderChildren('<worksheet><sheetData></sheetData><pageMargins/><hyperlinks/></worksheet>')).toEqual(['pageMargins before hyperlinks']);
    });

    it.each([SOURCES_SHEET, ASSUMPTIONS_SHEET, RECORD_SHEET])('writes the %s sheet’s parts in the schema’s order', (name) => {
      expect(outOfOrderChildren(sheetXml(parts, name))).toEqual([]);
    });

    // exceljs 4.4.0's streaming writer writes <hyperlinks> before <conditionalFormatting>;
    // Excel then offers to repair the file (exceljs/exceljs#2784). write-workbook.ts reorders them.
    it('writes the Comparison sheet’s parts in the schema’s order, links after conditional formatting', () => {
      expect(comparisonXml).toContain('<hyperlink ');
      expect(comparisonXml).toContain('<conditionalFormatting');
      expect(outOfOrderChildren(comparisonXml)).toEqual([]);
    });
  });

  describe('the Comparison sheet', () => {
    it('holds each figure as a real number in base units, shown with its unit and scale', () => {
      const [first, second] = refs;
      const cash = valueCell('alibaba||cash', first.id);
      expect(cash.value).toBe(83.6e9);
      expect(cash.numFmt).toContain('"$"');
      expect(cash.numFmt).toMatch(/,,,"B"/);
      expect(valueCell('alibaba||cash', second.id).value).toBe(60e9);
      expect(valueCell('alibaba||adjusted-ebita-growth', second.id).numFmt).toContain('%');
      expect(valueCell('alibaba||forward-ev-sales', second.id).numFmt).toContain('x');
    });

    it('styles the analyst’s values apart from the articles’, and notes each figure’s quote and article', () => {
      const [first] = refs;
      const row = comparisonRows.find((candidate) => candidate.id === 'alibaba||cash')!;
      const figure = row.cells[first.id].sourceFigure!;
      const cell = valueCell('alibaba||cash', first.id);
      expect(String(cell.note)).toContain(figure.quote.text);
      expect(String(cell.note)).toContain('Article 1');
      const analyst = comparisonRows.find((candidate) => Object.keys(candidate.cells).some((id) => candidate.cells[id].assumption))!;
      const assumed = Object.keys(analyst.cells).find((id) => analyst.cells[id].assumption)!;
      expect(JSON.stringify(valueCell(analyst.id, assumed).fill)).not.toBe(JSON.stringify(cell.fill));
    });

    it('links each figure cell to the Sources row of that figure', () => {
      const links = [...comparisonXml.matchAll(/<hyperlink ref="([A-Z]+\d+)" location="Sources!A(\d+)"\/>/g)];
      expect(links.length).toBeGreaterThan(0);
      const sources = workbook.getWorksheet(SOURCES_SHEET)!;
      for (const [, address, sourceRow] of links) {
        const rowNumber = Number(/\d+/.exec(address)![0]);
        const rowId = [...rowNumbers.entries()].find(([, n]) => n === rowNumber)![0];
        const row = comparisonRows.find((candidate) => candidate.id === rowId)!;
        const figureIds = Object.values(row.cells).flatMap((cell) => (cell.sourceFigure ? [cell.sourceFigure.id] : []));
        expect(figureIds).toContain(sources.getRow(Number(sourceRow)).getCell(1).value);
      }
    });
  });

  describe('the Assumptions sheet', () => {
    it('names the FX rate cell the conversion formulas use, holding the analyst’s rate', () => {
      const names = workbook.definedNames.model as { name: string; ranges: string[] }[];
      const fx = names.find((entry) => entry.name === 'FX_CNY_USD');
      expect(fx).toBeDefined();
      const [sheetName, address] = fx!.ranges[0].split('!');
      expect(sheetName.replace(/'/g, '')).toBe(ASSUMPTIONS_SHEET);
      expect(workbook.getWorksheet(ASSUMPTIONS_SHEET)!.getCell(address.replace(/\$/g, '')).value).toBe(FX_RATE);
      expect(comparisonXml).toContain('FX_CNY_USD');
    });

    it('lists every value the analyst typed, with the article’s value beside it, what was typed and when', () => {
      const sheet = workbook.getWorksheet(ASSUMPTIONS_SHEET)!;
      const listed = new Map<string, unknown[]>();
      sheet.eachRow((row) => {
        const values = row.values as unknown[];
        if (typeof values[10] === 'string' && values[7] !== undefined) listed.set(`${values[10]}#${values[4]}`, values);
      });
      const scenario = activeScenario(workspace);
      let count = 0;
      for (const [rowId, byColumn] of Object.entries(scenario.assumptions)) {
        for (const [columnId, typed] of Object.entries(byColumn)) {
          count++;
          const header = columnId === ANALYST_COLUMN ? 'Your estimate' : valueColumnHeader(columnId, refs, refs[0].id);
          const values = listed.get(`${rowId}#${header}`);
          expect(values, `${rowId} ${columnId}`).toBeDefined();
          const source = comparisonRows.find((row) => row.id === rowId)!.cells[columnId].sourceFigure?.value;
          expect(values![5] ?? undefined).toBe(source);
          expect(values![6]).toBe(typed.value);
          expect(values![7]).toBe(typed.input);
          expect(values![9]).toBe(typed.setAt);
        }
      }
      expect(count).toBe(4);
    });
  });
});
