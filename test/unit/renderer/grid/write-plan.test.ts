import { describe, expect, it } from 'vitest';
import type { ParseContext } from '@shared/domain/parse-input';
import { makeLayout, type CellRef, type RangeBounds } from '../../../../renderer/src/grid/selection/cell-range';
import { planClear, planFill, planPaste, type EditableCell, type FillSource, type PlanContext, type WritePlan } from '../../../../renderer/src/grid/editing/write-plan';

// Two company groups; the growth row is a percentage, R&D is shown in millions, the rest in billions of USD.
const ROWS = ['group:alibaba', 'ali-cash', 'ali-capex', 'ali-growth', 'group:lenovo', 'len-revenue', 'len-rd'];
const COLS = ['metric', 'value:a1', 'value:a2', 'value:@analyst', 'delta'];
const layout = makeLayout(ROWS, COLS);

const USD_B: ParseContext = { unit: { kind: 'currency', currency: 'USD' }, displayScale: 'billion' };
const USD_M: ParseContext = { unit: { kind: 'currency', currency: 'USD' }, displayScale: 'million' };
const PERCENT: ParseContext = { unit: { kind: 'percent' }, displayScale: 'one' };
const PARSE: Record<string, ParseContext> = { 'ali-cash': USD_B, 'ali-capex': USD_B, 'ali-growth': PERCENT, 'len-revenue': USD_B, 'len-rd': USD_M };

const METRIC_REASON = 'Metric names the row; it takes no values';
const DELTA_REASON = 'Δ is computed from the values';
const SET_AT = '2025-06-01T12:00:00.000Z';

/** A context over the layout above; `own` lists the cells ("row|col") holding an analyst's value. */
function contextWith(own: readonly string[] = [], parse: Record<string, ParseContext> = PARSE): PlanContext {
  const assumptions = new Set(own);
  return {
    layout,
    isDataRow: (rowId) => !rowId.startsWith('group:'),
    editable: (cell: CellRef): EditableCell | string => {
      if (cell.colId === 'metric') return METRIC_REASON;
      if (cell.colId === 'delta') return DELTA_REASON;
      return { columnId: cell.colId.slice('value:'.length), parse: parse[cell.rowId], hasAssumption: assumptions.has(`${cell.rowId}|${cell.colId}`) };
    },
    describe: (cell) => `${cell.rowId}, ${cell.colId}`,
    setAt: SET_AT,
  };
}

/** Inclusive bounds from two (row id, column id) corners. */
function bounds(topRow: string, leftCol: string, bottomRow = topRow, rightCol = leftCol): RangeBounds {
  return { top: ROWS.indexOf(topRow), bottom: ROWS.indexOf(bottomRow), left: COLS.indexOf(leftCol), right: COLS.indexOf(rightCol) };
}

/** Each write as "row|column = value", null for a cleared value. */
function written(plan: WritePlan): string[] {
  return plan.writes.map((w) => `${w.rowId}|${w.columnId} = ${w.assumption === null ? 'null' : w.assumption.value}`);
}

