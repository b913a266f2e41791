import { useEffect } from 'react';
import { useCrosscheckStore } from '../store/store';

/**
 * Asks before the window closes or reloads while changes are not yet on disk (a save in
 * flight, or one that failed). The desktop app turns the request into a dialog in main.
 */
export function useUnsavedGuard(): void {
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      const { revision, savedRevision } = useCrosscheckStore.getState();
      if (revision !== savedRevision) event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);
}
