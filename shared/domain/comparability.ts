import type { ArticleRef } from './article-refs';
import type { Cell, RowSource } from './comparison';
import type { Figure } from './dataset-schema';
import { effectivePeriodLabel, figurePeriod } from './figure-period';
import { describeFigure, figureUnit, isSameAsWritten, knownMetric } from './figures';
import { isSamePeriod, type ResolvedPeriod } from './periods';
import { formatValue } from './format';
import { METRIC_GROUPS } from './metrics';
import { isSameUnit, type CurrencyCode } from './units';

export type ReasonCode =
  | 'only-in-one'
  | 'related-metric'
  | 'different-currency'
  | 'different-unit'
  | 'different-period'
  | 'different-basis'
  | 'conflict'
  | 'no-values';

/** An exchange rate as the comparison uses it: 1 `from` = `rate` `to`, taken on `asOf`. */
export interface FxQuote {
  readonly rate: number;
  readonly asOf: string;
  readonly note: string;
}

/** What the comparison knows besides the rows. */
export interface ComparisonContext {
  /** The analyst's exchange rates, by "FROM/TO". */
  readonly fxRates: Readonly<Record<string, FxQuote>>;
  /** Relative difference beyond which two values for the same period disagree. */
  readonly disagreementTolerance: number;
  /** Each article's date (YYYY-MM or YYYY-MM-DD), to read periods such as "Q2" with no year. */
  readonly articleDates: Readonly<Record<string, string | null>>;
  /** The analyst's period corrections, by figure id. */
  readonly periodOverrides: Readonly<Record<string, string>>;
}

export const NO_CONTEXT: ComparisonContext = { fxRates: {}, disagreementTolerance: 0.01, articleDates: {}, periodOverrides: {} };

/** The period a cell's figure is compared on; null for the analyst's own value, which has none. */
export function cellPeriod(cell: Cell, context: ComparisonContext): ResolvedPeriod | null {
  if (cell.assumption || !cell.sourceFigure) return null;
  const figure = cell.sourceFigure;
  if (effectivePeriodLabel(figure, context.periodOverrides[figure.id]) === null) return null;
  return figurePeriod(figure, context.articleDates[figure.articleId] ?? null, context.periodOverrides[figure.id]);
}

/**
 * Whether two figures' periods are the same: by their date ranges where both resolve, else
 * by their labels. null when either has no period at all.
 */
export function isSameFigurePeriod(a: Figure, b: Figure, context: ComparisonContext): boolean | null {
  const labelA = effectivePeriodLabel(a, context.periodOverrides[a.id]);
  const labelB = effectivePeriodLabel(b, context.periodOverrides[b.id]);
  if (labelA === null || labelB === null) return null;
  const periodA = figurePeriod(a, context.articleDates[a.articleId] ?? null, context.periodOverrides[a.id]);
  const periodB = figurePeriod(b, context.articleDates[b.articleId] ?? null, context.periodOverrides[b.id]);
  const same = isSamePeriod(periodA, periodB);
  if (same !== null) return same;
  // Forward or trailing with no article date to anchor them: the same only within one article.
  if ((periodA.kind === 'forward' || periodA.kind === 'trailing') && periodA.kind === periodB.kind) return a.articleId === b.articleId ? true : null;
  return labelA === labelB;
}

/** How one value was put into another currency for the comparison. */
export interface Conversion {
  readonly from: CurrencyCode;
  readonly to: CurrencyCode;
  /** 1 `from` = `rate` `to` (already inverted when the analyst gave the rate the other way round). */
  readonly rate: number;
  readonly asOf: string;
  readonly note: string;
  /** True when the analyst's rate was to -> from and is used inverted. */
  readonly isInverted: boolean;
}

/** The analyst's rate from one currency to another, given either way round; null when there is none. */
export function findConversion(fxRates: ComparisonContext['fxRates'], from: CurrencyCode, to: CurrencyCode): Conversion | null {
  const direct = fxRates[`${from}/${to}`];
  if (direct) return { from, to, rate: direct.rate, asOf: direct.asOf, note: direct.note, isInverted: false };
  const inverse = fxRates[`${to}/${from}`];
  if (inverse) return { from, to, rate: 1 / inverse.rate, asOf: inverse.asOf, note: inverse.note, isInverted: true };
  return null;
}

/** Why two values cannot be subtracted, in words the analyst can check. */
export interface Reason {
  readonly code: ReasonCode;
  readonly message: string;
}

function basisKey(figure: Figure | null): string {
  if (!figure || figure.basis.length === 0) return '';
  return figure.basis.length === 1 ? figure.basis[0] : [...figure.basis].sort().join('+');
}

/** Bases block a comparison only when both are stated and differ. */
function isBasisCompatible(a: Figure, b: Figure): boolean {
  const left = basisKey(a);
  const right = basisKey(b);
  return left === '' || right === '' || left === right;
}

/**
 * Two figures of one article that give different values for the same period on compatible
 * bases: a conflict. The same value stated twice, even rounded differently ($33.3B and
 * $33.297B), is one figure repeated, not a conflict.
 */
