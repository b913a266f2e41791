import type { ArticleRef } from './article-refs';
import {
  cellPeriod,
  comparabilityReasons,
  findConversion,
  isSameFigurePeriod,
  NO_CONTEXT,
  type ComparisonContext,
  type Conversion,
  type Reason,
  type ReasonCode,
} from './comparability';
import type { Figure } from './dataset-schema';
import { figureUnit, isSameValue, knownEntity, knownMetric, rowIdFor } from './figures';
import { scaleFor } from './format';
import type { CurrencyCode, Scale, Unit } from './units';

/**
 * The comparison: one row per entity, segment and metric across the articles, the value
 * each article gives, and whether the two values can honestly be subtracted.
 *
 * Source rows (`RowSource`) are built once from the dataset; the analyst's assumptions
 * live apart from them, and `computeRow` joins one source row with that row's
 * assumptions, so an edit recomputes only the row it touches.
 */

/** The column of the analyst's own value for a row, beside the articles' columns. */
export const ANALYST_COLUMN = '@analyst';

/** An analyst's value for one cell, replacing or filling the article's value. */
export interface Assumption {
  readonly value: number;
  /** What the analyst typed, kept so the cell can show it back. */
  readonly input: string;
  /** ISO timestamp of when it was set. */
  readonly setAt: string;
  /** The currency typed into a cell no article fills; absent when the cell keeps its figure's or row's unit. */
  readonly currency?: CurrencyCode;
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
  /** A row the analyst added: no article gives it. */
  readonly isCustom: boolean;
}

/** 'disagreement': comparable, same period, and further apart than the analyst's tolerance. */
export type RowStatus = 'comparable' | 'disagreement' | ReasonCode;

export interface Cell {
  readonly articleId: string;
  /** The value the comparison uses: the analyst's assumption if there is one, else the article's. */
  readonly value: number | null;
  /** This article's unit: a row can hold CNY in one article and USD in another. */
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
  /** Each other article that gives this row a value, against the baseline, by article id. */
  readonly versus: Readonly<Record<string, ArticleDelta>>;
  /** The baseline the analyst chose (the oldest article unless they chose another). */
  readonly baseArticleId: string;
  /**
   * The article the row's summary compares with the baseline: the latest other article that
   * gives a value (or, when none does, the latest other article). Null when only one is loaded.
   */
  readonly otherArticleId: string | null;
  /** The latest article, the baseline included, that gives this row a value: the "Latest" column's. */
  readonly latestArticleId: string | null;
  /** The summary's delta: other − base, in the baseline's unit; null unless the two values are comparable. */
  readonly delta: number | null;
  /** delta / |base|; null when the delta is null or the base is zero. */
  readonly deltaPercent: number | null;
  readonly status: RowStatus;
  /** Every reason the values are not comparable (empty when they are). */
  readonly reasons: readonly Reason[];
  readonly hasAssumption: boolean;
  /** The analyst's value if set, else the latest article's: what scenarios are compared on. */
  readonly estimate: number | null;
  /** The unit of `estimate`: the analyst's cell may be in another currency than the articles'. */
  readonly estimateUnit: Unit;
  /** How the later value was put into the baseline's currency; null when no conversion was needed. */
  readonly conversion: Conversion | null;
  /** The later value in the baseline's currency, as the delta used it; null without a conversion. */
  readonly convertedValue: number | null;
  /** What a reader of the delta must know although the values compare (periods not stated, say). */
  readonly caveats: readonly string[];
  /** Whether anything of the analyst's shapes this row: a typed value, an FX rate used, a corrected period. */
  readonly usesAnalystInput: boolean;
  /** Why the two values disagree beyond the tolerance, for the same period; null when they do not. */
  readonly disagreement: string | null;
}

/** The scale a figure is shown and typed in: its own magnitude for amounts and counts, none for ratios. */
export function displayScaleOf(figure: Figure): Scale {
  return figure.unit === 'currency' || figure.unit === 'shares' || figure.unit === 'count' ? scaleFor(figure.value) : 'one';
}

