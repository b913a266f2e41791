/**
 * The channel names alone, free of zod, so the sandboxed preload can check a name
 * without bundling the schemas. contract.ts gives each name its input schema.
 */
export const CHANNEL_NAMES = [
  'dataset:load',
  'app:info',
  'workspace:list',
  'workspace:open',
  'workspace:create',
  'workspace:save',
  'workspace:save-as',
  'workspace:restore-backup',
  'workspace:close',
  'export:start',
  'export:status',
  'export:cancel',
  'import:read-workbook',
  'article:prepare',
] as const;
export type Channel = (typeof CHANNEL_NAMES)[number];

/** The name under which the preload exposes the bridge: `window.crosscheck`. */
export const BRIDGE_NAME = 'crosscheck';

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNEL_NAMES as readonly string[]).includes(value);
}

/** Commands the desktop app's menu sends to the page (main -> renderer, one way). */
export const MENU_COMMANDS = [
  'new',
  'open',
  'save',
  'save-as',
  'undo',
  'redo',
  'export-excel',
  'import-excel',
  'import-article',
  'copy-with-headers',
  'fill-down',
  'fill-right',
  'clear-cells',
  'select-all',
  'settings',
  'group-none',
  'group-company',
  'group-company-segment',
  'keyboard-map',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
export const MENU_EVENT = 'menu:command';

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}
