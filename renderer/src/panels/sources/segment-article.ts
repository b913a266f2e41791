/**
 * Splits an article's text into plain and marked pieces, so the article can be rendered as
 * text nodes (never as HTML) with its quotes and figures marked.
 *
 * Marks may nest or overlap. The rules, so the same marks always give the same pieces:
 * - A mark of a lower layer encloses marks of higher layers where they overlap; a higher-layer
 *   mark that crosses its edge is cut into a piece inside and a piece outside.
 * - Marks of one layer never nest: where two overlap, the one that starts first (then the
 *   longer, then the smaller id) takes the shared text and the other keeps only what is left.
 *   A mark wholly inside another of its layer disappears.
 * - Offsets are clamped to the text; marks that are empty or not integer offsets are dropped.
 */

export interface TextMark {
  readonly id: string;
  /** UTF-16 offset into the text, inclusive. */
  readonly start: number;
  /** UTF-16 offset into the text, exclusive. */
  readonly end: number;
  /** Lower layers enclose higher ones: a quote (0) holds the figure (1) inside it. */
  readonly layer: number;
}

export interface TextSegment {
  readonly type: 'text';
  readonly start: number;
  readonly text: string;
}

export interface MarkSegment<M extends TextMark> {
  readonly type: 'mark';
  readonly mark: M;
  /** This piece's own range: a cut mark gives several pieces with the same mark. */
  readonly start: number;
  readonly end: number;
  readonly children: readonly ArticleSegment<M>[];
}

export type ArticleSegment<M extends TextMark> = TextSegment | MarkSegment<M>;

interface Atom<M extends TextMark> {
  readonly start: number;
  readonly end: number;
  /** The marks covering this stretch, outermost first. */
  readonly covering: readonly M[];
}

/** Outermost first: lower layer, then earlier start, then longer, then smaller id. */
function compareMarks(a: TextMark, b: TextMark): number {
  return a.layer - b.layer || a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function ownerOf<M extends TextMark>(atom: Atom<M>, minLayer: number): M | undefined {
  return atom.covering.find((mark) => mark.layer >= minLayer);
}

function groupAtoms<M extends TextMark>(text: string, atoms: readonly Atom<M>[], minLayer: number): ArticleSegment<M>[] {
  const segments: ArticleSegment<M>[] = [];
  let index = 0;
  while (index < atoms.length) {
    const owner = ownerOf(atoms[index], minLayer);
    let next = index + 1;
    while (next < atoms.length && ownerOf(atoms[next], minLayer) === owner) next++;
    const start = atoms[index].start;
    const end = atoms[next - 1].end;
    if (owner) {
      // Same-layer marks are left out below this one, so nothing of its layer nests inside it.
      segments.push({ type: 'mark', mark: owner, start, end, children: groupAtoms(text, atoms.slice(index, next), owner.layer + 1) });
    } else {
      segments.push({ type: 'text', start, text: text.slice(start, end) });
    }
    index = next;
  }
  return segments;
}

/** The text cut into plain and marked pieces; joining every piece's text gives back `text` exactly. */
export function segmentArticle<M extends TextMark>(text: string, marks: readonly M[]): ArticleSegment<M>[] {
  const clamp = (offset: number) => Math.min(Math.max(offset, 0), text.length);
  const usable = marks
    .filter((mark) => Number.isInteger(mark.start) && Number.isInteger(mark.end) && clamp(mark.start) < clamp(mark.end))
    .map((mark) => (mark.start === clamp(mark.start) && mark.end === clamp(mark.end) ? mark : { ...mark, start: clamp(mark.start), end: clamp(mark.end) }))
    .sort(compareMarks);
  const cuts = [...new Set([0, text.length, ...usable.flatMap((mark) => [mark.start, mark.end])])].sort((a, b) => a - b);
  const atoms: Atom<M>[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i];
    const end = cuts[i + 1];
    atoms.push({ start, end, covering: usable.filter((mark) => mark.start <= start && mark.end >= end) });
  }
  return groupAtoms(text, atoms, Number.NEGATIVE_INFINITY);
}

/** The text of a piece and everything inside it. */
export function segmentText<M extends TextMark>(segment: ArticleSegment<M>): string {
  return segment.type === 'text' ? segment.text : segment.children.map(segmentText).join('');
}
