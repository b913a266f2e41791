import { describe, expect, it } from 'vitest';
import {
  boundsCellCount,
  cellsIn,
  clipSelection,
  isSameCell,
  makeLayout,
  moveFocus,
  moveTo,
  rangeBounds,
  selectAll,
  selectColumns,
  selectRows,
  singleCell,
  type CellRef,
  type CellSelection,
} from '../../../../renderer/src/grid/selection/cell-range';

// Rows as displayed after a sort (ids are not in display order), with 'value:b' hidden and 'delta' moved before the values.
const ROWS = ['r4', 'r2', 'r5', 'r1', 'r3'];
const COLS = ['entity', 'delta', 'value:c', 'value:a'];
const layout = makeLayout(ROWS, COLS);

const cell = (rowId: string, colId: string): CellRef => ({ rowId, colId });
const range = (anchor: CellRef, focus: CellRef): CellSelection => ({ anchor, focus });

describe('rangeBounds', () => {
  it('reads the rectangle in display order, whichever corner the selection began at', () => {
    const selection = range(cell('r1', 'entity'), cell('r2', 'value:c'));
    expect(rangeBounds(selection, layout)).toEqual({ top: 1, bottom: 3, left: 0, right: 2 });
    expect(rangeBounds(range(selection.focus, selection.anchor), layout)).toEqual({ top: 1, bottom: 3, left: 0, right: 2 });
  });

  it('follows the rows when they are re-sorted', () => {
    const selection = range(cell('r1', 'delta'), cell('r2', 'delta'));
    const resorted = makeLayout(['r1', 'r2', 'r3', 'r4', 'r5'], COLS);
    expect(rangeBounds(selection, layout)).toEqual({ top: 1, bottom: 3, left: 1, right: 1 });
    expect(rangeBounds(selection, resorted)).toEqual({ top: 0, bottom: 1, left: 1, right: 1 });
  });

  it('is null without a selection or when a corner is not displayed', () => {
    expect(rangeBounds(null, layout)).toBeNull();
    expect(rangeBounds(range(cell('r9', 'entity'), cell('r2', 'delta')), layout)).toBeNull();
    expect(rangeBounds(range(cell('r1', 'entity'), cell('r2', 'value:b')), layout)).toBeNull();
  });

  it('counts the cells of a rectangle', () => {
    expect(boundsCellCount({ top: 1, bottom: 3, left: 0, right: 2 })).toBe(9);
    expect(boundsCellCount({ top: 2, bottom: 2, left: 3, right: 3 })).toBe(1);
  });
});

describe('singleCell and isSameCell', () => {
  it('makes a one-cell selection and compares cells by row and column', () => {
    const one = singleCell(cell('r1', 'delta'));
    expect(one.anchor).toEqual(one.focus);
    expect(isSameCell(cell('r1', 'delta'), { rowId: 'r1', colId: 'delta' })).toBe(true);
    expect(isSameCell(cell('r1', 'delta'), cell('r1', 'entity'))).toBe(false);
    expect(isSameCell(cell('r1', 'delta'), null)).toBe(false);
    expect(isSameCell(undefined, undefined)).toBe(false);
  });
});

describe('clipSelection', () => {
  it('returns the same object when both corners are still displayed', () => {
    const selection = range(cell('r4', 'entity'), cell('r3', 'value:a'));
    expect(clipSelection(selection, layout)).toBe(selection);
    expect(clipSelection(null, layout)).toBeNull();
  });

  it('replaces a corner whose row left by a filter with a displayed one', () => {
    const selection = range(cell('r4', 'delta'), cell('r1', 'value:a'));
    const filtered = makeLayout(['r2', 'r1', 'r3'], COLS);
    const clipped = clipSelection(selection, filtered);
    expect(clipped).not.toBeNull();
    expect(rangeBounds(clipped, filtered)).not.toBeNull();
    // The focus stays where it was.
    expect(clipped?.focus).toEqual(cell('r1', 'value:a'));
    expect(clipped?.anchor.colId).toBe('delta');
  });

  it('replaces a corner whose column was hidden with a displayed one', () => {
    const selection = range(cell('r4', 'delta'), cell('r1', 'value:a'));
    const hidden = makeLayout(ROWS, ['entity', 'value:c', 'value:a']);
    const clipped = clipSelection(selection, hidden);
    expect(rangeBounds(clipped, hidden)).not.toBeNull();
    expect(clipped?.anchor.rowId).toBe('r4');
    expect(clipped?.focus).toEqual(cell('r1', 'value:a'));
  });

  it('clears the selection when neither corner’s row is displayed any more', () => {
    const selection = range(cell('r4', 'delta'), cell('r1', 'value:a'));
    expect(clipSelection(selection, makeLayout(['r2', 'r3'], COLS))).toBeNull();
  });

  it('clears the selection when neither corner’s column is displayed any more', () => {
    const selection = range(cell('r4', 'delta'), cell('r1', 'delta'));
    expect(clipSelection(selection, makeLayout(ROWS, ['entity', 'value:a']))).toBeNull();
  });
});

