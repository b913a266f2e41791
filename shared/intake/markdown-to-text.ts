import { Lexer, type MarkedToken, type Token, type Tokens } from 'marked';
import { parseDocument } from 'htmlparser2';
import { NO_SUGGESTIONS, type SuggestedMetadata } from './prepared-article';
import { rawText } from './html-dom';
import { htmlToArticle } from './html-to-text';
import { findUrl, normaliseDate } from './text-metadata';

/** YAML front matter: a `---` line at the very top, the block, and a closing `---` or `...` line. */
const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

/** Front-matter keys read for each suggestion, first present wins. */
const FRONT_MATTER_KEYS = {
  title: ['title', 'headline'],
  date: ['date', 'published', 'publish_date', 'published_at', 'pubdate'],
  publisher: ['publisher', 'site', 'site_name', 'source', 'publication'],
  author: ['author', 'authors', 'byline'],
  url: ['url', 'canonical_url', 'canonical', 'link', 'source_url'],
} as const satisfies Record<keyof SuggestedMetadata, readonly string[]>;

function unquote(value: string): string {
  const trimmed = value.trim();
  const quoted = /^(["'])(.*)\1$/.exec(trimmed);
  return quoted === null ? trimmed : quoted[2];
}

/**
 * The flat `key: value` pairs of a front-matter block. Not a YAML parser: nested maps are ignored,
 * and a list (inline `[a, b]` or `- a` lines) becomes its items joined by ", " (several authors).
 */
function readFrontMatter(block: string): Map<string, string> {
  const values = new Map<string, string>();
  let listKey: string | null = null;
  for (const line of block.split('\n')) {
    const item = /^\s+-\s+(.+)$/.exec(line) ?? /^-\s+(.+)$/.exec(line);
    if (item !== null && listKey !== null) {
      const previous = values.get(listKey);
      values.set(listKey, previous === undefined ? unquote(item[1]) : `${previous}, ${unquote(item[1])}`);
      continue;
    }
    const pair = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (pair === null) continue;
    const key = pair[1].toLowerCase();
    const comment = /^\s*["']/.test(pair[2]) ? -1 : pair[2].search(/\s#/);
    const value = (comment < 0 ? pair[2] : pair[2].slice(0, comment)).trim();
    listKey = value === '' ? key : null;
    const inlineList = /^\[(.*)\]$/.exec(value);
    const read = inlineList === null ? unquote(value) : inlineList[1].split(',').map(unquote).join(', ');
    if (read !== '' && !values.has(key)) values.set(key, read);
  }
  return values;
}

function frontMatterSuggestions(values: ReadonlyMap<string, string>): SuggestedMetadata {
  const first = (keys: readonly string[]): string | null =>
    keys.map((key) => values.get(key)).find((value) => value !== undefined && value !== '') ?? null;
  const date = first(FRONT_MATTER_KEYS.date);
  const url = first(FRONT_MATTER_KEYS.url);
  return {
    title: first(FRONT_MATTER_KEYS.title),
    date: date === null ? null : normaliseDate(date),
    publisher: first(FRONT_MATTER_KEYS.publisher),
    author: first(FRONT_MATTER_KEYS.author),
    url: url === null ? null : findUrl(url),
  };
}

/**
 * Markdown leaves entities ("AT&amp;T") for the browser to decode; htmlparser2 decodes them here.
 * `<` is escaped first so the text is never read as markup.
 */
function decodeEntities(text: string): string {
  return text.includes('&') ? rawText(parseDocument(text.replaceAll('<', '&lt;'))) : text;
}

/** marked's built-in token types; only extensions (none are registered here) produce others. */
const MARKED_TOKEN_TYPES = new Set<string>([
  'blockquote', 'br', 'checkbox', 'code', 'codespan', 'def', 'del', 'em', 'escape', 'heading', 'hr', 'html', 'image',
  'link', 'list', 'list_item', 'paragraph', 'space', 'strong', 'table', 'text',
]);

/** Narrows away marked's catch-all extension token, whose `any` fields would defeat the switches below. */
function isMarkedToken(token: Token): token is MarkedToken {
  return MARKED_TOKEN_TYPES.has(token.type);
}

function inlineTokensText(tokens: readonly Token[] | undefined): string {
  return (tokens ?? []).filter(isMarkedToken).map(inlineTokenText).join('');
}

function inlineTokenText(token: MarkedToken): string {
  switch (token.type) {
    case 'text':
      // A newline inside text is a soft wrap, which renders as a space; only `br` tokens break the line.
      return token.tokens !== undefined ? inlineTokensText(token.tokens) : decodeEntities(token.text).replaceAll('\n', ' ');
    case 'escape':
    case 'codespan':
      return token.text;
    case 'br':
      return '\n';
    case 'html':
      // Inline tags (<sup>, <span>) carry no text of their own; the text between them comes as text tokens.
      return /^<br\s*\/?>$/i.test(token.text.trim()) ? '\n' : '';
    case 'image':
      // The alt text, itself parsed as inline Markdown ("![Net *sales*](…)").
      return token.tokens.length > 0 ? inlineTokensText(token.tokens) : decodeEntities(token.text);
    case 'checkbox':
      return '';
    default:
      return 'tokens' in token && Array.isArray(token.tokens) ? inlineTokensText(token.tokens) : decodeEntities(token.raw);
  }
}

/** Inline text on one line per hard break, soft wraps joined with a space as they render. */
function paragraphLines(tokens: readonly Token[] | undefined): string[] {
  return inlineTokensText(tokens).split('\n').map((line) => line.replace(/[ \t\r\f\v]+/g, ' ').trim()).filter((line) => line !== '');
}

function cellText(cell: Tokens.TableCell): string {
  return inlineTokensText(cell.tokens).replace(/\s+/g, ' ').trim();
}

/** Blocks of lines; the caller separates blocks with one blank line. */
function blockLines(tokens: readonly Token[], blocks: string[][]): void {
  for (const token of tokens.filter(isMarkedToken)) {
    switch (token.type) {
      case 'heading':
        blocks.push([inlineTokensText(token.tokens).replace(/\s+/g, ' ').trim()]);
        break;
      case 'paragraph':
        blocks.push(paragraphLines(token.tokens));
        break;
      case 'text':
        blocks.push(paragraphLines(token.tokens ?? [token]));
        break;
      case 'code':
        blocks.push(token.text.split('\n').map((line) => line.trimEnd()));
        break;
      case 'blockquote':
        blockLines(token.tokens, blocks);
        break;
      case 'list':
        blocks.push(listLines(token));
        break;
      case 'table':
        blocks.push([token.header.map(cellText).join('\t'), ...token.rows.map((row) => row.map(cellText).join('\t'))]);
        break;
      case 'html':
        blocks.push(htmlToArticle(token.text).text.split('\n'));
        break;
      default:
        // space, hr and link definitions ([1]: https://…) hold no article text.
        break;
    }
  }
}

/** One line per list item; nested lists follow their parent item, one item a line. */
function listLines(list: Tokens.List): string[] {
  const lines: string[] = [];
  for (const item of list.items) {
    const itemBlocks: string[][] = [];
    blockLines(item.tokens, itemBlocks);
    lines.push(...itemBlocks.flat().filter((line) => line !== ''));
  }
  return lines;
}

/**
 * marked's tokens, or null when it gives up: its infinite-loop guard throws, and its recursion over
 * quotes and lists nested thousands deep can exhaust the stack. The caller then keeps the text as written.
 */
function lex(markdown: string): Token[] | null {
  try {
    // A fresh options object each time: the Lexer stores its tokenizer on it.
    return Lexer.lex(markdown, { gfm: true, breaks: false, silent: false });
  } catch {
    return null;
  }
}

/**
 * A Markdown file reduced to its text: headings, paragraphs, list items one a line, tables with
 * TAB-joined cells, code kept verbatim, links and images as their text; front matter becomes
 * metadata (title, date, author, publisher, url) and is left out of the text.
 */
export function markdownToArticle(markdown: string): { text: string; suggested: SuggestedMetadata } {
  const frontMatter = FRONT_MATTER.exec(markdown);
  const body = frontMatter === null ? markdown : markdown.slice(frontMatter[0].length);
  const fromFrontMatter = frontMatter === null ? NO_SUGGESTIONS : frontMatterSuggestions(readFrontMatter(frontMatter[1]));
  const tokens = lex(body);
  if (tokens === null) return { text: body, suggested: fromFrontMatter };
  const blocks: string[][] = [];
  blockLines(tokens, blocks);
  const text = blocks.map((lines) => lines.join('\n').trim()).filter((block) => block !== '').join('\n\n');
  const firstHeading = tokens.find((token): token is Tokens.Heading => token.type === 'heading');
  const headingTitle = firstHeading === undefined ? null : inlineTokensText(firstHeading.tokens).replace(/\s+/g, ' ').trim();
  return {
    text,
    suggested: { ...fromFrontMatter, title: fromFrontMatter.title ?? (headingTitle === '' ? null : headingTitle) },
  };
}
