import type { CurrencyCode, Scale, UnitKind } from '../domain/units';
import type { CandidateKind } from './candidate';
import type { CurrencyRead, Mark, NumberToken } from './number-tokens';
import { COUNT_NOUNS, METRIC_HEADS } from './metric-lexicon';
import { STOPWORDS, isBlankBetween, plainWord, stemsOf, wordsIn } from './words';

/** A number read as a figure: value in base units (see units.ts) and what it was written in. */
export interface Amount {
  readonly token: NumberToken;
  readonly value: number;
  readonly unit: UnitKind;
  readonly currency: CurrencyCode | null;
  readonly scale: Scale;
  readonly kind: CandidateKind;
  readonly range: 'range-low' | 'range-high' | null;
  /** The whole range as written, for the note: "$80–$85". */
  readonly rangeText: string | null;
}

/** What a number is read with when its own text does not say: a range's other end, a table's header. */
export interface UnitHint {
  readonly mark: Mark | null;
  readonly currency: CurrencyRead | null;
  readonly scale: Scale;
}

const isKnownCurrency = (currency: CurrencyRead): currency is CurrencyCode => currency !== 'other';

const EXPONENTS: Record<Scale, number> = { one: 0, thousand: 3, million: 6, billion: 9, trillion: 12 };
const isYearLike = (token: NumberToken): boolean =>
  !token.hasComma && /^\d{4}$/.test(token.digits) && Number(token.digits) >= 1900 && Number(token.digits) <= 2100;

/**
 * Reads one token as an amount, or null when it is not a figure: a flawed token, an unknown
 * currency, a year, a code with a leading zero, or a bare number with nothing to say what it counts.
 * `hint` fills in a unit the token lacks; `isTable` lets bare numbers in table cells through.
 */
export function readAmount(text: string, token: NumberToken, hint: UnitHint | null, isTable: boolean): Amount | null {
  if (token.flaw !== null) return null;
  const hasOwnUnit = token.mark !== null || token.prefixCurrency !== null || token.suffixCurrency !== null;
  // A bare year never borrows a unit: under a "$m" header "2023" is a year, not $2,023 million.
  if (!hasOwnUnit && token.scale === 'one' && isYearLike(token)) return null;
  const mark = token.mark ?? (hasOwnUnit ? null : (hint?.mark ?? null));
  const scale = token.scale !== 'one' ? token.scale : hasOwnUnit && token.mark !== null ? 'one' : (hint?.scale ?? 'one');
  const written = [token.prefixCurrency, token.suffixCurrency].filter((c): c is CurrencyRead => c !== null);
  if (written.length === 0 && mark === null && hint?.currency) written.push(hint.currency);
  // A currency the app cannot store ("£40 million") is no figure rather than a wrong one; nor is "$5 billion yuan".
  const known = written.filter(isKnownCurrency);
  if (known.length !== written.length || new Set(known).size > 1) return null;
  const currency = known[0] ?? null;

  let exponent = EXPONENTS[scale];
  let unit: UnitKind;
  let kind: CandidateKind;
  if (mark === 'percent' || mark === 'points' || mark === 'basis-points' || mark === 'multiple') {
    if (currency !== null || scale !== 'one') return null;
    unit = mark === 'multiple' ? 'multiple' : 'percent';
    kind = mark === 'multiple' ? 'multiple' : mark === 'percent' ? 'percent' : 'percentage-points';
    exponent += mark === 'basis-points' ? -4 : mark === 'multiple' ? 0 : -2;
  } else if (mark === 'shares') {
    if (currency !== null) return null;
    unit = 'shares';
    kind = 'shares';
  } else if (mark === 'cents') {
    if (token.prefixCurrency !== null) return null;
    unit = 'currency';
    kind = 'amount';
    exponent -= 2;
  } else if (currency !== null) {
    unit = 'currency';
    kind = 'amount';
  } else {
    if (!isCountable(text, token, scale, isTable)) return null;
    unit = 'count';
    kind = 'count';
  }
  // "83.6e9" is converted once, to the nearest double; 83.6 * 1e9 would add a rounding of its own.
  const magnitude = Number(`${token.digits}e${exponent}`);
  if (!Number.isFinite(magnitude)) return null;
  const value = token.isNegative && magnitude !== 0 ? -magnitude : magnitude;
  return {
    token,
    value,
    unit,
    currency: mark === 'cents' ? 'USD' : unit === 'currency' ? currency : null,
    scale,
    kind,
    range: null,
    rangeText: null,
  };
}

/**
 * A bare number is a count only when something says what it counts: a plural noun right after
 * it ("over 100 global tech partners", "3 million users"). Codes with a leading zero, versions
 * after a name ("Qwen 2.5", "iPhone 16") and fractions of nothing are left out (years already are).
 */
function isCountable(text: string, token: NumberToken, scale: Scale, isTable: boolean): boolean {
  if (/^0\d/.test(token.digits)) return false;
  if (scale === 'one' && token.digits.includes('.')) return false;
  if (isTable) return true;
  const previous = wordsIn(text, Math.max(0, token.start - 40), token.start).at(-1);
  if (previous && isBlankBetween(text, previous.end, token.start) && /[A-Z]/.test(previous.text) && !STOPWORDS.has(plainWord(previous.text))) {
    return false;
  }
  const noun = countedNoun(text, token.end);
  if (noun === null) return false;
  // "3 reasons" or "5 steps" is prose; "5,000 employees", "3 million users" or "over 100 partners" is
  // a figure. A letter scale alone proves nothing: "4K screens" is a resolution, "3M users" a count.
  const isLarge = (scale !== 'one' && !token.isScaleAbbreviated) || token.hasComma || Number(token.digits) >= 1000;
  const isHedged = /(?<![a-z])(?:over|more than|about|around|nearly|almost|approximately|roughly|some|up to|at least|fewer than|less than)\s+$/i.test(
    text.slice(Math.max(0, token.start - 24), token.start),
  );
  return isLarge || isHedged || stemsOf(noun).some((s) => COUNT_NOUNS.has(s) || METRIC_HEADS.has(s));
}

