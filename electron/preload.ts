import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_NAME, isChannel, isMenuCommand, MENU_EVENT } from '@shared/ipc/channels';
import type { CrosscheckBridge } from '@shared/ipc/contract';

/**
 * The page's only door to the main process: one named object with a typed `invoke`
 * limited to the contract's channels. `ipcRenderer` itself never reaches the page.
 */
const bridge: CrosscheckBridge = {
  invoke: (channel, input) => {
    if (!isChannel(channel)) return Promise.resolve({ ok: false, error: `Unknown channel ${String(channel)}.` });
    return ipcRenderer.invoke(channel, input);
  },
  onMenuCommand: (listener) => {
    // Only the command name reaches the page, never the IPC event (which carries the sender).
    const forward = (_event: unknown, command: unknown) => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(MENU_EVENT, forward);
    return () => void ipcRenderer.removeListener(MENU_EVENT, forward);
  },
};

contextBridge.exposeInMainWorld(BRIDGE_NAME, bridge);
