/**
 * Reads the period labels articles use ("Q4 2025", "FY2024/25", "mid-term", "forward", "by 2027")
 * into something two figures can be compared on: a date range where one can be named, or a kind
 * that says why it cannot.
 *
 * Conventions, because every trap here is a convention:
 * - A fiscal year is named by the calendar year in which it ENDS. Alibaba's fiscal year ends in
 *   March, so its FY2025 runs 1 Apr 2024 – 31 Mar 2025; Lenovo writes the same span "FY2024/25".
 * - Fiscal Q1 starts the month after the fiscal-year-end month of the previous year.
 * - Dates are ISO strings built from integers, never `Date` objects, so no time zone can move a
 *   range by a day.
 */

/** Whether a range follows the entity's own fiscal year or the calendar year. */
export type PeriodBasis = 'fiscal' | 'calendar';

/** A period that maps to dates. */
export type PeriodRange = {
  kind: 'range';
  /** First day, ISO date, inclusive. */
  start: string;
  /** Last day, ISO date, inclusive. */
  end: string;
  /** Calendar for entities whose fiscal year is the calendar year: the two readings coincide. */
  basis: PeriodBasis;
  /** For the analyst, e.g. "Alibaba fiscal Q4 2025: 1 Jan – 31 Mar 2025". */
  description: string;
};

/** What was read into a label beyond its own words, so the analyst can judge and correct it. */
export type PeriodInference = {
  /** True when the result rests on anything besides the label and the entity's fiscal year end. */
  isInferred: boolean;
  /** A sentence saying what was assumed, or null when the label says it all. */
  assumption: string | null;
};

/**
 * A period label after reading. `forward` and `trailing` are twelve months from an as-of date the
 * label does not give; `target` is a horizon ("by 2027"), not a measured period; `span` is a length
 * without a start ("three years"); `unknown` is anything that could not be read.
 */
export type ResolvedPeriod = (
  | PeriodRange
  | { kind: 'forward' | 'trailing'; description: string }
  | { kind: 'target'; year: number; description: string }
  | { kind: 'span'; years: number; description: string }
  | { kind: 'unknown'; description: string }
) &
  PeriodInference;

/** What a label is read against. */
export type PeriodContext = {
  /** Month (1-12) in which the entity's fiscal year ends; 12 for calendar-year reporters. */
  fiscalYearEndMonth: number;
  entityName: string;
  /** The article's date, YYYY-MM-DD or YYYY-MM; null when unknown. */
  articleDate: string | null;
  /** The figure's period note, which may say "fiscal", "calendar" or name the fiscal year. */
  periodNote?: string;
};

const MONTH_ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH_NAME = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

