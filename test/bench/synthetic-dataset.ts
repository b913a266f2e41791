import type { Figure } from '@shared/domain/dataset-schema';

/**
 * A reproducible synthetic dataset: `rows` entity/metric rows, each stated by both of two
 * articles (so every row is comparable), from a seeded generator.
 */
export function syntheticFigures(rows: number, seed = 7): Figure[] {
  let state = seed;
  const random = () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
  const figures: Figure[] = [];
  for (let row = 0; row < rows; row++) {
    for (const articleId of ['bench-a', 'bench-b']) {
      const value = Math.round(random() * 1e11);
      const text = `$${(value / 1e9).toFixed(1)} billion`;
      figures.push({
        id: `${articleId}-f${row}`,
        articleId,
        entity: `company-${row % 500}`,
        segment: null,
        metric: `metric-${Math.floor(row / 500)}`,
        label: `Metric ${Math.floor(row / 500)}`,
        value,
        unit: 'currency',
        currency: 'USD',
        scale: 'billion',
        asWritten: { start: 10, end: 10 + text.length, text },
        quote: { start: 0, end: 20 + text.length, text: `Revenue: ${text} in the year.`.slice(0, 20 + text.length).padEnd(20 + text.length, '.') },
        period: { label: null, source: 'unstated' },
        basis: [],
        qualifiers: [],
      });
    }
  }
  return figures;
}