describe('selectAll, selectColumns, selectRows', () => {
  it('selects from the first displayed cell to the last', () => {
    expect(selectAll(layout)).toEqual(range(cell('r4', 'entity'), cell('r3', 'value:a')));
    expect(selectAll(makeLayout([], COLS))).toBeNull();
    expect(selectAll(makeLayout(ROWS, []))).toBeNull();
  });

  it('selects a whole displayed column, top to bottom', () => {
    const selection = selectColumns(layout, 'value:c');
    expect(rangeBounds(selection, layout)).toEqual({ top: 0, bottom: 4, left: 2, right: 2 });
    expect(selection?.focus.colId).toBe('value:c');
  });

  it('with Shift, selects the columns between the clicked one and the earlier one', () => {
    const selection = selectColumns(layout, 'entity', 'value:c');
    expect(rangeBounds(selection, layout)).toEqual({ top: 0, bottom: 4, left: 0, right: 2 });
    // The anchor stays in the earlier column, the cursor goes to the clicked one.
    expect(selection?.anchor.colId).toBe('value:c');
    expect(selection?.focus.colId).toBe('entity');
  });

  it('ignores a Shift origin that is no longer displayed, and refuses a hidden column', () => {
    expect(rangeBounds(selectColumns(layout, 'delta', 'value:b'), layout)).toEqual({ top: 0, bottom: 4, left: 1, right: 1 });
    expect(selectColumns(layout, 'value:b')).toBeNull();
    expect(selectColumns(makeLayout([], COLS), 'delta')).toBeNull();
  });

  it('selects a whole displayed row, left to right', () => {
    const selection = selectRows(layout, 'r5');
    expect(rangeBounds(selection, layout)).toEqual({ top: 2, bottom: 2, left: 0, right: 3 });
    // As in Excel, the cursor stays at the row's first cell, where it was clicked.
    expect(selection?.focus).toEqual(cell('r5', 'entity'));
  });

  it('with Shift, selects the rows between the clicked one and the earlier one, in display order', () => {
    // r3 is displayed last and r2 second, whatever their ids say.
    const selection = selectRows(layout, 'r2', 'r3');
    expect(rangeBounds(selection, layout)).toEqual({ top: 1, bottom: 4, left: 0, right: 3 });
    expect(selection?.anchor.rowId).toBe('r3');
    expect(selection?.focus.rowId).toBe('r2');
  });

  it('ignores a Shift origin that was filtered out, and refuses a row that is not displayed', () => {
    expect(rangeBounds(selectRows(layout, 'r1', 'r9'), layout)).toEqual({ top: 3, bottom: 3, left: 0, right: 3 });
    expect(selectRows(layout, 'r9')).toBeNull();
    expect(selectRows(makeLayout(ROWS, []), 'r1')).toBeNull();
  });
});