/**
 * The unit and scale a cell is shown and typed in: its article's figure's, or the row's for a
 * cell no article fills. Such a cell may take another currency than the row's (a USD figure
 * beside a CNY one): `acceptsAnyCurrency` says so.
 */
export function cellUnitContext(source: RowSource, articleId: string): { unit: Unit; displayScale: Scale; acceptsAnyCurrency: boolean } {
  const figure = source.figuresByArticle[articleId]?.[0];
  if (figure) return { unit: figureUnit(figure), displayScale: displayScaleOf(figure), acceptsAnyCurrency: false };
  return { unit: source.unit, displayScale: source.displayScale, acceptsAnyCurrency: source.unit.kind === 'currency' };
}

function pushTo<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function groupKey(figure: Figure, group: string): string {
  return [figure.entity, figure.segment ?? '', group].join('|');
}

/** Groups figures into source rows, sorted by entity, segment and metric. Runs once per dataset load. */
export function buildRowSources(figures: readonly Figure[]): RowSource[] {
  const byRow = new Map<string, Figure[]>();
  // Figures of grouped metrics, indexed by entity, segment and group: one pass, not one scan per row.
  const byGroup = new Map<string, Figure[]>();
  for (const figure of figures) {
    pushTo(byRow, rowIdFor(figure), figure);
    const group = knownMetric(figure.metric)?.group;
    if (group !== undefined) pushTo(byGroup, groupKey(figure, group), figure);
  }
  const rows: RowSource[] = [];
  for (const [id, rowFigures] of byRow) {
    const first = rowFigures[0];
    const figuresByArticle: Record<string, Figure[]> = {};
    for (const figure of rowFigures) (figuresByArticle[figure.articleId] ??= []).push(figure);
    const group = knownMetric(first.metric)?.group;
    const relatedFigures = group === undefined ? [] : (byGroup.get(groupKey(first, group)) ?? []).filter((other) => other.metric !== first.metric);
    rows.push({
      id,
      entity: first.entity,
      entityName: knownEntity(first.entity)?.name ?? first.entity,
      segment: first.segment,
      metric: first.metric,
      metricLabel: knownMetric(first.metric)?.label ?? first.label,
      unit: figureUnit(first),
      displayScale: displayScaleOf(first),
      figuresByArticle,
      relatedFigures,
      isCustom: false,
    });
  }
  const compare = new Intl.Collator('en').compare;
  return rows.sort(
    (a, b) => compare(a.entityName, b.entityName) || compare(a.segment ?? '', b.segment ?? '') || compare(a.metricLabel, b.metricLabel),
  );
}

/**
 * An article that says nothing about a row, in a row of this unit: one shared, frozen cell.
 * With hundreds of articles most of a row's cells are empty, and making each afresh
 * allocated hundreds of thousands of objects when every row is computed at start.
 */
const emptyCellsByUnit = new Map<string, Map<string, Cell>>();
function emptyCellsOf(unit: Unit): Map<string, Cell> {
  const key = unit.kind === 'currency' ? unit.currency : unit.kind;
  let cells = emptyCellsByUnit.get(key);
  if (!cells) emptyCellsByUnit.set(key, (cells = new Map()));
  return cells;
}

function makeCell(source: RowSource, articleId: string, assumptions: RowAssumptions, emptyCells: Map<string, Cell>): Cell {
  const assumption = assumptions[articleId] ?? null;
  const figures = source.figuresByArticle[articleId];
  if (figures || assumption) return filledCell(source, articleId, figures ?? [], assumption);
  let cell = emptyCells.get(articleId);
  if (!cell) {
    cell = Object.freeze({ articleId, value: null, unit: source.unit, sourceFigure: null, mentions: 0, assumption: null });
    emptyCells.set(articleId, cell);
  }
  return cell;
}

function filledCell(source: RowSource, articleId: string, figures: readonly Figure[], assumption: Assumption | null): Cell {
  const sourceFigure = figures[0] ?? null;
  return {
    articleId,
    value: assumption?.value ?? sourceFigure?.value ?? null,
    unit: assumption?.currency ? { kind: 'currency', currency: assumption.currency } : cellUnitContext(source, articleId).unit,
    sourceFigure,
    mentions: sourceFigure ? figures.filter((figure) => isSameValue(figure.value, sourceFigure.value)).length : 0,
    assumption,
  };
}

