import type { CurrencyCode, Scale } from './units';

/*
 * The one table of scale words and the one table of currency marks. The article reader
 * (parse-amount) and the cell editor (parse-input) both read from here, so a word the app
 * understands in an article is understood in a cell too. Keys are lower case: look them up
 * with what was written, lower-cased.
 */

/** Scale words and their abbreviations: 4.5k, 3.2m, 300M, 1.2bn, 83.6 billion, 12.5tn. */
export const SCALE_WORDS: Readonly<Record<string, Scale>> = {
  k: 'thousand',
  thousand: 'thousand',
  m: 'million',
  mn: 'million',
  mm: 'million',
  mil: 'million',
  million: 'million',
  b: 'billion',
  bn: 'billion',
  billion: 'billion',
  t: 'trillion',
  tn: 'trillion',
  trillion: 'trillion',
};

/** Where a mark may stand: symbols only before the number, "yuan" only after it, codes on either side. */
export type MarkPosition = 'before' | 'after' | 'either';

export interface CurrencyMark {
  readonly currency: CurrencyCode;
  readonly position: MarkPosition;
}

/** Currency marks: `US$1.2bn`, `HK$5bn`, `€3.2m`, `¥10 billion` (read as CNY), `CNY10.4`, `7 billion yuan`. */
export const CURRENCY_MARKS: Readonly<Record<string, CurrencyMark>> = {
  $: { currency: 'USD', position: 'before' },
  us$: { currency: 'USD', position: 'before' },
  usd: { currency: 'USD', position: 'either' },
  hk$: { currency: 'HKD', position: 'before' },
  hkd: { currency: 'HKD', position: 'either' },
  cny: { currency: 'CNY', position: 'either' },
  rmb: { currency: 'CNY', position: 'either' },
  yuan: { currency: 'CNY', position: 'after' },
  '¥': { currency: 'CNY', position: 'before' },
  eur: { currency: 'EUR', position: 'either' },
  '€': { currency: 'EUR', position: 'before' },
};

/** The scale a word names (any case), or null. Own keys only, so "constructor" is not a scale. */
export function scaleOfWord(word: string): Scale | null {
  const key = word.toLowerCase();
  return Object.hasOwn(SCALE_WORDS, key) ? SCALE_WORDS[key] : null;
}

/** The currency a mark stands for (any case), or null. */
export function currencyOfMark(mark: string): CurrencyCode | null {
  const key = mark.toLowerCase();
  return Object.hasOwn(CURRENCY_MARKS, key) ? CURRENCY_MARKS[key].currency : null;
}

/** A regex alternation of the words, longest first so "us$" is tried before "$" and "mn" before "m". */
function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

const marksAt = (position: 'before' | 'after'): string[] =>
  Object.entries(CURRENCY_MARKS)
    .filter(([, mark]) => mark.position === position || mark.position === 'either')
    .map(([word]) => word);

/** Regex source matching any scale word; match case-insensitively. */
export const SCALE_WORD_PATTERN = alternation(Object.keys(SCALE_WORDS));
/** Regex source matching a currency mark written before the number; match case-insensitively. */
export const CURRENCY_PREFIX_PATTERN = alternation(marksAt('before'));
/** Regex source matching a currency mark written after the number; match case-insensitively. */
export const CURRENCY_SUFFIX_PATTERN = alternation(marksAt('after'));
