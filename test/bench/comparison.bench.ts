import { bench, describe } from 'vitest';
import { articleRefs } from '@shared/domain/article-refs';
import { buildRowSources, computeRow, type RowAssumptions } from '@shared/domain/comparison';
import { createComparisonRowsSelector } from '../../renderer/src/store/comparison-selectors';
import { syntheticFigures } from '../support/synthetic-dataset';

// 50,000 rows x 2 articles = 100,000 figures, the size the grid must stay smooth at.
const FIGURES = syntheticFigures(50_000);
const REFS = articleRefs([
  { id: 'bench-a', date: '2024-11-01', dateSource: 'stated' },
  { id: 'bench-b', date: '2025-05-26', dateSource: 'stated' },
]);
const ARTICLES = { refs: REFS, baseline: REFS[0] };
const SOURCES = buildRowSources(FIGURES);
const EMPTY: Readonly<Record<string, RowAssumptions>> = {};

describe('comparison at 100,000 figures', () => {
  bench('group figures into rows (once per load)', () => {
    buildRowSources(FIGURES);
  });

  bench('compute every row from scratch', () => {
    createComparisonRowsSelector()({ rowSources: SOURCES, assumptionsByRow: EMPTY, articles: ARTICLES });
  });

  // A warm selector, then one edit: one row recomputes, the rest come from the memo.
  const select = createComparisonRowsSelector();
  select({ rowSources: SOURCES, assumptionsByRow: EMPTY, articles: ARTICLES });
  let edit = 0;
  bench('rows after one edit (memoized selector)', () => {
    edit++;
    const row = SOURCES[edit % SOURCES.length];
    select({
      rowSources: SOURCES,
      assumptionsByRow: { [row.id]: { 'bench-b': { value: edit, input: String(edit), setAt: '' } } },
      articles: ARTICLES,
    });
  });

  bench('compute one row', () => {
    computeRow(SOURCES[123], EMPTY[SOURCES[123].id] ?? {}, { refs: REFS, baseline: REFS[0] }, ['bench-a', 'bench-b']);
  });
});
