import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  editWithOpenpyxl,
  findOpenpyxlPython,
  findSoffice,
  recalculateInLibreOffice,
} from '../support/spreadsheet-tools';

// These tests do not skip when the tools are missing: CI installs them (.ci/run), and a
// silently skipped spreadsheet check would hide exactly the bugs it is there to catch.
const SLOW = 120_000;

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'crosscheck-spreadsheet-tools-'));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function writeSample(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const data = workbook.addWorksheet('Data');
  const params = workbook.addWorksheet('Params');
  params.getCell('A1').value = 10;
  workbook.definedNames.add("'Params'!$A$1", 'FX');
  data.getCell('A1').value = 2;
  data.getCell('B1').value = { formula: 'A1*3' } as ExcelJS.CellFormulaValue; // no cached result
  data.getCell('C1').value = '=SUM(1,2)'; // plain text that looks like a formula
  data.getCell('D1').value = { formula: 'A1*FX' } as ExcelJS.CellFormulaValue; // defined name on another sheet
  data.getCell('E1').value = { formula: 'A1+1', result: 999 }; // stale cached result
  await workbook.xlsx.writeFile(file);
}

async function readData(file: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet('Data');
  if (!sheet) throw new Error(`no sheet Data in ${file}`);
  return sheet;
}

function formulaOf(sheet: ExcelJS.Worksheet, address: string): { formula: string; result: unknown } {
  const value = sheet.getCell(address).value;
  if (value === null || typeof value !== 'object' || !('formula' in value) || typeof value.formula !== 'string') {
    throw new Error(`${address} is not a formula cell: ${JSON.stringify(value)}`);
  }
  return { formula: value.formula, result: value.result };
}

describe('spreadsheet tools', () => {
  it('has LibreOffice and openpyxl installed', () => {
    expect(
      findSoffice(),
      'LibreOffice is missing: apt-get install -y --no-install-recommends libreoffice-calc-nogui',
    ).not.toBeNull();
    expect(findOpenpyxlPython(), 'openpyxl is missing: apt-get install -y python3-openpyxl').not.toBeNull();
  });

  it(
    'recalculates every formula in LibreOffice and keeps text that looks like a formula as text',
    async () => {
      const source = path.join(dir, 'recalc.xlsx');
      await writeSample(source);

      const output = await recalculateInLibreOffice(source, path.join(dir, 'recalc-out'));
      const sheet = await readData(output);

      expect(sheet.getCell('A1').value).toBe(2);
      expect(formulaOf(sheet, 'B1')).toEqual({ formula: 'A1*3', result: 6 });
      expect(formulaOf(sheet, 'D1')).toEqual({ formula: 'A1*FX', result: 20 });
      expect(formulaOf(sheet, 'E1')).toEqual({ formula: 'A1+1', result: 3 });
      expect(sheet.getCell('C1').type).toBe(ExcelJS.ValueType.String);
      expect(sheet.getCell('C1').value).toBe('=SUM(1,2)');
    },
    SLOW,
  );

  it(
    'edits a cell with openpyxl, and LibreOffice recalculates from the new value',
    async () => {
      const source = path.join(dir, 'edit.xlsx');
      await writeSample(source);

      await editWithOpenpyxl(source, [{ sheet: 'Data', cell: 'A1', value: 5 }]);
      const output = await recalculateInLibreOffice(source, path.join(dir, 'edit-out'));
      const sheet = await readData(output);

      expect(sheet.getCell('A1').value).toBe(5);
      expect(formulaOf(sheet, 'B1')).toEqual({ formula: 'A1*3', result: 15 });
      expect(formulaOf(sheet, 'D1')).toEqual({ formula: 'A1*FX', result: 50 });
      expect(sheet.getCell('C1').value).toBe('=SUM(1,2)');
    },
    SLOW,
  );

  it(
    'runs conversions side by side without one handing its work to the other',
    async () => {
      const sources = ['left', 'right'].map((name) => path.join(dir, `${name}.xlsx`));
      await Promise.all(sources.map(writeSample));
      await editWithOpenpyxl(sources[1], [{ sheet: 'Params', cell: 'A1', value: 100 }]);

      const outputs = await Promise.all(
        sources.map((source, i) => recalculateInLibreOffice(source, path.join(dir, `parallel-out-${i}`))),
      );
      const [left, right] = await Promise.all(outputs.map(readData));

      expect(formulaOf(left, 'D1').result).toBe(20);
      expect(formulaOf(right, 'D1').result).toBe(200);
    },
    SLOW,
  );

  it(
    'fails with the message LibreOffice printed when the file cannot be opened',
    async () => {
      const source = path.join(dir, 'broken.xlsx');
      await writeFile(source, 'PK\u0003\u0004 not really a workbook');
      await expect(recalculateInLibreOffice(source, path.join(dir, 'broken-out'))).rejects.toThrow(
        /could not convert[\s\S]*stderr: [\s\S]*source file could not be loaded/,
      );
    },
    SLOW,
  );

  it(
    'reports a missing sheet from openpyxl',
    async () => {
      const source = path.join(dir, 'bad-edit.xlsx');
      await writeSample(source);
      await expect(editWithOpenpyxl(source, [{ sheet: 'Nope', cell: 'A1', value: 1 }])).rejects.toThrow(
        /no sheet 'Nope'/,
      );
    },
    SLOW,
  );
});
