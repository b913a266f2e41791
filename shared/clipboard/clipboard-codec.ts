import { ElementType, parseDocument } from 'htmlparser2';
import { attribute, firstElementWhere, forEachNode, isElement, type HtmlElement, type HtmlNode } from '../intake/html-dom';

/** One cell going out: `text` is what TSV and the HTML cell show; `raw` (optional) a plain number string kept in the HTML for spreadsheets. */
export interface ClipboardCell { readonly text: string; readonly raw?: string }
export interface ClipboardPayload { readonly text: string; readonly html: string }

export const MAX_CLIPBOARD_CHARS = 10_000_000; // bigger clipboards are refused, not parsed
/** Above this, HTML that comes with the same cells as text is left for the text. */
export const MAX_HTML_WITH_TEXT_CHARS = 1_000_000;
/** HTML with more tags than this is not parsed: the text is read, or the paste refused. */
export const MAX_HTML_TAGS = 30_000;

/** How many times `char` occurs in `text`, counting no further than `limit`. */
function countUpTo(text: string, char: string, limit: number): number {
  let count = 0;
  for (let at = text.indexOf(char); at !== -1 && count < limit; at = text.indexOf(char, at + 1)) count++;
  return count;
}
export const MAX_CLIPBOARD_CELLS = 2_000_000;

export type ReadResult =
  | { ok: true; rows: string[][]; source: 'html' | 'text' }
  | { ok: false; message: string };

const EMPTY = 'The clipboard holds no text or table to paste.';
const [TAB, LF, CR, QUOTE] = [9, 10, 13, 34];
const endsCell = (code: number): boolean => code === TAB || code === LF || code === CR;

const PLAIN_NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;
// Excel keeps a <br> carrying this style inside the cell instead of starting a new row.
const SAME_CELL_BREAK = '<br style="mso-data-placement:same-cell;">';

