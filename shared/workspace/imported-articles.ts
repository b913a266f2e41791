import type { Article, Figure } from '../domain/dataset-schema';
import type { ImportedArticle, Workspace } from './workspace-schema';

/**
 * Imported articles live in the workspace; the comparison reads them beside the shipped
 * dataset as if they were dataset articles, with only their accepted figures.
 */

/** An imported article as the comparison and the source view read articles. */
export function articleOfImport(imported: ImportedArticle): Article {
  // textFile names where the text would go if the article were written out as dataset files.
  return { ...imported.article, textFile: `${imported.article.id}.txt`, text: imported.text };
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
