import { articleRefs, comparisonArticles, orderArticles, type ArticleRef } from '@shared/domain/article-refs';
import { buildRowSources, type ComparisonArticles, type RowSource } from '@shared/domain/comparison';
import type { Article, Figure } from '@shared/domain/dataset-schema';
import { datasetWithImports } from '@shared/workspace/imported-articles';
import type { CrosscheckState } from './store';

/**
 * The articles and figures the comparison reads: the shipped dataset and the workspace's
 * imported articles with their accepted figures. Derived, never stored, and rebuilt only
 * when either part changes: an edit to a value leaves `workspace.articles` as it was, so it
 * costs nothing here.
 */
type DatasetState = Pick<CrosscheckState, 'shipped' | 'workspace'>;

interface Derived {
  readonly shipped: CrosscheckState['shipped'];
  readonly imports: CrosscheckState['workspace']['articles'];
  readonly articles: readonly Article[];
  readonly figures: readonly Figure[];
  readonly refs: readonly ArticleRef[];
  readonly rowSources: readonly RowSource[];
}

let last: Derived | null = null;

function derive(state: DatasetState): Derived {
  const imports = state.workspace.articles;
  if (last && last.shipped === state.shipped && last.imports === imports) return last;
  const merged = datasetWithImports(state.shipped, imports);
  // Row sources keep their identity when only the article list changed but no figure did
  // (an article imported, nothing accepted yet), so the grid keeps every row as it is.
  const rowSources = last && last.figures.length === merged.figures.length && last.figures.every((figure, index) => figure === merged.figures[index]) ? last.rowSources : buildRowSources(merged.figures);
  // The article list and its names stay the same objects while no article came or went: a
  // review decision changes figures, not articles, and must not recompute every row for that.
  const sameArticles = last !== null && last.articles.length === merged.articles.length && merged.articles.every((article) => last?.articles.includes(article));
  last = {
    shipped: state.shipped,
    imports,
    articles: sameArticles && last ? last.articles : orderArticles(merged.articles),
    figures: merged.figures,
    refs: sameArticles && last ? last.refs : articleRefs(merged.articles),
    rowSources,
  };
  return last;
}

/** Every article, oldest first. */
export function selectArticles(state: DatasetState): readonly Article[] {
  return derive(state).articles;
}

/** Every figure the comparison reads: shipped, and accepted from imported articles. */
export function selectFigures(state: DatasetState): readonly Figure[] {
  return derive(state).figures;
}

/** Short names for the articles ("article 3 (12 Mar 2025)"), oldest first. */
export function selectArticleRefs(state: DatasetState): readonly ArticleRef[] {
  return derive(state).refs;
}

/** The rows of the articles' figures; the analyst's own rows are added by selectAllRowSources. */
export function selectDatasetRowSources(state: DatasetState): readonly RowSource[] {
  return derive(state).rowSources;
}

let lastArticles: { refs: readonly ArticleRef[]; baselineId: string | null; result: ComparisonArticles | null } | null = null;

/** The articles with the analyst's baseline; one object while neither changes. */
export function selectComparisonArticles(state: DatasetState): ComparisonArticles | null {
  const refs = selectArticleRefs(state);
  const baselineId = state.workspace.view.baselineArticleId;
  if (!lastArticles || lastArticles.refs !== refs || lastArticles.baselineId !== baselineId) {
    lastArticles = { refs, baselineId, result: comparisonArticles(refs, baselineId) };
  }
  return lastArticles.result;
}
