import type { Article } from './dataset-schema';

/** An article as the comparison names it in columns and messages. */
export interface ArticleRef {
  readonly id: string;
  /** A short name for messages: "article 1 (Nov 2024, inferred)". */
  readonly name: string;
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

/** Short names for the articles, oldest first; the first is the comparison's baseline. */
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

/**
 * The comparison's articles with the analyst's baseline: the article of that id, or the
 * oldest when none is chosen or the chosen one is gone (its workspace article removed).
 */
export function comparisonArticles(refs: readonly ArticleRef[], baselineId: string | null): { refs: readonly ArticleRef[]; baseline: ArticleRef } | null {
  if (refs.length === 0) return null;
  return { refs, baseline: refs.find((ref) => ref.id === baselineId) ?? refs[0] };
}
