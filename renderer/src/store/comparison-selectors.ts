import { computeRow, type ArticleRef, type ComparisonRow, type RowAssumptions, type RowSource } from '@shared/domain/comparison';
import type { CrosscheckState } from './store';

const NO_ASSUMPTIONS: RowAssumptions = Object.freeze({});

interface RowMemo {
  readonly assumptions: RowAssumptions;
  readonly refs: readonly ArticleRef[];
  readonly row: ComparisonRow;
}

/**
 * Comparison rows are derived, never stored. Each row is memoized on its source row, its
 * assumptions and the article list, so after an edit only the edited row is recomputed and
 * every other row keeps its object identity (the grid then redraws just that row).
 */
export function createComparisonRowsSelector() {
  const rowMemo = new WeakMap<RowSource, RowMemo>();
  let last: { sources: readonly RowSource[]; byRow: CrosscheckState['assumptionsByRow']; refs: readonly ArticleRef[]; rows: ComparisonRow[] } | null = null;

  return (state: Pick<CrosscheckState, 'rowSources' | 'assumptionsByRow' | 'articleRefs'>): ComparisonRow[] => {
    const { rowSources: sources, assumptionsByRow: byRow, articleRefs: refs } = state;
    if (last && last.sources === sources && last.byRow === byRow && last.refs === refs) return last.rows;
    const pair = { base: refs[0], other: refs[1] };
    const articleIds = refs.map((ref) => ref.id);
    const rows = sources.map((source) => {
      const assumptions = byRow[source.id] ?? NO_ASSUMPTIONS;
      const memo = rowMemo.get(source);
      if (memo && memo.assumptions === assumptions && memo.refs === refs) return memo.row;
      const row = computeRow(source, assumptions, pair, articleIds);
      rowMemo.set(source, { assumptions, refs, row });
      return row;
    });
    last = { sources, byRow, refs, rows };
    return rows;
  };
}

export const selectComparisonRows = createComparisonRowsSelector();
