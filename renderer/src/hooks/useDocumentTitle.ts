import { useEffect } from 'react';
import { useCrosscheckStore } from '../store/store';

/** "● Base case — Crosscheck" while changes are on their way to disk; Electron shows it as the window title. */
export function useDocumentTitle(): void {
  const fileName = useCrosscheckStore((state) => state.fileName);
  const isDirty = useCrosscheckStore((state) => state.revision !== state.savedRevision || state.saveState === 'failed');
  useEffect(() => {
    document.title = `${isDirty ? '● ' : ''}${fileName ?? 'No workspace'} — Crosscheck`;
  }, [fileName, isDirty]);
}
