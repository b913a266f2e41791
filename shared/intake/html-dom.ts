import { DomUtils, ElementType, parseDocument } from 'htmlparser2';

/*
 * htmlparser2 builds its tree with domhandler, which is not a direct dependency; its node types are
 * taken from htmlparser2's own signatures so shared/ imports only what package.json lists.
 */
export type HtmlDocument = ReturnType<typeof parseDocument>;
export type HtmlNode = HtmlDocument['children'][number];
export type HtmlElement = ReturnType<typeof DomUtils.findAll>[number];

export function isElement(node: HtmlNode): node is HtmlElement {
  return node.type === ElementType.Tag || node.type === ElementType.Script || node.type === ElementType.Style;
}

/** An attribute's value, '' when absent: HTML treats a missing attribute and an empty one alike here. */
export function attribute(element: HtmlElement, name: string): string {
  return element.attribs[name] ?? '';
}

/**
 * Every element under (and including) `roots` that passes `test`, in document order. Not
 * DomUtils.findAll: it unshifts onto its stack, which costs time in proportion to the depth at
 * every step, and a page of 50,000 unclosed <div>s then takes seconds per query.
 */
export function elementsWhere(roots: readonly HtmlNode[], test: (element: HtmlElement) => boolean): HtmlElement[] {
  const found: HtmlElement[] = [];
  for (const root of roots) {
    forEachNode(root, (node) => {
      if (isElement(node) && test(node)) found.push(node);
      return true;
    });
  }
  return found;
}

export function firstElementWhere(roots: readonly HtmlNode[], test: (element: HtmlElement) => boolean): HtmlElement | null {
  return elementsWhere(roots, test)[0] ?? null;
}

/**
 * Calls `visit` on every node under `root` in document order, skipping the children of a node for
 * which it returns false. Iterative rather than recursive, as domutils' textContent is: a page
 * nested thousands of levels deep must not overflow the stack.
 */
export function forEachNode(root: HtmlNode, visit: (node: HtmlNode) => boolean): void {
  const stack: HtmlNode[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (!visit(node) || !('children' in node)) continue;
    for (let index = node.children.length - 1; index >= 0; index -= 1) stack.push(node.children[index]);
  }
}

/** The text under `root` as written, `<br>` as a newline; scripts and styles contribute nothing. */
export function rawText(root: HtmlNode): string {
  let text = '';
  forEachNode(root, (node) => {
    if (node.type === ElementType.Text) text += node.data;
    else if (isElement(node) && node.name === 'br') text += '\n';
    return node.type !== ElementType.Script && node.type !== ElementType.Style;
  });
  return text;
}

/** The text under `root` on one line: what a heading, a table cell or a byline reads as. */
export function inlineText(root: HtmlNode): string {
  return collapseWhitespace(rawText(root));
}

/** Elements whose text is code or markup, not prose. */
const NON_PROSE = new Set(['script', 'style', 'noscript', 'template']);

/**
 * How much readable text `root` holds, to compare candidate containers. Code is left out: a page's
 * inline JSON can outweigh its article many times over.
 */
export function textLength(root: HtmlNode): number {
  let length = 0;
  forEachNode(root, (node) => {
    if (node.type === ElementType.Text) length += node.data.trim().length;
    return !isElement(node) || !NON_PROSE.has(node.name);
  });
  return length;
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Whether any ancestor of `node` (not `node` itself) passes `test`. */
export function isInside(node: HtmlNode, test: (element: HtmlElement) => boolean): boolean {
  for (let parent = node.parent; parent !== null; parent = parent.parent) {
    if (isElement(parent) && test(parent)) return true;
  }
  return false;
}
