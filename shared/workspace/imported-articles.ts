import type { Article, Figure } from '../domain/dataset-schema';
import type { ImportedArticle, Workspace } from './workspace-schema';

/**
 * Imported articles live in the workspace; the comparison reads them beside the shipped
 * dataset as if they were dataset articles, with only their accepted figures.
 */

// Keyed by the metadata object, which a review decision keeps (it replaces only the candidates).
const articles = new WeakMap<ImportedArticle['article'], Article>();

/**
 * An imported article as the comparison and the source view read articles; the same object
 * while the import is unchanged, so a review decision does not make every article new.
 */
export function articleOfImport(imported: ImportedArticle): Article {
  let article = articles.get(imported.article);
  if (!article || article.text !== imported.text) {
    // textFile names where the text would go if the article were written out as dataset files.
    article = { ...imported.article, textFile: `${imported.article.id}.txt`, text: imported.text };
    articles.set(imported.article, article);
  }
  return article;
}

/** The figures the analyst accepted from an imported article. */
export function acceptedFigures(imported: ImportedArticle): Figure[] {
  return imported.candidates.flatMap((candidate) => (candidate.status === 'accepted' ? [candidate.figure] : []));
}

export interface DatasetParts {
  readonly articles: readonly Article[];
  readonly figures: readonly Figure[];
}

/** The shipped dataset and the workspace's imported articles, as one dataset. */
export function datasetWithImports(dataset: DatasetParts, imports: Workspace['articles']): DatasetParts {
  if (imports.length === 0) return dataset;
  return {
    articles: [...dataset.articles, ...imports.map(articleOfImport)],
    figures: [...dataset.figures, ...imports.flatMap(acceptedFigures)],
  };
}