describe('planPaste', () => {
  it('writes one value read in the row’s display scale, with what was typed and when', () => {
    const plan = planPaste([['70']], bounds('ali-cash', 'value:a1'), contextWith());
    expect(plan.label).toBe('Paste 1 cell');
    expect(plan.refusals).toEqual([]);
    expect(plan.overflow).toBeNull();
    expect(plan.writes).toEqual([
      { cell: { rowId: 'ali-cash', colId: 'value:a1' }, rowId: 'ali-cash', columnId: 'a1', assumption: { value: 70e9, input: '70', setAt: SET_AT } },
    ]);
  });

  it('lays a block from the selection’s top-left cell, each cell in its own row’s unit', () => {
    const plan = planPaste(
      [
        ['70', '$60B'],
        ['1,500,000,000', '5'],
        ['22%', '18'],
      ],
      bounds('ali-cash', 'value:a2'),
      contextWith(),
    );
    expect(plan.label).toBe('Paste 6 cells');
    expect(plan.refusals).toEqual([]);
    expect(written(plan)).toEqual([
      'ali-cash|a2 = 70000000000',
      'ali-cash|@analyst = 60000000000',
      'ali-capex|a2 = 1500000000',
      'ali-capex|@analyst = 5000000000',
      'ali-growth|a2 = 0.22',
      'ali-growth|@analyst = 0.18',
    ]);
  });

  it('pastes a block larger than the selection whole, from its top-left cell', () => {
    const plan = planPaste(
      [
        ['1', '2'],
        ['3', '4'],
      ],
      bounds('ali-cash', 'value:a1', 'ali-cash', 'value:a1'),
      contextWith(),
    );
    expect(written(plan)).toEqual(['ali-cash|a1 = 1000000000', 'ali-cash|a2 = 2000000000', 'ali-capex|a1 = 3000000000', 'ali-capex|a2 = 4000000000']);
  });

  it('repeats one cell over every cell of the selection', () => {
    const plan = planPaste([['7']], bounds('ali-cash', 'value:a1', 'ali-capex', 'value:@analyst'), contextWith());
    expect(plan.label).toBe('Paste 6 cells');
    expect(plan.writes).toHaveLength(6);
    expect(new Set(plan.writes.map((w) => w.assumption?.value))).toEqual(new Set([7e9]));
  });

  it('repeats a block when the selection is a whole multiple of it in both directions', () => {
    const plan = planPaste(
      [
        ['1', '2'],
        ['3', '4'],
      ],
      // Four data rows (the Lenovo header between them is not one) by two columns.
      bounds('ali-cash', 'value:a1', 'len-revenue', 'value:a2'),
      contextWith([], { ...PARSE, 'ali-growth': USD_B }),
    );
    expect(plan.label).toBe('Paste 8 cells');
    expect(written(plan)).toEqual([
      'ali-cash|a1 = 1000000000',
      'ali-cash|a2 = 2000000000',
      'ali-capex|a1 = 3000000000',
      'ali-capex|a2 = 4000000000',
      'ali-growth|a1 = 1000000000',
      'ali-growth|a2 = 2000000000',
      'len-revenue|a1 = 3000000000',
      'len-revenue|a2 = 4000000000',
    ]);
    expect(plan.overflow).toBeNull();
  });

  it('repeats a row of values down a selection as many rows tall', () => {
    const plan = planPaste([['1', '2']], bounds('ali-cash', 'value:a1', 'ali-capex', 'value:a2'), contextWith());
    expect(written(plan)).toEqual(['ali-cash|a1 = 1000000000', 'ali-cash|a2 = 2000000000', 'ali-capex|a1 = 1000000000', 'ali-capex|a2 = 2000000000']);
  });

  it('pastes the block once when the selection is not a multiple of it', () => {
    const plan = planPaste(
      [
        ['1', '2'],
        ['3', '4'],
      ],
      // Three rows by two columns: three is not a multiple of two.
      bounds('ali-cash', 'value:a1', 'ali-growth', 'value:a2'),
      contextWith(),
    );
    expect(plan.label).toBe('Paste 4 cells');
    expect(written(plan)).toEqual(['ali-cash|a1 = 1000000000', 'ali-cash|a2 = 2000000000', 'ali-capex|a1 = 3000000000', 'ali-capex|a2 = 4000000000']);
  });

  it('pastes the block once when the selection is a multiple of it in one direction only', () => {
    const plan = planPaste(
      [
        ['1', '2'],
        ['3', '4'],
      ],
      // Four data rows (a multiple of two) by three columns (not a multiple of two): as in Excel, pasted once.
      bounds('ali-cash', 'value:a1', 'len-revenue', 'value:@analyst'),
      contextWith([], { ...PARSE, 'ali-growth': USD_B }),
    );
    expect(plan.label).toBe('Paste 4 cells');
    expect(written(plan)).toEqual(['ali-cash|a1 = 1000000000', 'ali-cash|a2 = 2000000000', 'ali-capex|a1 = 3000000000', 'ali-capex|a2 = 4000000000']);
  });

  it('skips group headers: the block goes on into the next group’s rows', () => {
    const plan = planPaste([['1'], ['2'], ['3']], bounds('ali-growth', 'value:a1'), contextWith([], { ...PARSE, 'ali-growth': USD_B }));
    expect(written(plan)).toEqual(['ali-growth|a1 = 1000000000', 'len-revenue|a1 = 2000000000', 'len-rd|a1 = 3000000']);
    expect(plan.writes.some((w) => w.rowId.startsWith('group:'))).toBe(false);
    expect(plan.overflow).toBeNull();
  });

  it('says how many rows ran past the last row, and pastes the rest', () => {
    const plan = planPaste([['1'], ['2'], ['3']], bounds('len-revenue', 'value:a1'), contextWith());
    expect(written(plan)).toEqual(['len-revenue|a1 = 1000000000', 'len-rd|a1 = 2000000']);
    expect(plan.label).toBe('Paste 2 cells');
    expect(plan.overflow).toMatch(/\b1 row\b.*past the last row/);
    expect(plan.overflow).not.toMatch(/column/);
  });

  it('says how many columns ran past the last column', () => {
    const plan = planPaste([['1', '2', '3', '4', '5']], bounds('ali-cash', 'value:a2'), contextWith());
    // value:a2, value:@analyst and delta fit; two columns do not.
    expect(plan.overflow).toMatch(/\b2 columns\b.*past the last column/);
    expect(plan.label).toBe('Paste 3 cells');
    expect(written(plan)).toEqual(['ali-cash|a2 = 1000000000', 'ali-cash|@analyst = 2000000000']);
  });

  it('names both when the block runs past the last row and the last column', () => {
    const plan = planPaste(
      [
        ['1', '2'],
        ['3', '4'],
      ],
      bounds('len-rd', 'delta'),
      contextWith(),
    );
    expect(plan.overflow).toMatch(/row/);
    expect(plan.overflow).toMatch(/column/);
  });

  it('refuses text for a column that takes no input, with that column’s reason, and writes the rest', () => {
    const wide = planPaste([['Cash', '70', '60', '65', '-23.6']], bounds('ali-cash', 'metric'), contextWith());
    expect(wide.refusals).toEqual([
      { cell: { rowId: 'ali-cash', colId: 'metric' }, place: 'ali-cash, metric', text: 'Cash', reason: METRIC_REASON },
      { cell: { rowId: 'ali-cash', colId: 'delta' }, place: 'ali-cash, delta', text: '-23.6', reason: DELTA_REASON },
    ]);
    expect(written(wide)).toEqual(['ali-cash|a1 = 70000000000', 'ali-cash|a2 = 60000000000', 'ali-cash|@analyst = 65000000000']);
  });

  it('passes over an empty cell pasted onto a column that takes no input', () => {
    const plan = planPaste([['', '70']], bounds('ali-cash', 'metric'), contextWith());
    expect(plan.refusals).toEqual([]);
    expect(written(plan)).toEqual(['ali-cash|a1 = 70000000000']);
  });

  it('refuses text the parser cannot read, with the parser’s reason', () => {
    const plan = planPaste([['n/a'], ['5%']], bounds('ali-cash', 'value:a1'), contextWith());
    expect(plan.writes).toEqual([]);
    expect(plan.refusals.map((r) => [r.cell.rowId, r.text])).toEqual([
      ['ali-cash', 'n/a'],
      ['ali-capex', '5%'],
    ]);
    for (const refusal of plan.refusals) expect(refusal.reason.length).toBeGreaterThan(0);
    expect(plan.refusals[1].reason).toMatch(/percentage/);
    expect(plan.refusals[1].place).toBe('ali-capex, value:a1');
  });

  it('refuses a dollar amount pasted into a percentage row', () => {
    const plan = planPaste([['$60B']], bounds('ali-growth', 'value:a1'), contextWith());
    expect(plan.writes).toEqual([]);
    expect(plan.refusals).toHaveLength(1);
  });

  it('never evaluates a formula: it is refused and says why', () => {
    const plan = planPaste([['=A1', '=1+1', ' =SUM(B1:B2)']], bounds('ali-cash', 'value:a1'), contextWith(['ali-cash|value:a1']));
    expect(plan.writes).toEqual([]);
    expect(plan.refusals).toHaveLength(3);
    for (const refusal of plan.refusals) expect(refusal.reason).toMatch(/formula/i);
    expect(plan.refusals.map((r) => r.text)).toEqual(['=A1', '=1+1', ' =SUM(B1:B2)']);
  });

  it('clears an analyst’s value where an empty cell is pasted, and leaves an article’s value alone', () => {
    const plan = planPaste([['', '  ']], bounds('ali-cash', 'value:a1'), contextWith(['ali-cash|value:a2']));
    expect(plan.refusals).toEqual([]);
    expect(plan.writes).toEqual([{ cell: { rowId: 'ali-cash', colId: 'value:a2' }, rowId: 'ali-cash', columnId: 'a2', assumption: null }]);
    expect(plan.label).toBe('Paste 2 cells');
  });

  it('reads a ragged block’s missing cells as empty', () => {
    const plan = planPaste([['1', '2'], ['3']], bounds('ali-cash', 'value:a1'), contextWith(['ali-capex|value:a2']));
    expect(plan.label).toBe('Paste 4 cells');
    expect(written(plan)).toEqual(['ali-cash|a1 = 1000000000', 'ali-cash|a2 = 2000000000', 'ali-capex|a1 = 3000000000', 'ali-capex|a2 = null']);
  });

  it('keeps the currency typed into a cell that accepts any', () => {
    const anyCurrency = { ...PARSE, 'ali-cash': { ...USD_B, acceptsAnyCurrency: true } };
    const plan = planPaste([['CNY 10.4bn']], bounds('ali-cash', 'value:@analyst'), contextWith([], anyCurrency));
    expect(plan.writes[0].assumption).toEqual({ value: 10.4e9, input: 'CNY 10.4bn', setAt: SET_AT, currency: 'CNY' });
  });

  it('does nothing for an empty block', () => {
    for (const block of [[], [[]]]) {
      const plan = planPaste(block, bounds('ali-cash', 'value:a1'), contextWith());
      expect(plan.writes).toEqual([]);
      expect(plan.refusals).toEqual([]);
      expect(plan.overflow).toBeNull();
    }
  });
});

