import { useEffect, useState } from 'react';
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

/** Narrows the grid to what an analyst checks: comparable rows, disagreements, their own values; and sets the tolerance. */
export function RowFilterBar() {
  const rowFilter = useCrosscheckStore((state) => state.rowFilter);
  const setRowFilter = useCrosscheckStore((state) => state.setRowFilter);
  const tolerance = useCrosscheckStore((state) => state.workspace.settings.disagreementTolerance);
  const setTolerance = useCrosscheckStore((state) => state.setDisagreementTolerance);
  const disagreements = useCrosscheckStore(selectDisagreementCount);
  const [draft, setDraft] = useState(String(tolerance * 100));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setDraft(String(Number((tolerance * 100).toPrecision(6)))), [tolerance]);
  return (
    <span className="row-filter-bar">
      <label>
        Show{' '}
        <select aria-label="Show rows" value={rowFilter} onChange={(event) => isRowFilter(event.target.value) && setRowFilter(event.target.value)}>
          {Object.entries(FILTERS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className={disagreements > 0 ? 'disagreement-count' : undefined} onClick={() => setRowFilter('disagreements')} data-testid="disagreement-count">
        {disagreements} disagreement{disagreements === 1 ? '' : 's'}
      </button>
      <label title="Two values for the same period further apart than this, relative to the baseline, disagree">
        Tolerance{' '}
        <input
          aria-label="Disagreement tolerance (%)"
          size={4}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={() => {
            const result = setTolerance(draft);
            setError(result.ok ? null : (result.message ?? null));
          }}
        />
        %
      </label>
      {error && <span className="form-error" role="alert">{error}</span>}
    </span>
  );
}
