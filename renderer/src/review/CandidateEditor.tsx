import { useId, type ReactNode, type RefObject } from 'react';
import type { Figure } from '@shared/domain/dataset-schema';
import { formatValue } from '@shared/domain/format';
import { CURRENCY_CODES, UNIT_KINDS, type CurrencyCode, type UnitKind } from '@shared/domain/units';
import type { CandidateDraft, DraftField } from './candidate-draft';

interface CandidateEditorProps {
  /** The candidate as stored: the untouched value is shown from it. */
  readonly figure: Figure;
  readonly draft: CandidateDraft;
  readonly onChange: (draft: CandidateDraft) => void;
  /** Enter, or the Save button: accept the figure as edited. */
  readonly onSave: () => void;
  /** Escape: drop the edits and give the keys back to the queue. */
  readonly onLeave: () => void;
  /** Why the last save was refused, and the field to fix when it is one of the draft's. */
  readonly error: { readonly message: string; readonly field: DraftField | null } | null;
  /** Where the figure will land: "Alibaba · Cash reserves", and whether that row exists yet. */
  readonly target: { readonly label: string; readonly isExisting: boolean } | null;
  /** Company names to offer: the catalog's and those already in the comparison. */
  readonly entityOptions: readonly string[];
  readonly valueRef: RefObject<HTMLInputElement | null>;
  readonly labelRef: RefObject<HTMLInputElement | null>;
  readonly entityRef: RefObject<HTMLInputElement | null>;
  /** The map-to list, placed inside the form between the fields and Save. */
  readonly mapTo: ReactNode;
}

/** The option a select reports, checked against the list it was built from rather than cast. */
function optionOf<T extends string>(options: readonly T[], value: string, fallback: T): T {
  return options.find((option) => option === value) ?? fallback;
}

const UNIT_LABELS: Record<UnitKind, string> = { currency: 'Money', percent: 'Percent', multiple: 'Multiple (x)', shares: 'Shares', count: 'Count' };

/** The fields of one candidate, each as text, saved (and accepted) as a whole. */
export function CandidateEditor({ figure, draft, onChange, onSave, onLeave, error, target, entityOptions, valueRef, labelRef, entityRef, mapTo }: CandidateEditorProps) {
  const id = useId();
  const set = (fields: Partial<CandidateDraft>) => onChange({ ...draft, ...fields });
  const invalid = (field: DraftField) => (error?.field === field ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {});

  const setCurrency = (currency: CurrencyCode) => {
    // Untouched text follows the currency ("$35.5B" becomes "CNY 35.5B"): the analyst is relabelling, not retyping.
    const shown = formatValue(figure.value, { kind: 'currency', currency: draft.currency });
    const isUntouched = draft.unit === figure.unit && draft.valueText.trim() === shown;
    set({ currency, ...(isUntouched ? { valueText: formatValue(figure.value, { kind: 'currency', currency }) } : {}) });
  };

  return (
    <form
      className="review-editor"
      aria-label="Edit figure"
      onSubmit={(event) => {
        event.preventDefault();
        onSave();
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        onLeave();
      }}
    >
      <div className="review-field-row">
        <label className="field review-field-value">
          Value
          <input ref={valueRef} data-testid="review-edit-value" value={draft.valueText} onChange={(event) => set({ valueText: event.target.value })} {...invalid('value')} />
        </label>
        <label className="field">
          Unit
          <select data-testid="review-edit-unit" value={draft.unit} onChange={(event) => set({ unit: optionOf(UNIT_KINDS, event.target.value, draft.unit) })}>
            {UNIT_KINDS.map((unit) => (
              <option key={unit} value={unit}>
                {UNIT_LABELS[unit]}
              </option>
            ))}
          </select>
        </label>
        {draft.unit === 'currency' && (
          <label className="field">
            Currency
            <select data-testid="review-edit-currency" value={draft.currency} onChange={(event) => setCurrency(optionOf(CURRENCY_CODES, event.target.value, draft.currency))}>
              {CURRENCY_CODES.map((code) => (
                <option key={code} value={code}>
                  {code}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <label className="field">
        <span>
          Period <span className="muted">(empty: not stated)</span>
        </span>
        <input data-testid="review-edit-period" value={draft.periodLabel} placeholder="e.g. Q3 2025, FY2024" onChange={(event) => set({ periodLabel: event.target.value })} />
      </label>
      <div className="review-field-row">
        <label className="field">
          Company
          <input ref={entityRef} data-testid="review-edit-entity" list={`${id}-entities`} value={draft.entity} onChange={(event) => set({ entity: event.target.value })} {...invalid('entity')} />
          <datalist id={`${id}-entities`}>
            {entityOptions.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        </label>
        <label className="field">
          <span>
            Segment <span className="muted">(empty: whole company)</span>
          </span>
          <input data-testid="review-edit-segment" value={draft.segment} onChange={(event) => set({ segment: event.target.value })} />
        </label>
      </div>
      <label className="field">
        {draft.metric === null ? 'New metric’s label' : 'Label'}
        <input ref={labelRef} data-testid="review-edit-label" value={draft.label} onChange={(event) => set({ label: event.target.value })} {...invalid('label')} />
      </label>
      {target && (
        <p className="review-target" data-testid="review-target-row">
          Joins {target.isExisting ? 'the row' : 'a new row'} <strong>{target.label}</strong>
        </p>
      )}
      {mapTo}
      {error && (
        <p id={`${id}-error`} className="form-error" role="alert" data-testid="review-error">
          {error.message}
        </p>
      )}
      <div className="dialog-buttons">
        <button type="submit" data-testid="review-save">
          Save and accept <kbd>Enter</kbd>
        </button>
      </div>
    </form>
  );
}
