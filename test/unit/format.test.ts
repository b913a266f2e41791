import { describe, expect, it } from 'vitest';
import { formatDelta, formatPercentChange, formatValue, scaleFor } from '@shared/domain/format';
import type { Unit } from '@shared/domain/units';

const USD: Unit = { kind: 'currency', currency: 'USD' };
const CNY: Unit = { kind: 'currency', currency: 'CNY' };
const HKD: Unit = { kind: 'currency', currency: 'HKD' };
const PERCENT: Unit = { kind: 'percent' };
const MULTIPLE: Unit = { kind: 'multiple' };
const SHARES: Unit = { kind: 'shares' };
const COUNT: Unit = { kind: 'count' };

/** U+2212, the typographic minus the formatter uses for every negative number. */
const MINUS = '\u2212';

describe('formatValue', () => {
  it('shows dollars with a $ and the largest scale that keeps the number at or above 1', () => {
    expect(formatValue(83.6e9, USD)).toBe('$83.6B');
    expect(formatValue(33.297e9, USD)).toBe('$33.297B');
    expect(formatValue(548e6, USD)).toBe('$548M');
    expect(formatValue(80, USD)).toBe('$80');
    expect(formatValue(12.5e12, USD)).toBe('$12.5T');
    expect(formatValue(516e6, USD)).toBe('$516M');
    expect(formatValue(4_500, USD)).toBe('$4.5K');
  });

  it('puts the ISO code before the amount for currencies other than USD', () => {
    expect(formatValue(10.4e9, CNY)).toBe('CNY 10.4B');
    expect(formatValue(5e6, HKD)).toBe('HKD 5M');
  });

  it('shows a percentage stored as a fraction, with up to two decimals', () => {
    expect(formatValue(0.22, PERCENT)).toBe('22%');
    expect(formatValue(3.7, PERCENT)).toBe('370%');
    expect(formatValue(0.1234, PERCENT)).toBe('12.34%');
    expect(formatValue(0.12345678, PERCENT)).toBe('12.35%');
  });

  it('shows a multiple with at least one decimal', () => {
    expect(formatValue(18, MULTIPLE)).toBe('18.0x');
    expect(formatValue(14, MULTIPLE)).toBe('14.0x');
    expect(formatValue(12.25, MULTIPLE)).toBe('12.25x');
  });

  it('shows shares with a scale and the word "shares", and counts bare', () => {
    expect(formatValue(24.66e6, SHARES)).toBe('24.66M shares');
    expect(formatValue(100, COUNT)).toBe('100');
    expect(formatValue(1_500, COUNT)).toBe('1.5K');
  });

  it('drops trailing zeros and rounds to three decimals of the scale', () => {
    expect(formatValue(60e9, USD)).toBe('$60B');
    expect(formatValue(1.23456e9, USD)).toBe('$1.235B');
  });

  it('uses the typographic minus U+2212 for negative values, never a hyphen', () => {
    expect(formatValue(-23.6e9, USD)).toBe(`${MINUS}$23.6B`);
    expect(formatValue(-10.4e9, CNY)).toBe(`${MINUS}CNY 10.4B`);
    expect(formatValue(-0.05, PERCENT)).toBe(`${MINUS}5%`);
    expect(formatValue(-2, MULTIPLE)).toBe(`${MINUS}2.0x`);
    expect(formatValue(-23.6e9, USD)).not.toContain('-');
    expect(formatValue(-23.6e9, USD).codePointAt(0)).toBe(0x2212);
  });

  it('shows zero without a sign', () => {
    expect(formatValue(0, USD)).toBe('$0');
    expect(formatValue(0, PERCENT)).toBe('0%');
  });
});

describe('scaleFor', () => {
  it('picks the largest scale at or below the magnitude, ignoring the sign', () => {
    expect(scaleFor(999)).toBe('one');
    expect(scaleFor(1_000)).toBe('thousand');
    expect(scaleFor(1.2e9)).toBe('billion');
    expect(scaleFor(-1.2e9)).toBe('billion');
    expect(scaleFor(24.66e6)).toBe('million');
    expect(scaleFor(12.5e12)).toBe('trillion');
  });
});

describe('formatDelta', () => {
  it('always carries a sign, with the typographic minus for a fall', () => {
    expect(formatDelta(-23.6e9, USD)).toBe(`${MINUS}$23.6B`);
    expect(formatDelta(1.6e9, CNY)).toBe('+CNY 1.6B');
    expect(formatDelta(-4, MULTIPLE)).toBe(`${MINUS}4.0x`);
    expect(formatDelta(2_000_000, SHARES)).toBe('+2M shares');
  });

  it('gives a difference of two percentages in percentage points, not percent', () => {
    expect(formatDelta(0.02, PERCENT)).toBe('+2 pp');
    expect(formatDelta(0.24 - 0.22, PERCENT)).toBe('+2 pp');
    expect(formatDelta(-0.02, PERCENT)).toBe(`${MINUS}2 pp`);
    expect(formatDelta(-0.125, PERCENT)).toBe(`${MINUS}12.5 pp`);
    expect(formatDelta(0.02, PERCENT)).not.toContain('%');
  });

  it('shows no change unsigned, including a difference lost to rounding', () => {
    expect(formatDelta(0, USD)).toBe('$0');
    expect(formatDelta(0, PERCENT)).toBe('0 pp');
    expect(formatDelta(-1e-12, PERCENT)).toBe('0 pp');
  });
});

describe('formatPercentChange', () => {
  it('shows a relative change with one decimal and a sign', () => {
    expect(formatPercentChange(-23.6e9 / 83.6e9)).toBe(`${MINUS}28.2%`);
    expect(formatPercentChange(-0.282)).toBe(`${MINUS}28.2%`);
    expect(formatPercentChange(0.1)).toBe('+10%');
    expect(formatPercentChange(1.5)).toBe('+150%');
  });

  it('never shows a minus on a change that rounds to zero', () => {
    expect(formatPercentChange(0)).toBe('0%');
    expect(formatPercentChange(-0.0001)).toBe('0%');
  });
});

describe('values at the edge of the shown precision', () => {
  it('moves to the next scale when rounding reaches 1,000', () => {
    expect(formatValue(999.9996e6, USD)).toBe('$1B');
    expect(formatValue(999.9e6, USD)).toBe('$999.9M');
  });

  it('shows no minus on a value or delta that rounds to zero', () => {
    expect(formatValue(-0.00001, PERCENT)).toBe('0%');
    expect(formatDelta(-0.0001, USD)).toBe('$0');
    expect(formatDelta(-0.001, MULTIPLE)).toBe('0.0x');
    expect(formatDelta(-0.000001, PERCENT)).toBe('0 pp');
  });
});
