import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import type { CellStyle, PlannedCell, PlannedValue, SheetPlan, WorkbookPlan } from '@shared/export/sheet-plan';
import { sheetPictures, type SheetPictures } from './sheet-pictures';

/**
 * Streams a workbook plan into an .xlsx with exceljs's streaming writer: each row is
 * committed as soon as it is built, so memory stays flat however large the comparison.
 */

const STYLES: Record<CellStyle, Partial<ExcelJS.Style>> = {
  title: { font: { bold: true, size: 12 } },
  header: {
    font: { bold: true },
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E9EE' } },
    border: { bottom: { style: 'thin', color: { argb: 'FF8A8F98' } } },
    alignment: { wrapText: true, vertical: 'bottom' },
  },
  figure: {},
  // Blue on pale yellow: the spreadsheet convention for an input someone typed.
  assumption: { font: { color: { argb: 'FF0000FF' } }, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } } },
  muted: { font: { color: { argb: 'FF6B7280' } } },
  wrap: { alignment: { wrapText: true, vertical: 'top' } },
};

const NEGATIVE = { font: { color: { argb: 'FFB91C1C' } } };
const POSITIVE = { font: { color: { argb: 'FF15803D' } } };

export interface WriteProgress {
  /** Rows written so far, over all sheets. */
  readonly done: number;
}

export interface WriteOptions {
  readonly onProgress?: (progress: WriteProgress) => void;
  readonly signal?: AbortSignal;
  /** Rows between yields to the event loop: lets the zip drain and progress or cancel requests in. */
  readonly batchRows?: number;
}

export class ExportCancelledError extends Error {
  constructor() {
    super('The export was cancelled.');
  }
}

function excelValue(value: PlannedValue): ExcelJS.CellValue {
  if (value === null || typeof value === 'string' || typeof value === 'number') return value;
  // The app's own value as the cached result: a reader that does not recalculate (LibreOffice by
  // default, file previews) still shows the delta; Excel recalculates on open.
  return value.expected === null ? { formula: value.formula } : { formula: value.formula, result: value.expected };
}

/**
 * A link from a cell to a place in the workbook. exceljs models a link as the cell's value
 * (text), which would turn a figure into text; OOXML keeps links beside the value, so the
 * number stays a number. The streaming writer renders entries with a `target` as
 * `<hyperlink ref location>`; this is the one place that reaches into it.
 */
function addInternalLink(sheet: ExcelJS.Worksheet, address: string, target: string): void {
  const relsWriter = (sheet as unknown as { _sheetRelsWriter?: { _hyperlinks?: { address: string; target: string }[] } })._sheetRelsWriter;
  relsWriter?._hyperlinks?.push({ address, target });
}

/**
 * One style object per look (style and number format), shared by every cell that has it.
 * exceljs remembers the style objects it has seen; a fresh object per cell made it derive
 * and deduplicate each cell's style again, a third of a 100,000-figure export. Frozen, so
 * nothing can change one cell's look through another's.
 */
const sharedStyles = new Map<string, Partial<ExcelJS.Style>>();
function styleOf(planned: PlannedCell): Partial<ExcelJS.Style> {
  const key = `${planned.style ?? ''}\u0000${planned.numFmt ?? ''}`;
  let style = sharedStyles.get(key);
  if (!style) {
    style = Object.freeze({ ...(planned.style ? STYLES[planned.style] : {}), ...(planned.numFmt ? { numFmt: planned.numFmt } : {}) });
    sharedStyles.set(key, style);
  }
  return style;
}

function writeCell(sheet: ExcelJS.Worksheet, target: ExcelJS.Cell, planned: PlannedCell): void {
  target.value = excelValue(planned.value);
  target.style = styleOf(planned);
  if (planned.note) target.note = planned.note;
  if (planned.link) addInternalLink(sheet, target.address, planned.link);
}

/**
 * exceljs 4.4's streaming writer puts <hyperlinks> before <conditionalFormatting>; the
 * schema wants them after <dataValidations>, and Excel offers to "repair" a sheet with both
 * in the wrong order (exceljs/exceljs#2784, fixed upstream in #2803 but not released).
 */
function writeLinksInSchemaOrder(sheet: ExcelJS.Worksheet): void {
  const writer = sheet as unknown as { _writeHyperlinks(): void; _writeDataValidations(): void };
  const writeLinks = writer._writeHyperlinks.bind(writer);
  const writeValidations = writer._writeDataValidations.bind(writer);
  writer._writeHyperlinks = () => undefined;
  writer._writeDataValidations = () => {
    writeValidations();
    writeLinks();
  };
}

async function writeSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  plan: SheetPlan,
  pictures: SheetPictures,
  progress: { done: number },
  options: WriteOptions,
): Promise<void> {
  const sheet = workbook.addWorksheet(plan.name, {
    state: plan.hidden ? 'hidden' : 'visible',
    views: plan.frozen ? [{ state: 'frozen', xSplit: plan.frozen.columns, ySplit: plan.frozen.rows }] : [],
  });
  writeLinksInSchemaOrder(sheet);
  pictures.add(sheet, plan.pictures ?? []);
  sheet.columns = plan.columns.map((column) => ({ width: column.width }));
  if (plan.autoFilter) sheet.autoFilter = plan.autoFilter;
  for (const [index, { range }] of (plan.signFormatting ?? []).entries()) {
    sheet.addConditionalFormatting({
      ref: range,
      rules: [
        { type: 'cellIs', operator: 'lessThan', formulae: ['0'], style: NEGATIVE, priority: index * 2 + 1 },
        { type: 'cellIs', operator: 'greaterThan', formulae: ['0'], style: POSITIVE, priority: index * 2 + 2 },
      ],
    });
  }
  const batch = options.batchRows ?? 500;
  let rowNumber = 0;
  for (const planned of plan.rows()) {
    rowNumber++;
    const row = sheet.getRow(rowNumber);
    const height = plan.rowHeights?.get(rowNumber);
    if (height !== undefined) row.height = height;
    planned.forEach((plannedCell, index) => writeCell(sheet, row.getCell(index + 1), plannedCell));
    row.commit();
    progress.done++;
    if (progress.done % batch === 0) {
      options.onProgress?.({ done: progress.done });
      await new Promise((resolve) => setImmediate(resolve));
      if (options.signal?.aborted) throw new ExportCancelledError();
    }
  }
  sheet.commit();
}

/** Writes the plan to `stream` (a file's, usually); rejects with ExportCancelledError when `signal` aborts. */
export async function writeWorkbook(plan: WorkbookPlan, stream: Writable, options: WriteOptions = {}): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  workbook.creator = 'Crosscheck';
  for (const { name, ref } of plan.definedNames) workbook.definedNames.add(ref, name);
  const pictures = sheetPictures(workbook);
  const progress = { done: 0 };
  try {
    for (const sheet of plan.sheets) await writeSheet(workbook, sheet, pictures, progress, options);
  } finally {
    // Even a cancelled export ends its zip, so the file stream closes and the temp file can go.
    await workbook.commit();
  }
  options.onProgress?.({ done: progress.done });
}
