import ExcelJS from 'exceljs';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleRefs } from '@shared/domain/article-refs';
import { buildComparison, customRowSourceOf } from '@shared/domain/build-comparison';
import { ANALYST_COLUMN, buildRowSources } from '@shared/domain/comparison';
import { COMPARISON_SHEET, ROW_ID_HEADER, valueColumnHeader } from '@shared/export/comparison-sheet';
import type { ReadWorkbook } from '@shared/export/export-contract';
import { planImport } from '@shared/export/plan-import';
import { planWorkbook } from '@shared/export/plan-workbook';
import type { DatasetSnapshot } from '@shared/ipc/contract';
import { activeScenario, newWorkspace, setCellAssumption } from '@shared/workspace/operations';
import type { Workspace } from '@shared/workspace/workspace-schema';
import { readExportedWorkbook } from '../../electron/excel/read-workbook';
import { writeWorkbook } from '../../electron/excel/write-workbook';
import { editWithOpenpyxl, type CellEdit } from '../support/spreadsheet-tools';
import { loadSeedDataset } from './seed-data';
import { exportInput, writePlanFile } from './support/excel-files';

const NOW = new Date('2026-11-21T10:00:00Z');
let dir: string;
let seed: DatasetSnapshot;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'crosscheck-import-'));
  seed = await loadSeedDataset();
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function workspaceWithEstimate(): Workspace {
  const workspace = newWorkspace(NOW);
  return setCellAssumption(workspace, workspace.activeScenarioId, 'alibaba||cash', ANALYST_COLUMN, { value: 7e10, input: '$70B', setAt: NOW.toISOString() });
}

const exportTo = (name: string, workspace: Workspace): Promise<string> => writePlanFile(planWorkbook(exportInput(seed, workspace, NOW)), dir, name);

/** Finds the Comparison sheet's address of a row's cell in a column, by header, as an analyst would. */
async function addressOf(file: string, rowId: string, header: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet(COMPARISON_SHEET)!;
  const headers = sheet.getRow(1).values as unknown[];
  const idColumn = headers.indexOf(ROW_ID_HEADER);
  const column = headers.indexOf(header);
  for (let n = 2; n <= sheet.rowCount; n++) {
    if (sheet.getRow(n).getCell(idColumn).value === rowId) return `${String.fromCharCode(64 + column)}${n}`;
  }
  throw new Error(`no row ${rowId}`);
}

function planFor(workbook: ReadWorkbook, workspace: Workspace) {
  const scenario = activeScenario(workspace);
  const comparison = buildComparison(seed, workspace, scenario);
  const sources = [...buildRowSources(seed.figures), ...workspace.customRows.map(customRowSourceOf)];
  return planImport(workbook, { rowSources: new Map(sources.map((source) => [source.id, source])), rows: new Map(comparison.rows.map((row) => [row.id, row])), scenario });
}

async function readBack(file: string): Promise<ReadWorkbook> {
  const read = await readExportedWorkbook(path.basename(file), await readFile(file));
  if (!read.ok) throw new Error(read.message);
  return read.workbook;
}

