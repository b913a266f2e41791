import { NO_SUGGESTIONS, type ArticleFormat, type PreparedArticle, type SuggestedMetadata } from './prepared-article';
import { htmlToArticle } from './html-to-text';
import { markdownToArticle } from './markdown-to-text';
import { findUrl, mergeSuggestions, normaliseDate, textMetadata } from './text-metadata';

const HTML_EXTENSIONS = new Set(['html', 'htm', 'xhtml', 'shtml']);
const MARKDOWN_EXTENSIONS = new Set(['md', 'markdown', 'mdown', 'mkd', 'mkdn']);
const MAX_TITLE_CHARS = 200;
const MAX_FIELD_CHARS = 300;

/** Tags common in clipboard HTML and rare in prose. */
const HTML_TAG = /<\/?(?:html|head|body|meta|p|div|span|a|br|table|tbody|tr|td|th|ul|ol|li|h[1-6]|article|section|strong|em|b|i|u|blockquote|img|figure)\b[^<>]*>/gi;
const HTML_CLOSING_TAG = /<\/(?:p|div|span|a|td|li|h[1-6]|table|strong|em|b|i|blockquote|article|section)>/i;
const MARKDOWN_SIGNS = [
  /^---[ \t]*\n[\s\S]*?\n---[ \t]*(?:\n|$)/, // front matter
  /^#{1,6}[ \t]+\S/m, // ATX heading
  /^\S.*\n={3,}[ \t]*$/m, // setext heading; not a "---" underline, which plain text uses as a rule
  /!?\[[^[\]\n]+\]\([^)\s]+(?:\s+"[^"\n]*")?\)/, // inline link or image; "[" excluded so a run of them stays linear
  /^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$/m, // table delimiter row
];

/**
 * Whether `content` is a whole saved page, whatever its file is called: "article.txt" saved from a
 * browser is still HTML. Leading comments are skipped in a loop, not a regex: a pattern for "any
 * number of comments" backtracks exponentially on many comments followed by something else.
 */
function isHtmlDocument(content: string): boolean {
  let rest = content.trimStart();
  while (rest.startsWith('<!--')) {
    const end = rest.indexOf('-->');
    if (end < 0) return false;
    rest = rest.slice(end + 3).trimStart();
  }
  return /^<(?:!doctype\s+html|html)[\s>]/i.test(rest);
}

/** The format a file's extension names; anything unrecognised is read as plain text. */
export function formatFromFileName(fileName: string): ArticleFormat {
  const baseName = fileName.split(/[/\\]/).at(-1) ?? '';
  const dot = baseName.lastIndexOf('.');
  const extension = dot > 0 ? baseName.slice(dot + 1).toLowerCase() : '';
  if (HTML_EXTENSIONS.has(extension)) return 'html';
  if (MARKDOWN_EXTENSIONS.has(extension)) return 'markdown';
  return 'text';
}

/**
 * The format of pasted content, which has no file name: HTML when it is markup (a document, or
 * several tags including a closing one), Markdown when it has headings, links or tables written
 * the Markdown way, else plain text.
 */
export function detectPastedFormat(content: string): ArticleFormat {
  if (isHtmlDocument(content)) return 'html';
  const tagCount = content.match(HTML_TAG)?.length ?? 0;
  const startsWithTag = /^\s*<[a-z!]/i.test(content);
  if ((startsWithTag && tagCount >= 1) || (tagCount >= 3 && HTML_CLOSING_TAG.test(content))) return 'html';
  const markdownInput = content.replace(/\r\n?/g, '\n');
  return MARKDOWN_SIGNS.some((sign) => sign.test(markdownInput)) ? 'markdown' : 'text';
}

/** C0 controls other than TAB and LF, and DEL: invisible, and they would break quoting and export. */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F]/g;
/** Soft hyphens, zero-width spaces and stray BOMs: invisible on the page, but they split words and numbers. */
const INVISIBLE_CHARACTERS = /[\u00AD\u200B\uFEFF]/g;
/** No-break spaces (NBSP, figure space, narrow NBSP) read as plain spaces, so "$5 billion" is found however it was typed. */
const NO_BREAK_SPACES = /[\u00A0\u2007\u202F]/g;

/**
 * The canonical form of article text, which figures' offsets index into: NFC, LF line ends, no
 * control or invisible characters, no-break spaces as spaces, no trailing spaces on lines, at most
 * one blank line in a row, no blank lines at either end. Idempotent, so re-preparing stored text
 * changes nothing.
 */
export function normaliseArticleText(text: string): string {
  // NFC after removing characters: a control character between a letter and its accent hides the pair from NFC.
  return text
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(CONTROL_CHARACTERS, '')
    .replace(INVISIBLE_CHARACTERS, '')
    .replace(NO_BREAK_SPACES, ' ')
    .normalize('NFC')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+/, '')
    .trimEnd();
}

function cleanField(value: string | null, maxChars: number): string | null {
  const cleaned = (value ?? '').replace(INVISIBLE_CHARACTERS, '').replace(/\s+/g, ' ').trim().slice(0, maxChars).trim();
  return cleaned === '' ? null : cleaned;
}

/** Suggestions as the import dialog shows them: one line each, bounded, with a valid date and a web URL. */
function cleanSuggestions(suggested: SuggestedMetadata): SuggestedMetadata {
  const date = cleanField(suggested.date, MAX_FIELD_CHARS);
  const url = cleanField(suggested.url, 2000);
  return {
    title: cleanField(suggested.title, MAX_TITLE_CHARS),
    date: date === null ? null : normaliseDate(date),
    publisher: cleanField(suggested.publisher, MAX_FIELD_CHARS),
    author: cleanField(suggested.author, MAX_FIELD_CHARS),
    url: url === null ? null : findUrl(url),
  };
}

function reduce(format: ArticleFormat, content: string): { text: string; suggested: SuggestedMetadata } {
  switch (format) {
    case 'html':
      return htmlToArticle(content);
    case 'markdown':
      return markdownToArticle(content);
    case 'text':
      return { text: content, suggested: NO_SUGGESTIONS };
  }
}

/**
 * An imported file or pasted text (pass the format's usual extension as `fileName`, see
 * detectPastedFormat) reduced to its article text, with the metadata to propose. The format comes
 * from the extension, except that a ".txt" holding a whole HTML document is read as HTML. What the
 * page or front matter states comes first; the text's own first line, dateline, byline and first
 * URL fill the gaps. Text that reduces to nothing comes back as '' for the caller to report.
 */
export function prepareArticle(fileName: string, content: string): PreparedArticle {
  const input = content.replace(/^\uFEFF+/, '').replace(/\r\n?/g, '\n');
  const named = formatFromFileName(fileName);
  const format = named === 'text' && isHtmlDocument(input) ? 'html' : named;
  const reduced = reduce(format, input);
  const text = normaliseArticleText(reduced.text);
  return { format, text, suggested: cleanSuggestions(mergeSuggestions(reduced.suggested, textMetadata(text))) };
}
