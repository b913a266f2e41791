import ExcelJS from 'exceljs';
import { COMPARISON_SHEET, ROW_ID_HEADER } from '@shared/export/comparison-sheet';
import type { ImportReadOutcome, ReadCell, ReadRow, ReadWorkbook } from '@shared/export/export-contract';
import { RECORD_FORMAT, RECORD_MARK, RECORD_ROWS, RECORD_SHEET } from '@shared/export/export-record';
import { columnLetter } from '@shared/export/sheet-plan';
import { messageOf } from '../workspace/messages';
import { withoutNotes } from './strip-notes';
import { checkXlsxBytes, DEFAULT_XLSX_LIMITS, type XlsxLimits } from './xlsx-guard';

/** More rows than any export writes: a sheet past this is not one of ours. */
const MAX_ROWS = 1_000_000;

/** A cell's content as import can use it. Formulas count by their saved result. */
export function readCell(value: ExcelJS.CellValue): ReadCell {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'number') return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'unreadable', reason: 'not a finite number' };
  if (typeof value === 'string') return value.trim() === '' ? { kind: 'empty' } : { kind: 'text', text: value };
  if (typeof value === 'boolean') return { kind: 'unreadable', reason: `${value ? 'TRUE' : 'FALSE'} is not a value` };
  if (value instanceof Date) return { kind: 'unreadable', reason: 'a date, not a value' };
  if ('error' in value) return { kind: 'unreadable', reason: `the error ${value.error}` };
  if ('richText' in value) return readCell(value.richText.map((run) => run.text).join(''));
  if ('hyperlink' in value) return readCell(value.text as ExcelJS.CellValue);
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    if (result === undefined) return { kind: 'unreadable', reason: 'a formula saved without its result (open and save the file in Excel first)' };
    return readCell(result as ExcelJS.CellValue);
  }
  return { kind: 'unreadable', reason: 'a value of a kind Crosscheck does not read' };
}

function text(value: ExcelJS.CellValue): string | null {
  const cell = readCell(value);
  if (cell.kind === 'text') return cell.text.trim();
  if (cell.kind === 'number') return String(cell.value);
  return null;
}

function readRecord(sheet: ExcelJS.Worksheet): Omit<ReadWorkbook, 'fileName' | 'rows' | 'problems' | 'valueColumns'> & { columns: { id: string; header: string }[] } | string {
  const at = (row: number, column: number) => sheet.getRow(row).getCell(column).value;
  if (text(at(RECORD_ROWS.mark, 1)) !== RECORD_MARK) return `Its ${RECORD_SHEET} sheet does not start with “${RECORD_MARK}”.`;
  if (text(at(RECORD_ROWS.mark, 2)) !== String(RECORD_FORMAT)) return `It was written by a newer Crosscheck (export format ${text(at(RECORD_ROWS.mark, 2))}).`;
  const ids = sheet.getRow(RECORD_ROWS.columnIds);
  const headers = sheet.getRow(RECORD_ROWS.headers);
  const columns: { id: string; header: string }[] = [];
  for (let column = 2; text(ids.getCell(column).value); column++) {
    columns.push({ id: text(ids.getCell(column).value) ?? '', header: text(headers.getCell(column).value) ?? '' });
  }
  const exported: Record<string, (number | null)[]> = {};
  for (let rowNumber = RECORD_ROWS.firstValueRow; rowNumber <= Math.min(sheet.rowCount, MAX_ROWS); rowNumber++) {
    const row = sheet.getRow(rowNumber);
    const id = text(row.getCell(1).value);
    if (!id) continue;
    exported[id] = columns.map((_, index) => {
      const cell = readCell(row.getCell(index + 2).value);
      return cell.kind === 'number' ? cell.value : null;
    });
  }
  return {
    scenarioId: text(at(RECORD_ROWS.scenario, 2)) ?? '',
    scenarioName: text(at(RECORD_ROWS.scenario, 3)) ?? '',
    exportedAt: text(at(RECORD_ROWS.exportedAt, 2)) ?? '',
    workspaceName: text(at(RECORD_ROWS.workspace, 2)),
    exported,
    columns,
  };
}

/**
 * Reads a workbook Crosscheck exported: the record of what was exported, and the value
 * cells of the Comparison sheet, found by their headers (so moved columns and sorted rows
 * still map). Changes are not decided here: the window compares them with its own state.
 */