type YearMonth = { year: number; month: number };

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function addMonths(at: YearMonth, months: number): YearMonth {
  const index = at.year * 12 + (at.month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

const pad2 = (n: number): string => String(n).padStart(2, '0');
const isoDate = (year: number, month: number, day: number): string => `${year}-${pad2(month)}-${pad2(day)}`;

/** Whole months from the first day of `first` to the last day of the month `months - 1` later. */
function monthSpan(first: YearMonth, months: number): { start: string; end: string } {
  const last = addMonths(first, months - 1);
  return {
    start: isoDate(first.year, first.month, 1),
    end: isoDate(last.year, last.month, daysInMonth(last.year, last.month)),
  };
}

/** A quarter, a half or the whole year; `index` is 1-based. */
type Part = { unit: 'quarter'; index: number } | { unit: 'half'; index: number } | { unit: 'year' };

function partMonths(part: Part): { offset: number; length: number } {
  if (part.unit === 'quarter') return { offset: (part.index - 1) * 3, length: 3 };
  if (part.unit === 'half') return { offset: (part.index - 1) * 6, length: 6 };
  return { offset: 0, length: 12 };
}

function partName(part: Part): string {
  if (part.unit === 'quarter') return `Q${part.index}`;
  if (part.unit === 'half') return `H${part.index}`;
  return '';
}

function calendarRange(year: number, part: Part): { start: string; end: string } {
  const { offset, length } = partMonths(part);
  return monthSpan(addMonths({ year, month: 1 }, offset), length);
}

/** `fiscalYear` is the calendar year the fiscal year ends in. */
function fiscalRange(fiscalYear: number, endMonth: number, part: Part): { start: string; end: string } {
  const firstMonth = addMonths({ year: fiscalYear, month: endMonth }, -11);
  const { offset, length } = partMonths(part);
  return monthSpan(addMonths(firstMonth, offset), length);
}

/** "1 Jan – 31 Mar 2025"; the year is written once when both ends share it. Bad input is shown as given. */
export function formatDateRange(start: string, end: string): string {
  const a = parseIsoDate(start);
  const b = parseIsoDate(end);
  if (!a || !b) return `${start} – ${end}`;
  const day = (d: { day: number; month: number }): string => `${d.day} ${MONTH_ABBR[d.month - 1]}`;
  if (a.year === b.year) return `${day(a)} – ${day(b)} ${b.year}`;
  return `${day(a)} ${a.year} – ${day(b)} ${b.year}`;
}

function parseIsoDate(text: string): { year: number; month: number; day: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/**
 * The earliest day the article can have been written: a month-only date counts from its first
 * day, so "ended before the article" never credits a period that closed in the article's own month.
 */
function parseArticleDate(text: string | null): { year: number; earliestDay: string } | null {
  if (text === null) return null;
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text);
  if (!match) return null;
  const earliestDay = `${match[1]}-${match[2]}-${match[3] ?? '01'}`;
  return parseIsoDate(earliestDay) ? { year: Number(match[1]), earliestDay } : null;
}

/** A fiscal year as a label names it: by its end year, or by both calendar years it spans. */
type FiscalYearName = { endYear: number; isTwoYear: boolean };

function fiscalYearText(name: FiscalYearName): string {
  return name.isTwoYear ? `${name.endYear - 1}/${pad2(name.endYear % 100)}` : String(name.endYear);
}

/**
 * Reads "2025", "FY25", "2024/25", "2024/2025", "fiscal year 2024-25". A two-digit year needs an
 * "FY" or "fiscal" in front, because a bare "25" is as likely a count as a year.
 */
function parseYearToken(text: string): { year: FiscalYearName; isFiscal: boolean } | null {
  const match = /^(fy|fiscal(?: year)?)?\s*'?(\d{4}|\d{2})(?:\s*[/-]\s*(\d{4}|\d{2}))?$/.exec(text.trim());
  if (!match) return null;
  const hasFiscalPrefix = match[1] !== undefined;
  if (match[2].length === 2 && !hasFiscalPrefix) return null;
  const first = match[2].length === 2 ? 2000 + Number(match[2]) : Number(match[2]);
  if (match[3] === undefined) return { year: { endYear: first, isTwoYear: false }, isFiscal: hasFiscalPrefix };
  const second = Number(match[3]);
  const followsFirst = match[3].length === 2 ? second === (first + 1) % 100 : second === first + 1;
  // "2024/26" names no fiscal year; refusing it beats guessing which half was a typo.
  if (!followsFirst) return null;
  return { year: { endYear: first + 1, isTwoYear: true }, isFiscal: true };
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

/** What the words of a label say, before the entity or the note are consulted. */
type ParsedLabel =
  | { kind: 'part'; part: Part; year: FiscalYearName | null; isFiscalStated: boolean }
  | { kind: 'interim' }
  | { kind: 'forward' | 'trailing' }
  | { kind: 'target'; year: number }
  | { kind: 'span'; years: number }
  | { kind: 'unknown' };

function parseLabel(label: string): ParsedLabel {
  const text = label
    .toLowerCase()
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

  if (/^(?:trailing|ttm|ltm|(?:trailing|last) (?:twelve|12) months)$/.test(text)) return { kind: 'trailing' };
  if (/^(?:forward|fwd|ntm|next (?:twelve|12) months)$/.test(text)) return { kind: 'forward' };
  if (/^(?:mid-?term|interim)(?: results)?$/.test(text)) return { kind: 'interim' };

  const target = /^(?:by(?: the)?(?: end(?: of)?| end-)?|through|thru|until|till|target(?:ed)?(?: for)?) ?(\d{4})$/.exec(text);
  if (target) return { kind: 'target', year: Number(target[1]) };

  const span = /^(?:over |for |(?:the )?(?:next|past|last) )?(\d{1,2}|[a-z]+)[- ]years?$/.exec(text);
  if (span) {
    const years = /^\d+$/.test(span[1]) ? Number(span[1]) : NUMBER_WORDS[span[1]];
    if (years !== undefined && years > 0) return { kind: 'span', years };
  }

  // "Q4 2025", "FQ4 2025", "4Q 2025", "Q4 FY2025", "H1 FY2024/25", "Q2" (year left to the context).
  const partFirst = /^(?:(f)?q([1-4])|([1-4])q|h([12])|([12])h)(?: ?(.+))?$/.exec(text);
  // "FY2025 Q4", "2024/25 H1".
  const yearFirst = /^(.+?) (?:(f)?q([1-4])|h([12]))$/.exec(text);
  if (partFirst) {
    const quarter = partFirst[2] ?? partFirst[3];
    const half = partFirst[4] ?? partFirst[5];
    const part: Part = quarter ? { unit: 'quarter', index: Number(quarter) } : { unit: 'half', index: Number(half) };
    const isFiscalPrefix = partFirst[1] !== undefined;
    if (partFirst[6] === undefined) return { kind: 'part', part, year: null, isFiscalStated: isFiscalPrefix };
    const year = parseYearToken(partFirst[6]);
    if (!year) return { kind: 'unknown' };
    return { kind: 'part', part, year: year.year, isFiscalStated: isFiscalPrefix || year.isFiscal };
  }
  if (yearFirst) {
    const year = parseYearToken(yearFirst[1]);
    if (!year) return { kind: 'unknown' };
    const part: Part = yearFirst[3]
      ? { unit: 'quarter', index: Number(yearFirst[3]) }
      : { unit: 'half', index: Number(yearFirst[4]) };
    return { kind: 'part', part, year: year.year, isFiscalStated: yearFirst[2] !== undefined || year.isFiscal };
  }

  const wholeYear = parseYearToken(text);
  if (wholeYear) return { kind: 'part', part: { unit: 'year' }, year: wholeYear.year, isFiscalStated: wholeYear.isFiscal };
  return { kind: 'unknown' };
}

/** What a figure's note says about the period; notes are prose, so only plain signals are read. */
type NoteSignals = {
  namedFiscalYear: FiscalYearName | null;
  half: number | null;
  mentionsFiscal: boolean;
  mentionsCalendar: boolean;
};

function readNote(note: string | undefined): NoteSignals {
  const text = (note ?? '').replace(/[\u2010-\u2015]/g, '-');
  // "fiscal 2024/25", "fiscal year 2025", "FY2024/25", and "fiscal Q4 2025", where 2025 is the fiscal year.
  const named = /\b(?:fiscal(?: year)?|FY) ?(?:(?:Q[1-4]|H[12]) (?:of )?)?(\d{4})(?: ?[/-] ?(\d{4}|\d{2}))?\b/i.exec(text);
  const namedYear = named ? parseYearToken(named[2] ? `${named[1]}/${named[2]}` : named[1]) : null;
  const half = /\b(first|second) half\b|\bH([12])\b|\b([12])H\b/i.exec(text);
  return {
    namedFiscalYear: namedYear?.year ?? null,
    half: half ? (half[1] ? (half[1].toLowerCase() === 'first' ? 1 : 2) : Number(half[2] ?? half[3])) : null,
    mentionsFiscal: /\bfiscal\b|\bFY ?\d/i.test(text),
    mentionsCalendar: /\bcalendar\b/i.test(text),
  };
}

/** "ends 31 March"; February is named without a day because its last day moves with leap years. */
function fiscalYearEndPhrase(endMonth: number): string {
  if (endMonth === 2) return 'ends at the end of February';
  return `ends ${daysInMonth(2001, endMonth)} ${MONTH_NAME[endMonth - 1]}`;
}

function rangeResult(
  span: { start: string; end: string },
  basis: PeriodBasis,
  description: string,
  inference: PeriodInference,
): ResolvedPeriod {
  return { kind: 'range', ...span, basis, description: `${description}: ${formatDateRange(span.start, span.end)}`, ...inference };
}

function unknown(description: string, assumption: string | null = null): ResolvedPeriod {
  return { kind: 'unknown', description, isInferred: false, assumption };
}

/** "Alibaba fiscal Q4 2025" / "Lenovo fiscal H1 2024/25" / "Alibaba fiscal year 2025". */
function fiscalDescription(entityName: string, part: Part, year: FiscalYearName): string {
  const name = partName(part);
  return `${entityName} fiscal ${name ? `${name} ` : 'year '}${fiscalYearText(year)}`;
}

function calendarDescription(part: Part, year: number): string {
  const name = partName(part);
  return `Calendar ${name ? `${name} ` : ''}${year}`;
}

/**
 * Reads a period label into a date range or a kind that says why it has none. Never throws: a
 * label it cannot read comes back as `unknown` with a description the analyst can act on.
 *
 * A bare "Qn YYYY", "Hn YYYY" or "YYYY" for an entity whose fiscal year does not end in December
 * could be either calendar or fiscal. In order: a fiscal year named in the note wins; then a note
 * that says "calendar" or "fiscal"; then, for quarters and halves only, the article's date (a
 * quarter reported as a result cannot still be running, so a calendar reading that had not ended
 * by the article's date, against a fiscal one that had, is read as fiscal); otherwise calendar.
 * Whatever was decided is said in `assumption`.
 */
export function resolvePeriod(label: string | null, context: PeriodContext): ResolvedPeriod {
  if (label === null || label.trim() === '') return unknown('No period stated');
  const parsed = parseLabel(label);
  switch (parsed.kind) {
    case 'forward':
      return {
        kind: 'forward',
        description: 'Forward: the next twelve months from the figure’s date',
        isInferred: false,
        assumption: null,
      };
    case 'trailing':
      return {
        kind: 'trailing',
        description: 'Trailing: the twelve months up to the figure’s date',
        isInferred: false,
        assumption: null,
      };
    case 'target':
      return {
        kind: 'target',
        year: parsed.year,
        description: `A target: ${label.trim()} (a horizon, not a measured period)`,
        isInferred: false,
        assumption: null,
      };
    case 'span':
      return {
        kind: 'span',
        years: parsed.years,
        description: `A span of ${parsed.years} year${parsed.years === 1 ? '' : 's'} with no start date`,
        isInferred: false,
        assumption: null,
      };
    case 'unknown':
      return unknown(`Unrecognized period “${label.trim()}”`);
    case 'interim':
    case 'part':
      break;
  }
  const endMonth = context.fiscalYearEndMonth;
  if (!Number.isInteger(endMonth) || endMonth < 1 || endMonth > 12) {
    return unknown(`“${label.trim()}” needs ${context.entityName}’s fiscal year end, which is not a month (${endMonth})`);
  }
  return parsed.kind === 'interim'
    ? resolveInterim(label.trim(), context, endMonth)
    : resolvePart(label.trim(), parsed, context, endMonth);
}

/** Mid-term/interim results are the first half of a fiscal year; which year comes from the note or the date. */
function resolveInterim(label: string, context: PeriodContext, endMonth: number): ResolvedPeriod {
  const note = readNote(context.periodNote);
  const basis: PeriodBasis = endMonth === 12 ? 'calendar' : 'fiscal';
  const half: Part = { unit: 'half', index: note.half ?? 1 };
  const halfWords = half.index === 1 ? 'first half' : 'second half';
  if (note.namedFiscalYear) {
    const year = note.namedFiscalYear;
    return rangeResult(fiscalRange(year.endYear, endMonth, half), basis, fiscalDescription(context.entityName, half, year), {
      isInferred: true,
      assumption: `“${label}” read as the ${halfWords} of ${context.entityName}’s fiscal ${fiscalYearText(year)}, as the figure’s note says.`,
    });
  }
  const article = parseArticleDate(context.articleDate);
  if (!article) {
    return unknown(
      `“${label}”: interim results, but neither the figure’s note nor the article’s date says which fiscal year`,
    );
  }
  // The latest fiscal year whose first half had closed before the article: results describe the past.
  let endYear = article.year + 1;
  while (fiscalRange(endYear, endMonth, half).end >= article.earliestDay) endYear -= 1;
  const year: FiscalYearName = { endYear, isTwoYear: endMonth !== 12 };
  return rangeResult(fiscalRange(endYear, endMonth, half), basis, fiscalDescription(context.entityName, half, year), {
    isInferred: true,
    assumption: `“${label}” read as the ${halfWords} of ${context.entityName}’s fiscal year, the latest one that ended before the article’s date (${context.articleDate}).`,
  });
}

function resolvePart(
  label: string,
  parsed: Extract<ParsedLabel, { kind: 'part' }>,
  context: PeriodContext,
  endMonth: number,
): ResolvedPeriod {
  const { part } = parsed;
  const { entityName } = context;
  const note = readNote(context.periodNote);
  const basisIfFiscal: PeriodBasis = endMonth === 12 ? 'calendar' : 'fiscal';
  const fiscalTerms = `${entityName}’s fiscal year (${fiscalYearEndPhrase(endMonth)})`;

  if (parsed.year?.isTwoYear && endMonth === 12) {
    return unknown(`“${label}” names two calendar years, but ${entityName}’s fiscal year is the calendar year`);
  }

  // The label itself says fiscal and names the year: nothing to decide.
  if (parsed.isFiscalStated && parsed.year) {
    return rangeResult(
      fiscalRange(parsed.year.endYear, endMonth, part),
      basisIfFiscal,
      fiscalDescription(entityName, part, parsed.year),
      { isInferred: false, assumption: null },
    );
  }

  // A fiscal year named in the note settles both the basis and the year, even when the label has no year.
  if (note.namedFiscalYear && endMonth !== 12) {
    const year = note.namedFiscalYear;
    return rangeResult(fiscalRange(year.endYear, endMonth, part), 'fiscal', fiscalDescription(entityName, part, year), {
      isInferred: true,
      assumption: `“${label}” read on ${fiscalTerms}, in fiscal ${fiscalYearText(year)}, the fiscal year the figure’s note names.`,
    });
  }

  const sentences: string[] = [];
  let year: number;
  if (parsed.year) {
    year = parsed.year.endYear;
  } else {
    const article = parseArticleDate(context.articleDate);
    if (!article) return unknown(`“${label}” has no year, and the article’s date is not known`);
    year = article.year;
    sentences.push(`${label} without a year: read as the year of the article’s date (${year}).`);
  }

  const calendar = calendarRange(year, part);
  const fiscal = fiscalRange(year, endMonth, part);
  const fiscalName = fiscalDescription(entityName, part, { endYear: year, isTwoYear: false });
  const calendarName = calendarDescription(part, year);
  const done = (chosen: 'fiscal' | 'calendar'): ResolvedPeriod =>
    chosen === 'fiscal'
      ? rangeResult(fiscal, basisIfFiscal, fiscalName, { isInferred: true, assumption: sentences.join(' ') })
      : rangeResult(calendar, 'calendar', calendarName, {
          isInferred: sentences.length > 0,
          assumption: sentences.length > 0 ? sentences.join(' ') : null,
        });

  if (calendar.start === fiscal.start && calendar.end === fiscal.end) return done('calendar');
  if (parsed.isFiscalStated) return done('fiscal');

  const otherCalendar = `calendar ${partName(part) || 'year'} ${year} would be ${formatDateRange(calendar.start, calendar.end)}`;
  const otherFiscal = `${fiscalName} would be ${formatDateRange(fiscal.start, fiscal.end)}`;
  if (note.mentionsCalendar) {
    sentences.push(`Read as the calendar period because the figure’s note says calendar; ${otherFiscal}.`);
    return done('calendar');
  }
  if (note.mentionsFiscal) {
    sentences.push(`Read on ${fiscalTerms}, because the figure’s note says fiscal; ${otherCalendar}.`);
    return done('fiscal');
  }
  // A bare year is as often a forecast horizon as a result, so the article's date says nothing about it.
  if (part.unit !== 'year') {
    const article = parseArticleDate(context.articleDate);
    if (article && calendar.end >= article.earliestDay && fiscal.end < article.earliestDay) {
      sentences.push(
        `Read on ${fiscalTerms}: calendar ${partName(part)} ${year} had not ended by the article’s date (${context.articleDate}).`,
      );
      return done('fiscal');
    }
  }
  sentences.push(
    part.unit === 'year'
      ? `A bare year is read as the calendar year; ${otherFiscal}.`
      : `Read as the calendar period: nothing says fiscal; ${otherFiscal}.`,
  );
  return done('calendar');
}

/**
 * Whether two resolved periods are the same: true or false when both can be compared (two ranges
 * with the same start and end, two forwards, two trailings, two targets in the same year), null
 * when it cannot be decided (an unknown or a span, or two different kinds). Forward and trailing
 * windows are relative to each figure's as-of date, which the caller must check on its own.
 */
export function isSamePeriod(a: ResolvedPeriod, b: ResolvedPeriod): boolean | null {
  if (a.kind === 'range' && b.kind === 'range') return a.start === b.start && a.end === b.end;
  if (a.kind === 'target' && b.kind === 'target') return a.year === b.year;
  if ((a.kind === 'forward' || a.kind === 'trailing') && a.kind === b.kind) return true;
  return null;
}
