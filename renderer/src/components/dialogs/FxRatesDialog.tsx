import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { CURRENCY_CODES, type CurrencyCode } from '@shared/domain/units';
import { activeScenario } from '@shared/workspace/operations';
import { useCrosscheckStore } from '../../store/store';
import { Modal } from './Modal';

const pickCurrency = (value: string, fallback: CurrencyCode): CurrencyCode => CURRENCY_CODES.find((code) => code === value) ?? fallback;

/** The active scenario's exchange rates: assumptions like any other, with a date and a source note. */
export function FxRatesDialog({ onClose, today }: { onClose: () => void; today: string }) {
  const scenarioName = useCrosscheckStore((state) => activeScenario(state.workspace).name);
  const rates = useCrosscheckStore(useShallow((state) => Object.values(activeScenario(state.workspace).fxRates)));
  const setFxRate = useCrosscheckStore((state) => state.setFxRate);
  const removeFxRate = useCrosscheckStore((state) => state.removeFxRate);
  const [from, setFrom] = useState<CurrencyCode>('CNY');
  const [to, setTo] = useState<CurrencyCode>('USD');
  const [rate, setRate] = useState('');
  const [asOf, setAsOf] = useState(today);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <Modal title={`FX rates · ${scenarioName}`} onClose={onClose} testId="fx-dialog">
      {rates.length === 0 ? (
        <p className="muted">No rates in this scenario yet.</p>
      ) : (
        <table className="fx-table">
          <thead><tr><th>Rate</th><th>As of</th><th>Source</th><th /></tr></thead>
          <tbody>
            {rates.map((fx) => (
              <tr key={`${fx.from}/${fx.to}`} data-testid={`fx-${fx.from}-${fx.to}`}>
                <td>1 {fx.from} = {fx.rate} {fx.to}</td>
                <td>{fx.asOf}</td>
                <td>{fx.note || <span className="muted">—</span>}</td>
                <td><button type="button" onClick={() => removeFxRate(fx.from, fx.to)}>Remove</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form
        className="fx-form"
        onSubmit={(event) => {
          event.preventDefault();
          const result = setFxRate(from, to, rate, asOf, note);
          setError(result.ok ? null : (result.message ?? 'The rate could not be set.'));
          if (result.ok) setRate('');
        }}
      >
        <span>1</span>
        <select aria-label="From currency" value={from} onChange={(e) => setFrom(pickCurrency(e.target.value, from))}>
          {CURRENCY_CODES.map((code) => <option key={code}>{code}</option>)}
        </select>
        <span>=</span>
        <input aria-label="Rate" value={rate} onChange={(e) => setRate(e.target.value)} placeholder="0.14" size={8} />
        <select aria-label="To currency" value={to} onChange={(e) => setTo(pickCurrency(e.target.value, to))}>
          {CURRENCY_CODES.map((code) => <option key={code}>{code}</option>)}
        </select>
        <input aria-label="As of" type="date" value={asOf} onChange={(e) => setAsOf(e.target.value)} />
        <input aria-label="Source note" value={note} onChange={(e) => setNote(e.target.value)} placeholder="Source, e.g. PBoC fixing" />
        <button type="submit">Set rate</button>
      </form>
      {error && <p className="form-error" role="alert">{error}</p>}
      <div className="dialog-buttons">
        <button type="button" onClick={onClose}>Done</button>
      </div>
    </Modal>
  );
}
