import { currencyOfMark } from '../domain/amount-words';
import type { CurrencyCode, Scale } from '../domain/units';
import { isDigit, isLetter, isWordChar } from './words';

/**
 * Every run of digits in the text, read with what is written around it: a sign, a currency
 * before or after, a scale ("bn", "million"), and a unit mark (%, percentage points, x, shares,
 * cents). A number glued into a word or an identifier gets a `flaw`; whether it becomes a figure
 * is decided later, because the two ends of a range are read together first.
 */
export type Mark = 'percent' | 'points' | 'basis-points' | 'multiple' | 'shares' | 'cents';

/** A currency the app knows, or 'other' for one it cannot store (£, yen, C$). */
export type CurrencyRead = CurrencyCode | 'other';

export type Flaw = 'identifier' | 'glued' | 'compound' | 'joined' | 'dotted';

export interface NumberToken {
  /** The figure as written starts here: at its sign or currency mark. */
  readonly start: number;
  /** And ends here: after its scale and unit mark. */
  readonly end: number;
  readonly numberStart: number;
  readonly numberEnd: number;
  /** The digits without thousands separators: "33.297", "1234". */
  readonly digits: string;
  readonly hasComma: boolean;
  readonly isNegative: boolean;
  /** Written with a sign ("+19%", "-3%"): a change, not a level. */
  readonly hasSign: boolean;
  readonly prefixCurrency: CurrencyRead | null;
  readonly suffixCurrency: CurrencyRead | null;
  readonly scale: Scale;
  /** "5M", "1.2bn": a letter scale, which model names ("405B") also use. */
  readonly isScaleAbbreviated: boolean;
  readonly mark: Mark | null;
  readonly flaw: Flaw | null;
}

const NUMBER = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;

/** Codes that may be glued to the number: "CNY10.4 billion", "RMB7bn". */
const GLUED_CODES: Readonly<Record<string, CurrencyRead>> = {
  CNY: 'CNY',
  RMB: 'CNY',
  Rmb: 'CNY',
  USD: 'USD',
  HKD: 'HKD',
  EUR: 'EUR',
  GBP: 'other',
  JPY: 'other',
};

const PREFIX = /((?:[A-Z]{1,3})?\$|€|¥|£|₹|₩|USD|HKD|CNY|RMB|Rmb|EUR|GBP|JPY|INR|KRW|SGD|AUD|CAD|CHF|TWD)( ?)$/;

const SUFFIX_CURRENCIES: readonly [RegExp, CurrencyRead][] = [
  [/^(?:yuan|renminbi|RMB|CNY)$/i, 'CNY'],
  [/^(?:USD|(?:US |U\.S\. )?dollars)$/, 'USD'],
  [/^(?:HKD|(?:Hong Kong|HK) dollars)$/, 'HKD'],
  [/^(?:EUR|euros?)$/i, 'EUR'],
];
const SUFFIX =
  /^\s(yuan|renminbi|RMB|CNY|USD|HKD|EUR|euros?|(?:US |U\.S\. )?dollars|(?:Hong Kong|HK) dollars|yen|won|pounds|rupees|GBP|JPY|INR|KRW|SGD|AUD|CAD|CHF|TWD|[A-Z][a-z]+ dollars)\b/;

const SCALE_AFTER: readonly [RegExp, boolean][] = [
  [/^\s?-?\s?(thousand|million|billion|trillion)(?![A-Za-z])/i, false],
  [/^\s?(mn|bn|tn|mln|bln)(?![A-Za-z0-9])/i, true],
  [/^([kKmMbBtT])(?![A-Za-z0-9])/, true],
];
const SCALE_OF: Readonly<Record<string, Scale>> = {
  thousand: 'thousand',
  k: 'thousand',
  million: 'million',
  m: 'million',
  mn: 'million',
  mln: 'million',
  billion: 'billion',
  b: 'billion',
  bn: 'billion',
  bln: 'billion',
  trillion: 'trillion',
  t: 'trillion',
  tn: 'trillion',
};

const MARKS: readonly [RegExp, Mark][] = [
  [/^\s?[%％]/, 'percent'],
  [/^\s(?:percent|per cent|pct)\b/i, 'percent'],
  [/^\s?(?:percentage[- ]points?|ppts?|pp|pts)(?![A-Za-z])/i, 'points'],
  [/^\s?(?:bps|bp|basis[- ]points?)(?![A-Za-z])/i, 'basis-points'],
  [/^[x×X](?![A-Za-z0-9])|^\s×(?![A-Za-z0-9])|^\stimes\b/, 'multiple'],
  [/^\s(?:(?:new|ordinary|common|outstanding|[Cc]lass [A-Z]) )?(?:shares|ADSs?|ADRs?)\b/, 'shares'],
  [/^\s?cents?\b/, 'cents'],
];