/** One article's value against the baseline's, in one row. */
export interface ArticleDelta {
  readonly articleId: string;
  /** This article's value − the baseline's, in the baseline's unit; null unless comparable. */
  readonly delta: number | null;
  /** delta / |baseline|; null when the delta is null or the baseline is zero. */
  readonly deltaPercent: number | null;
  readonly status: RowStatus;
  /** Every reason the two values are not comparable (empty when they are). */
  readonly reasons: readonly Reason[];
  /** How this article's value was put into the baseline's currency; null when no conversion was needed. */
  readonly conversion: Conversion | null;
  /** This article's value in the baseline's currency; null without a conversion. */
  readonly convertedValue: number | null;
  readonly caveats: readonly string[];
  readonly disagreement: string | null;
}

/** The articles of a comparison, by date, and the one the analyst compares every other against. */
export interface ComparisonArticles {
  /** Oldest first: the order of the value columns. */
  readonly refs: readonly ArticleRef[];
  readonly baseline: ArticleRef;
}

const ONLY_ONE_ARTICLE: readonly Reason[] = [{ code: 'only-in-one', message: 'Only one article is loaded: there is nothing to compare with.' }];

/** One article's cell against the baseline's: whether they compare, and if so by how much. */
function compareWithBaseline(source: RowSource, base: Cell, other: Cell, refs: { base: ArticleRef; other: ArticleRef }, context: ComparisonContext): ArticleDelta {
  const reasons = comparabilityReasons(source, base, other, refs, context);
  let delta: number | null = null;
  let conversion: Conversion | null = null;
  if (reasons.length === 0 && base.value !== null && other.value !== null) {
    if (base.unit.kind === 'currency' && other.unit.kind === 'currency' && base.unit.currency !== other.unit.currency) {
      conversion = findConversion(context.fxRates, other.unit.currency, base.unit.currency);
    }
    const otherInBase = other.value * (conversion?.rate ?? 1);
    // Rounded to 12 significant digits so 60e9 - 83.6e9 reads as -23.6e9, not -23.599999999e9.
    delta = Number((otherInBase - base.value).toPrecision(12));
  }
  const disagreement = describeDisagreement(base, other, delta, context);
  const caveats: string[] = [];
  if (delta !== null && (cellPeriod(base, context) === null || cellPeriod(other, context) === null)) {
    caveats.push(`A period is not stated, so the delta is the change between the articles: ${refs.base.name} to ${refs.other.name}.`);
  }
  return {
    articleId: other.articleId,
    delta,
    deltaPercent: delta !== null && base.value ? delta / Math.abs(base.value) : null,
    status: reasons[0]?.code ?? (disagreement ? 'disagreement' : 'comparable'),
    reasons,
    conversion,
    convertedValue: conversion && other.value !== null ? other.value * conversion.rate : null,
    caveats,
    disagreement,
  };
}

/**
 * Joins one source row with its assumptions into what the grid shows: every article's cell,
 * each article with a value against the baseline, and a summary (the row's own delta and
 * status): the latest other article that gives a value, against the baseline. Pure; cheap.
 */
