import { useCrosscheckStore } from '../../store/store';
import { Modal } from './Modal';

/**
 * An open that went wrong, and the ways forward. A damaged file is never overwritten: the
 * last good copy is offered, and taking it keeps the damaged file aside.
 */
export function WorkspaceProblemDialog() {
  const problem = useCrosscheckStore((state) => state.workspaceProblem);
  const dismiss = useCrosscheckStore((state) => state.dismissProblem);
  const restoreBackup = useCrosscheckStore((state) => state.restoreBackup);
  const openWorkspace = useCrosscheckStore((state) => state.openWorkspace);
  const openDialog = useCrosscheckStore((state) => state.openDialog);
  if (!problem) return null;
  const { error, name } = problem;
  const backup = error.kind === 'corrupt' ? error.backup : null;
  return (
    <Modal title={`“${name}” could not be used`} onClose={dismiss} testId="workspace-problem">
      <p role="alert" data-testid="workspace-problem-message">
        {error.message}
        {error.kind === 'corrupt' && error.location ? ` (at ${error.location})` : ''}
      </p>
      <div className="dialog-buttons">
        {backup && (
          <button type="button" onClick={() => void restoreBackup(name)}>
            Open the last good copy (saved {new Date(backup.savedAt).toLocaleString()})
          </button>
        )}
        {error.kind === 'locked' && error.holder === 'window' && (
          <button type="button" onClick={() => void openWorkspace(name, { takeOver: true })}>
            Take it over here
          </button>
        )}
        <button type="button" onClick={() => { dismiss(); openDialog('open'); }}>
          Open another…
        </button>
        <button type="button" onClick={() => { dismiss(); openDialog('new'); }}>
          New workspace…
        </button>
        <button type="button" onClick={dismiss}>Close</button>
      </div>
    </Modal>
  );
}
