import type { Candidate } from './candidate';
import type { Draft } from './draft';
import { indexEntities } from './entity-guess';
import { findNonFigureSpans, overlapsAny } from './non-figures';
import { scanNumbers, type NumberToken } from './number-tokens';
import { findPeriodMentions } from './period-phrases';
import { proseDrafts, type ArticleIndex } from './prose-figures';
import { tableDrafts } from './table-figures';
import { findTables, tableLineSet, type TextTable } from './tables';
import { spanAt, splitLines, textUnits } from './text-units';
import type { Span } from './words';

export interface ExtractOptions {
  /** The article's slug; candidate ids are `${articleId}-x${n}`, n counting from 1 in text order. */
  readonly articleId: string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Proposes the financial figures an article's text states, for the analyst to review: amounts
 * with their currency and scale, percentages and percentage points, multiples, share counts and
 * counts of things, including both ends of ranges and numbers in simple tables. Each candidate is
 * a dataset figure (value in base units, exact offsets of the figure and its quote, period, basis,
 * qualifiers) with the extractor's guess of its entity and metric.
 *
 * Numbers that only look like figures are left out: years and other periods ("Q4 2025", "by
 * 2027"), dates and times, model and product names ("Qwen3-235B", "GPT-4", "iPhone 16"), tickers
 * and stock codes, phone numbers, list and section numbers, reading times, and bare numbers with
 * nothing to say what they count. Never throws on any text; throws only for an `articleId` that
 * is not a slug, since no candidate could then be valid.
 */
export function extractFigures(text: string, options: ExtractOptions): Candidate[] {
  if (!SLUG.test(options.articleId)) {
    throw new RangeError(`articleId must be lower-case words joined by hyphens, not “${options.articleId}”`);
  }
  const lines = splitLines(text);
  const tables = findTables(text, lines);
  const tableLines = tableLineSet(tables);
  const units = textUnits(text, lines, tableLines);
  const periods = findPeriodMentions(text);
  const markers = lines.flatMap((line) => (line.marker ? [line.marker] : []));
  const notFigures: Span[] = [...findNonFigureSpans(text), ...periods, ...markers].sort((a, b) => a.start - b.start);
  const tokens = scanNumbers(text).filter((token) => !overlapsAny(notFigures, token.numberStart, token.numberEnd));
  const entities = indexEntities(text);
  const names: Span[] = [...entities.mentions, ...entities.segments].sort((a, b) => a.start - b.start);
  const index: ArticleIndex = {
    text,
    articleId: options.articleId,
    lines,
    units,
    entities,
    periods,
    isName: (word) => overlapsAny(names, word.start, word.end),
    isPeriod: (word) => overlapsAny(periods, word.start, word.end),
  };

  const isOnTable = (start: number): boolean => tableLines.has(spanAt(lines, start)?.index ?? -1);
  const tableTokens = (table: TextTable): NumberToken[] =>
    tokensWithin(tokens, lines[table.rows[0].line], lines[table.rows[table.rows.length - 1].line]);
  const drafts: Draft[] = [
    ...proseDrafts(index, tokens.filter((token) => !isOnTable(token.start))),
    ...tables.flatMap((table) => tableDrafts(index, table, tableTokens(table))),
  ];
  drafts.sort((a, b) => a.figure.asWritten.start - b.figure.asWritten.start || a.figure.asWritten.end - b.figure.asWritten.end);
  return drafts.map((draft, i) => ({ ...draft, figure: { id: `${options.articleId}-x${i + 1}`, ...draft.figure } }));
}

/** The tokens (sorted by start) from the start of `first` to the end of `last`. */
function tokensWithin(tokens: readonly NumberToken[], first: Span, last: Span): NumberToken[] {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid].start < first.start) low = mid + 1;
    else high = mid;
  }
  const found: NumberToken[] = [];
  for (let i = low; i < tokens.length && tokens[i].start < last.end; i += 1) found.push(tokens[i]);
  return found;
}
