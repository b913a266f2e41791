import { useEffect } from 'react';
import { useCrosscheckStore } from '../store/store';

/**
 * "● Base case — Crosscheck" while changes are on their way to disk; Electron shows it as the
 * window title. The dirty flag flips on every edit: use it in a leaf (DocumentTitle), never
 * in a component with children, or every edit re-renders the whole tree.
 */
export function useDocumentTitle(): void {
  const fileName = useCrosscheckStore((state) => state.fileName);
  const isDirty = useCrosscheckStore((state) => state.revision !== state.savedRevision || state.saveState === 'failed');
  useEffect(() => {
    document.title = `${isDirty ? '● ' : ''}${fileName ?? 'No workspace'} — Crosscheck`;
  }, [fileName, isDirty]);
}
