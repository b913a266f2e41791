import { describe, expect, it } from 'vitest';
import type { Unit } from '@shared/domain/units';
import type { CellContent } from '../../../../renderer/src/grid/cell-content';
import { rangeStats } from '../../../../renderer/src/grid/selection/range-stats';

const USD: Unit = { kind: 'currency', currency: 'USD' };
const CNY: Unit = { kind: 'currency', currency: 'CNY' };
const PERCENT: Unit = { kind: 'percent' };
const MINUS = '\u2212';

const empty: CellContent = { kind: 'empty' };
const text = (t: string): CellContent => ({ kind: 'text', text: t });
const value = (v: number, unit: Unit = USD): CellContent => ({ kind: 'number', value: v, unit, role: 'value' });
const delta = (v: number, unit: Unit = USD): CellContent => ({ kind: 'number', value: v, unit, role: 'delta' });
const change = (v: number): CellContent => ({ kind: 'number', value: v, unit: PERCENT, role: 'change' });

describe('rangeStats', () => {
  it('adds two dollar values in their unit: $83.6B and $60B', () => {
    expect(rangeStats([value(83.6e9), value(60e9)])).toEqual({
      count: 2,
      numericCount: 2,
      sum: '$143.6B',
      average: '$71.8B',
      min: '$60B',
      max: '$83.6B',
      mixedUnits: false,
    });
  });

  it('counts texts in Count but not in the numbers, and leaves empty cells out of both', () => {
    const stats = rangeStats([text('Alibaba'), empty, value(10e9), empty, text('Comparable'), value(20e9)]);
    expect(stats.count).toBe(4);
    expect(stats.numericCount).toBe(2);
    expect(stats.sum).toBe('$30B');
    // The average is over the numbers only, as in Excel.
    expect(stats.average).toBe('$15B');
  });

  it('shows nothing to add up over empty cells or texts alone', () => {
    expect(rangeStats([])).toEqual({ count: 0, numericCount: 0, sum: null, average: null, min: null, max: null, mixedUnits: false });
    expect(rangeStats([empty, empty])).toMatchObject({ count: 0, numericCount: 0, sum: null, mixedUnits: false });
    expect(rangeStats([text('Alibaba'), text('Cash reserves')])).toMatchObject({ count: 2, numericCount: 0, sum: null, average: null, mixedUnits: false });
  });

  it('never adds dollars to yuan: the figures say the units differ', () => {
    expect(rangeStats([value(83.6e9, USD), value(10.4e9, CNY)])).toEqual({
      count: 2,
      numericCount: 2,
      sum: null,
      average: null,
      min: null,
      max: null,
      mixedUnits: true,
    });
  });

  it('never adds a value to a percentage change', () => {
    const stats = rangeStats([value(83.6e9), change(-0.282)]);
    expect(stats.mixedUnits).toBe(true);
    expect(stats.sum).toBeNull();
    expect(stats.numericCount).toBe(2);
  });

  it('never adds a percentage value to a percentage change', () => {
    const stats = rangeStats([value(0.22, PERCENT), change(0.1)]);
    expect(stats.mixedUnits).toBe(true);
    expect(stats.sum).toBeNull();
  });

  it('finds mixed units however late the odd number comes', () => {
    const stats = rangeStats([value(1e9), value(2e9), text('x'), value(3e9, CNY), value(4e9)]);
    expect(stats.mixedUnits).toBe(true);
    expect(stats.count).toBe(5);
    expect(stats.numericCount).toBe(4);
  });

  it('shows percentages as percentages', () => {
    expect(rangeStats([value(0.22, PERCENT), value(0.18, PERCENT)])).toMatchObject({ sum: '40%', average: '20%', min: '18%', max: '22%' });
  });

  it('shows differences signed, with the minus the grid shows', () => {
    const stats = rangeStats([delta(-23.6e9), delta(10e9)]);
    expect(stats.sum).toBe(`${MINUS}$13.6B`);
    expect(stats.min).toBe(`${MINUS}$23.6B`);
    expect(stats.max).toBe('+$10B');
  });

  it('shows relative changes as signed percentages', () => {
    const stats = rangeStats([change(-0.282), change(0.1)]);
    expect(stats.sum).toBe(`${MINUS}18.2%`);
    expect(stats.average).toBe(`${MINUS}9.1%`);
    expect(stats.min).toBe(`${MINUS}28.2%`);
    expect(stats.max).toBe('+10%');
  });

  it('finds the minimum and maximum among negative values', () => {
    const stats = rangeStats([value(-5e9), value(2e9), value(-1e9)]);
    expect(stats.min).toBe(`${MINUS}$5B`);
    expect(stats.max).toBe('$2B');
    expect(stats.sum).toBe(`${MINUS}$4B`);
  });

  it('adds without float noise', () => {
    const count: Unit = { kind: 'count' };
    expect(rangeStats([value(0.1, count), value(0.2, count)]).sum).toBe('0.3');
    expect(rangeStats([value(0.1, PERCENT), value(0.2, PERCENT)]).sum).toBe('30%');
  });

  it('reads any iterable once, such as a generator over the selection', () => {
    function* cells(): Generator<CellContent> {
      yield value(1e9);
      yield value(2e9);
    }
    expect(rangeStats(cells()).sum).toBe('$3B');
  });
});
