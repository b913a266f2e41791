import type { Article, Figure } from './dataset-schema';
import { ENTITIES, type EntityInfo } from './entities';
import { METRIC_GROUPS, METRICS, type MetricInfo } from './metrics';
import { formatValue, scaleFor } from './format';
import { isSameUnit, type Scale, type Unit } from './units';

/**
 * The comparison: one row per entity, segment and metric across the articles, the value
 * each article gives, and whether the two values can honestly be subtracted.
 *
 * Source rows (`RowSource`) are built once from the dataset; the analyst's assumptions
 * live apart from them, and `computeRow` joins one source row with that row's
 * assumptions, so an edit recomputes only the row it touches.
 */

/** An analyst's value for one cell, replacing or filling the article's value. */
export interface Assumption {
  readonly value: number;
  /** What the analyst typed, kept so the cell can show it back. */
  readonly input: string;
  /** ISO timestamp of when it was set. */
  readonly setAt: string;
}

/** A row's assumptions, by article id. Replaced as a whole when one of them changes. */
export type RowAssumptions = Readonly<Record<string, Assumption>>;

export interface RowSource {
  readonly id: string;
  readonly entity: string;
  readonly entityName: string;
  readonly segment: string | null;
  readonly metric: string;
  readonly metricLabel: string;
  /** The row's unit, from its first figure; an empty cell filled by the analyst takes it. */
  readonly unit: Unit;
  /** The scale the row is shown and typed in. */
  readonly displayScale: Scale;
  /** Every figure of this row, by article id, in text order. */
  readonly figuresByArticle: Readonly<Record<string, readonly Figure[]>>;
  /** Figures of related metrics (same entity, segment and metric group) in other rows. */
  readonly relatedFigures: readonly Figure[];
}

export type ReasonCode =
  | 'only-in-one'
  | 'related-metric'
  | 'different-currency'
  | 'different-unit'
  | 'different-period'
  | 'different-basis'
  | 'conflict';

export interface Reason {
  readonly code: ReasonCode;
  readonly message: string;
}

export type RowStatus = 'comparable' | ReasonCode;

export interface Cell {
  readonly articleId: string;
  /** The value the comparison uses: the analyst's assumption if there is one, else the article's. */
  readonly value: number | null;
  readonly unit: Unit;
  /** The article's own value (first mention), whether or not an assumption replaces it. */
  readonly sourceFigure: Figure | null;
  /** How many times this article states the row's figure. */
  readonly mentions: number;
  readonly assumption: Assumption | null;
}

export interface ComparisonRow extends Omit<RowSource, 'figuresByArticle' | 'relatedFigures'> {
  readonly source: RowSource;
  readonly cells: Readonly<Record<string, Cell>>;
  readonly baseArticleId: string;
  /** Null when only one article is loaded. */
  readonly otherArticleId: string | null;
  /** other − base, in the row's base unit; null unless the two values are comparable. */
  readonly delta: number | null;
  /** delta / |base|; null when the delta is null or the base is zero. */
  readonly deltaPercent: number | null;
  readonly status: RowStatus;
  /** Every reason the values are not comparable (empty when they are). */
  readonly reasons: readonly Reason[];
  readonly hasAssumption: boolean;
}

/** Relative tolerance under which two stated values are the same figure (not a conflict). */
const SAME_VALUE_TOLERANCE = 1e-9;

export function rowIdFor(figure: Pick<Figure, 'entity' | 'segment' | 'metric'>): string {
  return [figure.entity, figure.segment ?? '', figure.metric].join('|');
}

export function figureUnit(figure: Figure): Unit {
  return figure.unit === 'currency' && figure.currency !== null
    ? { kind: 'currency', currency: figure.currency }
    : { kind: figure.unit === 'currency' ? 'count' : figure.unit };
}

function knownMetric(key: string): MetricInfo | undefined {
  return (METRICS as Record<string, MetricInfo>)[key];
}

function knownEntity(key: string): EntityInfo | undefined {
  return (ENTITIES as Record<string, EntityInfo>)[key];
}

/** Orders articles oldest first; undated ones go last, in id order. */
export function orderArticles<A extends Pick<Article, 'id' | 'date'>>(articles: readonly A[]): A[] {
  return [...articles].sort((a, b) => {
    if (a.date === b.date) return a.id.localeCompare(b.id);
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date.localeCompare(b.date);
  });
}

