import type { Qualifier } from '../domain/dataset-schema';
import { readAmounts, type Amount } from './amounts';
import { basisFor, directionOf, qualifiersFor, type ClauseFigure, type FigureContext } from './cues';
import { confidenceOf, rangeNote, textSpan, type Draft } from './draft';
import { guessEntity, guessSegment, type EntityIndex } from './entity-guess';
import { guessMetric } from './metric-guess';
import type { NumberToken } from './number-tokens';
import { choosePeriod } from './period-choice';
import type { PeriodMention } from './period-phrases';
import { clausesOf, isBlankLine, spanAt, spansWithin, type TextLine, type TextUnit } from './text-units';
import type { Span, WordToken } from './words';

/** What every figure of an article is read against, built once per article. */
export interface ArticleIndex {
  readonly text: string;
  readonly articleId: string;
  readonly lines: readonly TextLine[];
  readonly units: readonly TextUnit[];
  readonly entities: EntityIndex;
  readonly periods: readonly PeriodMention[];
  readonly isName: (word: WordToken) => boolean;
  readonly isPeriod: (word: WordToken) => boolean;
}

/** Figures in running text: sentences, list items and headline lines. */
export function proseDrafts(index: ArticleIndex, tokens: readonly NumberToken[]): Draft[] {
  const { text, units } = index;
  const byUnit = new Map<TextUnit, Amount[]>();
  for (const amount of readAmounts(text, tokens, () => null, false)) {
    const unit = spanAt(units, amount.token.start);
    // A figure must lie inside its quote; one cut by a sentence end is not proposed.
    if (!unit || amount.token.end > unit.end) continue;
    const list = byUnit.get(unit);
    if (list) list.push(amount);
    else byUnit.set(unit, [amount]);
  }
  const figureLines = new Set([...byUnit.keys()].map((unit) => unit.line));
  const drafts: Draft[] = [];
  for (const [unit, amounts] of byUnit) drafts.push(...unitDrafts(index, unit, amounts, figureLines));
  return drafts;
}

function unitDrafts(index: ArticleIndex, unit: TextUnit, amounts: readonly Amount[], figureLines: ReadonlySet<number>): Draft[] {
  const { text } = index;
  const clauses = clausesOf(text, unit);
  const clauseOf = (amount: Amount): Span => spanAt(clauses, amount.token.start) ?? unit;
  const figuresByClause = new Map<Span, ClauseFigure[]>();
  for (const amount of amounts) {
    const clause = clauseOf(amount);
    const figures = figuresByClause.get(clause);
    if (figures) figures.push({ span: amount.token, unit: amount.unit });
    else figuresByClause.set(clause, [{ span: amount.token, unit: amount.unit }]);
  }
  const figureClauses = new Set(figuresByClause.keys());
  const framingClauses = clauses.filter((clause) => !figureClauses.has(clause));
  const mentions = spansWithin(index.periods, unit);
  const listIntro = unit.kind === 'list-item' ? introOf(index, unit.line, figureLines) : null;
  // The words that belong to the i-th figure: from the end of the figure before it in its clause to the start of the one after.
  const ownStart = (i: number): number => {
    const clause = clauseOf(amounts[i]);
    const previous = amounts[i - 1];
    return previous && clauseOf(previous) === clause ? Math.max(clause.start, previous.token.end) : clause.start;
  };
  const ownEnd = (i: number): number => {
    const clause = clauseOf(amounts[i]);
    const next = amounts[i + 1];
    return next && clauseOf(next) === clause ? Math.min(clause.end, next.token.start) : clause.end;
  };
  return amounts.map((amount, i) => {
    const clause = clauseOf(amount);
    const asWritten = { start: amount.token.start, end: amount.token.end };
    const context: FigureContext = {
      text,
      asWritten,
      clause,
      sentence: unit,
      ownStart: ownStart(i),
      ownEnd: ownEnd(i),
      unit: amount.unit,
      kind: amount.kind,
      clauseFigures: figuresByClause.get(clause) ?? [],
    };
    const qualifiers: Qualifier[] = [...qualifiersFor(context), ...(amount.range ? [amount.range] : [])];
    const basis = basisFor(context);
    const sign = amount.token.isNegative ? 1 : directionOf(context);
    const segment = guessSegment(index.entities, unit, asWritten.start);
    // The low end of "9,000-10,000 jobs" counts what the high end counts: read the metric from the whole range.
    const high = amount.range === 'range-low' ? amounts[i + 1] : undefined;
    const reach = high ? { asWritten: { start: asWritten.start, end: high.token.end }, ownEnd: ownEnd(i + 1) } : {};
    const metric = guessMetric({
      ...context,
      ...reach,
      scale: amount.scale,
      basis,
      qualifiers,
      segment,
      isName: index.isName,
      isPeriod: index.isPeriod,
      isSigned: amount.token.hasSign,
    });
    const period = choosePeriod({
      text,
      asWritten,
      clause,
      framingClauses,
      mentions,
      isForward: basis.includes('forward'),
      forwardScope: amount.unit === 'multiple' ? clause : unit,
      listIntro,
    });
    const note = rangeNote(amount);
    const draft: Draft = {
      figure: {
        articleId: index.articleId,
        entity: guessEntity(index.entities, index.units, unit, asWritten.start),
        segment,
        metric: metric.metric,
        label: metric.label,
        value: sign === -1 && amount.value !== 0 ? -amount.value : amount.value,
        unit: amount.unit,
        currency: amount.currency,
        scale: amount.scale,
        asWritten: textSpan(text, asWritten),
        quote: textSpan(text, unit),
        period,
        basis,
        qualifiers,
        ...(note ? { note } : {}),
      },
      kind: amount.kind,
      confidence: confidenceOf(amount, metric.metric, false),
      metricWords: metric.words,
    };
    return draft;
  });
}

/**
 * The line that introduces a list ("Alibaba's Q4 2025 results underscore its resilience:"), when
 * it ends with a colon, names a period, and states no figure of its own: such a line frames its
 * items. One that states its own figure ("saw 22% growth in Q4 2025, driven by:") is about that
 * figure, and its items are causes rather than results of the period.
 */
function introOf(index: ArticleIndex, line: number, figureLines: ReadonlySet<number>): { label: string; line: string } | null {
  const { lines, text } = index;
  let at = line - 1;
  while (at >= 0 && lines[at].marker) at -= 1;
  if (at >= 0 && isBlankLine(lines[at]) && at > 0 && !isBlankLine(lines[at - 1]) && !lines[at - 1].marker) at -= 1;
  const intro = lines[at];
  if (!intro || isBlankLine(intro) || intro.marker || text[intro.contentEnd - 1] !== ':' || figureLines.has(at)) return null;
  const period = index.periods.find((m) => m.start >= intro.contentStart && m.end <= intro.contentEnd);
  if (!period) return null;
  return { label: period.label, line: text.slice(intro.contentStart, intro.contentEnd - 1).trim() };
}
