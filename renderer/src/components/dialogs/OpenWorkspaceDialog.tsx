import { useEffect } from 'react';
import { useCrosscheckStore } from '../../store/store';
import { Modal } from './Modal';

/** The workspaces in the workspace folder, newest first. */
export function OpenWorkspaceDialog({ onClose }: { onClose: () => void }) {
  const folder = useCrosscheckStore((state) => state.folder);
  const fileName = useCrosscheckStore((state) => state.fileName);
  const refreshFolder = useCrosscheckStore((state) => state.refreshFolder);
  const openWorkspace = useCrosscheckStore((state) => state.openWorkspace);
  useEffect(() => {
    void refreshFolder();
  }, [refreshFolder]);
  const workspaces = folder?.workspaces ?? [];
  return (
    <Modal title="Open a workspace" onClose={onClose} testId="open-dialog">
      {workspaces.length === 0 && <p className="muted">No workspaces yet.</p>}
      <ul className="workspace-list">
        {workspaces.map((summary) => (
          <li key={summary.name}>
            <button
              type="button"
              disabled={summary.name === fileName}
              onClick={async () => {
                onClose();
                await openWorkspace(summary.name);
              }}
            >
              {summary.name}
            </button>
            <span className="muted"> saved {new Date(summary.savedAt).toLocaleString()}{summary.name === fileName ? ' · open now' : ''}</span>
          </li>
        ))}
      </ul>
      <div className="dialog-buttons">
        <button type="button" onClick={onClose}>Cancel</button>
      </div>
    </Modal>
  );
}