/** Groups figures into source rows. Runs once per dataset load. */
export function buildRowSources(figures: readonly Figure[]): RowSource[] {
  const byRow = new Map<string, Figure[]>();
  for (const figure of figures) {
    const id = rowIdFor(figure);
    const list = byRow.get(id);
    if (list) list.push(figure);
    else byRow.set(id, [figure]);
  }
  const groupOf = (figure: Figure) => knownMetric(figure.metric)?.group;
  // Figures of grouped metrics, indexed by entity, segment and group: one pass, not one scan per row.
  const byGroup = new Map<string, Figure[]>();
  for (const figure of figures) {
    const group = groupOf(figure);
    if (group === undefined) continue;
    const key = [figure.entity, figure.segment ?? '', group].join('|');
    const list = byGroup.get(key);
    if (list) list.push(figure);
    else byGroup.set(key, [figure]);
  }
  const rows: RowSource[] = [];
  for (const [id, rowFigures] of byRow) {
    const first = rowFigures[0];
    const figuresByArticle: Record<string, Figure[]> = {};
    for (const figure of rowFigures) (figuresByArticle[figure.articleId] ??= []).push(figure);
    const group = groupOf(first);
    const relatedFigures =
      group === undefined
        ? []
        : (byGroup.get([first.entity, first.segment ?? '', group].join('|')) ?? []).filter((other) => other.metric !== first.metric);
    rows.push({
      id,
      entity: first.entity,
      entityName: knownEntity(first.entity)?.name ?? first.entity,
      segment: first.segment,
      metric: first.metric,
      metricLabel: knownMetric(first.metric)?.label ?? first.label,
      unit: figureUnit(first),
      displayScale: first.unit === 'currency' || first.unit === 'shares' || first.unit === 'count' ? scaleFor(first.value) : 'one',
      figuresByArticle,
      relatedFigures,
    });
  }
  const compare = new Intl.Collator('en').compare;
  return rows.sort(
    (a, b) =>
      compare(a.entityName, b.entityName) ||
      compare(a.segment ?? '', b.segment ?? '') ||
      compare(a.metricLabel, b.metricLabel),
  );
}

function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= SAME_VALUE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b), 1e-12);
}

function describeFigure(figure: Figure): string {
  const period = figure.period.label ? ` (${figure.period.label}${figure.period.source === 'inferred' ? ', inferred' : ''})` : '';
  return `${formatValue(figure.value, figureUnit(figure))}${period}`;
}

/** Figures of one article that state different values for the same period: a conflict. */
export function findConflict(figures: readonly Figure[]): [Figure, Figure] | null {
  for (let i = 0; i < figures.length; i++) {
    for (let j = i + 1; j < figures.length; j++) {
      const a = figures[i];
      const b = figures[j];
      if (a.period.label === b.period.label && !sameValue(a.value, b.value)) return [a, b];
    }
  }
  return null;
}

function basisKey(figure: Figure | null): string {
  return figure ? [...figure.basis].sort().join('+') : '';
}

export interface ArticleRef {
  readonly id: string;
  /** A short name for messages: "article 1 (Nov 2024)". */
  readonly name: string;
}

function makeCell(source: RowSource, articleId: string, assumptions: RowAssumptions): Cell {
  const figures = source.figuresByArticle[articleId] ?? [];
  const sourceFigure = figures[0] ?? null;
  const assumption = assumptions[articleId] ?? null;
  return {
    articleId,
    value: assumption?.value ?? sourceFigure?.value ?? null,
    unit: sourceFigure ? figureUnit(sourceFigure) : source.unit,
    sourceFigure,
    mentions: figures.filter((f) => sourceFigure !== null && sameValue(f.value, sourceFigure.value)).length,
    assumption,
  };
}

/**
 * Why the base and other cells of a row cannot be subtracted; an empty list means they can.
 * Periods and bases only block a comparison when both sides state them and they differ.
 */