export function computeRow(
  source: RowSource,
  assumptions: RowAssumptions,
  articles: ComparisonArticles,
  allArticleIds: readonly string[],
  context: ComparisonContext = NO_CONTEXT,
): ComparisonRow {
  const cells: Record<string, Cell> = {};
  const emptyCells = emptyCellsOf(source.unit);
  for (const articleId of allArticleIds) cells[articleId] = makeCell(source, articleId, assumptions, emptyCells);
  const baseline = articles.baseline;
  const base = cells[baseline.id];
  const versus: Record<string, ArticleDelta> = {};
  let latestWithValue: ArticleRef | undefined;
  let latest: ArticleRef | undefined;
  // Only articles that give this row a value get a delta: with hundreds of articles most
  // cells are empty, and an empty cell has nothing to say against the baseline.
  for (const ref of articles.refs) {
    if (ref.id === baseline.id) continue;
    latest = ref;
    const other = cells[ref.id];
    if (other.value === null) continue;
    versus[ref.id] = compareWithBaseline(source, base, other, { base: baseline, other: ref }, context);
    latestWithValue = ref;
  }
  const summaryRef = latestWithValue ?? latest;
  const summary = summaryRef ? (versus[summaryRef.id] ?? compareWithBaseline(source, base, cells[summaryRef.id], { base: baseline, other: summaryRef }, context)) : null;
  // A conflict or a disagreement in any article is the row's, though the summary compares only one.
  const flagged = summary?.status === 'comparable' ? Object.values(versus).find((entry) => entry.status === 'conflict' || entry.status === 'disagreement') : undefined;
  let latestArticle: ArticleRef | undefined;
  for (let index = articles.refs.length - 1; index >= 0 && !latestArticle; index--) {
    if (cells[articles.refs[index].id].value !== null) latestArticle = articles.refs[index];
  }
  const analystCell = cells[ANALYST_COLUMN];
  let latestId: string | undefined;
  for (let index = allArticleIds.length - 1; index >= 0 && latestId === undefined; index--) {
    const id = allArticleIds[index];
    if (id !== ANALYST_COLUMN && cells[id].value !== null) latestId = id;
  }
  const estimateCell = analystCell?.value != null ? analystCell : latestId ? cells[latestId] : null;
  const hasOverride = Object.values(source.figuresByArticle).some((figures) => figures.some((figure) => figure.id in context.periodOverrides));
  const { figuresByArticle: _figures, relatedFigures: _related, ...identity } = source;
  const reasons = summary?.reasons ?? ONLY_ONE_ARTICLE;
  const hasAssumption = Object.keys(assumptions).length > 0;
  return {
    ...identity,
    source,
    cells,
    versus,
    baseArticleId: baseline.id,
    otherArticleId: summaryRef?.id ?? null,
    latestArticleId: latestArticle?.id ?? null,
    delta: summary?.delta ?? null,
    deltaPercent: summary?.deltaPercent ?? null,
    status: flagged?.status ?? summary?.status ?? reasons[0].code,
    reasons,
    hasAssumption,
    estimate: estimateCell?.value ?? null,
    estimateUnit: estimateCell?.unit ?? source.unit,
    conversion: summary?.conversion ?? null,
    convertedValue: summary?.convertedValue ?? null,
    caveats: [...(summary?.caveats ?? []), ...(flagged ? [flagged.disagreement ?? flagged.reasons[0]?.message ?? ''] : [])],
    usesAnalystInput: hasAssumption || Object.values(versus).some((entry) => entry.conversion !== null) || summary?.conversion != null || hasOverride,
    disagreement: summary?.disagreement ?? flagged?.disagreement ?? null,
  };
}

/**
 * Two articles' values for the same stated period that differ by more than the tolerance.
 * Values for unstated or different periods are a change over time, not a disagreement; an
 * analyst's value is a view, not a source, so it never disagrees.
 */
function describeDisagreement(base: Cell, other: Cell, delta: number | null, context: ComparisonContext): string | null {
  if (delta === null || base.value === null || base.assumption || other.assumption || !base.sourceFigure || !other.sourceFigure) return null;
  if (isSameFigurePeriod(base.sourceFigure, other.sourceFigure, context) !== true) return null;
  // Relative to the larger of the two, so a zero on one side still counts.
  const scale = Math.max(Math.abs(base.value), Math.abs(base.value + delta));
  const tolerance = context.disagreementTolerance;
  if (scale === 0 || Math.abs(delta) <= tolerance * scale) return null;
  const period = cellPeriod(base, context)?.description ?? base.sourceFigure.period.label;
  return `The articles disagree about ${period}: they differ by ${((Math.abs(delta) / scale) * 100).toFixed(1)}%, beyond your tolerance of ${(tolerance * 100).toFixed(1)}%.`;
}
