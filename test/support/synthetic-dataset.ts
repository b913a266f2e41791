import type { ArticleFile, Figure } from '@shared/domain/dataset-schema';

/**
 * Reproducible synthetic articles for benchmarks: two articles that each state the same
 * `rows` entity/metric rows (so every row is comparable), with real text in which every
 * quote and figure sits at its recorded offsets, so the loader verifies them like real data.
 * Pure TypeScript: used by the Node bench and the browser bench alike.
 */
export interface SyntheticArticle {
  readonly file: ArticleFile;
  readonly text: string;
}

export const SYNTHETIC_ARTICLE_IDS = ['bench-a', 'bench-b'] as const;

function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

export function syntheticArticles(rows: number, seed = 7): SyntheticArticle[] {
  const random = seededRandom(seed);
  return SYNTHETIC_ARTICLE_IDS.map((articleId, articleIndex) => {
    const parts: string[] = [];
    const figures: Figure[] = [];
    let offset = 0;
    for (let row = 0; row < rows; row++) {
      const tenths = 1 + Math.floor(random() * 999);
      const asWritten = `$${(tenths / 10).toFixed(1)} billion`;
      const entity = `company-${row % 500}`;
      const metric = `metric-${Math.floor(row / 500)}`;
      const lead = `${entity} reported ${metric} of `;
      const quote = `${lead}${asWritten}.`;
      figures.push({
        id: `${articleId}-f${row}`,
        articleId,
        entity,
        segment: null,
        metric,
        label: `Metric ${Math.floor(row / 500)}`,
        value: tenths * 1e8,
        unit: 'currency',
        currency: 'USD',
        scale: 'billion',
        asWritten: { start: offset + lead.length, end: offset + lead.length + asWritten.length, text: asWritten },
        quote: { start: offset, end: offset + quote.length, text: quote },
        period: { label: null, source: 'unstated' },
        basis: [],
        qualifiers: [],
      });
      parts.push(quote);
      offset += quote.length + 1;
    }
    const file: ArticleFile = {
      schemaVersion: 1,
      article: {
        id: articleId,
        title: `Synthetic article ${articleIndex + 1}`,
        publisher: null,
        author: null,
        date: articleIndex === 0 ? '2024-01-01' : '2025-01-01',
        dateSource: 'stated',
        dateNote: 'Generated for benchmarks.',
        textFile: `${articleId}.txt`,
      },
      figures,
    };
    return { file, text: parts.join('\n') };
  });
}

/** Just the figures, for benchmarks of the comparison alone. */
export function syntheticFigures(rows: number, seed = 7): Figure[] {
  return syntheticArticles(rows, seed).flatMap((article) => article.file.figures);
}