export function comparabilityReasons(
  source: RowSource,
  base: Cell,
  other: Cell,
  articles: { base: ArticleRef; other: ArticleRef },
): Reason[] {
  const reasons: Reason[] = [];
  for (const [cell, ref] of [[base, articles.base], [other, articles.other]] as const) {
    const conflict = cell.assumption ? null : findConflict(source.figuresByArticle[cell.articleId] ?? []);
    if (conflict) {
      reasons.push({
        code: 'conflict',
        message: `${ref.name} gives two values for the same period: ${describeFigure(conflict[0])} and ${describeFigure(conflict[1])}.`,
      });
    }
  }
  if (base.value === null || other.value === null) {
    const [present, missing] = base.value === null ? [articles.other, articles.base] : [articles.base, articles.other];
    const related = source.relatedFigures.find((f) => f.articleId === missing.id);
    const group = knownMetric(source.metric)?.group;
    if (related && group) {
      reasons.push({
        code: 'related-metric',
        message: `Related, not comparable: ${present.name} gives ${source.metricLabel}, ${missing.name} gives ${knownMetric(related.metric)?.label ?? related.label} (${formatValue(related.value, figureUnit(related))}); both are ${METRIC_GROUPS[group]}, but different metrics.`,
      });
    } else if (base.value !== null || other.value !== null) {
      reasons.push({ code: 'only-in-one', message: `Only in ${present.name}.` });
    }
    return reasons;
  }
  if (base.unit.kind === 'currency' && other.unit.kind === 'currency' && base.unit.currency !== other.unit.currency) {
    reasons.push({
      code: 'different-currency',
      message: `Different currencies: ${base.unit.currency} against ${other.unit.currency}; no exchange rate is applied.`,
    });
  } else if (!isSameUnit(base.unit, other.unit)) {
    reasons.push({ code: 'different-unit', message: `Different units: ${base.unit.kind} against ${other.unit.kind}.` });
  }
  const basePeriod = base.assumption ? null : base.sourceFigure?.period.label ?? null;
  const otherPeriod = other.assumption ? null : other.sourceFigure?.period.label ?? null;
  if (basePeriod !== null && otherPeriod !== null && basePeriod !== otherPeriod) {
    reasons.push({ code: 'different-period', message: `Different periods: ${basePeriod} against ${otherPeriod}.` });
  }
  const baseBasis = base.assumption ? '' : basisKey(base.sourceFigure);
  const otherBasis = other.assumption ? '' : basisKey(other.sourceFigure);
  if (baseBasis !== '' && otherBasis !== '' && baseBasis !== otherBasis) {
    reasons.push({ code: 'different-basis', message: `Different bases: ${baseBasis} against ${otherBasis}.` });
  }
  return reasons;
}

/** Joins one source row with its assumptions into what the grid shows. Pure; cheap. */
export function computeRow(
  source: RowSource,
  assumptions: RowAssumptions,
  articles: { base: ArticleRef; other: ArticleRef | undefined },
  allArticleIds: readonly string[],
): ComparisonRow {
  const cells: Record<string, Cell> = {};
  for (const articleId of allArticleIds) cells[articleId] = makeCell(source, articleId, assumptions);
  const base = cells[articles.base.id];
  const otherRef = articles.other;
  const other = otherRef ? cells[otherRef.id] : undefined;
  const reasons = otherRef && other
    ? comparabilityReasons(source, base, other, { base: articles.base, other: otherRef })
    : [{ code: 'only-in-one' as const, message: 'Only one article is loaded: there is nothing to compare with.' }];
  let delta: number | null = null;
  if (reasons.length === 0 && base.value !== null && other?.value != null) {
    // Rounded to 12 significant digits so 60e9 - 83.6e9 reads as -23.6e9, not -23.599999999e9.
    delta = Number((other.value - base.value).toPrecision(12));
  }
  const deltaPercent = delta !== null && base.value ? delta / Math.abs(base.value) : null;
  const { figuresByArticle: _figures, relatedFigures: _related, ...identity } = source;
  return {
    ...identity,
    source,
    cells,
    baseArticleId: articles.base.id,
    otherArticleId: articles.other?.id ?? null,
    delta,
    deltaPercent,
    status: reasons[0]?.code ?? 'comparable',
    reasons,
    hasAssumption: Object.keys(assumptions).length > 0,
  };
}

/** Short names for messages and column headers: "Article 1 · Nov 2024 (inferred)". */
export function articleRefs(articles: readonly Pick<Article, 'id' | 'date' | 'dateSource'>[]): ArticleRef[] {
  return orderArticles(articles).map((article, index) => ({
    id: article.id,
    name: `article ${index + 1} (${describeArticleDate(article)})`,
  }));
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2025-05-26" -> "26 May 2025"; "2024-11" inferred -> "Nov 2024, inferred"; null -> "undated". */
export function describeArticleDate(article: Pick<Article, 'date' | 'dateSource'>): string {
  if (article.date === null) return 'undated';
  const [year, month, day] = article.date.split('-');
  const text = `${day ? `${Number(day)} ` : ''}${MONTHS[Number(month) - 1]} ${year}`;
  return article.dateSource === 'inferred' ? `${text}, inferred` : text;
}
