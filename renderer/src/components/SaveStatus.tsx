import { useCrosscheckStore } from '../store/store';

/** Which file is open and whether the disk has every change: what analysts glance at before closing. */
export function SaveStatus() {
  const fileName = useCrosscheckStore((state) => state.fileName);
  const revision = useCrosscheckStore((state) => state.revision);
  const savedRevision = useCrosscheckStore((state) => state.savedRevision);
  const saveState = useCrosscheckStore((state) => state.saveState);
  const saveError = useCrosscheckStore((state) => state.saveError);
  const isSaved = revision === savedRevision && saveState !== 'failed';
  const label = !fileName ? 'Not saved to a file' : saveState === 'failed' ? 'Not saved' : isSaved ? 'Saved' : 'Saving…';
  return (
    <span
      className={`save-status${saveState === 'failed' || !fileName ? ' is-failed' : ''}`}
      data-testid="save-status"
      data-save-state={isSaved ? 'saved' : saveState}
      data-revision={revision}
      data-saved-revision={savedRevision}
      title={saveError ?? undefined}
    >
      <strong className="workspace-name">{fileName ?? 'No workspace'}</strong> · {label}
    </span>
  );
}
