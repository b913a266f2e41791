import { BrowserWindow, dialog, session } from 'electron';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY, isAppUrl } from './security';

export interface WindowPaths {
  readonly preload: string;
  readonly rendererIndex: string;
  readonly devServerUrl: string | undefined;
}

/**
 * Session-wide rules: the CSP header on every response (on top of the page's meta tag), and
 * no permission (camera, notifications, ...) for anything but the clipboard, for the app's own
 * pages only (the grid's Copy with headers, Cut and Paste from its menus read and write it).
 */
export function hardenSession(isAllowed: (permission: string, requestingUrl: string) => boolean): void {
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  session.defaultSession.setPermissionRequestHandler((webContents, permission, callback, details) => callback(isAllowed(permission, details.requestingUrl ?? webContents.getURL())));
  session.defaultSession.setPermissionCheckHandler((_webContents, permission, requestingOrigin, details) => isAllowed(permission, details.requestingUrl ?? requestingOrigin));
}

/**
 * The one window: isolated, sandboxed, no Node in the page, no new windows and no
 * navigation away from the app. Shown on ready-to-show so it never flashes blank.
 */
export function createMainWindow(paths: WindowPaths): BrowserWindow {
  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    show: false,
    title: 'Crosscheck',
    webPreferences: {
      preload: paths.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  const rendererRoot = path.dirname(paths.rendererIndex);
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  const stayInApp = (event: { preventDefault(): void }, url: string) => {
    if (!isAppUrl(url, rendererRoot, paths.devServerUrl)) event.preventDefault();
  };
  window.webContents.on('will-navigate', stayInApp);
  window.webContents.on('will-redirect', stayInApp);
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
  // The page asks to stay open while changes are not yet on disk; Electron only tells main, so ask here.
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'warning',
      buttons: ['Keep the window open', 'Close without the last changes'],
      defaultId: 0,
      cancelId: 0,
      message: 'Some changes are not saved yet.',
      detail: 'Crosscheck is still writing them, or the last save failed. Keep the window open to let it finish, or use Save As.',
    });
    if (choice === 1) event.preventDefault();
  });
  window.once('ready-to-show', () => window.show());
  if (paths.devServerUrl) void window.loadURL(paths.devServerUrl);
  else void window.loadFile(paths.rendererIndex);
  return window;
}
