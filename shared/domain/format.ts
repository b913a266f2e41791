import { SCALE_FACTORS, type Scale, type Unit } from './units';

/** Typographic minus, so a negative delta is never mistaken for a hyphenated word. */
const MINUS = '\u2212';

const SCALE_SUFFIX: Record<Scale, string> = {
  one: '',
  thousand: 'K',
  million: 'M',
  billion: 'B',
  trillion: 'T',
};

/** The largest scale that keeps the magnitude at or above 1 (1.2e9 -> billion). */
export function scaleFor(magnitude: number): Scale {
  const abs = Math.abs(magnitude);
  if (abs >= 1e12) return 'trillion';
  if (abs >= 1e9) return 'billion';
  if (abs >= 1e6) return 'million';
  if (abs >= 1e3) return 'thousand';
  return 'one';
}

/** Up to `maxDecimals`, without trailing zeros, but at least `minDecimals`. */
function trimmed(value: number, maxDecimals: number, minDecimals = 0): string {
  // toFixed writes exponent notation from 1e21 up ("1.5e+21"), which no parser reads back;
  // a finite double that large is a whole number, so its digits are exact.
  const isPastToFixed = Number.isFinite(value) && Math.abs(value) >= 1e21;
  const fixed = isPastToFixed ? BigInt(value).toString() : value.toFixed(maxDecimals);
  const [whole, fraction = ''] = fixed.split('.');
  let kept = fraction.replace(/0+$/, '');
  if (kept.length < minDecimals) kept = kept.padEnd(minDecimals, '0');
  // Thousands separators by hand: toLocaleString builds a locale formatter per call, and this
  // runs for every number the grid draws (it was the largest single cost of an edit's frame).
  const isNegative = whole.startsWith('-');
  const digits = (isNegative ? whole.slice(1) : whole).replace(/\B(?=(\d{3})+$)/g, ',');
  const grouped = isNegative ? `-${digits}` : digits;
  return kept ? `${grouped}.${kept}` : grouped;
}

/** Signs what is shown: a value that rounds to zero at the shown precision gets no sign at all. */
function withSign(body: string, value: number, explicitPlus: boolean): string {
  if (!/[1-9]/.test(body)) return body;
  if (value < 0) return `${MINUS}${body}`;
  return explicitPlus ? `+${body}` : body;
}

const NEXT_SCALE: Partial<Record<Scale, Scale>> = { one: 'thousand', thousand: 'million', million: 'billion', billion: 'trillion' };

function scaledAmount(value: number): string {
  let scale = scaleFor(value);
  let shown = trimmed(Math.abs(value) / SCALE_FACTORS[scale], 3);
  // 999.9996e6 rounds to "1,000" millions: show it as 1B instead.
  const next = NEXT_SCALE[scale];
  if (next && Number(shown.replace(/,/g, '')) >= 1000 && scale !== 'one') {
    scale = next;
    shown = trimmed(Math.abs(value) / SCALE_FACTORS[scale], 3);
  }
  return `${shown}${SCALE_SUFFIX[scale]}`;
}

function formatMagnitude(value: number, unit: Unit): string {
  switch (unit.kind) {
    case 'currency':
      return unit.currency === 'USD'
        ? `$${scaledAmount(value)}`
        : `${unit.currency} ${scaledAmount(value)}`;
    case 'percent':
      return `${trimmed(Math.abs(value) * 100, 2)}%`;
    case 'multiple':
      return `${trimmed(Math.abs(value), 2, 1)}x`;
    case 'shares':
      return `${scaledAmount(value)} shares`;
    case 'count':
      return scaledAmount(value);
  }
}

/** A value in base units, shown with its unit and scale: $83.6B, CNY 10.4B, 22%, 18.0x, 24.66M shares. */
export function formatValue(value: number, unit: Unit): string {
  return withSign(formatMagnitude(value, unit), value, false);
}

/**
 * The difference between two values of one unit, always signed. A difference of two
 * percentages is in percentage points (pp), not percent.
 */
export function formatDelta(delta: number, unit: Unit): string {
  const body =
    unit.kind === 'percent' ? `${trimmed(Math.abs(delta) * 100, 2)} pp` : formatMagnitude(delta, unit);
  return withSign(body, delta, true);
}

/** An exchange rate as people read it: up to 6 significant digits, no trailing zeros (7.2, 0.138889). */
export function formatRate(rate: number): string {
  return rate.toPrecision(6).replace(/\.?0+$/, '');
}

/** A relative change given as a fraction (-0.282 is shown as −28.2%). */
export function formatPercentChange(fraction: number): string {
  const body = `${trimmed(Math.abs(fraction) * 100, 1)}%`;
  return withSign(body, fraction, true);
}