describe('import of an edited export', () => {
  it('lists exactly the cells changed in the file (numbers, typed text, an emptied value of yours) and reports what it cannot read', async () => {
    const workspace = workspaceWithEstimate();
    const file = await exportTo('edited.xlsx', workspace);
    const [first, second] = articleRefs(seed.articles);
    const refs = [first, second];
    const later = valueColumnHeader(second.id, refs);
    const earlier = valueColumnHeader(first.id, refs, first.id);
    const edits: CellEdit[] = [
      { sheet: COMPARISON_SHEET, cell: await addressOf(file, 'alibaba||dividends', later), value: 5e9 },
      { sheet: COMPARISON_SHEET, cell: await addressOf(file, 'lenovo||revenue', 'Your estimate'), value: '35.5B' },
      { sheet: COMPARISON_SHEET, cell: await addressOf(file, 'alibaba||cash', 'Your estimate'), value: null },
      { sheet: COMPARISON_SHEET, cell: await addressOf(file, 'lenovo||forward-pe', earlier), value: 'about twelve' },
      { sheet: COMPARISON_SHEET, cell: await addressOf(file, 'xpeng||net-loss', earlier), value: null },
    ];
    await editWithOpenpyxl(file, edits);
    const plan = planFor(await readBack(file), workspace);
    expect(plan.changes.map((change) => [change.cell, change.rowId, change.columnId, change.next])).toEqual([
      [`${COMPARISON_SHEET}!${edits[2].cell}`, 'alibaba||cash', ANALYST_COLUMN, null],
      [`${COMPARISON_SHEET}!${edits[0].cell}`, 'alibaba||dividends', second.id, 5e9],
      [`${COMPARISON_SHEET}!${edits[1].cell}`, 'lenovo||revenue', ANALYST_COLUMN, 35.5e9],
    ]);
    expect(plan.changes.find((change) => change.rowId === 'lenovo||revenue')?.input).toBe('35.5B');
    expect(plan.problems.map((problem) => problem.cell)).toEqual([`${COMPARISON_SHEET}!${edits[3].cell}`, `${COMPARISON_SHEET}!${edits[4].cell}`]);
    expect(plan.problems[0].message).toContain('about twelve');
    expect(plan.problems[1].message).toContain('article’s figure');
  }, 30_000);

  it('finds moved columns and sorted rows by their headers and row IDs', async () => {
    const workspace = newWorkspace(NOW);
    const file = await exportTo('moved.xlsx', workspace);
    // Reorder like an analyst: reverse the data rows, and move the row-ID column to the front.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet(COMPARISON_SHEET)!;
    const rows = [];
    for (let n = 1; n <= sheet.rowCount; n++) rows.push((sheet.getRow(n).values as unknown[]).slice(1));
    const [header, ...data] = rows;
    const reordered = [header, ...data.reverse()].map((values) => [values.at(-1), ...values.slice(0, -1)]);
    reordered.forEach((values, index) => {
      sheet.getRow(index + 1).values = values as ExcelJS.CellValue[];
    });
    const [, second] = articleRefs(seed.articles);
    const edited = reordered.findIndex((values) => values[0] === 'alibaba||cash') + 1;
    const laterColumn = (reordered[0] as unknown[]).indexOf(valueColumnHeader(second.id, articleRefs(seed.articles))) + 1;
    sheet.getRow(edited).getCell(laterColumn).value = 61e9;
    await workbook.xlsx.writeFile(file);
    const plan = planFor(await readBack(file), workspace);
    expect(plan.changes.map((change) => [change.rowId, change.next])).toEqual([['alibaba||cash', 61e9]]);
  }, 30_000);

  it('names a renamed value column it could not read, and still reads the others', async () => {
    const workspace = newWorkspace(NOW);
    const file = await exportTo('renamed.xlsx', workspace);
    const header = await addressOf(file, 'alibaba||cash', 'Your estimate').then((address) => address.replace(/\d+$/, '1'));
    await editWithOpenpyxl(file, [{ sheet: COMPARISON_SHEET, cell: header, value: 'My numbers' }]);
    const read = await readBack(file);
    expect(read.problems.map((problem) => problem.message)).toEqual([expect.stringContaining('“Your estimate”')]);
    expect(read.valueColumns.find((column) => column.id === ANALYST_COLUMN)?.letter).toBeNull();
  }, 30_000);
});

describe('workbooks import refuses', () => {
  it('refuses a workbook Crosscheck did not export, saying what is missing', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1').getCell('A1').value = 42;
    const read = await readExportedWorkbook('other.xlsx', new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(read).toEqual({ ok: false, message: expect.stringContaining('not a workbook exported by Crosscheck') });
  });

  it('refuses a file that is not a workbook before parsing it', async () => {
    const read = await readExportedWorkbook('notes.xlsx', new TextEncoder().encode('Revenue,83.6\n'));
    expect(read).toEqual({ ok: false, message: expect.stringContaining('not a zip archive') });
  });

  it('refuses an export whose row-ID column was removed', async () => {
    const file = await exportTo('no-ids.xlsx', newWorkspace(NOW));
    const idHeader = await addressOf(file, 'alibaba||cash', ROW_ID_HEADER).then((address) => address.replace(/\d+$/, '1'));
    await editWithOpenpyxl(file, [{ sheet: COMPARISON_SHEET, cell: idHeader, value: null }]);
    const read = await readExportedWorkbook('no-ids.xlsx', await readFile(file));
    expect(read).toEqual({ ok: false, message: expect.stringContaining(ROW_ID_HEADER) });
  });
});
