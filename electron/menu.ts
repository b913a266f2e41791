import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { MENU_EVENT, type MenuCommand } from '@shared/ipc/channels';

/**
 * The desktop menu. Each workspace item only names a command for the page, where the store
 * does the work, so the menu and the in-page buttons can never disagree. Undo and Redo go to
 * the page too: it undoes text in a field being typed in, and workspace changes elsewhere.
 */
export function installAppMenu(getWindow: () => BrowserWindow | null, platform: NodeJS.Platform): void {
  const send = (command: MenuCommand) => () => getWindow()?.webContents.send(MENU_EVENT, command);
  const template: MenuItemConstructorOptions[] = [
    ...(platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'New Workspace…', accelerator: 'CmdOrCtrl+N', click: send('new') },
        { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: send('open') },
        { label: 'Save', accelerator: 'CmdOrCtrl+S', click: send('save') },
        { label: 'Save As…', accelerator: 'CmdOrCtrl+Shift+S', click: send('save-as') },
        { type: 'separator' },
        { label: 'Import Article…', accelerator: 'CmdOrCtrl+I', click: send('import-article') },
        { type: 'separator' },
        { label: 'Export to Excel…', accelerator: 'CmdOrCtrl+E', click: send('export-excel') },
        { label: 'Import from Excel…', click: send('import-excel') },
        { type: 'separator' },
        platform === 'darwin' ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        { id: 'undo', label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: send('undo') },
        { id: 'redo', label: 'Redo', accelerator: platform === 'darwin' ? 'Cmd+Shift+Z' : 'Ctrl+Y', click: send('redo') },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