describe('planFill', () => {
  const USD = { kind: 'currency', currency: 'USD' } as const;
  const values: Record<string, FillSource> = {
    'ali-cash|value:a1': { value: 83.6e9, unit: USD },
    'ali-cash|value:a2': { value: 60e9, unit: USD },
    'ali-cash|value:@analyst': { value: null, unit: USD },
    'ali-capex|value:a1': { value: 12e9, unit: USD },
    'ali-growth|value:a1': { value: 0.22, unit: { kind: 'percent' } },
    'len-revenue|value:a1': { value: 33.3e9, unit: USD },
    'len-revenue|value:a2': { value: 1.23456789e9, unit: { kind: 'currency', currency: 'CNY' } },
  };
  // Only value columns are sources: the grid gives null for any other.
  const sourceOf = (cell: CellRef) => (cell.colId.startsWith('value:') ? (values[`${cell.rowId}|${cell.colId}`] ?? null) : null);

  it('fills down: each column’s first cell goes into the cells below it', () => {
    const plan = planFill('down', bounds('ali-cash', 'value:a1', 'ali-capex', 'value:a2'), contextWith(), sourceOf);
    expect(plan.label).toBe('Fill down');
    expect(written(plan)).toEqual(['ali-capex|a1 = 83600000000', 'ali-capex|a2 = 60000000000']);
    expect(plan.writes[0].assumption?.input).toBe('$83.6B');
    expect(plan.refusals).toEqual([]);
  });

  it('fills a one-row range from the row above, as Excel does', () => {
    const plan = planFill('down', bounds('ali-capex', 'value:a1', 'ali-capex', 'value:a2'), contextWith(), sourceOf);
    expect(written(plan)).toEqual(['ali-capex|a1 = 83600000000', 'ali-capex|a2 = 60000000000']);
  });

  it('skips computed and naming columns without refusing them', () => {
    const plan = planFill('down', bounds('ali-cash', 'metric', 'ali-capex', 'delta'), contextWith(), sourceOf);
    expect(plan.refusals).toEqual([]);
    expect(plan.writes.map((w) => w.cell.colId)).toEqual(['value:a1', 'value:a2']);
  });

  it('refuses a dollar amount in a percentage row, saying both units', () => {
    const plan = planFill('down', bounds('ali-cash', 'value:a2', 'ali-growth', 'value:a2'), contextWith(), sourceOf);
    expect(written(plan)).toEqual(['ali-capex|a2 = 60000000000']);
    expect(plan.refusals).toHaveLength(1);
    expect(plan.refusals[0]).toMatchObject({ cell: { rowId: 'ali-growth', colId: 'value:a2' }, text: '$60B', place: 'ali-growth, value:a2' });
    expect(plan.refusals[0].reason).toBe('is in USD; this cell is in percent');
  });

  it('copies the value itself, whatever scale the target row is shown in', () => {
    // $33.3B into a row shown in millions stays $33.3B: a fill copies values, not typed digits.
    const plan = planFill('down', bounds('len-revenue', 'value:a1', 'len-rd', 'value:a1'), contextWith(), sourceOf);
    expect(written(plan)).toEqual(['len-rd|a1 = 33300000000']);
  });

  it('keeps full precision, not the rounded text on screen', () => {
    const anyCurrency = { ...PARSE, 'len-rd': { ...USD_M, acceptsAnyCurrency: true } };
    const plan = planFill('down', bounds('len-revenue', 'value:a2', 'len-rd', 'value:a2'), contextWith([], anyCurrency), sourceOf);
    expect(plan.writes[0]?.assumption).toMatchObject({ value: 1.23456789e9, currency: 'CNY' });
  });

  it('refuses another currency where the cell keeps its article’s', () => {
    const plan = planFill('down', bounds('len-revenue', 'value:a2', 'len-rd', 'value:a2'), contextWith(), sourceOf);
    expect(plan.writes).toEqual([]);
    expect(plan.refusals[0]?.reason).toBe('is in CNY; this cell is in USD');
  });

  it('fills over a group header into the next group’s rows, leaving the header alone', () => {
    const context = contextWith([], { ...PARSE, 'ali-growth': USD_B });
    const plan = planFill('down', bounds('ali-capex', 'value:a1', 'len-revenue', 'value:a1'), context, sourceOf);
    expect(written(plan)).toEqual(['ali-growth|a1 = 12000000000', 'len-revenue|a1 = 12000000000']);
  });

  it('clears the analyst’s values below an empty source cell, and writes nothing where there is none', () => {
    const plan = planFill('down', bounds('ali-cash', 'value:@analyst', 'ali-growth', 'value:@analyst'), contextWith(['ali-growth|value:@analyst']), sourceOf);
    expect(written(plan)).toEqual(['ali-growth|@analyst = null']);
    expect(plan.refusals).toEqual([]);
  });

  it('fills right: each row’s first cell goes into the cells to its right', () => {
    const plan = planFill('right', bounds('ali-cash', 'value:a1', 'ali-capex', 'value:@analyst'), contextWith(), sourceOf);
    expect(plan.label).toBe('Fill right');
    expect(written(plan)).toEqual([
      'ali-cash|a2 = 83600000000',
      'ali-cash|@analyst = 83600000000',
      'ali-capex|a2 = 12000000000',
      'ali-capex|@analyst = 12000000000',
    ]);
  });

  it('fills a one-column range from the column to its left', () => {
    const plan = planFill('right', bounds('ali-cash', 'value:a2', 'ali-capex', 'value:a2'), contextWith(), sourceOf);
    expect(written(plan)).toEqual(['ali-cash|a2 = 83600000000', 'ali-capex|a2 = 12000000000']);
  });

  it('fills right past a computed column without writing or refusing it', () => {
    const plan = planFill('right', bounds('ali-cash', 'value:a1', 'ali-cash', 'delta'), contextWith(), sourceOf);
    expect(plan.refusals).toEqual([]);
    expect(plan.writes.map((w) => w.cell.colId)).toEqual(['value:a2', 'value:@analyst']);
  });
});

