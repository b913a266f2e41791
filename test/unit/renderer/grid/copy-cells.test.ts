import { describe, expect, it } from 'vitest';
import { ANALYST_COLUMN, type ComparisonRow } from '@shared/domain/comparison';
import { parseCellInput } from '@shared/domain/parse-input';
import { copyBlock, copyCell, unitLabel } from '../../../../renderer/src/grid/clipboard/copy-cells';
import { pasteParseContext } from '../../../../renderer/src/grid/editing/write-plan';
import { assumed, NEWER, OLDER, seedRow, seedRowWith } from './seed-rows';

const text = (row: ComparisonRow, colId: string, format: 'display-scale' | 'full' = 'display-scale') => copyCell(row, colId, format).text;

describe('copyCell in the display scale', () => {
  it('copies Alibaba’s cash as the numbers shown, in billions', () => {
    const row = seedRow('alibaba||cash');
    expect(copyCell(row, `value:${OLDER}`, 'display-scale')).toEqual({ text: '83.6', raw: '83.6' });
    expect(copyCell(row, `value:${NEWER}`, 'display-scale')).toEqual({ text: '60', raw: '60' });
  });

  it('copies a negative difference with an ASCII minus any spreadsheet reads', () => {
    const row = seedRow('alibaba||cash');
    expect(copyCell(row, 'delta', 'display-scale')).toEqual({ text: '-23.6', raw: '-23.6' });
    expect(copyCell(row, `delta:${NEWER}`, 'display-scale').text).toBe('-23.6');
  });

  it('copies the percentage change as a number of percent, without the % sign or a typographic minus', () => {
    const copied = text(seedRow('alibaba||cash'), 'deltaPercent');
    expect(copied).toMatch(/^-28\.2\d*$/);
    expect(Number(copied)).toBeCloseTo(-28.2, 1);
    // At most 12 significant digits: no binary noise.
    expect(copied.replace(/[-.]/g, '').length).toBeLessThanOrEqual(12);
  });

  it('copies a percentage as the number shown: 22 for 22%', () => {
    const row = seedRow('alibaba|International Digital Commerce Group|revenue-growth');
    expect(copyCell(row, `value:${NEWER}`, 'display-scale')).toEqual({ text: '22', raw: '22' });
  });

  it('copies a difference of percentages in points', () => {
    const row = seedRow('lenovo||pc-market-share', { [NEWER]: assumed(0.2, '20%') });
    expect(row.delta).toBeCloseTo(-0.04, 10);
    expect(text(row, 'delta')).toBe('-4');
  });

  it('copies other units in their own scale', () => {
    expect(text(seedRow('alibaba||free-cash-flow'), `value:${NEWER}`)).toBe('516');
    expect(text(seedRow('alibaba||stake-shares-purchased'), `value:${OLDER}`)).toBe('24.66');
    expect(text(seedRow('alibaba||forward-pe'), `value:${OLDER}`)).toBe('18');
    expect(text(seedRow('alibaba||global-tech-partners'), `value:${NEWER}`)).toBe('100');
    expect(text(seedRow('xpeng||net-loss'), `value:${OLDER}`)).toBe('10.4');
    expect(text(seedRow('asia-tech||market-size'), `value:${NEWER}`)).toBe('12.5');
  });

  it('names the unit and scale in the Metric cell', () => {
    expect(copyCell(seedRow('alibaba||cash'), 'metric', 'display-scale')).toEqual({ text: 'Cash reserves (USD B)' });
    expect(text(seedRow('alibaba||free-cash-flow'), 'metric')).toBe('Free cash flow (USD M)');
    expect(text(seedRow('xpeng||net-loss'), 'metric')).toBe('Net loss (CNY B)');
    expect(text(seedRow('lenovo||pc-market-share'), 'metric')).toBe('Global PC market share (%)');
    expect(text(seedRow('alibaba||forward-pe'), 'metric')).toBe('Forward P/E (x)');
    expect(text(seedRow('alibaba||stake-shares-purchased'), 'metric')).toBe('Shares purchased in stake (shares, M)');
    expect(text(seedRow('alibaba||price-target'), 'metric')).toBe('Price target (USD)');
    // A count in ones has no unit to name.
    expect(text(seedRow('alibaba||global-tech-partners'), 'metric')).toBe('Global tech partners');
  });

  it('copies the other text cells as shown, without a raw number', () => {
    const row = seedRow('alibaba||cash');
    expect(copyCell(row, 'entity', 'display-scale')).toEqual({ text: 'Alibaba' });
    expect(copyCell(row, 'status', 'display-scale')).toEqual({ text: 'Comparable' });
    expect(copyCell(seedRow('alibaba|Cloud Intelligence Group|revenue-growth'), 'segment', 'display-scale')).toEqual({ text: 'Cloud Intelligence Group' });
  });

  it('copies an empty cell as empty text', () => {
    const row = seedRow('alibaba||cash');
    expect(copyCell(row, 'segment', 'display-scale')).toEqual({ text: '' });
    expect(copyCell(row, `value:${ANALYST_COLUMN}`, 'display-scale')).toEqual({ text: '' });
    expect(copyCell(seedRow('alibaba||dividends'), `value:${OLDER}`, 'display-scale')).toEqual({ text: '' });
    expect(copyCell(seedRow('alibaba||forward-pe'), 'delta', 'display-scale')).toEqual({ text: '' });
  });

  it('copies the analyst’s value where one replaces the article’s', () => {
    const row = seedRow('alibaba||cash', { [NEWER]: assumed(65e9, '65') });
    expect(text(row, `value:${NEWER}`)).toBe('65');
    expect(text(row, 'delta')).toBe('-18.6');
  });
});

