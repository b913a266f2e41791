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
      // Cut, Copy and Paste are the system's roles: they raise the page's clipboard events,
      // which the grid answers for its cells and a text field for its text.
      submenu: [
        { id: 'undo', label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: send('undo') },
        { id: 'redo', label: 'Redo', accelerator: platform === 'darwin' ? 'Cmd+Shift+Z' : 'Ctrl+Y', click: send('redo') },
        { type: 'separator' },
        { role: 'cut', label: 'Cut' },
        { role: 'copy', label: 'Copy' },
        { label: 'Copy with Headers', accelerator: 'CmdOrCtrl+Shift+C', click: send('copy-with-headers') },
        { role: 'paste', label: 'Paste' },
        { type: 'separator' },
        { label: 'Fill Down', accelerator: 'CmdOrCtrl+D', click: send('fill-down') },
        { label: 'Fill Right', accelerator: 'CmdOrCtrl+R', click: send('fill-right') },
        // No accelerator: Delete and Backspace must keep working in text fields; the grid handles them itself.
        { label: 'Clear My Values', click: send('clear-cells') },
        { label: 'Select All', accelerator: 'CmdOrCtrl+A', click: send('select-all') },
        { type: 'separator' },
        { label: 'Settings…', click: send('settings') },
      ],
    },
    {
      label: 'View',
      submenu: [
        { label: 'No Groups', click: send('group-none') },
        { label: 'Group by Company', click: send('group-company') },
        { label: 'Group by Company and Segment', click: send('group-company-segment') },
      ],
    },
    {
      label: 'Help',
      submenu: [{ label: 'Keyboard Shortcuts…', click: send('keyboard-map') }],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
