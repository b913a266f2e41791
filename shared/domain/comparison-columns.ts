import type { ArticleRef } from './article-refs';
import { ANALYST_COLUMN, type ComparisonArticles } from './comparison';

/**
 * The comparison's columns by id, shared by the grid and the Excel export so both lay the
 * comparison out alike: "value:<article>" for each article's value, "delta:<article>" for an
 * article against the baseline, "latest" and the summary's "delta" / "deltaPercent".
 */
export const IDENTITY_COLUMNS = ['entity', 'segment', 'metric'] as const;
export const SUMMARY_COLUMNS = ['delta', 'deltaPercent', 'status'] as const;
export const LATEST_COLUMN = 'latest';
export const VALUE_COLUMN_PREFIX = 'value:';
export const ARTICLE_DELTA_PREFIX = 'delta:';

/**
 * Per-article deltas and the "latest" column appear from three articles on: with two, the
 * summary's delta already is the later article against the baseline, and would repeat them.
 */
export function hasPerArticleDeltas(refs: readonly ArticleRef[]): boolean {
  return refs.length >= 3;
}

/** Every column of the comparison in its default order: articles by date, each followed by its delta. */
export function defaultColumnIds(articles: ComparisonArticles): string[] {
  const perArticle = hasPerArticleDeltas(articles.refs);
  return [
    ...IDENTITY_COLUMNS,
    ...articles.refs.flatMap((ref) => [
      `${VALUE_COLUMN_PREFIX}${ref.id}`,
      ...(perArticle && ref.id !== articles.baseline.id ? [`${ARTICLE_DELTA_PREFIX}${ref.id}`] : []),
    ]),
    `${VALUE_COLUMN_PREFIX}${ANALYST_COLUMN}`,
    ...(perArticle ? [LATEST_COLUMN] : []),
    ...SUMMARY_COLUMNS,
  ];
}

/**
 * The columns in the analyst's order: those they placed, in their order, then any others
 * (a newly imported article's, say) where the default order puts them after their neighbour.
 */
export function orderColumns(defaults: readonly string[], order: readonly string[]): string[] {
  const known = new Set(defaults);
  const placed = order.filter((id, index) => known.has(id) && order.indexOf(id) === index);
  const placedSet = new Set(placed);
  const result = [...placed];
  defaults.forEach((id, index) => {
    if (placedSet.has(id)) return;
    // After the nearest earlier default column already in the result, or first.
    const before = defaults.slice(0, index).reverse().find((candidate) => result.includes(candidate));
    result.splice(before === undefined ? 0 : result.indexOf(before) + 1, 0, id);
  });
  return result;
}
