import { cellUnitContext, type Assumption, type RowSource } from '@shared/domain/comparison';
import { formatValue } from '@shared/domain/format';
import { describeUnit, isSameUnit, SCALE_FACTORS, type Unit } from '@shared/domain/units';
import { parseCellInput, type ParseContext } from '@shared/domain/parse-input';
import type { CellAssumptionChange } from '@shared/workspace/operations';
import type { CopyNumberFormat } from '@shared/workspace/workspace-schema';
import { cellsIn, type CellRef, type GridLayout, type RangeBounds } from '../selection/cell-range';

/**
 * Paste, fill, clear and cut as plans: every cell the action would write, read by the same
 * parser as typed input in that cell's own unit, and every cell it cannot write with the
 * reason. The store applies a plan's writes as one undo step; the page shows the refusals
 * before anything is applied, so nothing is applied partially without saying so.
 */

/** A cell the analyst may write: an article's value or their own estimate. */
export interface EditableCell {
  /** The workspace's column: an article id or the analyst's column. */
  readonly columnId: string;
  readonly parse: ParseContext;
  readonly hasAssumption: boolean;
}

export interface PlanContext {
  readonly layout: GridLayout;
  /** False for group headers: they are skipped, as Excel skips nothing but we have no cells there. */
  readonly isDataRow: (rowId: string) => boolean;
  /** The cell's target, or why it cannot be written ("Δ is computed from the values"). */
  readonly editable: (cell: CellRef) => EditableCell | string;
  /** "Alibaba · Cash reserves, Article 2", for the report. */
  readonly describe: (cell: CellRef) => string;
  /** ISO time the values are set at. */
  readonly setAt: string;
}

export interface CellRefusal {
  readonly cell: CellRef;
  readonly place: string;
  readonly text: string;
  readonly reason: string;
}

export interface WritePlan {
  /** The undo step's name: "Paste 12 cells". */
  readonly label: string;
  readonly writes: readonly (CellAssumptionChange & { readonly cell: CellRef })[];
  readonly refusals: readonly CellRefusal[];
  /** What did not fit, said once for the whole block ("3 rows run past the last row"). */
  readonly overflow: string | null;
}

const FORMULA = /^=/;

/**
 * How a pasted number is read in a cell: in the cell's unit, but in the row's display scale,
 * the one copy writes numbers in and the Metric cell names ("83.6" under "Cash reserves (USD
 * B)"), even where this article's own figure is shown in another scale; so a copy pasted back
 * is the same value. With full values chosen in Settings, bare numbers are read in full, as copied.
 * (Typing in the cell reads bare numbers in the cell's own scale, as shown.)
 */
export function pasteParseContext(source: RowSource, columnId: string, format: CopyNumberFormat): ParseContext {
  return { ...cellUnitContext(source, columnId), displayScale: source.displayScale, bareNumbersInFull: format === 'full' };
}

function plural(count: number, word: string): string {
  return `${count.toLocaleString('en-US')} ${word}${count === 1 ? '' : 's'}`;
}

const BARE_NUMBER = /^[-+]?\d+(\.\d+)?$/;

/**
 * A bare number that could be a full value or a number in the row's scale: 516000000 pasted
 * into a row shown in billions is surely $516M, not $516,000T, but no rule can tell for every
 * number in between. Such a number (at least 1,000, below the scale itself) is refused, with
 * how to write it, rather than read one way silently. Separators or a scale word settle it.
 */
function ambiguity(text: string, parse: ParseContext): string | null {
  if (parse.bareNumbersInFull || !BARE_NUMBER.test(text) || parse.unit.kind === 'percent' || parse.unit.kind === 'multiple') return null;
  const factor = SCALE_FACTORS[parse.displayScale];
  const number = Math.abs(Number(text));
  if (factor === 1 || number < 1000 || number >= factor) return null;
  const scale = parse.displayScale;
  return `could be ${text} ${scale === 'thousand' ? 'thousands' : `${scale}s`} or ${text} in full: write it with separators (${Number(text).toLocaleString('en-US')}) or a scale (as 1.5B, 300M)`;
}

