import type { Span } from './words';

/**
 * The stretches a figure's quote can be: a sentence of a paragraph, a list item (or a sentence
 * of one), a table row or a headline line. All offsets are trimmed so the quote has no
 * surrounding blanks, and list markers ("•", "-", "1.") are left out of it.
 */
export interface TextLine extends Span {
  readonly index: number;
  /** After any list marker and leading blanks; equals `contentEnd` on a blank line. */
  readonly contentStart: number;
  /** Trailing blanks removed. */
  readonly contentEnd: number;
  /** The list marker: its digits ("1.") are numbering, never a figure. */
  readonly marker: Span | null;
}

export type UnitKind = 'sentence' | 'list-item' | 'table-row';

export interface TextUnit extends Span {
  readonly kind: UnitKind;
  /** The first line the unit lies on. */
  readonly line: number;
}

// A bullet or a short number/letter followed by a blank. "1.5%" or "-7%" are not markers: no blank follows.
const LIST_MARKER = /^[ \t\u00a0]*((?:[•●▪◦‣∙·*+\-–—]|\(?\d{1,2}[.)]|\([a-z]\)))[ \t\u00a0]+(?=\S)/;

export function splitLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  const breaks = /\r\n|[\n\r\u2028\u2029]/g;
  let start = 0;
  for (const match of text.matchAll(breaks)) {
    const end = match.index ?? text.length;
    lines.push(describeLine(text, lines.length, start, end));
    start = end + match[0].length;
  }
  lines.push(describeLine(text, lines.length, start, text.length));
  return lines;
}

function describeLine(text: string, index: number, start: number, end: number): TextLine {
  const body = text.slice(start, end);
  let contentEnd = end;
  while (contentEnd > start && /\s/.test(text[contentEnd - 1])) contentEnd -= 1;
  const marker = LIST_MARKER.exec(body);
  if (marker) {
    const markerStart = start + marker[0].indexOf(marker[1]);
    return {
      index,
      start,
      end,
      contentStart: start + marker[0].length,
      contentEnd,
      marker: { start: markerStart, end: markerStart + marker[1].length },
    };
  }
  let contentStart = start;
  while (contentStart < contentEnd && /\s/.test(text[contentStart])) contentStart += 1;
  return { index, start, end, contentStart, contentEnd, marker: null };
}

export const isBlankLine = (line: TextLine): boolean => line.contentStart >= line.contentEnd;

/**
 * Quotes for every line that is not a table row. A paragraph that was hard-wrapped (a line with
 * no closing punctuation followed by one that starts in lower case) is read as one block, so a
 * sentence broken across lines is still quoted whole.
 */
export function textUnits(text: string, lines: readonly TextLine[], tableLines: ReadonlySet<number>): TextUnit[] {
  const units: TextUnit[] = [];
  let index = 0;
  while (index < lines.length) {
    const line = lines[index];
    if (isBlankLine(line)) {
      index += 1;
      continue;
    }
    if (tableLines.has(index)) {
      units.push({ kind: 'table-row', start: line.contentStart, end: line.contentEnd, line: index });
      index += 1;
      continue;
    }
    let last = index;
    while (isContinued(text, lines, last, tableLines)) last += 1;
    const kind: UnitKind = line.marker ? 'list-item' : 'sentence';
    for (const sentence of splitSentences(text, line.contentStart, lines[last].contentEnd)) {
      units.push({ kind, ...sentence, line: index });
    }
    index = last + 1;
  }
  return units;
}

function isContinued(text: string, lines: readonly TextLine[], at: number, tableLines: ReadonlySet<number>): boolean {
  const next = lines[at + 1];
  if (!next || isBlankLine(next) || next.marker || tableLines.has(at + 1)) return false;
  const lastChar = text[lines[at].contentEnd - 1];
  return !/[.!?:;"”’)\]]/.test(lastChar) && /[a-z]/.test(text[next.contentStart]);
}

// Words whose trailing period is not a sentence end: "U.S. trade", "e.g. tariffs", "Inc. said".
const ABBREVIATIONS = new Set(
  'e.g i.e etc vs mr mrs ms dr prof inc corp co ltd no st jr sr approx est fig dept jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);

/** Sentences inside [from, to), trimmed. A sentence ends at . ! ? or … before a blank and a capital, digit or symbol. */
export function splitSentences(text: string, from: number, to: number): Span[] {
  const sentences: Span[] = [];
  let start = from;
  for (let at = from; at < to; at += 1) {
    if (!/[.!?…]/.test(text[at])) continue;
    let after = at + 1;
    while (after < to && /["'”’)\]]/.test(text[after])) after += 1;
    if (after >= to) break;
    if (!/\s/.test(text[after]) || isAbbreviation(text, at)) continue;
    let next = after;
    while (next < to && /\s/.test(text[next])) next += 1;
    if (next >= to) break;
    if (!/[A-Z\d"“‘'(\[$€¥£•\u00C0-\u00DE]/.test(text[next])) continue;
    pushTrimmed(text, sentences, start, after);
    start = next;
    at = next - 1;
  }
  pushTrimmed(text, sentences, start, to);
  return sentences;
}

function isAbbreviation(text: string, dot: number): boolean {
  if (text[dot] !== '.') return false;
  const word = /([A-Za-z.]+)$/.exec(text.slice(Math.max(0, dot - 12), dot))?.[1] ?? '';
  // An initial ("J.") or a dotted acronym ("U.S", "a.m").
  if (/^[A-Z]$/.test(word) || /[A-Za-z]\.[A-Za-z]$/.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

function pushTrimmed(text: string, into: Span[], start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s += 1;
  while (e > s && /\s/.test(text[e - 1])) e -= 1;
  if (e > s) into.push({ start: s, end: e });
}

/**
 * Clauses of a unit: split at commas and semicolons before a blank, dashes and "while"/"whereas".
 * Colons do not split: in "Adjusted EBITA: up 36% YoY" the label before the colon names the figure.
 */
export function clausesOf(text: string, unit: Span): Span[] {
  const clauses: Span[] = [];
  const body = text.slice(unit.start, unit.end);
  const breaks = /[,;](?=\s)|\s[–—-]\s|—|\s(?:while|whereas)\s/g;
  let start = unit.start;
  for (const match of body.matchAll(breaks)) {
    const at = unit.start + (match.index ?? 0);
    if (at > start) clauses.push({ start, end: at });
    start = at + match[0].length;
  }
  if (unit.end > start) clauses.push({ start, end: unit.end });
  return clauses;
}

/** The item of `spans` (sorted, disjoint) containing `offset`, or undefined. */
export function spanAt<T extends Span>(spans: readonly T[], offset: number): T | undefined {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (spans[mid].end <= offset) low = mid + 1;
    else if (spans[mid].start > offset) high = mid - 1;
    else return spans[mid];
  }
  return undefined;
}

/** The items of `spans` (sorted by start) that lie wholly inside `outer`, found by binary search. */
export function spansWithin<T extends Span>(spans: readonly T[], outer: Span): T[] {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spans[mid].start < outer.start) low = mid + 1;
    else high = mid;
  }
  const found: T[] = [];
  for (let i = low; i < spans.length && spans[i].start < outer.end; i += 1) if (spans[i].end <= outer.end) found.push(spans[i]);
  return found;
}
