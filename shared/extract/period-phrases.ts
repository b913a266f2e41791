import { MONTH_PATTERN, type Span } from './words';

/**
 * Period phrases as articles write them: "Q4 2025", "FY2024/25", "fiscal 2024/25", "H1 2025",
 * "first half of 2025", "mid-term", "full year", "in 2023", "by 2027", "through 2026", "three-year".
 * Their digits are never figures. The label is the phrase as written, except that a leading
 * "in"/"for"/"during" is dropped ("in 2023" is labelled "2023"), while "by 2027" keeps its "by"
 * because a horizon is not the year itself.
 */
export interface PeriodMention extends Span {
  /** Where the label lies in the text (inside the mention). */
  readonly labelStart: number;
  readonly label: string;
}

const YEAR = '(?:19|20)\\d{2}';
// A number that is really an amount ("by 2025%", "FY 20 billion") is not a period.
const NOT_AMOUNT = '(?![\\d%$]|[.,]\\d|\\s*(?:%|per ?cent|[mb]n\\b|billion|million|trillion|x\\b))';
const FISCAL_YEAR = `(?:FY\\s?'?\\d{2}(?:\\d{2})?(?:[/-]\\d{2,4})?|[Ff]iscal(?: [Yy]ear)?\\s(?:${YEAR}|'?\\d{2})(?:[/-]\\d{2,4})?)`;
const PART = `(?:[Ff]?Q[1-4]|[1-4]Q|H[12]|[12]H)`;
const ORDINAL_PART = '(?:first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal )?(?:quarter|half)';
const COUNT_WORD = '(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve)';

/** Each pattern's group 1, when present, is the label; otherwise the whole match is. */
const PERIOD_PATTERNS: readonly RegExp[] = [
  // "fiscal Q4 2025", "Q4 2025", "Q3 FY2025", "1H25", "Q2".
  new RegExp(`\\b(?:[Ff]iscal )?${PART}(?:\\s?(?:of )?(?:${FISCAL_YEAR}|${YEAR}|'?\\d{2}(?:/\\d{2})?))?\\b${NOT_AMOUNT}`, 'g'),
  new RegExp(`\\b${FISCAL_YEAR}\\b${NOT_AMOUNT}`, 'g'),
  // "first half of 2025", "the second quarter of fiscal 2024/25", "fourth quarter".
  new RegExp(`\\b(?:the )?(${ORDINAL_PART}(?: of (?:the )?(?:${FISCAL_YEAR}|${YEAR}|(?:this|last|next) year))?)\\b${NOT_AMOUNT}`, 'gi'),
  new RegExp(
    `\\b(?:full[- ]year|whole[- ]year|year[- ]to[- ]date|YTD|mid[- ]?term|interim|year[- ]end|trailing (?:twelve|12) months|TTM|LTM|NTM|next (?:twelve|12) months|(?:this|last|next|past|previous|prior|current) (?:fiscal )?(?:year|quarter))(?: ${YEAR})?\\b${NOT_AMOUNT}`,
    'gi',
  ),
  // Horizons keep their preposition: "by 2027", "through 2026", "since 2023", "by the end of 2025".
  new RegExp(`\\b(?:by|through|thru|until|till|since|before|after|from)(?: the end of| end-| year-end)? ${YEAR}\\b${NOT_AMOUNT}`, 'gi'),
  new RegExp(`\\b(?:in|for|during|of) (?:(?:early|late|mid|calendar)[- ])?(${YEAR})\\b${NOT_AMOUNT}`, 'gi'),
  new RegExp(`\\b(?:${MONTH_PATTERN}) ${YEAR}\\b${NOT_AMOUNT}`, 'g'),
  // A year naming what follows: "its 2024 cloud revenue forecast", "21x 2025 earnings".
  new RegExp(
    `\\b(${YEAR})(?= (?:[A-Za-z-]+ ){0,2}(?:revenues?|sales|earnings|profits?|income|guidance|forecasts?|outlook|results|targets?|estimates?|capex|EPS|EBITDA|EBITA)\\b)`,
    'g',
  ),
  // Spans: "three-year", "the next five years", "12 months".
  new RegExp(`\\b(?:(?:the )?(?:next|past|last|coming|previous) )?${COUNT_WORD}[- ](?:years?|months?|quarters?)\\b(?!-old)`, 'gi'),
];

/** Every period phrase in the text, sorted by start, overlaps resolved in favour of the longer phrase. */
export function findPeriodMentions(text: string): PeriodMention[] {
  const found: PeriodMention[] = [];
  for (const pattern of PERIOD_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      const label = match[1] ?? match[0];
      const labelStart = match[1] === undefined ? start : start + match[0].lastIndexOf(match[1]);
      found.push({ start, end: start + match[0].length, label, labelStart });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PeriodMention[] = [];
  for (const mention of found) {
    const last = kept[kept.length - 1];
    if (last && mention.start < last.end) {
      if (mention.end - mention.start > last.end - last.start) kept[kept.length - 1] = mention;
      continue;
    }
    kept.push(mention);
  }
  return kept;
}

/** "forward", "fwd", "NTM": a forward multiple's period, as written. */
export const FORWARD_WORD = /\b(?:forward|fwd|NTM|one-year forward|12-month forward)\b/i;
