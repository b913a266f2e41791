import {
  CURRENCY_PREFIX_PATTERN,
  CURRENCY_SUFFIX_PATTERN,
  SCALE_WORD_PATTERN,
  currencyOfMark,
  scaleOfWord,
} from './amount-words';
import type { CurrencyCode, Scale, Unit } from './units';

/** An amount read from article text, in base units with the unit and scale it was written in. */
export interface ParsedAmount {
  /** Base units: `$83.6 billion` is 83_600_000_000, `22%` is 0.22, `45 cents` is 0.45. */
  readonly value: number;
  readonly unit: Unit;
  /** The scale word as written (`1.2bn` is `billion`); `one` when there was none. */
  readonly scale: Scale;
  /** The currency mark exactly as written (`US$`, `Rmb`, `yuan`, `cents`), or null when there was none. */
  readonly currencyMark: string | null;
}

// Powers of ten rather than SCALE_FACTORS, so the value is built from decimal text in one exact step.
const SCALE_EXPONENTS: Record<Scale, number> = { one: 0, thousand: 3, million: 6, billion: 9, trillion: 12 };

/** Cents are hundredths of a US dollar; the only sub-unit articles in this app use. */
const CENTS_CURRENCY: CurrencyCode = 'USD';

// Sign, currency before, sign, number, scale, then one word after: "-US$1,234.5 million", "7 billion yuan".
// Every group is optional except the number and the whole text must match, so "Qwen3-235B" and "Q4 2025" fail.
const AMOUNT = new RegExp(
  '^(?<sign>[-+])?' +
    `(?:(?<prefix>${CURRENCY_PREFIX_PATTERN}) ?)?` +
    '(?<innerSign>[-+])?' +
    '(?<number>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+)' +
    // A scale glued to a word ("5tshares") is not a scale.
    `(?: ?(?<scale>${SCALE_WORD_PATTERN})(?![a-z]))?` +
    '(?: ?(?:' +
    `(?<suffix>${CURRENCY_SUFFIX_PATTERN})|(?<cents>cents?)|(?<percent>%|percent|per cent)|` +
    '(?<multiple>x|×|times)|(?<shares>shares?)' +
    '))?$',
  'i',
);

/**
 * Reads one amount as an article writes it: `$83.6 billion`, `US$1.2bn`, `HK$5bn`, `CNY10.4 billion`,
 * `RMB 7 billion`, `7 billion yuan`, `€3.2m`, `¥10 billion` (CNY), `45 cents`, `24.66 million shares`,
 * `22%`, `18x`, `(5.2)`, `-$3 billion`, `1,234.5 million`. The whole text must be the amount.
 *
 * Returns null for anything else, including a bare number of four or more digits without
 * thousands separators (`2025`, `12345`): articles write amounts with a scale, a unit or
 * separators, so such a number is a year or an identifier. Never throws.
 */
export function parseAmount(text: string): ParsedAmount | null {
  let body = text.trim().replace(/\s+/g, ' ').replace(/\u2212/g, '-');
  const isBracketed = body.startsWith('(') && body.endsWith(')');
  if (isBracketed) body = body.slice(1, -1).trim();
  const groups = AMOUNT.exec(body)?.groups;
  if (!groups) return null;
  const { sign, prefix, innerSign, number, scale: scaleText, suffix, cents, percent, multiple, shares } = groups;

  // One way to say negative: a minus, or brackets (accountants' style), never both.
  const signs = [sign, innerSign].filter((s) => s !== undefined);
  if (signs.length + (isBracketed ? 1 : 0) > 1) return null;
  const isNegative = isBracketed || signs[0] === '-';

  const scale = scaleText === undefined ? 'one' : scaleOfWord(scaleText);
  if (scale === null) return null;
  const currencyMark = prefix ?? suffix ?? cents ?? null;
  if ([prefix, suffix, cents].filter((mark) => mark !== undefined).length > 1) return null;

  let unit: Unit;
  let exponent = SCALE_EXPONENTS[scale];
  if (percent !== undefined || multiple !== undefined) {
    if (currencyMark !== null || scale !== 'one') return null;
    unit = percent !== undefined ? { kind: 'percent' } : { kind: 'multiple' };
    if (percent !== undefined) exponent -= 2;
  } else if (shares !== undefined) {
    if (currencyMark !== null) return null;
    unit = { kind: 'shares' };
  } else if (currencyMark !== null) {
    const currency = cents !== undefined ? CENTS_CURRENCY : currencyOfMark(currencyMark);
    if (currency === null) return null;
    unit = { kind: 'currency', currency };
    if (cents !== undefined) exponent -= 2;
  } else {
    const isYearLike = scale === 'one' && /^\d{4,}(\.|$)/.test(number);
    if (isYearLike) return null;
    unit = { kind: 'count' };
  }

  // "83.6e9" is converted once, to the nearest double; 83.6 * 1e9 would add a rounding of its own.
  const magnitude = Number(`${number.replace(/,/g, '')}e${exponent}`);
  if (!Number.isFinite(magnitude)) return null;
  const value = isNegative && magnitude !== 0 ? -magnitude : magnitude;
  return { value, unit, scale, currencyMark };
}
