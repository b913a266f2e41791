/// <reference types="vite/client" />
import type { CrosscheckBridge } from '@shared/ipc/contract';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in browser mode. */
    readonly crosscheck?: CrosscheckBridge;
  }
}
