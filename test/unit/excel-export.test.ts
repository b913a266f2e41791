import ExcelJS from 'exceljs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANALYST_COLUMN } from '@shared/domain/comparison';
import { COMPARISON_SHEET, ROW_ID_HEADER, valueColumnHeader } from '@shared/export/comparison-sheet';
import type { ExportInput } from '@shared/export/export-input';
import { planWorkbook } from '@shared/export/plan-workbook';
import type { PlannedFormula, WorkbookPlan } from '@shared/export/sheet-plan';
import { activeScenario, newWorkspace, setCellAssumption, setFxRate } from '@shared/workspace/operations';
import { buildComparison } from '@shared/domain/build-comparison';
import { articleRefs } from '@shared/domain/article-refs';
import type { Workspace } from '@shared/workspace/workspace-schema';
import type { DatasetSnapshot } from '@shared/ipc/contract';
import { writeWorkbook } from '../../electron/excel/write-workbook';
import { editWithOpenpyxl, recalculateInLibreOffice } from '../support/spreadsheet-tools';
import { loadSeedDataset } from './seed-data';
import { exportInput, readWorkbookFile, writePlanFile } from './support/excel-files';

const NOW = new Date('2026-11-21T10:00:00Z');
let dir: string;
let seed: DatasetSnapshot;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'crosscheck-export-'));
  seed = await loadSeedDataset();
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const input = (workspace: Workspace, overrides: Partial<ExportInput> = {}): ExportInput => exportInput(seed, workspace, NOW, overrides);

const writePlan = (plan: WorkbookPlan, name: string): Promise<string> => writePlanFile(plan, dir, name);

const read = readWorkbookFile;

/** Every formula the plan wrote, with the sheet address and the app's own value for it. */
function plannedFormulas(plan: WorkbookPlan): { address: string; formula: PlannedFormula }[] {
  const found: { address: string; formula: PlannedFormula }[] = [];
  const sheet = plan.sheets.find((candidate) => candidate.name === COMPARISON_SHEET)!;
  let rowNumber = 0;
  for (const row of sheet.rows()) {
    rowNumber++;
    row.forEach((cell, index) => {
      if (cell.value !== null && typeof cell.value === 'object') found.push({ address: `${String.fromCharCode(65 + index)}${rowNumber}`, formula: cell.value });
    });
  }
  return found;
}

/** Equal to 10 significant digits: the app rounds a delta to 12, LibreOffice stores 15. */
function expectSameNumber(actual: number, expected: number, label: string): void {
  expect(Math.abs(actual - expected), `${label}: ${actual} vs ${expected}`).toBeLessThanOrEqual(1e-10 * Math.max(1, Math.abs(expected)));
}

const assumption = (value: number, input: string, currency?: 'USD') => ({ value, input, setAt: NOW.toISOString(), ...(currency ? { currency } : {}) });

/**
 * The seed comparison with the analyst's values that make more rows comparable: a USD loss
 * beside Xpeng's CNY one (through a USD/CNY rate given the other way round), a percentage
 * (its delta in points) and a multiple.
 */
function analystWorkspace(): Workspace {
  const [first, second] = articleRefs(seed.articles);
  let workspace = newWorkspace(NOW);
  const scenario = workspace.activeScenarioId;
  workspace = setFxRate(workspace, scenario, 'CNY', 'USD', { from: 'CNY', to: 'USD', rate: 0.1389, asOf: '2025-05-26', note: 'test rate', setAt: NOW.toISOString() });
  workspace = setCellAssumption(workspace, scenario, 'xpeng||net-loss', second.id, assumption(1.5e9, '$1.5B', 'USD'));
  workspace = setCellAssumption(workspace, scenario, 'alibaba||adjusted-ebita-growth', first.id, assumption(0.3, '30%'));
  workspace = setCellAssumption(workspace, scenario, 'lenovo||forward-pe', second.id, assumption(14, '14x'));
  workspace = setCellAssumption(workspace, scenario, 'alibaba||cash', ANALYST_COLUMN, assumption(7e10, '$70B'));
  return workspace;
}

