import { DomUtils, ElementType, parseDocument } from 'htmlparser2';
import type { SuggestedMetadata } from './prepared-article';
import {
  attribute, collapseWhitespace, elementsWhere, forEachNode, inlineText, isElement, isInside, rawText, textLength,
  type HtmlDocument, type HtmlElement, type HtmlNode,
} from './html-dom';
import { htmlMetadata, readHeadMetadata } from './html-metadata';

/** Elements that never hold article text: code, chrome, controls and embedded documents. */
const DROPPED_TAGS = new Set([
  'head', 'title', 'meta', 'link', 'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object',
  'embed', 'canvas', 'audio', 'video', 'form', 'button', 'input', 'select', 'textarea', 'label', 'dialog',
  'nav', 'footer', 'aside',
]);
const DROPPED_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'dialog']);
/** Words in a class or id ("site-nav", "share_bar", "ad-slot") that mark page furniture. */
const BOILERPLATE_WORDS = new Set([
  'nav', 'navbar', 'navigation', 'menu', 'breadcrumb', 'breadcrumbs', 'share', 'sharing', 'social', 'cookie',
  'cookies', 'consent', 'subscribe', 'subscription', 'newsletter', 'related', 'comment', 'comments', 'advert',
  'advertisement', 'ad', 'ads', 'promo', 'sidebar', 'popup', 'modal',
]);
/** Classes that hide text from sighted readers ("Opens in a new window", "Share on X"). */
const SCREEN_READER_CLASSES = new Set(['sr-only', 'visually-hidden', 'visuallyhidden', 'screen-reader-text', 'a11y-hidden']);
/** State classes on wrappers ("has-sidebar", "js-share-enabled") say what is near, not what the element is. */
const STATE_PREFIX = /^(?:has|with|is|no|js|show|hide|u)-/;
/** Never dropped by class or id: a page whose <body> carries "has-comments" still has an article. */
const STRUCTURAL_TAGS = new Set(['html', 'body', 'main', 'article']);

const PARAGRAPH_BLOCKS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'dl', 'figure', 'hr', 'table',
]);
const LINE_BLOCKS = new Set([
  'div', 'section', 'article', 'main', 'header', 'li', 'dt', 'dd', 'figcaption', 'address', 'caption', 'details',
  'summary', 'center', 'fieldset', 'legend', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'body', 'html',
]);

function isBoilerplateName(element: HtmlElement): boolean {
  const tokens = `${attribute(element, 'class')} ${attribute(element, 'id')}`.toLowerCase().split(/\s+/);
  return tokens.some((token) => {
    if (SCREEN_READER_CLASSES.has(token)) return true;
    if (token === '' || STATE_PREFIX.test(token)) return false;
    return token.split(/[-_]+/).some((word) => BOILERPLATE_WORDS.has(word)
      || word.startsWith('advert') || word.startsWith('breadcrumb') || word.startsWith('newsletter'));
  });
}

function isHidden(element: HtmlElement): boolean {
  const style = attribute(element, 'style').toLowerCase().replace(/\s+/g, '');
  return attribute(element, 'aria-hidden').toLowerCase() === 'true' || 'hidden' in element.attribs
    || style.includes('display:none') || style.includes('visibility:hidden');
}

/** A footnote marker (<sup><a href="#fn1">1</a></sup>) would fuse with the figure before it: "5%1". */
function isFootnoteMarker(element: HtmlElement): boolean {
  return element.name === 'sup' && /^[\s[\]\d*†‡]*$/.test(rawText(element))
    && elementsWhere(element.children, (child) => child.name === 'a' && attribute(child, 'href').startsWith('#')).length > 0;
}

/** The page's own header is chrome; an article's <header> holds its headline and byline. */
function isPageHeader(element: HtmlElement): boolean {
  return element.name === 'header' && !isInside(element, (parent) => parent.name === 'article' || parent.name === 'main');
}

function shouldDrop(element: HtmlElement, pageTextLength: number): boolean {
  if (DROPPED_TAGS.has(element.name) || isPageHeader(element) || isHidden(element) || isFootnoteMarker(element)) return true;
  if (DROPPED_ROLES.has(attribute(element, 'role').toLowerCase())) return true;
  if (STRUCTURAL_TAGS.has(element.name) || !isBoilerplateName(element)) return false;
  // A class list can misfire ("page sidebar-left" on the wrapper of everything); furniture is never most of a page.
  return textLength(element) * 2 < pageTextLength;
}

function removeBoilerplate(document: HtmlDocument): void {
  const pageTextLength = textLength(document);
  const dropped: HtmlElement[] = [];
  forEachNode(document, (node) => {
    if (!isElement(node)) return true;
    const isDropped = shouldDrop(node, pageTextLength);
    if (isDropped) dropped.push(node);
    return !isDropped;
  });
  for (const element of dropped) DomUtils.removeElement(element);
}