describe('moveFocus by whole cells', () => {
  const at = (rowId: string, colId: string) => singleCell(cell(rowId, colId));

  it('moves one cell with each arrow, in display order', () => {
    expect(moveFocus(at('r5', 'delta'), layout, 'down')).toEqual(at('r1', 'delta'));
    expect(moveFocus(at('r5', 'delta'), layout, 'up')).toEqual(at('r2', 'delta'));
    expect(moveFocus(at('r5', 'delta'), layout, 'right')).toEqual(at('r5', 'value:c'));
    expect(moveFocus(at('r5', 'delta'), layout, 'left')).toEqual(at('r5', 'entity'));
  });

  it('stays put at the edges of the grid', () => {
    expect(moveFocus(at('r4', 'entity'), layout, 'up')).toEqual(at('r4', 'entity'));
    expect(moveFocus(at('r4', 'entity'), layout, 'left')).toEqual(at('r4', 'entity'));
    expect(moveFocus(at('r3', 'value:a'), layout, 'down')).toEqual(at('r3', 'value:a'));
    expect(moveFocus(at('r3', 'value:a'), layout, 'right')).toEqual(at('r3', 'value:a'));
  });

  it('collapses a range to the moved cell without Shift', () => {
    const selection = range(cell('r4', 'entity'), cell('r5', 'delta'));
    expect(moveFocus(selection, layout, 'down')).toEqual(at('r1', 'delta'));
  });

  it('with Shift, keeps the anchor and stretches or shrinks the range', () => {
    const start = at('r2', 'delta');
    const grown = moveFocus(moveFocus(start, layout, 'down', { extend: true }), layout, 'right', { extend: true });
    expect(grown).toEqual(range(cell('r2', 'delta'), cell('r5', 'value:c')));
    expect(rangeBounds(grown, layout)).toEqual({ top: 1, bottom: 2, left: 1, right: 2 });
    const shrunk = moveFocus(grown, layout, 'up', { extend: true });
    expect(shrunk).toEqual(range(cell('r2', 'delta'), cell('r2', 'value:c')));
    // Past the anchor, the range grows the other way.
    const flipped = moveFocus(shrunk, layout, 'up', { extend: true });
    expect(rangeBounds(flipped, layout)).toEqual({ top: 0, bottom: 1, left: 1, right: 2 });
  });

  it('moves by a page with `step`, stopping at the last row rather than past it', () => {
    expect(moveFocus(at('r4', 'delta'), layout, 'down', {}, 3)).toEqual(at('r1', 'delta'));
    expect(moveFocus(at('r2', 'delta'), layout, 'down', {}, 10)).toEqual(at('r3', 'delta'));
    expect(moveFocus(at('r1', 'delta'), layout, 'up', {}, 10)).toEqual(at('r4', 'delta'));
    expect(moveFocus(at('r4', 'delta'), layout, 'down', { extend: true }, 3)).toEqual(range(cell('r4', 'delta'), cell('r1', 'delta')));
  });

  it('leaves the selection alone when its focus is not displayed', () => {
    const lost = at('r9', 'delta');
    expect(moveFocus(lost, layout, 'down')).toBe(lost);
  });
});

