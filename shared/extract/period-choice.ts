import type { Period } from '../domain/dataset-schema';
import type { PeriodMention } from './period-phrases';
import { FORWARD_WORD } from './period-phrases';
import type { Span } from './words';

/**
 * Which period phrase a figure belongs to. A phrase in the figure's own clause wins ("22% revenue
 * growth in Q4 2025"); then, for a forward multiple, its "forward"; then a phrase in a clause of
 * the same sentence that states no figure of its own, because such a clause frames the whole
 * sentence ("In Q3 2024, Alibaba bought 24.66 million shares, a 370% increase"); then the period
 * of a line that introduces the figure's list. A phrase in another figure's clause is that figure's
 * ("a buy at $80–$85, targeting $120 by 2026": the horizon is the target's, not the range's).
 */
export interface PeriodInput {
  readonly text: string;
  readonly asWritten: Span;
  readonly clause: Span;
  /** The sentence's clauses that state no figure. */
  readonly framingClauses: readonly Span[];
  /** Period phrases inside the figure's sentence. */
  readonly mentions: readonly PeriodMention[];
  readonly isForward: boolean;
  /** Where the forward word is looked for: the clause for a multiple, the sentence for a discount. */
  readonly forwardScope: Span;
  readonly listIntro: { readonly label: string; readonly line: string } | null;
}

const inside = (span: Span, outer: Span): boolean => span.start >= outer.start && span.end <= outer.end;
const distance = (a: Span, b: Span): number => Math.max(0, a.start - b.end, b.start - a.end);

function nearest(mentions: readonly PeriodMention[], figure: Span): PeriodMention | undefined {
  let best: PeriodMention | undefined;
  for (const mention of mentions) if (!best || distance(mention, figure) < distance(best, figure)) best = mention;
  return best;
}

export function choosePeriod(input: PeriodInput): Period {
  const own = nearest(
    input.mentions.filter((m) => inside(m, input.clause)),
    input.asWritten,
  );
  if (own) return { label: own.label, source: 'stated' };
  if (input.isForward) {
    const scope = input.text.slice(input.forwardScope.start, input.forwardScope.end);
    const word = FORWARD_WORD.exec(scope)?.[0];
    if (word) return { label: word, source: 'stated' };
  }
  const framing = nearest(
    input.mentions.filter((m) => input.framingClauses.some((clause) => inside(m, clause))),
    input.asWritten,
  );
  if (framing) return { label: framing.label, source: 'stated' };
  if (input.listIntro) {
    return { label: input.listIntro.label, source: 'inferred', note: `Listed under “${input.listIntro.line}”.` };
  }
  return { label: null, source: 'unstated' };
}