describe('Excel export, recalculated by LibreOffice', () => {
  it('every recalculated delta equals the app’s own, including a currency conversion through a named FX cell', async () => {
    const plan = planWorkbook(input(analystWorkspace()));
    const formulas = plannedFormulas(plan);
    const comparable = buildComparison(seed, analystWorkspace(), activeScenario(analystWorkspace())).rows.filter((row) => row.delta !== null);
    // A delta and a relative change per comparable row (minus changes from a zero base).
    expect(formulas.length).toBe(comparable.length + comparable.filter((row) => row.deltaPercent !== null).length);
    expect(comparable.length).toBeGreaterThanOrEqual(3);
    expect(formulas.some(({ formula }) => formula.formula.includes('/FX_CNY_USD'))).toBe(true);
    const file = await writePlan(plan, 'seed.xlsx');
    const recalculated = await read(await recalculateInLibreOffice(file, path.join(dir, 'recalc')));
    const sheet = recalculated.getWorksheet(COMPARISON_SHEET)!;
    for (const { address, formula } of formulas) {
      const value = sheet.getCell(address).value as { result?: unknown };
      if (formula.expected === null) continue;
      expect(typeof value.result, address).toBe('number');
      expectSameNumber(value.result as number, formula.expected, `${address} = ${formula.formula}`);
    }
  }, 60_000);
});

describe('a value changed in the workbook', () => {
  it('changes its delta once the spreadsheet recalculates', async () => {
    const [first, second] = articleRefs(seed.articles);
    const plan = planWorkbook(input(analystWorkspace()));
    const file = await writePlan(plan, 'edited.xlsx');
    const sheet = (await read(file)).getWorksheet(COMPARISON_SHEET)!;
    const header = sheet.getRow(1).values as unknown[];
    const column = (title: string) => header.indexOf(title);
    const rowOf = (id: string) => {
      for (let n = 2; n <= sheet.rowCount; n++) if (sheet.getRow(n).getCell(column(ROW_ID_HEADER)).value === id) return n;
      throw new Error(`no row ${id}`);
    };
    const cash = rowOf('alibaba||cash');
    const letter = (index: number) => String.fromCharCode(64 + index);
    const laterCell = `${letter(column(valueColumnHeader(second.id, [first, second])))}${cash}`;
    const deltaCell = `${letter(column('Δ (latest other − baseline)'))}${cash}`;
    const percentCell = `${letter(column('Δ %'))}${cash}`;
    await editWithOpenpyxl(file, [{ sheet: COMPARISON_SHEET, cell: laterCell, value: 70e9 }]);
    const recalculated = (await read(await recalculateInLibreOffice(file, path.join(dir, 'recalc-edited')))).getWorksheet(COMPARISON_SHEET)!;
    const result = (address: string) => (recalculated.getCell(address).value as { result: number }).result;
    expectSameNumber(result(deltaCell), 70e9 - 83.6e9, deltaCell);
    expectSameNumber(result(percentCell), (70e9 - 83.6e9) / 83.6e9, percentCell);
  }, 60_000);
});

describe('text that looks like a formula', () => {
  it('stays text after LibreOffice recalculates the workbook', async () => {
    const tricky = ['=1+1', '+2', '-3+4', '@SUM(1,2)', '\t=5'];
    const custom = tricky.map((text, index) => ({
      id: `custom:trap-${index}`,
      entity: `trap-${index}`,
      entityName: text,
      segment: null,
      metricLabel: text,
      unit: 'count' as const,
      currency: null,
      createdAt: NOW.toISOString(),
    }));
    const workspace = { ...newWorkspace(NOW), customRows: custom };
    const file = await writePlan(planWorkbook(input(workspace)), 'tricky.xlsx');
    const sheet = (await read(await recalculateInLibreOffice(file, path.join(dir, 'recalc-tricky')))).getWorksheet(COMPARISON_SHEET)!;
    const companies = new Set<unknown>();
    sheet.eachRow((row) => companies.add(row.getCell(1).value));
    for (const text of tricky) expect(companies.has(text), JSON.stringify(text)).toBe(true);
  }, 60_000);
});