describe('moveFocus to the edge of the data (Ctrl+arrow)', () => {
  // One column of ten rows: filled at 0-2, 5-6 and 8; blank at 3, 4, 7 and 9.
  const rows = Array.from({ length: 10 }, (_, i) => `row${i}`);
  const column = makeLayout(rows, ['v']);
  const filled = new Set([0, 1, 2, 5, 6, 8].map((i) => `row${i}`));
  const isEmpty = (c: CellRef) => !filled.has(c.rowId);
  const edge = (from: number, direction: 'up' | 'down', extend = false) =>
    moveFocus(singleCell(cell(`row${from}`, 'v')), column, direction, { toEdge: true, isEmpty, extend }).focus.rowId;

  it('from a filled cell with a filled neighbour, goes to the last filled cell before a blank', () => {
    expect(edge(0, 'down')).toBe('row2');
    expect(edge(5, 'down')).toBe('row6');
    expect(edge(6, 'up')).toBe('row5');
    expect(edge(2, 'up')).toBe('row0');
  });

  it('from a filled cell whose neighbour is blank, goes to the next filled cell', () => {
    expect(edge(2, 'down')).toBe('row5');
    expect(edge(6, 'down')).toBe('row8');
    expect(edge(5, 'up')).toBe('row2');
    expect(edge(8, 'up')).toBe('row6');
  });

  it('from a blank cell, goes to the next filled cell', () => {
    expect(edge(3, 'down')).toBe('row5');
    expect(edge(4, 'up')).toBe('row2');
    expect(edge(9, 'up')).toBe('row8');
    expect(edge(7, 'down')).toBe('row8');
  });

  it('goes to the end of the grid when no filled cell follows', () => {
    expect(edge(8, 'down')).toBe('row9');
    const blank = makeLayout(rows, ['v']);
    const allBlank = () => true;
    expect(moveFocus(singleCell(cell('row3', 'v')), blank, 'down', { toEdge: true, isEmpty: allBlank }).focus.rowId).toBe('row9');
    expect(moveFocus(singleCell(cell('row3', 'v')), blank, 'up', { toEdge: true, isEmpty: allBlank }).focus.rowId).toBe('row0');
  });

  it('stays put at the edge of the grid', () => {
    expect(edge(9, 'down')).toBe('row9');
    expect(edge(0, 'up')).toBe('row0');
  });

  it('with Shift, stretches the range to the edge of the data', () => {
    const selection = moveFocus(singleCell(cell('row0', 'v')), column, 'down', { toEdge: true, isEmpty, extend: true });
    expect(selection).toEqual(range(cell('row0', 'v'), cell('row2', 'v')));
  });

  it('works across columns as displayed, after columns are moved and hidden', () => {
    // Displayed: a(filled) b(filled) c(filled) d(blank) e(filled); 'x' is hidden and not in the layout.
    const wide = makeLayout(['r'], ['a', 'b', 'c', 'd', 'e']);
    const blank = (c: CellRef) => c.colId === 'd';
    const right = (from: string) => moveFocus(singleCell(cell('r', from)), wide, 'right', { toEdge: true, isEmpty: blank }).focus.colId;
    const left = (from: string) => moveFocus(singleCell(cell('r', from)), wide, 'left', { toEdge: true, isEmpty: blank }).focus.colId;
    expect(right('a')).toBe('c');
    expect(right('c')).toBe('e');
    expect(left('e')).toBe('c');
    expect(left('c')).toBe('a');
  });

  it('reads emptiness in display order: a re-sort changes where the edge is', () => {
    const resorted = makeLayout(['row0', 'row3', 'row1', 'row2'], ['v']);
    // row3 is blank and now second: from row0 the neighbour is blank, so the next filled is row1.
    expect(moveFocus(singleCell(cell('row0', 'v')), resorted, 'down', { toEdge: true, isEmpty }).focus.rowId).toBe('row1');
  });
});

describe('moveTo', () => {
  it('moves to a cell by display indices, clamped to the grid', () => {
    expect(moveTo(null, layout, 2, 1, false)).toEqual(singleCell(cell('r5', 'delta')));
    expect(moveTo(null, layout, 99, -4, false)).toEqual(singleCell(cell('r3', 'entity')));
  });

  it('with extend, keeps the anchor; without a selection, extend starts a new one', () => {
    const selection = singleCell(cell('r2', 'delta'));
    expect(moveTo(selection, layout, 4, 3, true)).toEqual(range(cell('r2', 'delta'), cell('r3', 'value:a')));
    expect(moveTo(selection, layout, 4, 3, false)).toEqual(singleCell(cell('r3', 'value:a')));
    expect(moveTo(null, layout, 4, 3, true)).toEqual(singleCell(cell('r3', 'value:a')));
  });

  it('throws on a grid with no cells', () => {
    expect(() => moveTo(null, makeLayout([], COLS), 0, 0, false)).toThrow();
  });
});

describe('cellsIn', () => {
  const grouped = makeLayout(['group:b', 'b2', 'b1', 'group:a', 'a1'], COLS);

  it('lists the cells row by row in display order', () => {
    expect(cellsIn({ top: 1, bottom: 2, left: 1, right: 2 }, layout)).toEqual([
      [cell('r2', 'delta'), cell('r2', 'value:c')],
      [cell('r5', 'delta'), cell('r5', 'value:c')],
    ]);
  });

  it('skips the rows that are not data (group headers)', () => {
    const isHeader = (rowId: string) => rowId.startsWith('group:');
    expect(cellsIn({ top: 0, bottom: 4, left: 3, right: 3 }, grouped, isHeader)).toEqual([[cell('b2', 'value:a')], [cell('b1', 'value:a')], [cell('a1', 'value:a')]]);
  });

  it('keeps every row when told nothing to skip', () => {
    expect(cellsIn({ top: 0, bottom: 4, left: 0, right: 0 }, grouped)).toHaveLength(5);
  });
});
