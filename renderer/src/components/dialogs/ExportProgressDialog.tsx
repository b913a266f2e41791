import { useCrosscheckStore } from '../../store/store';
import { Modal } from './Modal';

/** A running export's progress with Cancel; then where the file went, or why it did not. */
export function ExportProgressDialog() {
  const job = useCrosscheckStore((state) => state.exportJob);
  const cancelExport = useCrosscheckStore((state) => state.cancelExport);
  const dismissExport = useCrosscheckStore((state) => state.dismissExport);
  if (!job) return null;
  const percent = job.total > 0 ? Math.round((job.done / job.total) * 100) : 0;
  const close = job.state === 'running' ? cancelExport : dismissExport;
  return (
    <Modal title="Export to Excel" onClose={close} testId="export-progress">
      {job.state === 'running' && (
        <>
          <progress max={job.total} value={job.done} aria-label="Export progress" />
          <p>
            Writing {job.file}… {percent}%
          </p>
        </>
      )}
      {job.state === 'done' && (
        <p role="status" data-testid="export-done">
          Exported {job.rows} rows to <code>{job.file}</code>
        </p>
      )}
      {job.state === 'cancelled' && <p role="status">The export was cancelled; no file was written.</p>}
      {job.state === 'failed' && (
        <p className="form-error" role="alert">
          {job.error?.message ?? 'The export failed.'}
        </p>
      )}
      <div className="dialog-buttons">
        {job.state === 'running' ? (
          <button type="button" onClick={cancelExport}>
            Cancel export
          </button>
        ) : (
          <button type="button" onClick={dismissExport}>
            Close
          </button>
        )}
      </div>
    </Modal>
  );
}
