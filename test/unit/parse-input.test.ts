import { describe, expect, it } from 'vitest';
import { formatValue, scaleFor } from '@shared/domain/format';
import { parseCellInput, type ParseContext, type ParseResult } from '@shared/domain/parse-input';
import { SCALE_FACTORS, type Unit } from '@shared/domain/units';

const USD: Unit = { kind: 'currency', currency: 'USD' };
const USD_BILLIONS: ParseContext = { unit: USD, displayScale: 'billion' };
const PERCENT_ROW: ParseContext = { unit: { kind: 'percent' }, displayScale: 'one' };
const MULTIPLE_ROW: ParseContext = { unit: { kind: 'multiple' }, displayScale: 'one' };
const SHARES_MILLIONS: ParseContext = { unit: { kind: 'shares' }, displayScale: 'million' };

function valueOf(result: ParseResult): number {
  if (!result.ok) throw new Error(`expected a value, got the refusal: ${result.message}`);
  return result.value;
}

function messageOf(result: ParseResult): string {
  if (result.ok) throw new Error(`expected a refusal, got the value ${result.value}`);
  return result.message;
}

describe('parseCellInput in a USD row shown in billions', () => {
  it.each([
    ['60', 60e9],
    ['60B', 60e9],
    ['60b', 60e9],
    ['$60 billion', 60e9],
    ['60,000,000,000', 60e9],
    ['60000000000', 60e9],
    ['$60bn', 60e9],
    ['US$60 bn', 60e9],
    ['60bn USD', 60e9],
    ['83.6', 83.6e9],
    ['$516M', 516e6],
    ['0.5', 0.5e9],
    ['  60  ', 60e9],
  ])('reads %j as %d', (input, expected) => {
    expect(valueOf(parseCellInput(input, USD_BILLIONS))).toBe(expected);
  });

  it.each([
    ['-5', -5e9],
    ['(5)', -5e9],
    ['\u22125', -5e9],
    ['-$5', -5e9],
    ['$-5', -5e9],
    ['\u2212$23.6B', -23.6e9],
    ['+5', 5e9],
  ])('reads the negative or signed %j as %d', (input, expected) => {
    expect(valueOf(parseCellInput(input, USD_BILLIONS))).toBe(expected);
  });

  it('reads a bare number already at least as large as the display scale in units, not billions', () => {
    expect(valueOf(parseCellInput('1500000000', USD_BILLIONS))).toBe(1.5e9);
  });

  it('rounds away binary noise', () => {
    expect(valueOf(parseCellInput('0.3', USD_BILLIONS))).toBe(0.3e9);
    expect(valueOf(parseCellInput('33.297', USD_BILLIONS))).toBe(33_297_000_000);
  });
});

describe('parseCellInput in other rows', () => {
  it('reads 22% and a bare 22 in a percent row as the fraction 0.22', () => {
    expect(valueOf(parseCellInput('22%', PERCENT_ROW))).toBe(0.22);
    expect(valueOf(parseCellInput('22', PERCENT_ROW))).toBe(0.22);
    expect(valueOf(parseCellInput('22 percent', PERCENT_ROW))).toBe(0.22);
    expect(valueOf(parseCellInput('-3.5%', PERCENT_ROW))).toBe(-0.035);
  });

  it('reads 18x and a bare 18 in a multiple row as 18', () => {
    expect(valueOf(parseCellInput('18x', MULTIPLE_ROW))).toBe(18);
    expect(valueOf(parseCellInput('18', MULTIPLE_ROW))).toBe(18);
    expect(valueOf(parseCellInput('18.0x', MULTIPLE_ROW))).toBe(18);
    expect(valueOf(parseCellInput('14 times', MULTIPLE_ROW))).toBe(14);
  });

  it('reads shares with a scale and the word "shares", and a bare number in the display scale', () => {
    expect(valueOf(parseCellInput('24.66M shares', SHARES_MILLIONS))).toBe(24_660_000);
    expect(valueOf(parseCellInput('24.66 million shares', SHARES_MILLIONS))).toBe(24_660_000);
    expect(valueOf(parseCellInput('24.66', SHARES_MILLIONS))).toBe(24_660_000);
  });

  it('reads a currency other than USD when the row is in it', () => {
    const cny: ParseContext = { unit: { kind: 'currency', currency: 'CNY' }, displayScale: 'billion' };
    expect(valueOf(parseCellInput('CNY 10.4bn', cny))).toBe(10.4e9);
    expect(valueOf(parseCellInput('CNY10.4 billion', cny))).toBe(10.4e9);
    expect(valueOf(parseCellInput('10.4 billion yuan', cny))).toBe(10.4e9);
  });
});

