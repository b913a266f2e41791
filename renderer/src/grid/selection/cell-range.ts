/**
 * The cell range as data, the way spreadsheets keep it: an anchor (where the selection began)
 * and a focus (where it ends, and where the cursor is), each a row id and a column id. The
 * rectangle between them is read over the grid as displayed (after sort, filter, hidden and
 * moved columns), so it follows the rows when they are re-sorted and never depends on the DOM.
 */
export interface CellRef {
  readonly rowId: string;
  readonly colId: string;
}

export interface CellSelection {
  readonly anchor: CellRef;
  readonly focus: CellRef;
}

/** The grid as displayed: row ids (group headers included) and column ids, in order. */
export interface GridLayout {
  readonly rowIds: readonly string[];
  readonly colIds: readonly string[];
  readonly rowIndex: ReadonlyMap<string, number>;
  readonly colIndex: ReadonlyMap<string, number>;
}

/** Inclusive display indices of a selection's rectangle. */
export interface RangeBounds {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

export type Direction = 'up' | 'down' | 'left' | 'right';

export function makeLayout(rowIds: readonly string[], colIds: readonly string[]): GridLayout {
  return {
    rowIds,
    colIds,
    rowIndex: new Map(rowIds.map((id, index) => [id, index])),
    colIndex: new Map(colIds.map((id, index) => [id, index])),
  };
}

export function singleCell(cell: CellRef): CellSelection {
  return { anchor: cell, focus: cell };
}

export function isSameCell(a: CellRef | null | undefined, b: CellRef | null | undefined): boolean {
  return !!a && !!b && a.rowId === b.rowId && a.colId === b.colId;
}

/** The rectangle on screen, or null when either corner is not displayed. */
export function rangeBounds(selection: CellSelection | null, layout: GridLayout): RangeBounds | null {
  if (!selection) return null;
  const anchorRow = layout.rowIndex.get(selection.anchor.rowId);
  const focusRow = layout.rowIndex.get(selection.focus.rowId);
  const anchorCol = layout.colIndex.get(selection.anchor.colId);
  const focusCol = layout.colIndex.get(selection.focus.colId);
  if (anchorRow === undefined || focusRow === undefined || anchorCol === undefined || focusCol === undefined) return null;
  return {
    top: Math.min(anchorRow, focusRow),
    bottom: Math.max(anchorRow, focusRow),
    left: Math.min(anchorCol, focusCol),
    right: Math.max(anchorCol, focusCol),
  };
}

export function boundsCellCount(bounds: RangeBounds): number {
  return (bounds.bottom - bounds.top + 1) * (bounds.right - bounds.left + 1);
}

/**
 * After rows leave by a filter or columns are hidden: a corner whose row (or column) left takes
 * the other corner's, so the range shrinks to what is still shown of it; with neither corner's
 * row (or column) left, the selection is cleared. Returns the same object when nothing changed.
 */
export function clipSelection(selection: CellSelection | null, layout: GridLayout): CellSelection | null {
  if (!selection || rangeBounds(selection, layout)) return selection;
  const keep = (cell: CellRef, other: CellRef): CellRef | null => {
    const rowId = layout.rowIndex.has(cell.rowId) ? cell.rowId : layout.rowIndex.has(other.rowId) ? other.rowId : null;
    const colId = layout.colIndex.has(cell.colId) ? cell.colId : layout.colIndex.has(other.colId) ? other.colId : null;
    return rowId !== null && colId !== null ? { rowId, colId } : null;
  };
  const anchor = keep(selection.anchor, selection.focus);
  const focus = keep(selection.focus, selection.anchor);
  return anchor && focus ? { anchor, focus } : null;
}

/** Every cell of the grid, from its first displayed cell to its last. */
export function selectAll(layout: GridLayout): CellSelection | null {
  const firstRow = layout.rowIds[0];
  const lastRow = layout.rowIds.at(-1);
  const firstCol = layout.colIds[0];
  const lastCol = layout.colIds.at(-1);
  if (firstRow === undefined || lastRow === undefined || firstCol === undefined || lastCol === undefined) return null;
  return { anchor: { rowId: firstRow, colId: firstCol }, focus: { rowId: lastRow, colId: lastCol } };
}

/**
 * A whole displayed column; with `from`, the columns between it and `from`'s (Shift+click). As
 * in Excel, the cursor (the focus) is the clicked column's first cell; the anchor is the far corner.
 */
export function selectColumns(layout: GridLayout, colId: string, from?: string): CellSelection | null {
  const firstRow = layout.rowIds[0];
  const lastRow = layout.rowIds.at(-1);
  if (firstRow === undefined || lastRow === undefined || !layout.colIndex.has(colId)) return null;
  const anchorCol = from !== undefined && layout.colIndex.has(from) ? from : colId;
  return { anchor: { rowId: lastRow, colId: anchorCol }, focus: { rowId: firstRow, colId } };
}

/** A whole displayed row; with `from`, the rows between it and `from`'s (Shift+click). The cursor is the clicked row's first cell. */
export function selectRows(layout: GridLayout, rowId: string, from?: string): CellSelection | null {
  const firstCol = layout.colIds[0];
  const lastCol = layout.colIds.at(-1);
  if (firstCol === undefined || lastCol === undefined || !layout.rowIndex.has(rowId)) return null;
  const anchorRow = from !== undefined && layout.rowIndex.has(from) ? from : rowId;
  return { anchor: { rowId: anchorRow, colId: lastCol }, focus: { rowId, colId: firstCol } };
}

export interface MoveOptions {
  /** Shift: the anchor stays and the range grows or shrinks. */
  readonly extend?: boolean;
  /** Ctrl/Cmd: to the edge of the data, as Excel's Ctrl+arrow. */
  readonly toEdge?: boolean;
  /** Whether a cell holds nothing, for Ctrl+arrow's edge of data. */
  readonly isEmpty?: (cell: CellRef) => boolean;
}

const STEP: Record<Direction, { readonly row: number; readonly col: number }> = {
  up: { row: -1, col: 0 },
  down: { row: 1, col: 0 },
  left: { row: 0, col: -1 },
  right: { row: 0, col: 1 },
};

/**
 * Excel's Ctrl+arrow: from a filled cell whose neighbour is filled, to the last filled cell
 * before a blank; otherwise to the next filled cell; at the end of the grid when there is none.
 */
function edgeOfData(layout: GridLayout, row: number, col: number, direction: Direction, isEmpty: (cell: CellRef) => boolean): { row: number; col: number } {
  const { row: dRow, col: dCol } = STEP[direction];
  const inside = (r: number, c: number) => r >= 0 && c >= 0 && r < layout.rowIds.length && c < layout.colIds.length;
  const empty = (r: number, c: number) => isEmpty({ rowId: layout.rowIds[r] ?? '', colId: layout.colIds[c] ?? '' });
  let r = row + dRow;
  let c = col + dCol;
  if (!inside(r, c)) return { row, col };
  if (!empty(row, col) && !empty(r, c)) {
    while (inside(r + dRow, c + dCol) && !empty(r + dRow, c + dCol)) {
      r += dRow;
      c += dCol;
    }
    return { row: r, col: c };
  }
  while (inside(r, c) && empty(r, c)) {
    if (!inside(r + dRow, c + dCol)) return { row: r, col: c };
    r += dRow;
    c += dCol;
  }
  return { row: r, col: c };
}

function clampIndex(index: number, length: number): number {
  return Math.max(0, Math.min(length - 1, index));
}

/** Moves the focus by whole cells (arrows, Page Up/Down with `step`), or to the edge of the data. */
export function moveFocus(selection: CellSelection, layout: GridLayout, direction: Direction, options: MoveOptions = {}, step = 1): CellSelection {
  const row = layout.rowIndex.get(selection.focus.rowId);
  const col = layout.colIndex.get(selection.focus.colId);
  if (row === undefined || col === undefined) return selection;
  const target =
    options.toEdge && options.isEmpty
      ? edgeOfData(layout, row, col, direction, options.isEmpty)
      : { row: clampIndex(row + STEP[direction].row * step, layout.rowIds.length), col: clampIndex(col + STEP[direction].col * step, layout.colIds.length) };
  return moveTo(selection, layout, target.row, target.col, options.extend ?? false);
}

/** Moves (or, with `extend`, stretches) the selection to a cell given by display indices. */
export function moveTo(selection: CellSelection | null, layout: GridLayout, row: number, col: number, extend: boolean): CellSelection {
  const rowId = layout.rowIds[clampIndex(row, layout.rowIds.length)];
  const colId = layout.colIds[clampIndex(col, layout.colIds.length)];
  if (rowId === undefined || colId === undefined) throw new Error('moveTo needs a grid with at least one cell');
  const focus = { rowId, colId };
  return extend && selection ? { anchor: selection.anchor, focus } : singleCell(focus);
}

/** The cells of a rectangle, row by row, skipping rows `skipRow` says are not data (group headers). */
export function cellsIn(bounds: RangeBounds, layout: GridLayout, skipRow: (rowId: string) => boolean = () => false): CellRef[][] {
  const rows: CellRef[][] = [];
  for (let r = bounds.top; r <= bounds.bottom; r++) {
    const rowId = layout.rowIds[r];
    if (rowId === undefined || skipRow(rowId)) continue;
    const cells: CellRef[] = [];
    for (let c = bounds.left; c <= bounds.right; c++) {
      const colId = layout.colIds[c];
      if (colId !== undefined) cells.push({ rowId, colId });
    }
    rows.push(cells);
  }
  return rows;
}
