import type { SuggestedMetadata } from './prepared-article';
import {
  attribute, collapseWhitespace, elementsWhere, firstElementWhere, inlineText, isElement,
  type HtmlDocument, type HtmlNode,
} from './html-dom';
import { normaliseDate } from './text-metadata';

/**
 * What a page's head says about it, read before boilerplate is removed (JSON-LD lives in <script>
 * elements, which removal drops).
 */
export interface HeadMetadata {
  /** <meta> content by lowercased property, name or itemprop; the first of each wins. */
  readonly meta: ReadonlyMap<string, string>;
  readonly documentTitle: string | null;
  readonly canonical: string | null;
  readonly linkedData: LinkedDataArticle;
}

interface LinkedDataArticle {
  readonly headline: string | null;
  readonly datePublished: string | null;
  readonly author: string | null;
  readonly publisher: string | null;
  readonly url: string | null;
}

type JsonObject = Readonly<Record<string, unknown>>;

function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmpty(value: string | null | undefined): string | null {
  const collapsed = collapseWhitespace(value ?? '');
  return collapsed === '' ? null : collapsed;
}

/** Only absolute web addresses are offered: a relative canonical cannot be resolved without the page's own URL. */
function webUrl(value: string | null | undefined): string | null {
  const trimmed = (value ?? '').trim();
  return /^https?:\/\/[^\s/]+\.\S*$/i.test(trimmed) ? trimmed : null;
}

/** JSON-LD nodes from every ld+json script, with @graph and arrays flattened; malformed blocks are skipped. */
function linkedDataNodes(document: HtmlDocument): JsonObject[] {
  const nodes: JsonObject[] = [];
  const scripts = elementsWhere(document.children, (element) =>
    element.name === 'script' && attribute(element, 'type').toLowerCase().includes('ld+json'));
  for (const script of scripts) {
    const source = script.children.map((child) => ('data' in child ? child.data : '')).join('');
    let parsed: unknown;
    try {
      parsed = JSON.parse(source);
    } catch {
      continue;
    }
    const pending: unknown[] = [parsed];
    for (let value = pending.pop(); value !== undefined; value = pending.pop()) {
      if (Array.isArray(value)) pending.push(...value);
      else if (isJsonObject(value)) {
        nodes.push(value);
        if (Array.isArray(value['@graph'])) pending.push(...value['@graph']);
      }
    }
  }
  return nodes;
}

/** Names in a JSON-LD value: a string, a {name} object, an {@id} reference to another node, or a list of these. */
function linkedName(value: unknown, nodes: readonly JsonObject[]): string | null {
  const values = Array.isArray(value) ? value : [value];
  const names = values.map((item): string | null => {
    if (typeof item === 'string') return nonEmpty(item);
    if (!isJsonObject(item)) return null;
    if (typeof item.name === 'string') return nonEmpty(item.name);
    const id = item['@id'];
    const target = typeof id === 'string' ? nodes.find((node) => node['@id'] === id && node !== item) : undefined;
    return target !== undefined && typeof target.name === 'string' ? nonEmpty(target.name) : null;
  });
  const found = names.filter((name): name is string => name !== null && webUrl(name) === null);
  return found.length === 0 ? null : [...new Set(found)].join(', ');
}

function isArticleNode(node: JsonObject): boolean {
  const types = Array.isArray(node['@type']) ? node['@type'] : [node['@type']];
  return types.some((type) => typeof type === 'string' && /(Article|BlogPosting|Report)$/.test(type));
}

function readLinkedData(document: HtmlDocument): LinkedDataArticle {
  const nodes = linkedDataNodes(document);
  const article = nodes.find(isArticleNode) ?? nodes.find((node) => typeof node.headline === 'string');
  if (article === undefined) return { headline: null, datePublished: null, author: null, publisher: null, url: null };
  const entity = article.mainEntityOfPage;
  const pageUrl = typeof entity === 'string' ? entity : isJsonObject(entity) && typeof entity['@id'] === 'string' ? entity['@id'] : null;
  return {
    headline: typeof article.headline === 'string' ? nonEmpty(article.headline) : null,
    datePublished: typeof article.datePublished === 'string' ? normaliseDate(article.datePublished) : null,
    author: linkedName(article.author, nodes),
    publisher: linkedName(article.publisher, nodes),
    url: webUrl(typeof article.url === 'string' ? article.url : pageUrl),
  };
}

export function readHeadMetadata(document: HtmlDocument): HeadMetadata {
  const meta = new Map<string, string>();
  for (const element of elementsWhere(document.children, (candidate) => candidate.name === 'meta')) {
    const key = (attribute(element, 'property') || attribute(element, 'name') || attribute(element, 'itemprop')).toLowerCase().trim();
    const content = nonEmpty(attribute(element, 'content'));
    if (key !== '' && content !== null && !meta.has(key)) meta.set(key, content);
  }
  const title = firstElementWhere(document.children, (element) => element.name === 'title' && !isSvgTitle(element));
  const canonical = firstElementWhere(document.children, (element) =>
    element.name === 'link' && attribute(element, 'rel').toLowerCase().split(/\s+/).includes('canonical'));
  return {
    meta,
    documentTitle: title === null ? null : nonEmpty(inlineText(title)),
    canonical: canonical === null ? null : webUrl(attribute(canonical, 'href')),
    linkedData: readLinkedData(document),
  };
}