describe('parseCellInput refusals', () => {
  it('refuses empty input and asks for a value', () => {
    expect(messageOf(parseCellInput('', USD_BILLIONS))).toMatch(/Type a value/);
    expect(messageOf(parseCellInput('   ', USD_BILLIONS))).toMatch(/Type a value/);
  });

  it('refuses text that is not a number', () => {
    expect(messageOf(parseCellInput('abc', USD_BILLIONS))).toBe('“abc” does not start with a number.');
  });

  it('refuses a malformed number and points at the commas and decimal point', () => {
    const doubleDot = messageOf(parseCellInput('12..3', USD_BILLIONS));
    expect(doubleDot).toContain('“12..3” is not a number');
    expect(doubleDot).toContain('decimal point');
    const badCommas = messageOf(parseCellInput('1,2,3', USD_BILLIONS));
    expect(badCommas).toContain('“1,2,3” is not a number');
    expect(badCommas).toContain('commas');
  });

  it('refuses a percentage in a dollar row', () => {
    const message = messageOf(parseCellInput('5%', USD_BILLIONS));
    expect(message).toContain('percentage');
    expect(message).toContain('USD');
  });

  it('refuses another currency, named, in a USD row', () => {
    expect(messageOf(parseCellInput('CNY 10', USD_BILLIONS))).toBe('CNY was typed, but this row is in USD.');
    expect(messageOf(parseCellInput('HK$10', USD_BILLIONS))).toBe('HKD was typed, but this row is in USD.');
  });

  it('refuses a multiple in a percent row', () => {
    const message = messageOf(parseCellInput('18x', PERCENT_ROW));
    expect(message).toContain('multiple');
    expect(message).toContain('percent');
  });

  it('refuses a scale word in a percent or multiple row', () => {
    const percent = messageOf(parseCellInput('60B', PERCENT_ROW));
    expect(percent).toContain('scale word');
    expect(percent).toContain('percent');
    expect(messageOf(parseCellInput('18M', MULTIPLE_ROW))).toContain('scale word');
  });

  it('refuses a word after the number that is not a unit or scale', () => {
    expect(messageOf(parseCellInput('60 gazillion', USD_BILLIONS))).toContain('“gazillion”');
    expect(messageOf(parseCellInput('1e9', USD_BILLIONS))).toContain('“e9”');
  });
});

/** Mulberry32: a tiny seeded generator, so the spread of values is the same on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface RoundTripCase {
  readonly unit: Unit;
  /** Largest power of ten for the generated magnitudes. */
  readonly maxExponent: number;
  readonly minExponent: number;
  /** Half the smallest step the formatter shows, for a value of this magnitude. */
  readonly tolerance: (value: number) => number;
}

const scaledTolerance = (value: number) => 0.5e-3 * SCALE_FACTORS[scaleFor(value)];

const ROUND_TRIP_CASES: readonly RoundTripCase[] = [
  { unit: USD, minExponent: -2, maxExponent: 14, tolerance: scaledTolerance },
  { unit: { kind: 'currency', currency: 'CNY' }, minExponent: 0, maxExponent: 13, tolerance: scaledTolerance },
  { unit: { kind: 'currency', currency: 'HKD' }, minExponent: 0, maxExponent: 13, tolerance: scaledTolerance },
  { unit: { kind: 'currency', currency: 'EUR' }, minExponent: 0, maxExponent: 13, tolerance: scaledTolerance },
  { unit: { kind: 'shares' }, minExponent: 0, maxExponent: 11, tolerance: scaledTolerance },
  { unit: { kind: 'count' }, minExponent: 0, maxExponent: 9, tolerance: scaledTolerance },
  // Two decimals of a percent: 0.01% is 1e-4 as a fraction.
  { unit: { kind: 'percent' }, minExponent: -4, maxExponent: 2, tolerance: () => 0.5e-4 },
  // Two decimals of the multiple.
  { unit: { kind: 'multiple' }, minExponent: -1, maxExponent: 4, tolerance: () => 0.5e-2 },
];

