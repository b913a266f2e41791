/**
 * A workbook described as data: what each cell holds, how it is shown, its note and its
 * link. Pure, so the comparison's export logic is tested without a spreadsheet library;
 * the main process streams a plan into exceljs row by row.
 */

/** A live formula (no leading "="), with the value the app itself computes for it, for checks. */
export interface PlannedFormula {
  readonly formula: string;
  readonly expected: number | null;
}

/** Text is always written as text, never read as a formula, whatever it starts with. */
export type PlannedValue = null | string | number | PlannedFormula;

export type CellStyle = 'title' | 'header' | 'figure' | 'assumption' | 'muted' | 'wrap';

export interface PlannedCell {
  readonly value: PlannedValue;
  readonly numFmt?: string;
  readonly style?: CellStyle;
  /** A cell note (comment): where a figure comes from. */
  readonly note?: string;
  /** A link inside the workbook, such as "Sources!A12". */
  readonly link?: string;
}

export type PlannedRow = readonly PlannedCell[];

export interface PlannedColumn {
  readonly width: number;
}

export interface SignFormatting {
  /** A1 range whose negative values show red and positive green, such as "F2:G120". */
  readonly range: string;
}

/**
 * A picture floating over a sheet: its top-left corner at a cell, its size in pixels whatever
 * the widths and heights of the cells under it.
 */
export interface PlannedPicture {
  /** A PNG file as base64 (no data-URL prefix). */
  readonly pngBase64: string;
  /** The cell under the top-left corner, numbered as Excel shows it (row 1, column 1 is A1). */
  readonly row: number;
  readonly column: number;
  readonly widthPx: number;
  readonly heightPx: number;
  /** Alt text: what a screen reader says for the picture. */
  readonly description: string;
}

export interface SheetPlan {
  readonly name: string;
  readonly hidden?: boolean;
  readonly columns: readonly PlannedColumn[];
  /** Rows and columns kept in view while scrolling. */
  readonly frozen?: { readonly rows: number; readonly columns: number };
  /** A1 range of the filterable table, header row included. */
  readonly autoFilter?: string;
  readonly signFormatting?: readonly SignFormatting[];
  /** Row number -> height in points, for rows the default height would clip (wrapped text). */
  readonly rowHeights?: ReadonlyMap<number, number>;
  readonly pictures?: readonly PlannedPicture[];
  /** How many rows `rows()` yields, for progress. */
  readonly rowCount: number;
  /** Every row from row 1, produced lazily so a large export never holds the sheet in memory. */
  rows(): Iterable<PlannedRow>;
}

export interface DefinedName {
  readonly name: string;
  /** Absolute reference, such as "Assumptions!$D$3". */
  readonly ref: string;
}

export interface WorkbookPlan {
  readonly sheets: readonly SheetPlan[];
  readonly definedNames: readonly DefinedName[];
}

/** 1 -> "A", 27 -> "AA". */
export function columnLetter(index1: number): string {
  let n = index1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export const cell = (value: PlannedValue, extra: Omit<PlannedCell, 'value'> = {}): PlannedCell => ({ value, ...extra });
export const headerRow = (labels: readonly string[]): PlannedRow => labels.map((label) => cell(label, { style: 'header' }));
export const EMPTY_ROW: PlannedRow = [];
