import { useEffect, useState } from 'react';
import type { Figure } from '@shared/domain/dataset-schema';
import { figurePeriod } from '@shared/domain/figure-period';
import { useCrosscheckStore } from '../store/store';

/**
 * A figure's period as the comparison reads it (dates on the company's fiscal year, and what
 * was assumed), with a field to correct it. A correction is the analyst's, kept in the
 * workspace; clearing it returns to the article's label.
 */
export function PeriodLine({ figure, articleDate }: { figure: Figure; articleDate: string | null }) {
  const override = useCrosscheckStore((state) => state.workspace.periodOverrides[figure.id]?.label);
  const setPeriodOverride = useCrosscheckStore((state) => state.setPeriodOverride);
  const [draft, setDraft] = useState(override ?? '');
  useEffect(() => setDraft(override ?? ''), [override]);
  const period = figure.period.label === null && override === undefined ? null : figurePeriod(figure, articleDate, override);
  return (
    <div className="period-line" data-testid="period-line">
      <div>
        {override !== undefined ? <strong>Your reading: {override}</strong> : (figure.period.label ?? 'not stated')}
        {figure.period.source === 'inferred' && override === undefined && ' (inferred from context)'}
        {period && <span className="muted" data-testid="resolved-period"> — {period.description}</span>}
      </div>
      {period?.assumption && <div className="muted">{period.assumption}</div>}
      {figure.period.note && <div className="muted">{figure.period.note}</div>}
      <form
        className="period-correction"
        onSubmit={(event) => {
          event.preventDefault();
          setPeriodOverride(figure.id, draft);
        }}
      >
        <input aria-label={`Correct the period of ${figure.asWritten.text}`} placeholder="Correct it, e.g. Q4 FY2025" value={draft} onChange={(event) => setDraft(event.target.value)} size={16} />
        <button type="submit">{draft.trim() ? 'Use this period' : 'Use the article’s'}</button>
      </form>
    </div>
  );
}