describe('planClear', () => {
  it('clears only the analyst’s values, leaving articles’ values and computed cells', () => {
    const own = ['ali-cash|value:a1', 'ali-growth|value:@analyst', 'len-rd|value:a2'];
    const plan = planClear('Clear', bounds('ali-cash', 'metric', 'len-revenue', 'delta'), contextWith(own));
    expect(plan.label).toBe('Clear 2 values');
    expect(plan.writes).toEqual([
      { cell: { rowId: 'ali-cash', colId: 'value:a1' }, rowId: 'ali-cash', columnId: 'a1', assumption: null },
      { cell: { rowId: 'ali-growth', colId: 'value:@analyst' }, rowId: 'ali-growth', columnId: '@analyst', assumption: null },
    ]);
    expect(plan.refusals).toEqual([]);
    expect(plan.overflow).toBeNull();
  });

  it('names one value in the singular, and keeps the bare label when there is nothing to clear', () => {
    expect(planClear('Cut', bounds('len-rd', 'value:a2'), contextWith(['len-rd|value:a2'])).label).toBe('Cut 1 value');
    const nothing = planClear('Clear', bounds('ali-cash', 'metric', 'len-rd', 'delta'), contextWith());
    expect(nothing.label).toBe('Clear');
    expect(nothing.writes).toEqual([]);
  });
});

