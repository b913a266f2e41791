import { useEffect, useState } from 'react';
import { useCrosscheckStore } from '../../store/store';

/** The disagreement tolerance, typed as a percentage and checked when the field is left. */
export function ToleranceField() {
  const tolerance = useCrosscheckStore((state) => state.workspace.settings.disagreementTolerance);
  const setTolerance = useCrosscheckStore((state) => state.setDisagreementTolerance);
  const [draft, setDraft] = useState(String(tolerance * 100));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setDraft(String(Number((tolerance * 100).toPrecision(6)))), [tolerance]);
  const commit = () => {
    const result = setTolerance(draft);
    setError(result.ok ? null : (result.message ?? null));
  };
  return (
    <div className="field">
      <label htmlFor="tolerance-input">Disagreement tolerance (%)</label>
      <span className="muted">Two values for the same period further apart than this, relative to the larger, disagree.</span>
      <input
        id="tolerance-input"
        aria-label="Disagreement tolerance (%)"
        size={6}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
      {error && (
        <span className="form-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
