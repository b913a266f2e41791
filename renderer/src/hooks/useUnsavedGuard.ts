import { useEffect } from 'react';
import { useCrosscheckStore } from '../store/store';

/**
 * Asks before the window closes or reloads while changes are not yet on disk (a save in
 * flight, or one that failed), and lets go of the file when it goes. The desktop app turns
 * the request into a dialog in main.
 */
export function useUnsavedGuard(): void {
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      // A save waiting for the next frame starts now: there may be no next frame.
      useCrosscheckStore.getState().startPendingSave();
      const { revision, savedRevision } = useCrosscheckStore.getState();
      if (revision !== savedRevision) event.preventDefault();
    };
    // The page is going (closed, reloaded, navigated): let go of the workspace file.
    const onPageHide = () => useCrosscheckStore.getState().releaseWorkspace();
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('pagehide', onPageHide);
    };
  }, []);
}
