import type { TextLine } from './text-units';
import { isBlankLine } from './text-units';
import type { Span } from './words';

/**
 * Simple tables in plain text: consecutive lines whose cells are separated by tabs (as the HTML
 * and Markdown readers write them), pipes, or runs of two or more spaces, all with the same
 * number of cells. The first row is a header when it states no amounts; a Markdown delimiter row
 * ("|---|---|") is skipped.
 */
export interface Cell extends Span {
  readonly text: string;
}

export interface TableRow {
  readonly line: number;
  readonly cells: readonly Cell[];
}

export interface TextTable {
  readonly rows: readonly TableRow[];
  /** The line just above the table, when it is not blank: often a caption that names the period or unit. */
  readonly caption: Span | null;
}

type Separator = 'tab' | 'pipe' | 'spaces';

// Cells of a space-separated table are short; a longer "cell" is prose with a double space in it.
const MAX_SPACED_CELL = 48;

export function splitCells(text: string, line: TextLine): { separator: Separator; cells: Cell[] } | null {
  if (line.marker || isBlankLine(line)) return null;
  const raw = text.slice(line.start, line.end);
  let separator: Separator;
  let pattern: RegExp;
  if (raw.includes('\t')) [separator, pattern] = ['tab', /\t/g];
  else if (/\|/.test(raw)) [separator, pattern] = ['pipe', /\|/g];
  else if (/\S {2,}\S/.test(raw)) [separator, pattern] = ['spaces', / {2,}/g];
  else return null;
  const cells: Cell[] = [];
  // Indentation is not an empty first cell of a space-separated table; a leading tab is.
  let from = separator === 'spaces' ? raw.search(/\S/) : 0;
  const pieces: Span[] = [];
  for (const match of raw.matchAll(pattern)) {
    if ((match.index ?? 0) < from) continue;
    pieces.push({ start: from, end: match.index ?? 0 });
    from = (match.index ?? 0) + match[0].length;
  }
  pieces.push({ start: from, end: raw.length });
  for (const piece of pieces) {
    let start = piece.start;
    let end = piece.end;
    while (start < end && /\s/.test(raw[start])) start += 1;
    while (end > start && /\s/.test(raw[end - 1])) end -= 1;
    cells.push({ start: line.start + start, end: line.start + end, text: raw.slice(start, end) });
  }
  // "| a | b |" has empty cells outside its outer pipes.
  if (separator === 'pipe') {
    if (cells[0]?.text === '' && /^\s*\|/.test(raw)) cells.shift();
    if (cells.at(-1)?.text === '' && /\|\s*$/.test(raw)) cells.pop();
  }
  if (separator === 'spaces' && (cells[0]?.text === '' || cells.some((cell) => cell.text.length > MAX_SPACED_CELL))) return null;
  return cells.length >= 2 ? { separator, cells } : null;
}

const isDelimiterRow = (cells: readonly Cell[]): boolean => cells.every((cell) => /^:?-{2,}:?$/.test(cell.text));

export function findTables(text: string, lines: readonly TextLine[]): TextTable[] {
  const tables: TextTable[] = [];
  let index = 0;
  while (index < lines.length) {
    const first = splitCells(text, lines[index]);
    if (!first) {
      index += 1;
      continue;
    }
    const rows: TableRow[] = [{ line: index, cells: first.cells }];
    let next = index + 1;
    for (; next < lines.length; next += 1) {
      const split = splitCells(text, lines[next]);
      if (!split || split.separator !== first.separator || split.cells.length !== first.cells.length) break;
      if (!isDelimiterRow(split.cells)) rows.push({ line: next, cells: split.cells });
    }
    const hasDigits = rows.slice(1).some((row) => row.cells.slice(1).some((cell) => /\d/.test(cell.text)));
    if (rows.length >= 2 && hasDigits) {
      const above = lines[index - 1];
      const caption = above && !isBlankLine(above) ? { start: above.contentStart, end: above.contentEnd } : null;
      tables.push({ rows, caption });
    }
    index = next;
  }
  return tables;
}

/** Every line of every table, including delimiter rows, so none of them is read as prose. */
export function tableLineSet(tables: readonly TextTable[]): Set<number> {
  const set = new Set<number>();
  for (const table of tables) {
    const first = table.rows[0].line;
    const last = table.rows[table.rows.length - 1].line;
    for (let line = first; line <= last; line += 1) set.add(line);
  }
  return set;
}
