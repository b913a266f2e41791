import { formatValue } from '@shared/domain/format';
import type { ImportChange } from '@shared/export/plan-import';
import { useCrosscheckStore } from '../../store/store';
import { Modal } from './Modal';

function shown(value: number | null, change: ImportChange, whenNull: string): string {
  return value === null ? whenNull : formatValue(value, change.unit);
}

/** What an edited workbook would change, cell by cell, before anything is applied. */
export function ImportPreviewDialog() {
  const plan = useCrosscheckStore((state) => state.importPlan);
  const importState = useCrosscheckStore((state) => state.importState);
  const importError = useCrosscheckStore((state) => state.importError);
  const applyImport = useCrosscheckStore((state) => state.applyImport);
  const dismissImport = useCrosscheckStore((state) => state.dismissImport);
  return (
    <Modal title="Import from Excel" onClose={dismissImport} testId="import-preview">
      {importState === 'reading' && <p role="status">Reading the workbook…</p>}
      {importState === 'failed' && (
        <p className="form-error" role="alert">
          {importError}
        </p>
      )}
      {plan && (
        <>
          <p data-testid="import-summary">
            {plan.fileName}: {plan.changes.length} change{plan.changes.length === 1 ? '' : 's'}, {plan.unchanged} cell{plan.unchanged === 1 ? '' : 's'} unchanged
            {plan.problems.length > 0 && `, ${plan.problems.length} not read`}.
          </p>
          {plan.scenarioNote && <p className="dialog-hint">{plan.scenarioNote}</p>}
          {plan.changes.length > 0 && (
            <div className="import-table-scroll">
              <table className="import-table" data-testid="import-changes">
                <thead>
                  <tr>
                    <th>Cell</th>
                    <th>Row</th>
                    <th>Column</th>
                    <th>Now</th>
                    <th>From the workbook</th>
                  </tr>
                </thead>
                <tbody>
                  {plan.changes.map((change) => (
                    <tr key={change.cell} data-testid="import-change" data-row-id={change.rowId} data-column-id={change.columnId}>
                      <td>{change.cell}</td>
                      <td>{change.rowLabel}</td>
                      <td>{change.columnLabel}</td>
                      <td className="num">{shown(change.current, change, 'empty')}</td>
                      <td className="num">{shown(change.next, change, 'yours removed')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {plan.problems.length > 0 && (
            <ul className="import-problems" data-testid="import-problems">
              {plan.problems.map((problem, index) => (
                <li key={index}>{problem.message}</li>
              ))}
            </ul>
          )}
        </>
      )}
      <div className="dialog-buttons">
        <button type="button" onClick={dismissImport}>
          {plan && plan.changes.length > 0 ? 'Cancel' : 'Close'}
        </button>
        {plan && plan.changes.length > 0 && (
          <button type="button" onClick={applyImport}>
            Apply {plan.changes.length} change{plan.changes.length === 1 ? '' : 's'}
          </button>
        )}
      </div>
    </Modal>
  );
}
