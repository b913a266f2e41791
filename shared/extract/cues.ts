import { BASES, type Basis, type Qualifier } from '../domain/dataset-schema';
import type { UnitKind } from '../domain/units';
import type { CandidateKind } from './candidate';
import { FORWARD_WORD } from './period-phrases';
import type { Span } from './words';

/**
 * What the words around a figure say about it: hedges (qualifiers), the measurement basis, and
 * whether a change is a fall. Each cue is read from the figure's own clause, and from before the
 * figure only where English puts it there ("about $5bn", "fell 7%").
 */
export interface FigureContext {
  readonly text: string;
  readonly asWritten: Span;
  readonly clause: Span;
  readonly sentence: Span;
  /** Where the words that belong to this figure start: the clause start or the end of the figure before it. */
  readonly ownStart: number;
  /** And end: the clause end or the start of the figure after it. */
  readonly ownEnd: number;
  readonly unit: UnitKind;
  readonly kind: CandidateKind;
  /** Every figure of the clause, this one included, so a cue can go to the figure it belongs to. */
  readonly clauseFigures: readonly ClauseFigure[];
}

export interface ClauseFigure {
  readonly span: Span;
  readonly unit: UnitKind;
}

const HEDGES: readonly [RegExp, Qualifier][] = [
  [/(?:(?<![a-z])(?:approximately|approx\.?|about|around|roughly|nearly|almost|close to|some|circa|ca\.)|~|≈)\s*$/, 'approximately'],
  [/(?<![a-z])(?:over|more than|above|exceeding|in excess of|upwards of|at least|north of|greater than|topping)\s*$/, 'over'],
  [/(?<![a-z])(?:under|less than|below|fewer than|shy of|south of)\s*$/, 'under'],
  [/(?<![a-z])(?:up to|as much as|as many as|as high as|at most|no more than)\s*$/, 'up-to'],
];
const TARGET = /\b(?:target(?:s|ing|ed)?|goals?|aim(?:s|ing)?|ambition|objective)\b/;
const ESTIMATE =
  /\b(?:expect(?:s|ed|ing|ations?)?|estimat(?:e|es|ed|ing)|forecast(?:s|ed|ing)?|project(?:s|ed|ing|ions?)|anticipat(?:e|es|ed|ing)|guidance|consensus|outlook|predict(?:s|ed|ing)?)\b/;

// Cues farther than this from the figure belong to other figures; the cap also keeps a figure in a
// 100,000-character "sentence" from costing a scan of all of it.
const REACH = 240;

/** The part of `span` within REACH of the figure. */
function near(context: FigureContext, span: Span): string {
  return context.text.slice(Math.max(span.start, context.asWritten.start - REACH), Math.min(span.end, context.asWritten.end + REACH));
}

/** Hedges on the figure, in QUALIFIERS order; a range end adds its own qualifier after them. */
export function qualifiersFor(context: FigureContext): Qualifier[] {
  const { text, asWritten, ownStart } = context;
  const before = text.slice(Math.max(ownStart, asWritten.start - 40), asWritten.start).toLowerCase();
  const window = text.slice(Math.max(context.clause.start, asWritten.start - 60), asWritten.start).toLowerCase();
  const found = new Set<Qualifier>();
  for (const [pattern, qualifier] of HEDGES) if (pattern.test(before)) found.add(qualifier);
  if (TARGET.test(window)) found.add('target');
  if (ESTIMATE.test(window)) found.add('estimate');
  return [...found];
}

const CHANGE_BASES: readonly [RegExp, Basis][] = [
  [/\b(?:year[- ]on[- ]year|year[- ]over[- ]year|yoy|y\/y|y-o-y|from a year (?:earlier|ago)|over the same period last year)\b/gi, 'yoy'],
  [/\b(?:quarter[- ]on[- ]quarter|quarter[- ]over[- ]quarter|qoq|q\/q|sequential(?:ly)?)\b/gi, 'qoq'],
];
const ACCOUNTING_BASES: readonly [RegExp, Basis][] = [
  [/\bnon-hkfrs\b/gi, 'non-hkfrs'],
  [/(?<!non-)\bgaap\b/gi, 'gaap'],
  [/\bnon-gaap\b/gi, 'non-gaap'],
  [/\badjusted\b/gi, 'adjusted'],
];

interface Cue extends Span {
  readonly basis: Basis;
}

function cuesIn(text: string, span: Span, patterns: readonly [RegExp, Basis][]): Cue[] {
  const slice = text.slice(span.start, span.end);
  const cues: Cue[] = [];
  for (const [pattern, basis] of patterns) {
    for (const match of slice.matchAll(pattern)) {
      const start = span.start + (match.index ?? 0);
      cues.push({ start, end: start + match[0].length, basis });
    }
  }
  return cues.sort((a, b) => a.start - b.start);
}

/**
 * The basis words of the figure's clause that belong to this figure. Year-on-year and
 * quarter-on-quarter describe a change, so each goes to the nearest percentage: in "revenue rose
 * 22% to $33.3 billion (year-on-year)" the $33.3 billion is a level. An accounting basis
 * ("adjusted", "non-GAAP") qualifies the figures after it up to the next such word, or the ones
 * before it when none follows ("20% growth (non-HKFRS basis)"). "Forward" goes to multiples, and
 * to a valuation discount or premium in a sentence that names a forward multiple.
 */