function tsvCell(text: string): string {
  return /[\t\n\r"]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

function htmlCell(cell: ClipboardCell): string {
  const raw = escapeHtml(cell.raw ?? '');
  // Only a real number may go to Excel as x:num: it would store anything else as a broken number.
  const number = PLAIN_NUMBER.test(raw) ? ` x:num="${raw}" style="mso-number-format:General"` : '';
  const attributes = cell.raw === undefined ? '' : ` data-raw="${raw}"${number}`;
  const lines = cell.text.split(/\r\n|\r|\n/);
  // A <br> that ends a cell renders as nothing, so a trailing newline needs a second one to survive.
  const tail = lines.length > 1 && lines[lines.length - 1] === '' ? SAME_CELL_BREAK : '';
  return `<td${attributes}>${lines.map(escapeHtml).join(SAME_CELL_BREAK)}${tail}</td>`;
}

/** Writes a rectangular block as TSV (text/plain) and an HTML table (text/html). */
export function writeClipboard(rows: readonly (readonly ClipboardCell[])[]): ClipboardPayload {
  // A row of one empty cell is written as "": an empty line would read back as Excel's trailing line
  // break (last row) or as an empty clipboard (only row), and the row would be lost.
  const text = rows
    .map((row) => (row.length === 1 && row[0].text === '' ? '""' : row.map((cell) => tsvCell(cell.text)).join('\t')))
    .join('\n');
  const body = rows.map((row) => `<tr>${row.map(htmlCell).join('')}</tr>`).join('');
  return { text, html: `<meta charset="utf-8"><table>${body}</table>` };
}

interface Refusal { readonly refused: string }
type Block = string[][] | Refusal;

function count(value: number, unit: string): string {
  return `${value.toLocaleString('en-US')} ${unit}${value === 1 ? '' : 's'}`;
}

/** Rounded up, so a clipboard just over the limit does not read as exactly the limit. */
function megabytes(chars: number): string {
  return `${Math.ceil(chars / 100_000) / 10} MB`;
}

/** `atLeast`: the count stopped early, so the real width may be larger. */
function tooMany(rows: number, columns: number, atLeast: boolean): Refusal {
  const size = `${count(rows, 'row')} × ${atLeast ? 'at least ' : ''}${count(columns, 'column')}`;
  return { refused: `The clipboard holds ${atLeast ? 'at least ' : ''}${count(rows * columns, 'cell')} (${size}); `
    + `Crosscheck pastes at most ${count(MAX_CLIPBOARD_CELLS, 'cell')} at once.` };
}

/** Pads rows in place, but only once the block is known to be small enough: ragged input could ask for 10^12 cells. */
function rectangular(rows: string[][]): Block {
  let width = 0;
  for (const row of rows) width = Math.max(width, row.length);
  if (rows.length * width > MAX_CLIPBOARD_CELLS) return tooMany(rows.length, width, false);
  for (const row of rows) while (row.length < width) row.push('');
  return rows;
}

function unwrap(block: Block): string[][] {
  if (!Array.isArray(block)) throw new RangeError(block.refused);
  return block;
}

function looksBinary(text: string): boolean {
  if (text.includes('\0')) return true;
  const end = Math.min(text.length, 65_536);
  let controls = 0;
  for (let at = 0; at < end; at += 1) {
    const code = text.charCodeAt(at);
    if ((code < 32 && !endsCell(code)) || code === 127) controls += 1;
  }
  return controls * 100 > end;
}

/** The text of the quoted cell at `start` and where it ends, or null when it is not one. */
function readQuoted(text: string, start: number): { value: string; end: number } | null {
  for (let quote = text.indexOf('"', start + 1); quote !== -1; quote = text.indexOf('"', quote + 2)) {
    const end = quote + 1;
    if (text.charCodeAt(end) === QUOTE) continue; // "" stands for one quote
    // `"Big" deal` is text that happens to start with a quote, not a quoted cell: keep it as written.
    if (end < text.length && !endsCell(text.charCodeAt(end))) return null;
    return { value: text.slice(start + 1, quote).replaceAll('""', '"'), end };
  }
  return null; // never closed: a stray quote, not the start of the rest of the clipboard
}

function tsvRows(text: string): string[][] {
  const rows: string[][] = [];
  if (text === '') return rows;
  let row: string[] = [];
  for (let at = 0; ;) {
    // Rereading a badly quoted cell as literal keeps the parse linear: the failed scan ended at the
    // first lone quote, and at most one later scan crosses that quote.
    const quoted = text.charCodeAt(at) === QUOTE ? readQuoted(text, at) : null;
    if (quoted !== null) {
      row.push(quoted.value);
      at = quoted.end;
    } else {
      let end = at;
      while (end < text.length && !endsCell(text.charCodeAt(end))) end += 1;
      row.push(text.slice(at, end));
      at = end;
    }
    if (at >= text.length) break;
    if (text.charCodeAt(at) === TAB) { at += 1; continue; }
    rows.push(row);
    row = [];
    at += text.startsWith('\r\n', at) ? 2 : 1;
    if (at >= text.length) return rows; // one trailing line break is what Excel appends, not an empty row
  }
  rows.push(row);
  return rows;
}

/** Rectangular rows of a TSV block. Throws a RangeError when padding would exceed MAX_CLIPBOARD_CELLS. */
export function parseTsv(text: string): string[][] {
  return unwrap(rectangular(tsvRows(text)));
}

const BLOCKS = new Set(['p', 'div', 'table', 'tr', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre']);
const isCell = (element: HtmlElement): boolean => element.name === 'td' || element.name === 'th';

function span(cell: HtmlElement, name: string): number {
  const value = Number.parseInt(attribute(cell, name), 10);
  return Number.isFinite(value) && value > 1 ? Math.min(value, 1000) : 1;
}

/** Each row's cells: not a nested table's, nor those of the hidden sizing row Excel puts in <![if supportMisalignedColumns]>. */
function tableRows(table: HtmlElement): HtmlElement[][] {
  const rows: HtmlElement[][] = [];
  let row: HtmlElement[] | null = null;
  let sizing = false;
  for (const child of table.children) {
    forEachNode(child, (node) => {
      if (node.type === ElementType.Comment && node.data.startsWith('[if supportMisalignedColumns]')) sizing = true;
      if (node.type === ElementType.Comment && node.data === '[endif]') sizing = false;
      if (!isElement(node) || node.name === 'table') return false;
      if (node.name === 'tr') {
        row = sizing ? null : [];
        if (row !== null) rows.push(row);
      }
      if (!isCell(node)) return true;
      row?.push(node);
      return false;
    });
  }
  return rows;
}

/** What the cell shows: <br> breaks a line; a block breaks one only between content, so Numbers' lone <p> adds none. */
function cellText(cell: HtmlElement): string {
  const lines: string[] = [];
  let line = '';
  const endLine = (always: boolean) => {
    const clean = line.replace(/\s+/g, ' ').trim(); // \s covers &nbsp;
    if (always || clean !== '') lines.push(clean);
    line = '';
  };
  // null marks the end of a block, which the pre-order walk of html-dom cannot report.
  const stack: (HtmlNode | null)[] = [...cell.children].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node === null) endLine(false);
    else if (node.type === ElementType.Text) line += node.data;
    else if (node.type === ElementType.Tag) { // not comments, scripts or styles
      if (node.name === 'br') { endLine(true); continue; }
      if (BLOCKS.has(node.name)) { endLine(false); stack.push(null); }
      else if (isCell(node)) line += ' '; // a nested table's cells must not run together
      for (let index = node.children.length - 1; index >= 0; index -= 1) stack.push(node.children[index]);
    }
  }
  endLine(false); // a trailing <br> renders nothing, as in a browser
  const text = lines.join('\n');
  if (text !== '') return text;
  // The caller parses the visible text; a raw value stands in only when nothing shows.
  return ['data-raw', 'x:num', 'sdval'].map((name) => attribute(cell, name).trim()).find((raw) => raw !== '') ?? '';
}

function tableGrid(table: HtmlElement): Block {
  const rows = tableRows(table);
  const grid: string[][] = [];
  const covered: number[] = []; // per column: rows a rowspan from above still covers, this one included
  let width = 0;
  for (const cells of rows) {
    const row: string[] = [];
    for (const cell of cells) {
      while ((covered[row.length] ?? 0) > 0) row.push('');
      const [start, colspan, rowspan] = [row.length, span(cell, 'colspan'), span(cell, 'rowspan')];
      row.push(cellText(cell));
      for (let extra = 1; extra < colspan; extra += 1) row.push('');
      for (let column = start; column < row.length; column += 1) covered[column] = Math.max(covered[column] ?? 0, rowspan);
      // Checked as the grid grows: spans could otherwise ask for 10^12 cells before any total is known.
      const wide = Math.max(width, row.length);
      if ((grid.length + 1) * wide > MAX_CLIPBOARD_CELLS) return tooMany(rows.length, wide, true);
    }
    for (let column = 0; column < covered.length; column += 1) covered[column] = Math.max(0, covered[column] - 1);
    grid.push(row);
    width = Math.max(width, row.length);
    if (grid.length * width > MAX_CLIPBOARD_CELLS) return tooMany(rows.length, width, true);
  }
  return rectangular(grid);
}

function firstTable(html: string): Block | null {
  if (!/<table[\s>/]/i.test(html)) return null; // spares parsing a large clipboard that has no table
  const table = firstElementWhere(parseDocument(html).children, (element) => element.name === 'table');
  return table === null ? null : tableGrid(table);
}

/** The first table's rows, or null when the HTML holds no <table>. Throws a RangeError beyond MAX_CLIPBOARD_CELLS. */
export function parseHtmlTable(html: string): string[][] | null {
  const block = firstTable(html);
  return block === null ? null : unwrap(block);
}

function result(block: Block, source: 'html' | 'text'): ReadResult {
  return Array.isArray(block) ? { ok: true, rows: block, source } : { ok: false, message: block.refused };
}

function oversize(chars: number, kind: string): ReadResult {
  const limit = megabytes(MAX_CLIPBOARD_CHARS);
  return { ok: false, message: `The clipboard holds ${megabytes(chars)} of ${kind}; Crosscheck pastes at most ${limit} at once.` };
}

/** Reads a block of cells from what a paste offers: the HTML table when there is one, else the TSV text. */
export function readClipboard(input: { readonly text?: string | null; readonly html?: string | null }): ReadResult {
  const text = input.text ?? '';
  const html = input.html ?? '';
  if (text === '' && html === '') return { ok: false, message: EMPTY };
  if (text.length > MAX_CLIPBOARD_CHARS) return oversize(text.length, 'text');
  if (looksBinary(text)) return { ok: false, message: 'The clipboard holds binary data, not cells of text.' };
  // Spreadsheets put the same cells on the clipboard as text too. A large table is read from
  // the text: HTML is about ten times its size, and deeply nested HTML parses in quadratic time.
  // Counting tags first also keeps hostile HTML (thousands of unclosed tags, which the parser
  // handles in quadratic time) from freezing the window: such HTML is never parsed.
  const hasManyTags = html !== '' && countUpTo(html, '<', MAX_HTML_TAGS + 1) > MAX_HTML_TAGS;
  const usesHtml = html !== '' && (text === '' || (html.length <= MAX_HTML_WITH_TEXT_CHARS && !hasManyTags));
  if (usesHtml && html.length > MAX_CLIPBOARD_CHARS) return oversize(html.length, 'HTML');
  if (usesHtml && hasManyTags) {
    return { ok: false, message: `The clipboard holds a table as HTML only, with more than ${MAX_HTML_TAGS.toLocaleString('en-US')} tags; Crosscheck reads a table that large from its text. Copy it again from the spreadsheet.` };
  }
  const table = usesHtml ? firstTable(html) : null;
  // An empty <table> says nothing; the text may still hold the cells.
  if (table !== null && !(Array.isArray(table) && table.length === 0)) return result(table, 'html');
  if (text === '') return { ok: false, message: EMPTY };
  return result(rectangular(tsvRows(text)), 'text');
}
