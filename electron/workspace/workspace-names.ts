import path from 'node:path';
import { failure, type WorkspaceFailure } from './workspace-failure';

/** A workspace named "Plan" is the file "Plan.crosscheck.json" in the workspace folder. */
export const WORKSPACE_FILE_SUFFIX = '.crosscheck.json';
const NAME_MAX_CHARACTERS = 80;
// File names are limited to 255 bytes; the longest side file adds about 50 to the name.
const NAME_MAX_BYTES = 200;
const FORBIDDEN_CHARACTER = /[<>:"/\\|?*\u0000-\u001f]/u;
// Windows cannot create these names, with any extension, in any folder.
const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/iu;

/**
 * Why `name` cannot name a workspace file on Windows, macOS or Linux, or null if it can.
 * The name must already be trimmed: silently changing it would save under another name.
 */
export function validateWorkspaceName(name: string): string | null {
  const characters = [...name].length;
  if (characters === 0 || name.trim() === '') return 'Give the workspace a name.';
  if (name.trim() !== name) return 'A workspace name cannot start or end with a space.';
  if (characters > NAME_MAX_CHARACTERS) return `A workspace name can have at most ${NAME_MAX_CHARACTERS} characters; this one has ${characters}.`;
  const forbidden = FORBIDDEN_CHARACTER.exec(name);
  if (forbidden) {
    return forbidden[0] < ' ' ? 'A workspace name cannot contain control characters.' : `A workspace name cannot contain ${forbidden[0]} (nor any of < > : " / \\ | ? *).`;
  }
  if (name.startsWith('.')) return 'A workspace name cannot start with a dot.';
  if (name.endsWith('.')) return 'A workspace name cannot end with a dot.';
  if (WINDOWS_DEVICE_NAME.test(name)) return `“${name}” is reserved by Windows; choose another name.`;
  if (new TextEncoder().encode(name).length > NAME_MAX_BYTES) return 'This workspace name is too long for the file system; shorten it.';
  return null;
}

/** The 'invalid-name' failure for a name that cannot be a workspace's, or null if it can. */
export function refuseName(name: string): WorkspaceFailure | null {
  const problem = validateWorkspaceName(name);
  return problem === null ? null : failure('invalid-name', problem);
}

/** Case-folded so "Plan" and "plan" (one file on Windows and macOS) cannot have two owners. */
export function keyOfName(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

export function workspaceFileOf(dir: string, name: string): string {
  return path.join(dir, `${name}${WORKSPACE_FILE_SUFFIX}`);
}

export function lockFileOf(dir: string, name: string): string {
  return `${workspaceFileOf(dir, name)}.lock`;
}

/** The last good copy, which every save keeps beside the file. */
export function backupFileOf(dir: string, name: string): string {
  return `${workspaceFileOf(dir, name)}.bak`;
}

/** `<name>.crosscheck.corrupt-<stamp>.json`, or `...-<stamp>-<n>.json` from the second try on. */
export function corruptFileOf(dir: string, name: string, stamp: string, attempt: number): string {
  return path.join(dir, `${name}.crosscheck.corrupt-${stamp}${attempt === 1 ? '' : `-${attempt}`}.json`);
}

/** The workspace a folder entry holds, or null for anything else (side files, foreign files, unusable names). */
export function workspaceNameOfEntry(entry: string): string | null {
  if (!entry.endsWith(WORKSPACE_FILE_SUFFIX)) return null;
  const name = entry.slice(0, -WORKSPACE_FILE_SUFFIX.length);
  return validateWorkspaceName(name) === null ? name : null;
}
