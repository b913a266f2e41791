import { articleRefs } from '@shared/domain/article-refs';
import { ANALYST_COLUMN, buildRowSources, computeRow, type Assumption, type ComparisonRow, type RowAssumptions } from '@shared/domain/comparison';
import { ArticleFileSchema, type Figure } from '@shared/domain/dataset-schema';
import firstFile from '../../../../electron/seed-data/ev-stake-ai-surge-2024.article.json';
import secondFile from '../../../../electron/seed-data/alibaba-inter-asia-2025-05-26.article.json';

/**
 * Comparison rows of the shipped dataset, built as the app builds them, from the article files
 * themselves (no file system, so these tests type-check with the renderer's DOM-only types).
 */
export const OLDER = 'ev-stake-ai-surge-2024';
export const NEWER = 'alibaba-inter-asia-2025-05-26';

const files = [firstFile, secondFile].map((file) => ArticleFileSchema.parse(file));
const figures: readonly Figure[] = files.flatMap((file) => file.figures);
const sources = buildRowSources(figures);
const refs = articleRefs(files.map((file) => file.article));

/** A seed row against the older article, with the analyst's values given by article id. */
export function seedRow(id: string, assumptions: RowAssumptions = {}): ComparisonRow {
  return rowFrom(sources, id, assumptions);
}

/** A seed row with some of its figures changed (another value an article might have given). */
export function seedRowWith(id: string, change: (figure: Figure) => Figure): ComparisonRow {
  return rowFrom(buildRowSources(figures.map(change)), id, {});
}

function rowFrom(rowSources: ReturnType<typeof buildRowSources>, id: string, assumptions: RowAssumptions): ComparisonRow {
  const source = rowSources.find((s) => s.id === id);
  if (!source) throw new Error(`no seed row "${id}"; rows are ${rowSources.map((s) => s.id).join(', ')}`);
  return computeRow(source, assumptions, { refs, baseline: refs[0] }, [...refs.map((r) => r.id), ANALYST_COLUMN]);
}

export function assumed(value: number, input = String(value)): Assumption {
  return { value, input, setAt: '2025-06-01T00:00:00.000Z' };
}