/** The largest <article>, else <main> or [role=main], else <body>, else the whole fragment. */
function contentRoot(document: HtmlDocument): HtmlNode {
  const largestArticle = elementsWhere(document.children, (element) => element.name === 'article')
    .map((element) => ({ element, length: textLength(element) }))
    .reduce<{ element: HtmlElement; length: number } | null>((best, next) => (best === null || next.length > best.length ? next : best), null);
  if (largestArticle !== null && largestArticle.length > 0) return largestArticle.element;
  const main = elementsWhere(document.children, (element) => element.name === 'main' || attribute(element, 'role') === 'main')[0];
  if (main !== undefined && textLength(main) > 0) return main;
  return elementsWhere(document.children, (element) => element.name === 'body')[0] ?? document;
}

/** Accumulates inline text into lines, with at most one blank line between blocks. */
class LineWriter {
  private readonly lines: string[] = [];
  private current = '';
  private isBlankPending = false;

  append(text: string): void {
    this.current += text;
  }

  endLine(): void {
    const line = collapseWhitespace(this.current);
    this.current = '';
    if (line !== '') this.push(line);
  }

  /** A <br> ends the line; a second one in a row, as older pages separate paragraphs, leaves a blank line. */
  breakLine(): void {
    if (collapseWhitespace(this.current) === '' && this.lines.length > 0) {
      this.current = '';
      this.isBlankPending = true;
    } else {
      this.endLine();
    }
  }

  endParagraph(): void {
    this.endLine();
    this.isBlankPending = this.lines.length > 0;
  }

  /** A line whose whitespace is meaningful: TAB-separated table cells, preformatted text. */
  push(line: string): void {
    if (this.isBlankPending) this.lines.push('');
    this.isBlankPending = false;
    this.lines.push(line);
  }

  toString(): string {
    this.endLine();
    return this.lines.join('\n');
  }
}

/** A table of figures, not a layout grid: layout tables nest tables and are read as blocks instead. */
function isDataTable(table: HtmlElement): boolean {
  return elementsWhere(table.children, (element) => element.name === 'table').length === 0;
}

/** Each row on one line, cells joined by TAB, so the figure extractor can line values up with headers. */
function writeTable(table: HtmlElement, writer: LineWriter): void {
  writer.endParagraph();
  for (const caption of elementsWhere(table.children, (element) => element.name === 'caption')) writer.push(inlineText(caption));
  for (const row of elementsWhere(table.children, (element) => element.name === 'tr')) {
    const cells = row.children.filter(isElement).filter((cell) => cell.name === 'td' || cell.name === 'th').map(inlineText);
    if (cells.some((cell) => cell !== '')) writer.push(cells.join('\t'));
  }
  writer.endParagraph();
}

function writePreformatted(pre: HtmlElement, writer: LineWriter): void {
  writer.endParagraph();
  const lines = rawText(pre).replace(/^\n/, '').split('\n').map((line) => line.trimEnd());
  for (const line of lines) writer.push(line);
  writer.endParagraph();
}

function renderText(root: HtmlNode): string {
  const writer = new LineWriter();
  // Entries are nodes to enter, or the element name whose end should break the line.
  const stack: (HtmlNode | { readonly closing: string })[] = [root];
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    if ('closing' in entry) {
      if (PARAGRAPH_BLOCKS.has(entry.closing)) writer.endParagraph();
      else writer.endLine();
      continue;
    }
    if (entry.type === ElementType.Text) writer.append(entry.data);
    if (!('children' in entry)) continue;
    if (isElement(entry)) {
      const name = entry.name;
      if (name === 'table' && isDataTable(entry)) {
        writeTable(entry, writer);
        continue;
      }
      if (name === 'pre') {
        writePreformatted(entry, writer);
        continue;
      }
      if (name === 'br') {
        writer.breakLine();
        continue;
      }
      if (PARAGRAPH_BLOCKS.has(name)) writer.endParagraph();
      else if (LINE_BLOCKS.has(name)) writer.endLine();
      if (PARAGRAPH_BLOCKS.has(name) || LINE_BLOCKS.has(name)) stack.push({ closing: name });
    }
    for (let index = entry.children.length - 1; index >= 0; index -= 1) stack.push(entry.children[index]);
  }
  return writer.toString();
}

/**
 * A web page reduced to its article text, with the title, date, publisher, author and URL the page
 * states. Navigation, headers, footers, asides, scripts, forms and share/cookie/ad furniture are
 * dropped; paragraphs and headings are separated by a blank line; table rows become TAB-joined lines.
 * Never throws: htmlparser2 accepts any string, and every walk here is iterative.
 */
export function htmlToArticle(html: string): { text: string; suggested: SuggestedMetadata } {
  const document = parseDocument(html, { decodeEntities: true });
  const head = readHeadMetadata(document);
  removeBoilerplate(document);
  const root = contentRoot(document);
  return { text: renderText(root), suggested: htmlMetadata(head, root) };
}
