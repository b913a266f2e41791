import type { ArticleFile } from '@shared/domain/dataset-schema';

export interface OneFigureArticle {
  readonly id: string;
  /** The article text; the figure's quote is its first sentence. */
  readonly text: string;
  /** The figure as written, somewhere in the first sentence. */
  readonly asWritten: string;
  readonly title?: string;
  readonly figureId?: string;
  readonly textFile?: string;
}

/** A valid article file of one USD revenue figure that sits at the right offsets of `text`. */
export function oneFigureArticleFile({ id, text, asWritten, title, figureId, textFile }: OneFigureArticle): ArticleFile {
  const start = text.indexOf(asWritten);
  const quote = text.slice(0, text.indexOf('.', start) + 1);
  return {
    schemaVersion: 1,
    article: {
      id,
      title: title ?? `Article ${id}`,
      publisher: null,
      author: null,
      date: '2024-11',
      dateSource: 'inferred',
      dateNote: 'Inferred for the test.',
      textFile: textFile ?? `${id}.txt`,
    },
    figures: [
      {
        id: figureId ?? `${id}-revenue`,
        articleId: id,
        entity: 'acme',
        segment: null,
        metric: 'revenue',
        label: 'Revenue',
        value: 5e9,
        unit: 'currency',
        currency: 'USD',
        scale: 'billion',
        asWritten: { start, end: start + asWritten.length, text: asWritten },
        quote: { start: 0, end: quote.length, text: quote },
        period: { label: null, source: 'unstated' },
        basis: [],
        qualifiers: [],
      },
    ],
  };
}
