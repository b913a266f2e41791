import { useState } from 'react';
import { currentGridView } from '../../grid/grid-view';
import { useCrosscheckStore } from '../../store/store';
import { Modal } from './Modal';
import { selectAllRowSources } from '../../store/row-source-selectors';
import type { ChartImage } from '@shared/export/export-contract';

function defaultFileName(workspaceName: string | null, scenarioName: string, today: string): string {
  return `${workspaceName ?? 'Crosscheck'} - ${scenarioName} - ${today}`;
}

/** File > Export to Excel: what to export (as shown, or everything) and under which name. */
export function ExportDialog({ onClose, today }: { readonly onClose: () => void; readonly today: string }) {
  const fileName = useCrosscheckStore((state) => state.fileName);
  const scenarioName = useCrosscheckStore((state) => state.workspace.scenarios.find((scenario) => scenario.id === state.workspace.activeScenarioId)?.name ?? '');
  const totalRows = useCrosscheckStore((state) => selectAllRowSources(state).length);
  const exportError = useCrosscheckStore((state) => state.exportError);
  const startExport = useCrosscheckStore((state) => state.startExport);
  const [name, setName] = useState(() => defaultFileName(fileName, scenarioName, today));
  const [isStarting, setStarting] = useState(false);
  // Read once as the dialog opens: walking every row again on each keystroke in the name field costs at 100k rows.
  const [view] = useState(currentGridView);
  // With no grid on screen (the review queue is open) there is nothing "as shown": everything is the default.
  const [scope, setScope] = useState<'view' | 'all'>(view.columns.length > 0 ? 'view' : 'all');
  const start = async (overwrite: boolean) => {
    setStarting(true);
    let charts: ChartImage[] = [];
    try {
      // Loaded on first export, like the chart pane: AG Charts stays out of the start.
      const { renderExportCharts } = await import('../../charts/export-charts');
      charts = await renderExportCharts(useCrosscheckStore.getState(), today);
    } catch (error) {
      // A chart that cannot be drawn must not cost the analyst the workbook: it goes without pictures, and says so.
      useCrosscheckStore.getState().showStatus(`The Charts sheet is left without pictures: ${error instanceof Error ? error.message : String(error)}`, 'refused');
    }
    await startExport({ fileName: name, scope, overwrite, charts }, view);
    setStarting(false);
  };
  return (
    <Modal title="Export to Excel" onClose={onClose} testId="export-dialog">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void start(false);
        }}
      >
        <fieldset className="field">
          <legend>What to export</legend>
          <label>
            <input type="radio" name="scope" checked={scope === 'view'} disabled={view.columns.length === 0} onChange={() => setScope('view')} /> As shown: {view.rowIds.length} rows, with the grid’s filters, sort and
            column order
          </label>
          <label>
            <input type="radio" name="scope" checked={scope === 'all'} onChange={() => setScope('all')} /> Everything: all {totalRows} rows and columns
          </label>
        </fieldset>
        <p className="dialog-hint">
          Scenario “{scenarioName}”. The workbook has live Δ formulas, each figure’s source quote as a cell note, a Sources sheet and your assumptions. Edit values in Excel and bring
          them back with File › Import from Excel.
        </p>
        <label className="field">
          File name
          <input value={name} onChange={(event) => setName(event.target.value)} aria-label="File name" />
        </label>
        {exportError && (
          <p className="form-error" role="alert">
            {exportError.message}
            {exportError.kind === 'exists' && ' Replace it?'}
          </p>
        )}
        <div className="dialog-buttons">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          {exportError?.kind === 'exists' ? (
            <button type="button" disabled={isStarting} onClick={() => void start(true)}>
              Replace
            </button>
          ) : (
            <button type="submit" disabled={!name.trim() || isStarting}>
              Export
            </button>
          )}
        </div>
      </form>
    </Modal>
  );
}
