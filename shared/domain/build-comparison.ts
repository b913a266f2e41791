import { articleRefs, comparisonArticles, type ArticleRef } from './article-refs';
import type { ComparisonContext } from './comparability';
import { ANALYST_COLUMN, buildRowSources, computeRow, type ComparisonArticles, type ComparisonRow, type RowAssumptions, type RowSource } from './comparison';
import { customRowSource } from './custom-rows';
import type { Article, Figure } from './dataset-schema';
import { figureUnit } from './figures';
import { datasetWithImports } from '../workspace/imported-articles';
import type { CustomRow, Scenario, Workspace } from '../workspace/workspace-schema';

/**
 * The comparison as a whole, for whoever needs it outside the grid (the Excel export, the
 * command line). The renderer memoizes the same steps per row; both call these functions,
 * so the workbook shows exactly what the grid does.
 */

/** A row the analyst added, as a source row with no figures. */
export function customRowSourceOf(row: CustomRow): RowSource {
  return customRowSource({ id: row.id, entity: row.entity, entityName: row.entityName, segment: row.segment, metricLabel: row.metricLabel, unit: figureUnit(row) });
}

/** What the comparison of one scenario reads besides the values: FX rates, tolerance, article dates, corrected periods. */
export function comparisonContextFor(
  scenario: Scenario,
  workspace: Workspace,
  articleDates: Readonly<Record<string, string | null>>,
  periodOverrides: Readonly<Record<string, string>>,
): ComparisonContext {
  return { fxRates: scenario.fxRates, disagreementTolerance: workspace.settings.disagreementTolerance, articleDates, periodOverrides };
}

export function articleDatesOf(articles: readonly Pick<Article, 'id' | 'date'>[]): Readonly<Record<string, string | null>> {
  return Object.fromEntries(articles.map((article) => [article.id, article.date]));
}

export function periodOverrideLabels(overrides: Workspace['periodOverrides']): Readonly<Record<string, string>> {
  return Object.fromEntries(Object.entries(overrides).map(([id, override]) => [id, override.label]));
}

/** The value columns of the comparison, in order: each article (oldest first), then the analyst's. */
export function valueColumnIds(refs: readonly ArticleRef[]): string[] {
  return [...refs.map((ref) => ref.id), ANALYST_COLUMN];
}

export function computeComparisonRow(source: RowSource, assumptions: RowAssumptions, articles: ComparisonArticles, context: ComparisonContext): ComparisonRow {
  return computeRow(source, assumptions, articles, valueColumnIds(articles.refs), context);
}

export interface Comparison {
  readonly refs: readonly ArticleRef[];
  /** The article every other is compared against. */
  readonly baseline: ArticleRef | null;
  readonly rows: readonly ComparisonRow[];
  readonly context: ComparisonContext;
  /** The shipped dataset with the workspace's imported articles and their accepted figures. */
  readonly dataset: { readonly articles: readonly Article[]; readonly figures: readonly Figure[] };
}

const NO_ASSUMPTIONS: RowAssumptions = Object.freeze({});

/**
 * Every row of one scenario's comparison, in the grid's default order (dataset rows, then the
 * analyst's), over the shipped articles and the workspace's imported ones.
 */
export function buildComparison(
  shipped: { readonly articles: readonly Article[]; readonly figures: readonly Figure[] },
  workspace: Workspace,
  scenario: Scenario,
): Comparison {
  const dataset = datasetWithImports(shipped, workspace.articles);
  const refs = articleRefs(dataset.articles);
  const context = comparisonContextFor(scenario, workspace, articleDatesOf(dataset.articles), periodOverrideLabels(workspace.periodOverrides));
  const articles = comparisonArticles(refs, workspace.view.baselineArticleId);
  if (!articles) return { refs, baseline: null, rows: [], context, dataset };
  const sources = [...buildRowSources(dataset.figures), ...workspace.customRows.map(customRowSourceOf)];
  const rows = sources.map((source) => computeComparisonRow(source, scenario.assumptions[source.id] ?? NO_ASSUMPTIONS, articles, context));
  return { refs, baseline: articles.baseline, rows, context, dataset };
}
