import { selectDisagreementCount } from '../store/comparison-selectors';
import { useCrosscheckStore } from '../store/store';
import type { RowFilter } from '../store/ui-slice';

const FILTERS: Record<RowFilter, string> = {
  all: 'All rows',
  comparable: 'Only comparable',
  disagreements: 'Only disagreements',
  assumptions: 'Only with my values',
};

const isRowFilter = (value: string): value is RowFilter => Object.hasOwn(FILTERS, value);

/** Narrows the grid to what an analyst checks: comparable rows, disagreements, their own values. */
export function RowFilterBar() {
  const rowFilter = useCrosscheckStore((state) => state.rowFilter);
  const setRowFilter = useCrosscheckStore((state) => state.setRowFilter);
  const tolerance = useCrosscheckStore((state) => state.workspace.settings.disagreementTolerance);
  const disagreements = useCrosscheckStore(selectDisagreementCount);
  return (
    <span className="row-filter-bar">
      <select aria-label="Show rows" title="Which rows the grid shows" value={rowFilter} onChange={(event) => isRowFilter(event.target.value) && setRowFilter(event.target.value)}>
        {Object.entries(FILTERS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <button
        type="button"
        className={disagreements > 0 ? 'disagreement-count' : undefined}
        onClick={() => setRowFilter('disagreements')}
        data-testid="disagreement-count"
        title={`Rows whose sources differ by more than your tolerance of ${Number((tolerance * 100).toPrecision(6))}% (Edit › Settings…), or give two values in one article. Click to show only them.`}
      >
        {disagreements} disagreement{disagreements === 1 ? '' : 's'}
      </button>
    </span>
  );
}
