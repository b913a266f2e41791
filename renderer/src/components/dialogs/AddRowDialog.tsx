import { useState } from 'react';
import { CURRENCY_CODES, UNIT_KINDS, type CurrencyCode, type UnitKind } from '@shared/domain/units';
import { useCrosscheckStore } from '../../store/store';
import { Modal } from './Modal';

/** A row of the analyst's own: a metric no article gives, to fill and compare like the others. */
export function AddRowDialog({ onClose }: { onClose: () => void }) {
  const addRow = useCrosscheckStore((state) => state.addRow);
  const selectRow = useCrosscheckStore((state) => state.selectRow);
  const [entityName, setEntityName] = useState('');
  const [segment, setSegment] = useState('');
  const [metricLabel, setMetricLabel] = useState('');
  const [unit, setUnit] = useState<UnitKind>('currency');
  const [currency, setCurrency] = useState<CurrencyCode>('USD');
  const [error, setError] = useState<string | null>(null);
  return (
    <Modal title="Add a row of your own" onClose={onClose} testId="add-row-dialog">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const result = addRow({ entityName, segment, metricLabel, unit, currency: unit === 'currency' ? currency : null });
          if (!result.ok) return setError(result.message);
          selectRow(result.rowId);
          onClose();
        }}
      >
        <label className="field">Company<input aria-label="Company" value={entityName} onChange={(e) => setEntityName(e.target.value)} /></label>
        <label className="field">Segment (optional)<input aria-label="Segment" value={segment} onChange={(e) => setSegment(e.target.value)} /></label>
        <label className="field">Metric<input aria-label="Metric" value={metricLabel} onChange={(e) => setMetricLabel(e.target.value)} /></label>
        <label className="field">
          Unit
          <select aria-label="Unit" value={unit} onChange={(e) => setUnit(UNIT_KINDS.find((kind) => kind === e.target.value) ?? 'currency')}>
            {UNIT_KINDS.map((kind) => <option key={kind} value={kind}>{kind}</option>)}
          </select>
        </label>
        {unit === 'currency' && (
          <label className="field">
            Currency
            <select aria-label="Currency" value={currency} onChange={(e) => setCurrency(CURRENCY_CODES.find((code) => code === e.target.value) ?? 'USD')}>
              {CURRENCY_CODES.map((code) => <option key={code} value={code}>{code}</option>)}
            </select>
          </label>
        )}
        {error && <p className="form-error" role="alert">{error}</p>}
        <div className="dialog-buttons">
          <button type="button" onClick={onClose}>Cancel</button>
          <button type="submit">Add row</button>
        </div>
      </form>
    </Modal>
  );
}