describe('formatValue then parseCellInput round trip', () => {
  it.each(ROUND_TRIP_CASES.map((c) => [c.unit.kind === 'currency' ? c.unit.currency : c.unit.kind, c] as const))(
    'gives back the value to within the shown precision for %s',
    (_name, { unit, minExponent, maxExponent, tolerance }) => {
      const random = seededRandom(20250526);
      const values = [0, 1, 999, 1_000, 83.6e9, -23.6e9, 0.22, 18, 24.66e6, 999.9996e6];
      for (let i = 0; i < 300; i++) {
        const exponent = minExponent + random() * (maxExponent - minExponent);
        const sign = random() < 0.25 ? -1 : 1;
        values.push(sign * 10 ** exponent);
      }
      let checked = 0;
      for (const value of values) {
        const shown = formatValue(value, unit);
        const result = parseCellInput(shown, { unit, displayScale: scaleFor(value) });
        expect(result, `${value} shown as ${shown}`).toMatchObject({ ok: true });
        const back = valueOf(result);
        // 1e-11 relative covers the 12 significant digits the parser keeps.
        const allowed = tolerance(value) + Math.abs(value) * 1e-11;
        expect(Math.abs(back - value), `${value} shown as ${shown} read back as ${back}`).toBeLessThanOrEqual(allowed);
        checked++;
      }
      expect(checked).toBe(310);
    },
  );
});

describe('the word "shares" outside a shares row', () => {
  it('is refused, the way a percentage is refused in a dollar row', () => {
    for (const [typed, context] of [
      ['5 shares', USD_BILLIONS],
      ['60B shares', USD_BILLIONS],
      ['22 shares', PERCENT_ROW],
    ] as const) {
      const result = parseCellInput(typed, context);
      expect(result.ok).toBe(false);
      expect(result.ok ? '' : result.message).toMatch(/is a number of shares, but this row is in/);
    }
  });
});

describe('input that only looks like a number', () => {
  it('refuses two signs, an infinite number and a unit glued to a scale', () => {
    for (const [typed, reason] of [
      ['--5', /two signs/],
      ['(-5)', /two signs/],
      ['-(5)', /does not start with a number|two signs/],
      ['9'.repeat(400), /too large/],
      ['60 busd', /not a unit or scale/],
    ] as const) {
      const result = parseCellInput(typed, USD_BILLIONS);
      expect(result.ok, typed).toBe(false);
      expect(result.ok ? '' : result.message).toMatch(reason);
    }
  });
});

describe('a money cell no article fills', () => {
  it('takes another currency when typed, and says which', () => {
    const emptyCny: ParseContext = { unit: { kind: 'currency', currency: 'CNY' }, displayScale: 'billion', acceptsAnyCurrency: true };
    expect(parseCellInput('$1.5B', emptyCny)).toEqual({ ok: true, value: 1.5e9, currency: 'USD' });
    expect(parseCellInput('1.5 billion USD', emptyCny)).toEqual({ ok: true, value: 1.5e9, currency: 'USD' });
    expect(parseCellInput('12', emptyCny)).toEqual({ ok: true, value: 12e9 });
    expect(parseCellInput('$1.5B', { ...emptyCny, acceptsAnyCurrency: false }).ok).toBe(false);
  });
});

describe('parseCellInput of numbers pasted as full values', () => {
  it('reads a bare number as the value itself, and keeps scale words and signs as typed', () => {
    const full = { unit: { kind: 'currency', currency: 'USD' }, displayScale: 'billion', bareNumbersInFull: true } as const;
    expect(parseCellInput('600000000', full)).toEqual({ ok: true, value: 600e6 });
    expect(parseCellInput('-23600000000', full)).toEqual({ ok: true, value: -23.6e9 });
    expect(parseCellInput('60B', full)).toEqual({ ok: true, value: 60e9 });
    const percent = { unit: { kind: 'percent' }, displayScale: 'one', bareNumbersInFull: true } as const;
    expect(parseCellInput('0.22', percent)).toEqual({ ok: true, value: 0.22 });
    expect(parseCellInput('22%', percent)).toEqual({ ok: true, value: 0.22 });
  });
});
