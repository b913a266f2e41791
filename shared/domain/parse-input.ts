import { CURRENCY_PREFIX_PATTERN, CURRENCY_SUFFIX_PATTERN, currencyOfMark, scaleOfWord } from './amount-words';
import { describeUnit, SCALE_FACTORS, type CurrencyCode, type Scale, type Unit } from './units';

/**
 * Reads what an analyst typed into a cell, in that row's unit. Accepted, where they make
 * sense for the unit: `60`, `60B`, `$60 billion`, `60,000,000,000`, `CNY 10.4bn`, `22%`,
 * `18x`, `-5`, `(5)`. A bare number with no scale word is read in the row's display scale
 * (typing 60 in a row shown in billions means 60 billion) unless it is written out in full
 * with thousands separators or is already at least that large.
 */
export type ParseResult =
  | { ok: true; value: number; /** Set when another currency than the cell's was typed and accepted. */ currency?: CurrencyCode }
  | { ok: false; message: string };

export interface ParseContext {
  readonly unit: Unit;
  /** The scale the row is shown in; bare numbers are read in it. */
  readonly displayScale: Scale;
  /** A money cell no article fills may take another currency (a USD figure beside a CNY one). */
  readonly acceptsAnyCurrency?: boolean;
  /**
   * Numbers pasted as full values (the copy setting): a bare number is the value in base units,
   * 600000000 is $600M and 0.22 is 22%. Typed input never sets this.
   */
  readonly bareNumbersInFull?: boolean;
}

// Built from the shared tables; the suffix is matched after lower-casing, so it needs no i flag.
const CURRENCY_PREFIX = new RegExp(`^(${CURRENCY_PREFIX_PATTERN})\\s?`, 'i');
const TRAILING_CURRENCY = new RegExp(`(?:^|\\s)(${CURRENCY_SUFFIX_PATTERN})$`);

const NUMBER = /^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$|^\.\d+$/;

interface Pieces {
  negative: boolean;
  currency: CurrencyCode | null;
  numberText: string;
  suffix: string;
}

/** Splits "−$60.5 bn" into sign, currency, number and the words after it. */
function splitInput(raw: string): Pieces | string {
  let text = raw.trim().replace(/\u2212/g, '-').replace(/\s+/g, ' ');
  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1).trim();
  }
  if (text.startsWith('-') || text.startsWith('+')) {
    if (negative) return `“${raw.trim()}” has two signs; write one minus or one pair of brackets.`;
    negative = text.startsWith('-');
    text = text.slice(1).trim();
  }
  let currency: CurrencyCode | null = null;
  const prefix = CURRENCY_PREFIX.exec(text);
  if (prefix) {
    currency = currencyOfMark(prefix[1]);
    text = text.slice(prefix[0].length);
  }
  if (text.startsWith('-')) {
    if (negative) return `“${raw.trim()}” has two signs; write one minus or one pair of brackets.`;
    negative = true;
    text = text.slice(1);
  }
  const numberMatch = /^[\d.,]+/.exec(text);
  if (!numberMatch) return `“${raw.trim()}” does not start with a number.`;
  const suffix = text.slice(numberMatch[0].length).trim().toLowerCase();
  return { negative, currency, numberText: numberMatch[0], suffix };
}

/** Parses one cell input; never throws. */
export function parseCellInput(raw: string, context: ParseContext): ParseResult {
  const shown = raw.trim();
  if (shown === '') return { ok: false, message: 'Type a value, or use Reset to return to the source.' };
  const pieces = splitInput(raw);
  if (typeof pieces === 'string') return { ok: false, message: pieces };
  if (!NUMBER.test(pieces.numberText)) {
    return { ok: false, message: `“${pieces.numberText}” is not a number (check the commas and the decimal point).` };
  }
  const number = Number(pieces.numberText.replace(/,/g, ''));
  if (!Number.isFinite(number)) return { ok: false, message: `“${pieces.numberText}” is too large to be a figure.` };
  const hasSeparators = pieces.numberText.includes(',');

  let suffix = pieces.suffix;
  let currency = pieces.currency;
  const trailingCurrency = TRAILING_CURRENCY.exec(suffix);
  if (trailingCurrency) {
    currency = currencyOfMark(trailingCurrency[1]);
    suffix = suffix.slice(0, trailingCurrency.index).trim();
  }
  // A currency typed into a cell that accepts any becomes that cell's unit.
  const switchesCurrency = context.acceptsAnyCurrency === true && context.unit.kind === 'currency' && currency !== null && currency !== context.unit.currency;
  const unit: Unit = switchesCurrency && currency !== null ? { kind: 'currency', currency } : context.unit;
  const isPercent = suffix === '%' || suffix === 'percent' || suffix === 'pct';
  const isMultiple = suffix === 'x' || suffix === '×' || suffix === 'times';
  const isSharesInput = /shares?$/.test(suffix);
  if (isSharesInput && context.unit.kind !== 'shares') {
    return { ok: false, message: `“${shown}” is a number of shares, but this row is in ${describeUnit(context.unit)}.` };
  }
  const scaleWord = suffix.replace(/\s*shares?$/, '').trim();
  const scale = scaleWord === '' ? null : scaleOfWord(scaleWord);
  if (!isPercent && !isMultiple && scaleWord !== '' && scale === null) {
    return { ok: false, message: `“${pieces.suffix}” after the number is not a unit or scale this app reads.` };
  }
  const rowUnit = describeUnit(unit);

  if (currency !== null && (unit.kind !== 'currency' || unit.currency !== currency)) {
    return { ok: false, message: `${currency} was typed, but this row is in ${rowUnit}.` };
  }
  if (isPercent && unit.kind !== 'percent') {
    return { ok: false, message: `“${shown}” is a percentage, but this row is in ${rowUnit}.` };
  }
  if (isMultiple && unit.kind !== 'multiple') {
    return { ok: false, message: `“${shown}” is a multiple, but this row is in ${rowUnit}.` };
  }
  if (scale !== null && (unit.kind === 'percent' || unit.kind === 'multiple')) {
    return { ok: false, message: `A scale word (“${scaleWord}”) does not fit a row in ${rowUnit}.` };
  }

  const sign = pieces.negative ? -1 : 1;
  let value: number;
  if (context.bareNumbersInFull === true && !isPercent && !isMultiple && scale === null) {
    value = number * sign;
  } else if (unit.kind === 'percent') {
    value = (number / 100) * sign;
  } else if (unit.kind === 'multiple') {
    value = number * sign;
  } else {
    const factor = SCALE_FACTORS[scale ?? implicitScale(number, hasSeparators, context.displayScale)];
    value = number * factor * sign;
  }
  if (!Number.isFinite(value)) return { ok: false, message: `“${shown}” is too large to be a figure.` };
  // Round away binary noise such as 0.1 * 3, keeping 12 significant digits.
  const result = { ok: true as const, value: Number(value.toPrecision(12)) };
  return switchesCurrency && unit.kind === 'currency' ? { ...result, currency: unit.currency } : result;
}

function implicitScale(number: number, hasSeparators: boolean, displayScale: Scale): Scale {
  if (hasSeparators || number >= SCALE_FACTORS[displayScale]) return 'one';
  return displayScale;
}