describe('copyCell in full', () => {
  it('copies whole numbers and fractions', () => {
    const row = seedRow('alibaba||cash');
    expect(copyCell(row, `value:${OLDER}`, 'full')).toEqual({ text: '83600000000', raw: '83600000000' });
    expect(text(row, 'delta', 'full')).toBe('-23600000000');
    expect(Number(text(row, 'deltaPercent', 'full'))).toBeCloseTo(-0.2823, 4);
    expect(text(seedRow('alibaba|International Digital Commerce Group|revenue-growth'), `value:${NEWER}`, 'full')).toBe('0.22');
    expect(text(seedRow('alibaba||forward-pe'), `value:${OLDER}`, 'full')).toBe('18');
    expect(text(seedRow('asia-tech||market-size'), `value:${NEWER}`, 'full')).toBe('12500000000000');
  });

  it('names the unit without a scale in the Metric cell', () => {
    expect(text(seedRow('alibaba||cash'), 'metric', 'full')).toBe('Cash reserves (USD)');
    expect(text(seedRow('lenovo||pc-market-share'), 'metric', 'full')).toBe('Global PC market share (fraction)');
    expect(text(seedRow('alibaba||stake-shares-purchased'), 'metric', 'full')).toBe('Shares purchased in stake (shares)');
  });
});

describe('unitLabel', () => {
  it('names each unit with its scale letter, or without it in full', () => {
    const usd = { kind: 'currency', currency: 'USD' } as const;
    expect(unitLabel(usd, 'billion', 'display-scale')).toBe('USD B');
    expect(unitLabel(usd, 'trillion', 'display-scale')).toBe('USD T');
    expect(unitLabel(usd, 'one', 'display-scale')).toBe('USD');
    expect(unitLabel(usd, 'billion', 'full')).toBe('USD');
    expect(unitLabel({ kind: 'currency', currency: 'HKD' }, 'million', 'display-scale')).toBe('HKD M');
    expect(unitLabel({ kind: 'percent' }, 'one', 'display-scale')).toBe('%');
    expect(unitLabel({ kind: 'percent' }, 'one', 'full')).toBe('fraction');
    expect(unitLabel({ kind: 'multiple' }, 'one', 'full')).toBe('x');
    expect(unitLabel({ kind: 'shares' }, 'million', 'display-scale')).toBe('shares, M');
    expect(unitLabel({ kind: 'shares' }, 'million', 'full')).toBe('shares');
    expect(unitLabel({ kind: 'count' }, 'thousand', 'display-scale')).toBe('K');
    expect(unitLabel({ kind: 'count' }, 'thousand', 'full')).toBe('');
  });
});