export function findConflict(figures: readonly Figure[], context: ComparisonContext = NO_CONTEXT): [Figure, Figure] | null {
  for (let i = 0; i < figures.length; i++) {
    for (let j = i + 1; j < figures.length; j++) {
      const a = figures[i];
      const b = figures[j];
      const isSame = isSameFigurePeriod(a, b, context) ?? effectivePeriodLabel(a, context.periodOverrides[a.id]) === effectivePeriodLabel(b, context.periodOverrides[b.id]);
      if (isSame && isBasisCompatible(a, b) && !isSameAsWritten(a, b)) return [a, b];
    }
  }
  return null;
}

/**
 * findConflict, once per article's figures of a row and context: the baseline's figures are
 * checked against every other article's, and with 200 articles that is 200 times the same.
 */
const conflicts = new WeakMap<readonly Figure[], { context: ComparisonContext; conflict: [Figure, Figure] | null }>();
function conflictIn(figures: readonly Figure[], context: ComparisonContext): [Figure, Figure] | null {
  if (figures.length < 2) return null;
  const known = conflicts.get(figures);
  if (known?.context === context) return known.conflict;
  const conflict = findConflict(figures, context);
  conflicts.set(figures, { context, conflict });
  return conflict;
}

function missingSideReason(source: RowSource, present: ArticleRef, missing: ArticleRef): Reason {
  const related = source.relatedFigures.find((figure) => figure.articleId === missing.id);
  const group = knownMetric(source.metric)?.group;
  if (related && group) {
    const relatedLabel = knownMetric(related.metric)?.label ?? related.label;
    return {
      code: 'related-metric',
      message: `Related, not comparable: ${present.name} gives ${source.metricLabel}, ${missing.name} gives ${relatedLabel} (${formatValue(related.value, figureUnit(related))}); both are ${METRIC_GROUPS[group]}, but different metrics.`,
    };
  }
  return { code: 'only-in-one', message: `Only in ${present.name}.` };
}

/**
 * Every reason the base and other cells of a row cannot be subtracted; an empty list means
 * they can. An analyst's assumption stands for itself: it carries no period or basis, and it
 * settles a conflict in the article it replaces.
 */
export function comparabilityReasons(
  source: RowSource,
  base: Cell,
  other: Cell,
  articles: { base: ArticleRef; other: ArticleRef },
  context: ComparisonContext = NO_CONTEXT,
): Reason[] {
  const reasons: Reason[] = [];
  for (const [cell, ref] of [[base, articles.base], [other, articles.other]] as const) {
    const figures = source.figuresByArticle[cell.articleId];
    const conflict = cell.assumption || !figures ? null : conflictIn(figures, context);
    if (conflict) {
      reasons.push({
        code: 'conflict',
        message: `${ref.name} gives two values for the same period: ${describeFigure(conflict[0])} and ${describeFigure(conflict[1])}.`,
      });
    }
  }
  if (base.value === null && other.value === null) {
    const message = source.isCustom ? 'Your own row: fill a value in each article column to compare.' : 'Neither article gives a value.';
    return [...reasons, { code: 'no-values', message }];
  }
  if (base.value === null) return [...reasons, missingSideReason(source, articles.other, articles.base)];
  if (other.value === null) return [...reasons, missingSideReason(source, articles.base, articles.other)];

  if (base.unit.kind === 'currency' && other.unit.kind === 'currency' && base.unit.currency !== other.unit.currency) {
    // Different currencies compare only through a rate the analyst has set and can see.
    if (!findConversion(context.fxRates, other.unit.currency, base.unit.currency)) {
      reasons.push({
        code: 'different-currency',
        message: `Different currencies: ${base.unit.currency} against ${other.unit.currency}. Set a ${other.unit.currency}/${base.unit.currency} rate (FX rates…) to compare them.`,
      });
    }
  } else if (!isSameUnit(base.unit, other.unit)) {
    reasons.push({ code: 'different-unit', message: `Different units: ${base.unit.kind} against ${other.unit.kind}.` });
  }
  // Periods are compared as date ranges on each company's fiscal year, so a fiscal quarter is
  // never taken for the calendar quarter of the same name.
  if (!base.assumption && !other.assumption && base.sourceFigure && other.sourceFigure) {
    if (isSameFigurePeriod(base.sourceFigure, other.sourceFigure, context) === false) {
      const describe = (cell: Cell) => cellPeriod(cell, context)?.description ?? cell.sourceFigure?.period.label ?? 'no period';
      reasons.push({ code: 'different-period', message: `Different periods: ${describe(base)} against ${describe(other)}.` });
    }
  }
  const baseBasis = base.assumption ? '' : basisKey(base.sourceFigure);
  const otherBasis = other.assumption ? '' : basisKey(other.sourceFigure);
  if (baseBasis !== '' && otherBasis !== '' && baseBasis !== otherBasis) {
    reasons.push({ code: 'different-basis', message: `Different bases: ${baseBasis} against ${otherBasis}.` });
  }
  return reasons;
}