// What an amount ends with, so a following "-" is a range dash or a minus between numbers, not a sign.
const AMOUNT_END = /(?:\d|%|\b(?:bn|mn|tn|[kmbtx]|billion|million|trillion|thousand))\s*$/i;

export function scanNumbers(text: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const start = match.index ?? 0;
    tokens.push(readToken(text, start, start + match[0].length, match[0]));
  }
  return tokens;
}

function readToken(text: string, numberStart: number, numberEnd: number, raw: string): NumberToken {
  let flaw: Flaw | null = null;
  let start = numberStart;
  let prefixCurrency: CurrencyRead | null = null;
  const before = text[numberStart - 1];
  const after = text[numberEnd];

  if (isLetter(before)) {
    const letters = /[A-Za-z]+$/.exec(text.slice(Math.max(0, numberStart - 12), numberStart))?.[0] ?? '';
    const code = Object.hasOwn(GLUED_CODES, letters) ? GLUED_CODES[letters] : undefined;
    if (code !== undefined && !isWordChar(text[numberStart - letters.length - 1])) {
      prefixCurrency = code;
      start = numberStart - letters.length;
    } else {
      // "Qwen3", "COP28", "FY2024", "A22B", "ET3min": part of a name.
      flaw = 'identifier';
    }
  } else if (before === '_' || before === '#' || before === '@') {
    flaw = 'identifier';
  } else if ((before === '.' || before === ',') && isDigit(text[numberStart - 2])) {
    flaw = 'dotted';
  } else if ((before === '/' || before === ':') && isWordChar(text[numberStart - 2])) {
    // "2024/25", "24/7", "12:33".
    flaw = 'joined';
  } else if (before === '-' && isLetter(text[numberStart - 2])) {
    // "GPT-4", "COVID-19".
    flaw = 'compound';
  }
  if ((after === '.' || after === ',') && isDigit(text[numberEnd + 1])) flaw ??= 'dotted';
  if ((after === '/' || after === ':') && isDigit(text[numberEnd + 1])) flaw ??= 'joined';

  if (prefixCurrency === null && flaw === null) {
    const from = Math.max(0, numberStart - 6);
    const found = PREFIX.exec(text.slice(from, numberStart));
    const markStart = found ? numberStart - found[1].length - found[2].length : -1;
    if (found && !isWordChar(text[markStart - 1])) {
      prefixCurrency = readPrefixMark(found[1]);
      start = markStart;
    }
  }

  let isNegative = false;
  let hasSign = false;
  const signAt = start - 1;
  if ((text[signAt] === '-' || text[signAt] === '−' || text[signAt] === '+') && !isWordChar(text[signAt - 1])) {
    const isBetweenAmounts = AMOUNT_END.test(text.slice(Math.max(0, signAt - 12), signAt));
    if (!isBetweenAmounts) {
      isNegative = text[signAt] !== '+';
      hasSign = true;
      start = signAt;
    }
  }

  let end = numberEnd;
  let scale: Scale = 'one';
  let isScaleAbbreviated = false;
  for (const [pattern, isAbbreviation] of SCALE_AFTER) {
    const found = pattern.exec(text.slice(end, end + 16));
    if (!found) continue;
    scale = SCALE_OF[found[1].toLowerCase()];
    isScaleAbbreviated = isAbbreviation;
    end += found[0].length;
    break;
  }

  let mark: Mark | null = null;
  for (const [pattern, kind] of MARKS) {
    const found = pattern.exec(text.slice(end, end + 24));
    if (!found) continue;
    mark = kind;
    end += found[0].length;
    break;
  }

  let suffixCurrency: CurrencyRead | null = null;
  if (mark === null) {
    const found = SUFFIX.exec(text.slice(end, end + 24));
    if (found) {
      suffixCurrency = readSuffix(found[1]);
      end += found[0].length;
    }
  }

  if (isWordChar(text[end]) && !(mark === 'percent' && !isDigit(text[end]))) flaw ??= 'glued';
  if (text[end] === '-' && isLetter(text[end + 1]) && mark === null && prefixCurrency === null && suffixCurrency === null) {
    // "3-year", "5-star": a number inside an adjective.
    flaw ??= 'compound';
  }
  return {
    start,
    end,
    numberStart,
    numberEnd,
    digits: raw.replace(/,/g, ''),
    hasComma: raw.includes(','),
    isNegative,
    hasSign,
    prefixCurrency,
    suffixCurrency,
    scale,
    isScaleAbbreviated,
    mark,
    flaw,
  };
}

/** The currency a mark written before a number stands for: "US$" is USD, "C$" is one the app cannot store. */
export function readPrefixMark(mark: string): CurrencyRead {
  return currencyOfMark(mark) ?? 'other';
}

function readSuffix(word: string): CurrencyRead {
  for (const [pattern, currency] of SUFFIX_CURRENCIES) if (pattern.test(word)) return currency;
  return 'other';
}