describe('copyBlock', () => {
  it('copies the cells row by row, with the column headers first when asked', () => {
    const rows = new Map([seedRow('alibaba||cash'), seedRow('alibaba||forward-pe')].map((row) => [row.id, row]));
    const cells = [
      [
        { rowId: 'alibaba||cash', colId: 'metric' },
        { rowId: 'alibaba||cash', colId: `value:${OLDER}` },
      ],
      [
        { rowId: 'alibaba||forward-pe', colId: 'metric' },
        { rowId: 'alibaba||forward-pe', colId: `value:${OLDER}` },
      ],
    ];
    const header = (colId: string) => (colId === 'metric' ? 'Metric' : 'Article 1');
    expect(copyBlock(cells, (id) => rows.get(id), 'display-scale', header)).toEqual([
      [{ text: 'Metric' }, { text: 'Article 1' }],
      [{ text: 'Cash reserves (USD B)' }, { text: '83.6', raw: '83.6' }],
      [{ text: 'Forward P/E (x)' }, { text: '18', raw: '18' }],
    ]);
    expect(copyBlock(cells, (id) => rows.get(id), 'full', null)).toEqual([
      [{ text: 'Cash reserves (USD)' }, { text: '83600000000', raw: '83600000000' }],
      [{ text: 'Forward P/E (x)' }, { text: '18', raw: '18' }],
    ]);
  });

  it('copies a row that no longer exists as empty cells', () => {
    expect(copyBlock([[{ rowId: 'gone', colId: 'metric' }]], () => undefined, 'display-scale', null)).toEqual([[{ text: '' }]]);
  });

  it('copies nothing, not even headers, for no cells', () => {
    expect(copyBlock([], () => undefined, 'display-scale', () => 'Header')).toEqual([]);
  });
});

describe('a copied number pasted back where it came from', () => {
  /** The value a copied cell's text gives when pasted into the same cell (read as a paste reads it). */
  function pastedBack(row: ComparisonRow, articleId: string, format: 'display-scale' | 'full'): number | string {
    const parsed = parseCellInput(copyCell(row, `value:${articleId}`, format).text, pasteParseContext(row.source, articleId, format));
    return parsed.ok ? parsed.value : parsed.message;
  }

  it('keeps its value', () => {
    const row = seedRow('alibaba||cash');
    expect(pastedBack(row, OLDER, 'display-scale')).toBe(83.6e9);
    expect(pastedBack(row, NEWER, 'display-scale')).toBe(60e9);
    expect(pastedBack(row, NEWER, 'full')).toBe(60e9);
    const percent = seedRow('alibaba|International Digital Commerce Group|revenue-growth');
    expect(pastedBack(percent, NEWER, 'display-scale')).toBe(0.22);
    expect(pastedBack(percent, NEWER, 'full')).toBe(0.22);
  });

  it('keeps its value when the articles give the row’s figures in different scales', () => {
    // Article 1 says $83.6 billion, article 2 (as another article might) $600 million.
    const row = seedRowWith('alibaba||cash', (f) => (f.articleId === NEWER && f.entity === 'alibaba' && f.metric === 'cash' ? { ...f, value: 600e6 } : f));
    expect(row.cells[NEWER].value).toBe(600e6);
    expect(pastedBack(row, NEWER, 'full')).toBe(600e6);
    expect(pastedBack(row, NEWER, 'display-scale')).toBe(600e6);
  });
});

describe('numbers too small or too large for plain digits in JavaScript', () => {
  it('go out as digits, which a paste reads back, never in exponent form', () => {
    const tiny = seedRow('alibaba||cash', { [NEWER]: assumed(1.5e-7, 'tiny') });
    expect(copyCell(tiny, `value:${NEWER}`, 'full').text).toBe('0.00000015');
    const huge = seedRow('alibaba||cash', { [NEWER]: assumed(2.5e21, 'huge') });
    expect(copyCell(huge, `value:${NEWER}`, 'full').text).toBe('2500000000000000000000');
  });
});