/** The plural noun a count counts, within three words after it and with no punctuation between. */
export function countedNoun(text: string, from: number): string | null {
  const words = wordsIn(text, from, Math.min(text.length, from + 60)).slice(0, 3);
  let at = from;
  for (const word of words) {
    if (!isBlankBetween(text, at, word.start)) return null;
    const plain = plainWord(word.text);
    if (MEASURE_WORDS.has(plain)) return null;
    if ((STOPWORDS.has(plain) && !COUNT_ADJECTIVES.has(plain)) || /[A-Z]/.test(word.text[0])) return null;
    if (/^(?:people|staff|personnel|children|workforce)$/.test(plain)) return plain;
    if (plain.length > 3 && /[^su]s$/.test(plain) && !/(?:ous|ics|ss|is)$/.test(plain)) return plain;
    at = word.end;
  }
  return null;
}

// Adjectives that may stand between a count and its noun: "5,000 new jobs", "200 more stores".
const COUNT_ADJECTIVES = new Set(['new', 'more', 'other', 'total', 'own']);
// Units of time, length and weight: "3 days", "40 miles" measure, they do not count things a company has.
const MEASURE_WORDS = new Set(
  'days hours minutes mins seconds secs weeks months years decades miles kilometres kilometers metres meters inches feet pounds kilograms kilos grams tons tonnes degrees'.split(
    ' ',
  ),
);

/**
 * Pairs written as ranges: "$80–$85", "$80 to $85", "20-25%", "between 5% and 7%", "$1.2-1.5 billion".
 * "from 20% to 25%" is a change, not a range. Each end takes the unit the other end carries
 * ("20" in "20-25%" is 20%), then both are read; a pair that does not read as low < high is no range.
 */
export function readAmounts(text: string, tokens: readonly NumberToken[], hintFor: (token: NumberToken) => UnitHint | null, isTable: boolean): Amount[] {
  const amounts: Amount[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const low = tokens[i];
    const high = tokens[i + 1];
    const pair = high && isRangeGap(text, low, high) ? readRange(text, low, high, hintFor, isTable) : null;
    if (pair) {
      amounts.push(...pair);
      i += 1;
      continue;
    }
    // "22% to $33.3 billion" is two figures; "2024-2025" or "555-1234", joined by a bare dash, is none.
    if (isDashJoined(text, low)) continue;
    const amount = readAmount(text, low, hintFor(low), isTable);
    if (amount) amounts.push(amount);
  }
  return amounts;
}

function isRangeGap(text: string, low: NumberToken, high: NumberToken): boolean {
  const gap = text.slice(low.end, high.start);
  if (/^\s?[-–—]\s?$/.test(gap)) return true;
  const lead = text.slice(Math.max(0, low.start - 24), low.start).toLowerCase();
  // "from 20% to 25%" is a change; so is "fell 120 basis points to 24.5%", a change then a level.
  if (/^\s+to\s+$/.test(gap)) return !/\b(?:from|by|rose|fell|grew|dropped|declined|jumped|climbed|increased|decreased|slid|surged|cut|raised|lowered|widened|narrowed|up|down)\s+$/.test(lead);
  return /^\s+and\s+$/.test(gap) && /\bbetween\s+$/.test(lead);
}

/** A number joined to another by a bare dash but not read as a range ("555-1234", "2024-25") is no figure. */
function isDashJoined(text: string, token: NumberToken): boolean {
  return /\d[-–]$/.test(text.slice(Math.max(0, token.start - 2), token.start)) || /^[-–]\d/.test(text.slice(token.end, token.end + 2));
}

function readRange(
  text: string,
  low: NumberToken,
  high: NumberToken,
  hintFor: (token: NumberToken) => UnitHint | null,
  isTable: boolean,
): Amount[] | null {
  if (low.flaw !== null || high.flaw !== null) return null;
  const lowHasUnit = low.mark !== null || low.suffixCurrency !== null || low.scale !== 'one';
  const lowHint: UnitHint | null = lowHasUnit
    ? hintFor(low)
    : { mark: high.mark, currency: high.suffixCurrency ?? high.prefixCurrency, scale: high.scale };
  const highHint: UnitHint | null =
    high.prefixCurrency === null && low.prefixCurrency !== null
      ? { mark: high.mark, currency: low.prefixCurrency, scale: high.scale }
      : hintFor(high);
  // A borrowed hint must not stand in for a count's noun: "10-15 partners" still needs "partners".
  const first = readAmount(text, low, lowHint, isTable) ?? (lowHint === null ? null : readBorrowed(text, low, lowHint, high, isTable));
  const second = readAmount(text, high, highHint, isTable);
  if (!first || !second || first.kind !== second.kind || first.unit !== second.unit || first.currency !== second.currency) return null;
  if (!(first.value < second.value)) return null;
  const rangeText = text.slice(low.start, high.end);
  return [
    { ...first, range: 'range-low', rangeText },
    { ...second, range: 'range-high', rangeText },
  ];
}

/** The low end of "10-15 partners" is a count because the high end is. */
function readBorrowed(text: string, low: NumberToken, hint: UnitHint, high: NumberToken, isTable: boolean): Amount | null {
  const highAsCount = readAmount(text, high, null, isTable);
  if (!highAsCount || highAsCount.unit !== 'count') return null;
  return readAmount(text, low, { ...hint, mark: null, currency: null }, true);
}
