import type { SuggestedMetadata } from './prepared-article';

/** Only the top of an article carries its dateline, byline and source; later dates are about the story. */
const HEAD_CHARS = 800;
const MAX_TITLE_CHARS = 200;
/** A byline sits in the first lines; "By 2030, revenue…" further down is prose. */
const BYLINE_LINES = 12;

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};
const MONTH_NAME = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';

/**
 * The date forms read, each with how to pull year, month and day from its groups. Day-first and
 * month-first numeric dates ("05/06/2025") are deliberately absent: which one is meant cannot be known.
 */
const DATE_FORMS: readonly { readonly pattern: RegExp; readonly ymd: (m: RegExpMatchArray) => [string, string, string] }[] = [
  { pattern: new RegExp(`\\b${MONTH_NAME}\\s+${DAY},?\\s+(\\d{4})\\b`, 'gi'), ymd: (m) => [m[3], m[1], m[2]] },
  { pattern: new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH_NAME},?\\s+(\\d{4})\\b`, 'gi'), ymd: (m) => [m[3], m[2], m[1]] },
  { pattern: /\b(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/g, ymd: (m) => [m[1], m[3], m[4]] },
];

/** The number of a month written as a word ("Sept.", "october"), or as digits. */
function monthNumber(written: string): number {
  const word = written.toLowerCase().replace(/\.$/, '');
  return MONTHS[word] ?? Number(word);
}

function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${String(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first full date written in `text` (earliest position wins across forms), as YYYY-MM-DD. */
export function findDate(text: string): string | null {
  let best: { index: number; date: string } | null = null;
  for (const form of DATE_FORMS) {
    for (const match of text.matchAll(form.pattern)) {
      if (best !== null && match.index >= best.index) break;
      const [year, month, day] = form.ymd(match);
      const date = isoDate(Number(year), monthNumber(month), Number(day));
      if (date === null) continue; // "February 30": not a date; a later one may be
      best = { index: match.index, date };
      break;
    }
  }
  return best?.date ?? null;
}

/**
 * A date as pages and front matter state it, reduced to YYYY-MM-DD (or YYYY-MM when only that is given).
 * An ISO timestamp keeps the calendar date it was written with: converting "2025-05-26T23:30-05:00"
 * to UTC would move the article to the next day.
 */
export function normaliseDate(value: string): string | null {
  const trimmed = value.trim();
  const iso = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?=$|[T\s])/.exec(trimmed);
  if (iso !== null) {
    if (iso[3] !== undefined) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    const month = Number(iso[2]);
    return month >= 1 && month <= 12 ? `${iso[1]}-${iso[2]}` : null;
  }
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(trimmed);
  if (compact !== null) return isoDate(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  return findDate(trimmed.slice(0, HEAD_CHARS));
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

/**
 * Drops the punctuation that ends the sentence around a URL rather than the URL itself; a closing
 * parenthesis stays only when the URL opened one ("…/Revenue_(accounting)").
 */
function trimUrl(url: string): string {
  let trimmed = url;
  for (;;) {
    const last = trimmed.at(-1);
    const isStrayParen = last === ')' && count(trimmed, ')') > count(trimmed, '(');
    if (last === undefined || (!/[.,;:!?'"’”\]>]/.test(last) && !isStrayParen)) return trimmed;
    trimmed = trimmed.slice(0, -1);
  }
}

/** The first http(s) URL in `text`, without the punctuation that follows it in prose. */
export function findUrl(text: string): string | null {
  const match = /\bhttps?:\/\/[^\s<>"'`]+/i.exec(text);
  if (match === null) return null;
  const url = trimUrl(match[0]);
  return /^https?:\/\/[^/\s]+\.[^/\s]+/i.test(url) ? url : null;
}

/** Lowercase words that may sit inside a name ("Ana de la Cruz", "Jane Doe and John Roe"). */
const NAME_PARTICLES = new Set(['and', '&', 'de', 'del', 'la', 'le', 'du', 'da', 'di', 'van', 'von', 'der', 'den', 'al', 'bin', 'y']);

/** The names on a "By Jane Doe" line, or null when the line is prose ("By comparison, …", "By 2030 …"). */
export function readByline(line: string): string | null {
  const match = /^by[:\s]\s*(.+)$/i.exec(line.trim());
  if (match === null) return null;
  const names = match[1].trim().replace(/[.,;]$/, '');
  const words = names.split(/[\s,]+/).filter((word) => word !== '');
  if (words.length === 0 || words.length > 8 || /\d/.test(names)) return null;
  const isName = words.every((word) => NAME_PARTICLES.has(word) || /^\p{Lu}/u.test(word));
  return isName && /^\p{Lu}/u.test(words[0]) ? names : null;
}

/** "Publisher: Reuters" and "Source: Reuters" lines name the publisher unless they hold only a link. */
function readPublisherLine(line: string): string | null {
  const match = /^(?:publisher|published by|source)\s*:\s*(.+)$/i.exec(line.trim());
  if (match === null) return null;
  const value = match[1].trim();
  return /^https?:\/\//i.test(value) || value.length > 100 ? null : value;
}

/**
 * What the text itself says about the article: its first line as the title, the first date and URL
 * near the top, a byline and a publisher line. Used for plain text, and to fill what an HTML page's
 * or a Markdown file's own metadata leaves empty.
 */
export function textMetadata(text: string): SuggestedMetadata {
  const head = text.slice(0, HEAD_CHARS);
  const lines = text.split('\n', 200).map((line) => line.trim()).filter((line) => line !== '');
  const headLines = lines.slice(0, BYLINE_LINES);
  const firstLine = lines[0] ?? '';
  return {
    title: firstLine === '' ? null : firstLine.slice(0, MAX_TITLE_CHARS).trim(),
    date: findDate(head),
    publisher: headLines.map(readPublisherLine).find((value) => value !== null) ?? null,
    author: headLines.map(readByline).find((value) => value !== null) ?? null,
    url: findUrl(head),
  };
}

/** Each field from `primary` when it has one, else from `fallback`. */
export function mergeSuggestions(primary: SuggestedMetadata, fallback: SuggestedMetadata): SuggestedMetadata {
  return {
    title: primary.title ?? fallback.title,
    date: primary.date ?? fallback.date,
    publisher: primary.publisher ?? fallback.publisher,
    author: primary.author ?? fallback.author,
    url: primary.url ?? fallback.url,
  };
}
