import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNEL_NAMES, type Handlers } from '@shared/ipc/contract';
import { dispatch } from '@shared/ipc/dispatch';

/**
 * Serves every contract channel over `ipcMain.handle`. A request from anything but the
 * app's own top-level page (a sub-frame, another origin) is refused before dispatch.
 */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: Handlers,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
): void {
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(channel, async (event, input: unknown) => {
      if (!isTrustedSender(event)) return { ok: false, error: `Refused ${channel}: the request did not come from the app's own page.` };
      return dispatch(handlers, channel, input);
    });
  }
}

/** True when the sender is the main frame of a page the app itself loaded. */
export function isAppPage(event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>, appUrl: (url: string) => boolean): boolean {
  const frame = event.senderFrame;
  if (!frame || frame !== event.sender.mainFrame) return false;
  return appUrl(frame.url);
}