export function basisFor(context: FigureContext): Basis[] {
  const { text, asWritten } = context;
  const scope = { start: Math.max(context.clause.start, asWritten.start - REACH), end: Math.min(context.clause.end, asWritten.end + REACH) };
  const figures = context.clauseFigures.filter((f) => f.span.start >= scope.start && f.span.end <= scope.end);
  const isSelf = (span: Span): boolean => span.start === asWritten.start;
  const found = new Set<Basis>();
  if (context.unit === 'percent') {
    const percents = figures.filter((f) => f.unit === 'percent');
    for (const cue of cuesIn(text, scope, CHANGE_BASES)) {
      const owner = percents.reduce<ClauseFigure | null>((best, f) => (best === null || gap(f.span, cue) < gap(best.span, cue) ? f : best), null);
      if (owner && isSelf(owner.span)) found.add(cue.basis);
    }
  }
  const accounting = cuesIn(text, scope, ACCOUNTING_BASES);
  accounting.forEach((cue, i) => {
    const until = accounting[i + 1]?.start ?? scope.end;
    const from = accounting[i - 1]?.end ?? scope.start;
    const after = figures.filter((f) => f.span.start >= cue.end && f.span.start < until);
    const owners = after.length > 0 ? after : figures.filter((f) => f.span.end <= cue.start && f.span.start >= from);
    if (owners.some((f) => isSelf(f.span))) found.add(cue.basis);
  });
  const clause = near(context, context.clause);
  if (context.unit === 'multiple' && FORWARD_WORD.test(clause)) found.add('forward');
  const sentence = near(context, context.sentence);
  if (context.unit === 'percent' && /\b(?:discount|premium)\b/i.test(clause) && FORWARD_WORD.test(sentence)) found.add('forward');
  return BASES.filter((basis) => found.has(basis));
}

/** Basis words of a table's header or row label: they apply to every number under or beside it. */
export function basisWordsIn(text: string, span: Span, unit: UnitKind): Basis[] {
  const found = new Set(cuesIn(text, span, unit === 'percent' ? [...CHANGE_BASES, ...ACCOUNTING_BASES] : ACCOUNTING_BASES).map((cue) => cue.basis));
  if (unit === 'multiple' && FORWARD_WORD.test(text.slice(span.start, span.end))) found.add('forward');
  return BASES.filter((basis) => found.has(basis));
}

const gap = (a: Span, b: Span): number => Math.max(0, a.start - b.end, b.start - a.end);

const DOWN_WORDS =
  'fell|fall|falls|falling|decline|declined|declines|declining|dropped|drop|drops|dropping|down|decrease|decreased|decreases|decreasing|shrank|shrink|shrinks|shrinking|shrunk|slid|slide|slides|slumped|slump|plunged|plunge|plummeted|tumbled|sank|contracted|contraction|lost|loss|losses|lower|reduced|reduction|cut|cuts|slipped|dipped|eased|retreated|negative|narrowed|weakened';
const UP_WORDS =
  'rose|rise|rises|rising|up|increase|increased|increases|increasing|grew|grow|grows|growing|growth|jumped|jump|jumps|surge|surged|surges|gain|gained|gains|climbed|climb|soared|boosted|boost|higher|expanded|added|improved|widened|accelerated|rebounded';
const DIRECTION_BEFORE = new RegExp(`\\b(${DOWN_WORDS}|${UP_WORDS})\\b`, 'gi');
const DOWN_AFTER = new RegExp(`^\\s*(?:${DOWN_WORDS})\\b`, 'i');
const UP_AFTER = new RegExp(`^\\s*(?:${UP_WORDS})\\b`, 'i');
const DOWN = new RegExp(`^(?:${DOWN_WORDS})$`, 'i');
// A loss is stated as a positive amount of the net-loss metric, so "lost $2 billion" is not negative.
const LOSS_WORDS = /^(?:lost|loss|losses)$/i;

/**
 * -1 when the figure is a fall ("fell 7%", "a 5% drop", "decreased by $2 billion"), else 1.
 * A percentage right after "to", "from" or "at" is a level ("fell to 5%"), not the change; an
 * amount is a change only after "by" or before a fall word ("a $2 billion decline").
 */
export function directionOf(context: FigureContext): 1 | -1 {
  const { text, asWritten } = context;
  const after = text.slice(asWritten.end, Math.min(context.ownEnd, asWritten.end + 30));
  const before = text.slice(Math.max(context.ownStart, asWritten.start - REACH), asWritten.start);
  const lastWordBefore = /([a-z]+)\W*$/i.exec(before)?.[1]?.toLowerCase() ?? '';
  if (DOWN_AFTER.test(after) && !LOSS_WORDS.test(/^\s*([a-z]+)/i.exec(after)?.[1] ?? '')) return -1;
  if (UP_AFTER.test(after)) return 1;
  const words = [...before.matchAll(DIRECTION_BEFORE)].slice(-1);
  const nearest = words[0]?.[1];
  if (!nearest || !DOWN.test(nearest)) return 1;
  if (context.unit === 'percent') return /^(?:to|from|at)$/.test(lastWordBefore) ? 1 : -1;
  return lastWordBefore === 'by' && !LOSS_WORDS.test(nearest) ? -1 : 1;
}