describe('planPaste of numbers whose scale is not clear', () => {
  it('refuses a bare number between 1,000 and the row’s scale, saying how to write it', () => {
    const plan = planPaste([['516000000', '516,000,000', '516M']], bounds('ali-cash', 'value:a1'), contextWith());
    expect(plan.refusals).toHaveLength(1);
    expect(plan.refusals[0]).toMatchObject({ text: '516000000', cell: { colId: 'value:a1' } });
    expect(plan.refusals[0]?.reason).toMatch(/could be 516000000 billions or 516000000 in full.*516,000,000/);
    expect(written(plan)).toEqual(['ali-cash|a2 = 516000000', 'ali-cash|@analyst = 516000000']);
  });

  it('reads small numbers in the row’s scale and numbers at least as large as the scale in full', () => {
    const plan = planPaste([['83.6', '5000000000', '999']], bounds('ali-cash', 'value:a1'), contextWith());
    expect(plan.refusals).toEqual([]);
    expect(written(plan)).toEqual(['ali-cash|a1 = 83600000000', 'ali-cash|a2 = 5000000000', 'ali-cash|@analyst = 999000000000']);
  });
});

describe('planPaste of a block this grid copied', () => {
  const USD = { kind: 'currency', currency: 'USD' } as const;
  it('writes each copied value as it was, and refuses one of another unit or currency', () => {
    const copied: (FillSource | null)[][] = [[{ value: 548e6, unit: USD }, { value: 0.22, unit: { kind: 'percent' } }, { value: 10.4e9, unit: { kind: 'currency', currency: 'CNY' } }]];
    // The text says 548 (the source row was in millions): the copied value, not the text, is written.
    const plan = planPaste([['548', '22', '10.4']], bounds('ali-cash', 'value:a1'), contextWith(), copied);
    expect(written(plan)).toEqual(['ali-cash|a1 = 548000000']);
    expect(plan.refusals.map((refusal) => refusal.reason)).toEqual(['is in percent; this cell is in USD', 'is in CNY; this cell is in USD']);
  });
});