/** One cell's text read for one target cell: a write, a refusal, or nothing to do. */
function planCell(cell: CellRef, text: string, context: PlanContext, copied: FillSource | null | undefined): { write?: WritePlan['writes'][number]; refusal?: CellRefusal } {
  const target = context.editable(cell);
  const place = () => context.describe(cell);
  const trimmed = text.trim();
  if (typeof target === 'string') {
    // An empty cell pasted over a computed one loses nothing.
    return trimmed === '' ? {} : { refusal: { cell, place: place(), text, reason: target } };
  }
  // A value copied from this grid goes in as the value it was, in its unit, or is refused.
  if (copied) return planFillCell(copied, cell, target, context);
  const unclear = ambiguity(trimmed, target.parse);
  if (unclear) return { refusal: { cell, place: place(), text, reason: unclear } };
  if (trimmed === '') {
    return target.hasAssumption ? { write: { cell, rowId: cell.rowId, columnId: target.columnId, assumption: null } } : {};
  }
  if (FORMULA.test(trimmed)) {
    return { refusal: { cell, place: place(), text, reason: 'is a formula; Crosscheck takes values, not formulas (in Excel, copy and Paste Special › Values first)' } };
  }
  const parsed = parseCellInput(trimmed, target.parse);
  if (!parsed.ok) return { refusal: { cell, place: place(), text, reason: parsed.message } };
  const assumption: Assumption = { value: parsed.value, input: trimmed, setAt: context.setAt, ...(parsed.currency ? { currency: parsed.currency } : {}) };
  return { write: { cell, rowId: cell.rowId, columnId: target.columnId, assumption } };
}

function collect(label: string, pairs: Iterable<readonly [CellRef, string, FillSource | null | undefined]>, context: PlanContext, overflow: string | null): WritePlan {
  const writes: WritePlan['writes'][number][] = [];
  const refusals: CellRefusal[] = [];
  for (const [cell, text, copied] of pairs) {
    const { write, refusal } = planCell(cell, text, context, copied);
    if (write) writes.push(write);
    if (refusal) refusals.push(refusal);
  }
  return { label, writes, refusals, overflow };
}

/** Display rows that hold data, from `from` on (group headers skipped). */
function dataRowsFrom(layout: GridLayout, from: number, isDataRow: (rowId: string) => boolean): string[] {
  const rows: string[] = [];
  for (let r = from; r < layout.rowIds.length; r++) {
    const rowId = layout.rowIds[r];
    if (rowId !== undefined && isDataRow(rowId)) rows.push(rowId);
  }
  return rows;
}

/**
 * A pasted block, laid from the selection's top-left cell. As in Excel, the block is repeated
 * to fill the selection only when the selection is a whole multiple of it in both directions
 * (one cell copied into a range fills the range); otherwise it is pasted once. What runs past the last row or column is reported, not dropped silently.
 */
export function planPaste(
  block: readonly (readonly string[])[],
  bounds: RangeBounds,
  context: PlanContext,
  /** The same block as values with units, when this grid copied it (see copy-origin.ts). */
  copied: readonly (readonly (FillSource | null)[])[] | null = null,
): WritePlan {
  const blockRows = block.length;
  const blockCols = Math.max(0, ...block.map((row) => row.length));
  if (blockRows === 0 || blockCols === 0) return { label: 'Paste', writes: [], refusals: [], overflow: null };
  const { layout } = context;
  const targetRows = dataRowsFrom(layout, bounds.top, context.isDataRow);
  const selectedRows = targetRows.filter((rowId) => (layout.rowIndex.get(rowId) ?? Infinity) <= bounds.bottom).length;
  const selectedCols = bounds.right - bounds.left + 1;
  // Excel repeats the block only when the selection holds it a whole number of times both ways.
  const repeats = selectedRows % blockRows === 0 && selectedCols % blockCols === 0 && selectedRows * selectedCols > blockRows * blockCols;
  const rowsDown = repeats ? selectedRows : blockRows;
  const colsAcross = repeats ? selectedCols : blockCols;
  const rowsFit = Math.min(rowsDown, targetRows.length);
  const colsFit = Math.min(colsAcross, layout.colIds.length - bounds.left);
  const pairs: [CellRef, string, FillSource | null | undefined][] = [];
  for (let r = 0; r < rowsFit; r++) {
    const rowId = targetRows[r] ?? '';
    for (let c = 0; c < colsFit; c++) {
      const colId = layout.colIds[bounds.left + c] ?? '';
      pairs.push([{ rowId, colId }, block[r % blockRows]?.[c % blockCols] ?? '', copied?.[r % blockRows]?.[c % blockCols]]);
    }
  }
  const missed = [
    rowsDown > rowsFit ? `${plural(rowsDown - rowsFit, 'row')} of the block run${rowsDown - rowsFit === 1 ? 's' : ''} past the last row` : '',
    colsAcross > colsFit ? `${plural(colsAcross - colsFit, 'column')} run${colsAcross - colsFit === 1 ? 's' : ''} past the last column` : '',
  ].filter(Boolean);
  const overflow = missed.length > 0 ? `${missed.join(' and ')}, and ${missed.length > 1 ? 'are' : 'is'} not pasted.` : null;
  return collect(`Paste ${plural(rowsFit * colsFit, 'cell')}`, pairs, context, overflow);
}