function isSvgTitle(element: HtmlNode): boolean {
  return element.parent !== null && isElement(element.parent) && element.parent.name === 'svg';
}

const DATE_META_KEYS = [
  'article:published_time', 'og:article:published_time', 'datepublished', 'date', 'pubdate', 'publishdate',
  'publish-date', 'publish_date', 'dc.date.issued', 'dc.date', 'dcterms.created', 'parsely-pub-date', 'sailthru.date',
];

/** The separators sites put between a headline and their own name in <title>. */
const TITLE_SEPARATOR = /\s+(?:\||-|–|—|::|·)\s+/;

function sameName(a: string, b: string): boolean {
  const simplify = (name: string): string => name.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]/gu, '');
  return simplify(a) !== '' && simplify(a) === simplify(b);
}

/**
 * A headline without the site name sites append ("Results beat forecasts | Reuters"). A " | " suffix
 * always goes; a dash suffix only when it is the publisher, because headlines use dashes themselves.
 */
export function stripSiteSuffix(title: string, publisher: string | null): string {
  const pipe = title.indexOf(' | ');
  if (pipe > 0) return title.slice(0, pipe).trim();
  const parts = title.split(TITLE_SEPARATOR);
  const suffix = parts.at(-1);
  if (parts.length > 1 && publisher !== null && suffix !== undefined && sameName(suffix, publisher)) {
    return title.slice(0, title.length - suffix.length).replace(/\s*(?:\||-|–|—|::|·)\s*$/, '').trim();
  }
  return title;
}

/** The site name after " | " in <title>, the publisher's last resort. */
function titleSuffixPublisher(documentTitle: string | null): string | null {
  const parts = (documentTitle ?? '').split(' | ');
  const last = parts.at(-1)?.trim() ?? '';
  return parts.length > 1 && last !== '' && last.split(/\s+/).length <= 5 ? last : null;
}

/** The first <h1> of the article, which a page without Open Graph or JSON-LD still has. */
function headingTitle(contentRoot: HtmlNode): string | null {
  const heading = firstElementWhere([contentRoot], (element) => element.name === 'h1');
  return heading === null ? null : nonEmpty(inlineText(heading));
}

function metaDate(meta: ReadonlyMap<string, string>): string | null {
  for (const key of DATE_META_KEYS) {
    const date = normaliseDate(meta.get(key) ?? '');
    if (date !== null) return date;
  }
  return null;
}

/** The article's publication <time>: the one marked as such, else the first (later ones are usually "updated"). */
function timeDate(contentRoot: HtmlNode): string | null {
  const times = elementsWhere([contentRoot], (element) => element.name === 'time' && attribute(element, 'datetime') !== '');
  const published = times.find((element) => attribute(element, 'itemprop') === 'datePublished' || 'pubdate' in element.attribs);
  const time = published ?? times[0];
  return time === undefined ? null : normaliseDate(attribute(time, 'datetime'));
}

/** Author meta tags; some sites put a profile URL there, which is not a name. */
function metaAuthor(meta: ReadonlyMap<string, string>): string | null {
  const author = [meta.get('author'), meta.get('article:author'), meta.get('byl')].find((value) => value !== undefined && webUrl(value) === null);
  return author === undefined ? null : nonEmpty(author.replace(/^by\s+/i, ''));
}

function authorLinkName(contentRoot: HtmlNode): string | null {
  const link = firstElementWhere([contentRoot], (element) => attribute(element, 'rel').toLowerCase().split(/\s+/).includes('author'));
  return link === null ? null : nonEmpty(inlineText(link));
}

/**
 * The page's suggested title, date, publisher, author and URL. Head metadata (Open Graph, JSON-LD,
 * <meta>) comes first because the page states it on purpose; the article body (its first <h1>,
 * a <time datetime>, a rel=author link) fills the gaps.
 */
export function htmlMetadata(head: HeadMetadata, contentRoot: HtmlNode): SuggestedMetadata {
  const { meta, linkedData } = head;
  const publisher = meta.get('og:site_name') ?? meta.get('publisher') ?? linkedData.publisher ?? titleSuffixPublisher(head.documentTitle);
  const title = meta.get('og:title') ?? linkedData.headline ?? headingTitle(contentRoot) ?? meta.get('twitter:title') ?? head.documentTitle;
  return {
    title: title === null ? null : nonEmpty(stripSiteSuffix(title, publisher)),
    date: metaDate(meta) ?? linkedData.datePublished ?? timeDate(contentRoot),
    publisher,
    author: metaAuthor(meta) ?? linkedData.author ?? authorLinkName(contentRoot),
    url: head.canonical ?? webUrl(meta.get('og:url')) ?? linkedData.url,
  };
}