export async function readExportedWorkbook(fileName: string, bytes: Uint8Array, limits: XlsxLimits = DEFAULT_XLSX_LIMITS): Promise<ImportReadOutcome> {
  const checked = await checkXlsxBytes(bytes, limits);
  if (!checked.ok) return { ok: false, message: `${fileName}: ${checked.message}` };
  const workbook = new ExcelJS.Workbook();
  try {
    const readable = await withoutNotes(bytes);
    await workbook.xlsx.load(Buffer.from(readable.buffer, readable.byteOffset, readable.byteLength) as unknown as ExcelJS.Buffer);
  } catch (error) {
    return { ok: false, message: `${fileName} could not be read as a workbook: ${messageOf(error)}.` };
  }
  const recordSheet = workbook.getWorksheet(RECORD_SHEET);
  if (!recordSheet) return { ok: false, message: `${fileName} is not a workbook exported by Crosscheck: it has no ${RECORD_SHEET} sheet, which records what was exported. Export from Crosscheck, edit that file, and import it.` };
  const record = readRecord(recordSheet);
  if (typeof record === 'string') return { ok: false, message: `${fileName} is not a Crosscheck export Crosscheck can read. ${record}` };
  const sheet = workbook.getWorksheet(COMPARISON_SHEET);
  if (!sheet) return { ok: false, message: `${fileName} has no “${COMPARISON_SHEET}” sheet: was it renamed? Rename it back to “${COMPARISON_SHEET}” and import again.` };
  if (sheet.rowCount > MAX_ROWS) return { ok: false, message: `${fileName}: the ${COMPARISON_SHEET} sheet has ${sheet.rowCount} rows, more than any export.` };

  const headerCells = new Map<string, number>();
  sheet.getRow(1).eachCell({ includeEmpty: false }, (cell, column) => {
    const header = text(cell.value);
    if (header) headerCells.set(header, headerCells.has(header) ? -1 : column);
  });
  const problems: { cell: string | null; message: string }[] = [];
  const locate = (header: string): number | null => {
    const column = headerCells.get(header);
    if (column === -1) {
      problems.push({ cell: `${COMPARISON_SHEET}!1`, message: `Two columns are headed “${header}”: neither was read.` });
      return null;
    }
    return column ?? null;
  };
  const rowIdColumn = locate(ROW_ID_HEADER);
  if (rowIdColumn === null) {
    return { ok: false, message: `${fileName}: the ${COMPARISON_SHEET} sheet has no column headed “${ROW_ID_HEADER}”, which says which row is which. Restore that column (or its header) and import again.` };
  }
  const valueColumns = record.columns.map((column) => {
    const index = locate(column.header);
    if (index === null && !problems.some((problem) => problem.message.includes(`“${column.header}”`))) {
      problems.push({ cell: null, message: `No column is headed “${column.header}” any more (renamed or deleted?): its values were not read.` });
    }
    return { ...column, index };
  });

  const rows: ReadRow[] = [];
  for (let rowNumber = 2; rowNumber <= sheet.rowCount; rowNumber++) {
    const row = sheet.getRow(rowNumber);
    const rowId = text(row.getCell(rowIdColumn).value);
    const cells = valueColumns.map((column) => (column.index === null ? null : readCell(row.getCell(column.index).value)));
    if (!rowId) {
      if (cells.some((cell) => cell !== null && cell.kind !== 'empty')) {
        problems.push({ cell: `${COMPARISON_SHEET}!${columnLetter(rowIdColumn)}${rowNumber}`, message: `Row ${rowNumber} has values but no Crosscheck row ID, so it cannot be matched to a row: it was not read.` });
      }
      continue;
    }
    rows.push({ rowNumber, rowId, cells });
  }
  return {
    ok: true,
    workbook: {
      fileName,
      scenarioId: record.scenarioId,
      scenarioName: record.scenarioName,
      exportedAt: record.exportedAt,
      workspaceName: record.workspaceName,
      valueColumns: valueColumns.map((column) => ({ id: column.id, header: column.header, letter: column.index === null ? null : columnLetter(column.index) })),
      exported: record.exported,
      rows,
      problems,
    },
  };
}