/** A source cell's value for a fill: the number and its unit, or null for an empty cell. */
export interface FillSource {
  readonly value: number | null;
  readonly unit: Unit;
}

/** One fill target: the source's value copied when the units agree, otherwise refused with the reason. */
function planFillCell(source: FillSource, cell: CellRef, target: EditableCell, context: PlanContext): { write?: WritePlan['writes'][number]; refusal?: CellRefusal } {
  if (source.value === null) return target.hasAssumption ? { write: { cell, rowId: cell.rowId, columnId: target.columnId, assumption: null } } : {};
  const shown = formatValue(source.value, source.unit);
  const otherCurrency = source.unit.kind === 'currency' && target.parse.unit.kind === 'currency' && source.unit.currency !== target.parse.unit.currency;
  if (!isSameUnit(source.unit, target.parse.unit) && !(otherCurrency && target.parse.acceptsAnyCurrency)) {
    return { refusal: { cell, place: context.describe(cell), text: shown, reason: `is in ${describeUnit(source.unit)}; this cell is in ${describeUnit(target.parse.unit)}` } };
  }
  const currency = otherCurrency && source.unit.kind === 'currency' ? { currency: source.unit.currency } : {};
  return { write: { cell, rowId: cell.rowId, columnId: target.columnId, assumption: { value: source.value, input: shown, setAt: context.setAt, ...currency } } };
}

/**
 * Ctrl+D / Ctrl+R: each column's (row's) first cell of the range is copied into the rest of
 * it; a one-row range takes the row above, as in Excel. The value itself is copied, at full
 * precision, into cells of the same unit; a dollar amount is never written into a percentage
 * row. Computed columns in the range are skipped: nothing of the analyst's is lost by not
 * filling them.
 */
export function planFill(direction: 'down' | 'right', bounds: RangeBounds, context: PlanContext, sourceOf: (cell: CellRef) => FillSource | null): WritePlan {
  const { layout } = context;
  const rows = cellsIn(bounds, layout, (rowId) => !context.isDataRow(rowId));
  const writes: WritePlan['writes'][number][] = [];
  const refusals: CellRefusal[] = [];
  const add = (from: CellRef | undefined, cell: CellRef | undefined) => {
    if (!from || !cell) return;
    const target = context.editable(cell);
    const source = sourceOf(from);
    if (typeof target === 'string' || !source) return;
    const { write, refusal } = planFillCell(source, cell, target, context);
    if (write) writes.push(write);
    if (refusal) refusals.push(refusal);
  };
  if (direction === 'down') {
    const above = rows.length === 1 ? previousDataRow(bounds.top, context) : undefined;
    const sourceRow = above !== undefined ? rowOfCells(above, bounds, layout) : rows[0];
    const targets = above !== undefined ? rows : rows.slice(1);
    for (const row of targets) row.forEach((target, c) => add(sourceRow?.[c], target));
  } else {
    for (const row of rows) {
      const first = row[0];
      const left = bounds.left > 0 && bounds.left === bounds.right ? { rowId: first?.rowId ?? '', colId: layout.colIds[bounds.left - 1] ?? '' } : undefined;
      const source = left ?? first;
      for (const target of left ? row : row.slice(1)) add(source, target);
    }
  }
  return { label: direction === 'down' ? 'Fill down' : 'Fill right', writes, refusals, overflow: null };
}

function previousDataRow(top: number, context: PlanContext): string | undefined {
  for (let r = top - 1; r >= 0; r--) {
    const rowId = context.layout.rowIds[r];
    if (rowId !== undefined && context.isDataRow(rowId)) return rowId;
  }
  return undefined;
}

function rowOfCells(rowId: string, bounds: RangeBounds, layout: GridLayout): CellRef[] {
  const cells: CellRef[] = [];
  for (let c = bounds.left; c <= bounds.right; c++) cells.push({ rowId, colId: layout.colIds[c] ?? '' });
  return cells;
}

/** Delete / Backspace (and the second half of Cut): the analyst's values in the range go; articles' stay. */
export function planClear(label: string, bounds: RangeBounds, context: PlanContext): WritePlan {
  const writes: WritePlan['writes'][number][] = [];
  for (const row of cellsIn(bounds, context.layout, (rowId) => !context.isDataRow(rowId))) {
    for (const cell of row) {
      const target = context.editable(cell);
      if (typeof target !== 'string' && target.hasAssumption) writes.push({ cell, rowId: cell.rowId, columnId: target.columnId, assumption: null });
    }
  }
  return { label: writes.length > 0 ? `${label} ${plural(writes.length, 'value')}` : label, writes, refusals: [], overflow: null };
}
