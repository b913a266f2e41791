import path from 'node:path';
import { z } from 'zod';
import { migrateWorkspace, formatIssuePath } from '@shared/workspace/migrations';
import { WorkspaceSchema, type Workspace } from '@shared/workspace/workspace-schema';
import { describeJsonSyntaxError } from '../data/json-location';
import { atomicWriteFile, errorCodeOf, WorkspaceWriteError, type AtomicFs } from './atomic-write';

/** A workspace named "Plan" is the file "Plan.crosscheck.json" in the workspace folder. */
export const WORKSPACE_FILE_SUFFIX = '.crosscheck.json';
/** The folder's last-opened and recent list, beside the workspaces. */
export const STATE_FILE_NAME = 'crosscheck-state.json';
const RECENT_LIMIT = 10;
const NAME_MAX_CHARACTERS = 80;
// File names are limited to 255 bytes; the longest side file adds about 50 to the name.
const NAME_MAX_BYTES = 200;
const FORBIDDEN_CHARACTER = /[<>:"/\\|?*\u0000-\u001f]/u;
// Windows cannot create these names, with any extension, in any folder.
const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/iu;
const LOCK_ATTEMPTS = 3;

export interface WorkspaceRepositoryDeps {
  /** The workspace folder; every file the repository touches is directly inside it. */
  readonly dir: string;
  readonly fs: AtomicFs;
  readonly now: () => Date;
  /** This process, as written into lock files. */
  readonly pid: number;
  readonly hostname: string;
  /** Whether a process of this machine is running (a lock naming a dead one is stale). */
  readonly isProcessAlive: (pid: number) => boolean;
}

/** Why a workspace operation did not happen, in words for the analyst. */
export type WorkspaceError =
  | { readonly kind: 'invalid-name' | 'not-found' | 'exists' | 'locked' | 'not-owner' | 'read-failed'; readonly message: string }
  | { readonly kind: 'invalid'; readonly message: string; readonly location: string | null }
  | { readonly kind: 'write-failed'; readonly message: string; readonly code: string }
  | {
      readonly kind: 'corrupt';
      readonly message: string;
      /** "line 3, column 14" or a path such as "scenarios[0].name"; null for the whole file. */
      readonly location: string | null;
      /** The last good copy (`.bak`), offered when it opens cleanly. */
      readonly backup: { readonly savedAt: string } | null;
    };

export interface WorkspaceFailure {
  readonly ok: false;
  readonly error: WorkspaceError;
}

export interface OpenedWorkspace {
  readonly name: string;
  readonly workspace: Workspace;
  /** ISO time the content was saved (the file's mtime). */
  readonly savedAt: string;
  /** The file's older schema version, if it was migrated on open; the file itself is untouched. */
  readonly migratedFrom: number | null;
  /** What was recovered, in a sentence, after an unclean exit or a restore; null otherwise. */
  readonly recovery: string | null;
}

export interface WorkspaceSummary {
  readonly name: string;
  /** ISO time of the file's last save (its mtime). */
  readonly savedAt: string;
  readonly size: number;
}

export interface WorkspaceFolderState {
  readonly lastOpened: string | null;
  /** Most recent first, at most 10. */
  readonly recent: readonly string[];
}

export type OpenResult = ({ readonly ok: true } & OpenedWorkspace) | WorkspaceFailure;
export type CreateResult = { readonly ok: true; readonly name: string; readonly revision: 0; readonly savedAt: string } | WorkspaceFailure;
export type SaveResult = { readonly ok: true; readonly savedAt: string } | WorkspaceFailure;
export type SaveAsResult = { readonly ok: true; readonly name: string; readonly savedAt: string } | WorkspaceFailure;
export type RecordOpenedResult = { readonly ok: true; readonly state: WorkspaceFolderState } | WorkspaceFailure;

/**
 * The workspace files of one folder, as the main process serves them to windows. Callers
 * pass names, never paths. Each window is a session; a file has one owning session at a
 * time, across windows (in memory) and across processes (a lock file). Nothing throws:
 * every method answers with a plain object.
 */
export interface WorkspaceRepository {
  /** The workspaces in the folder, newest first; side files (.bak, .lock, temp, corrupt) are left out. */
  list(): Promise<WorkspaceSummary[]>;
  /** Writes a new workspace file and makes `sessionId` its owner; 'exists' if the name is taken. */
  create(name: string, sessionId: string, workspace: unknown): Promise<CreateResult>;
  /** Reads, migrates and takes ownership. `takeOver` claims a file another window of this process holds. */
  open(name: string, sessionId: string, options?: { readonly takeOver?: boolean }): Promise<OpenResult>;
  /** Replaces the file atomically, keeping the previous content as `.bak`; only the owner may. */
  save(name: string, sessionId: string, workspace: unknown): Promise<SaveResult>;
  /** Creates `toName` with this content, then lets go of `fromName`. */
  saveAs(fromName: string, toName: string, sessionId: string, workspace: unknown): Promise<SaveAsResult>;
  /** For a corrupt file: keeps it as `<name>.crosscheck.corrupt-<time>.json`, puts `.bak` in its place and opens that. */
  restoreBackup(name: string, sessionId: string): Promise<OpenResult>;
  /** Lets go of the file if this session owns it. */
  close(name: string, sessionId: string): Promise<{ readonly ok: true }>;
  /** Lets go of every file this process holds, at a clean shutdown. */
  closeAll(): Promise<void>;
  /** The folder's last-opened workspace and recent list; a missing or broken state file reads as empty. */
  readState(): Promise<WorkspaceFolderState>;
  /** Puts `name` first in the recent list and makes it the last opened. */
  recordOpened(name: string): Promise<RecordOpenedResult>;
}

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

const LockSchema = z.object({ pid: z.number().int().positive(), hostname: z.string(), sessionId: z.string(), since: z.string() });
type LockInfo = z.infer<typeof LockSchema>;

const StateSchema = z.object({ lastOpened: z.string().nullable(), recent: z.array(z.string()) });
const EMPTY_STATE: WorkspaceFolderState = { lastOpened: null, recent: [] };

type ReadOutcome =
  | { ok: true; workspace: Workspace; migratedFrom: number | null; mtime: Date; text: string }
  | { ok: false; kind: 'not-found'; detail: string }
  | { ok: false; kind: 'read-failed'; detail: string }
  | { ok: false; kind: 'corrupt'; detail: string; location: string | null };

/** A stale lock that was taken over; pid null when the lock could not be read. */
type StaleLock = { readonly pid: number | null };
type Acquired = { ok: true; wasOwner: boolean; stale: StaleLock | null } | WorkspaceFailure;

/** Creates the repository for one workspace folder. */
export function createWorkspaceRepository(deps: WorkspaceRepositoryDeps): WorkspaceRepository {
  const { fs } = deps;
  // Case-folded so "Plan" and "plan" (one file on Windows and macOS) cannot have two owners.
  const keyOf = (name: string) => name.normalize('NFC').toLowerCase();
  const owners = new Map<string, string>();
  // The name each owned file was opened under, to find its lock file again at shutdown.
  const ownedNames = new Map<string, string>();
  const serialized = createKeyedQueue();
  const fileOf = (name: string) => path.join(deps.dir, `${name}${WORKSPACE_FILE_SUFFIX}`);
  const lockOf = (name: string) => `${fileOf(name)}.lock`;
  const statePath = path.join(deps.dir, STATE_FILE_NAME);
  // Names cannot contain \0, so this key never meets a workspace's.
  const STATE_KEY = '\u0000state';

  async function readWorkspaceFile(filePath: string): Promise<ReadOutcome> {
    let text: string;
    let mtime: Date;
    try {
      mtime = (await fs.stat(filePath)).mtime;
      text = await fs.readFile(filePath);
    } catch (error) {
      return errorCodeOf(error) === 'ENOENT' ? { ok: false, kind: 'not-found', detail: messageOf(error) } : { ok: false, kind: 'read-failed', detail: messageOf(error) };
    }
    let json: unknown;
    try {
      // Editors on Windows may add a byte-order mark, which JSON.parse refuses.
      json = JSON.parse(text.replace(/^\uFEFF/u, ''));
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error;
      const { location, message } = describeJsonSyntaxError(text, error);
      return { ok: false, kind: 'corrupt', detail: message, location };
    }
    const migrated = migrateWorkspace(json);
    if (!migrated.ok) return { ok: false, kind: 'corrupt', detail: migrated.message, location: migrated.location };
    return { ok: true, workspace: migrated.workspace, migratedFrom: migrated.migratedFrom, mtime, text };
  }

  async function readLock(name: string): Promise<LockInfo | 'missing' | 'unreadable'> {
    try {
      const parsed = LockSchema.safeParse(JSON.parse(await fs.readFile(lockOf(name))));
      return parsed.success ? parsed.data : 'unreadable';
    } catch (error) {
      return errorCodeOf(error) === 'ENOENT' ? 'missing' : 'unreadable';
    }
  }

  /** Whether a lock found on disk still holds; a live holder on another machine cannot be checked, so it holds. */
  function isLive(lock: LockInfo): boolean {
    if (lock.hostname !== deps.hostname) return true;
    // Our own sessions are in `owners`; a lock with our pid is from an earlier run that got the same pid.
    if (lock.pid === deps.pid) return false;
    return deps.isProcessAlive(lock.pid);
  }

  /** Creates the lock file exclusively with its content; false if one is already there. */
  async function createLock(name: string, sessionId: string): Promise<boolean> {
    const lock: LockInfo = { pid: deps.pid, hostname: deps.hostname, sessionId, since: deps.now().toISOString() };
    let handle;
    try {
      handle = await fs.open(lockOf(name), 'wx');
    } catch (error) {
      if (errorCodeOf(error) === 'EEXIST') return false;
      throw error;
    }
    try {
      await handle.writeFile(JSON.stringify(lock));
      await handle.sync();
      await handle.close();
    } catch (error) {
      await handle.close().catch(() => undefined);
      await fs.unlink(lockOf(name)).catch(() => undefined);
      throw error;
    }
    return true;
  }

  async function acquire(name: string, sessionId: string, takeOver: boolean): Promise<Acquired> {
    const key = keyOf(name);
    const owner = owners.get(key);
    if (owner === sessionId) return { ok: true, wasOwner: true, stale: null };
    if (owner !== undefined) {
      if (!takeOver) return failure('locked', `“${name}” is open in another Crosscheck window. Switch to that window, or open it here to move it to this window.`);
      owners.set(key, sessionId);
      ownedNames.set(key, name);
      // Only to keep the lock's sessionId accurate: the pid, which other processes check, is unchanged.
      await fs.unlink(lockOf(name)).then(() => createLock(name, sessionId)).catch(() => undefined);
      return { ok: true, wasOwner: false, stale: null };
    }
    let stale: StaleLock | null = null;
    for (let attempt = 0; attempt < LOCK_ATTEMPTS; attempt++) {
      try {
        if (await createLock(name, sessionId)) {
          owners.set(key, sessionId);
          ownedNames.set(key, name);
      ownedNames.set(key, name);
          return { ok: true, wasOwner: false, stale };
        }
      } catch (error) {
        return failure('write-failed', `Could not open “${name}” for editing: its lock file could not be created (${messageOf(error)}). Nothing was changed.`, errorCodeOf(error) ?? 'UNKNOWN');
      }
      const lock = await readLock(name);
      if (lock === 'missing') continue; // Released between our two calls: try again.
      if (lock !== 'unreadable' && isLive(lock)) return failure('locked', lockedMessage(name, lock));
      stale = { pid: lock === 'unreadable' ? null : lock.pid };
      // Two processes may both remove a stale lock here; save() re-reads the lock, so the loser finds out before it writes.
      await fs.unlink(lockOf(name)).catch(() => undefined);
    }
    return failure('locked', `“${name}” is being opened by another Crosscheck at this moment. Try again.`);
  }

  function lockedMessage(name: string, lock: LockInfo): string {
    const holder = `process ${lock.pid} on host ${lock.hostname} since ${formatLocalTime(lock.since)}`;
    const hint = lock.hostname === deps.hostname ? 'Close it there first.' : `Close it there first; if that computer no longer runs Crosscheck, delete “${path.basename(lockOf(name))}”.`;
    return `“${name}” is open in another Crosscheck (${holder}). ${hint}`;
  }

  async function release(name: string, sessionId: string): Promise<void> {
    const key = keyOf(name);
    if (owners.get(key) !== sessionId) return;
    owners.delete(key);
    const lock = await readLock(name);
    if (typeof lock === 'object' && lock.pid === deps.pid && lock.hostname === deps.hostname) {
      await fs.unlink(lockOf(name)).catch(() => undefined);
    }
  }

  /** Refuses unless this session owns the file here and no other process has taken its lock meanwhile. */
  async function checkOwner(name: string, sessionId: string): Promise<WorkspaceFailure | null> {
    const owner = owners.get(keyOf(name));
    if (owner === undefined) {
      return failure('not-owner', `Not saved: “${name}” is not open in this window. Your changes are kept here; open it again or use Save As to keep them under a new name.`);
    }
    if (owner !== sessionId) {
      return failure('not-owner', `Not saved: “${name}” was opened in another window, which now owns it. Your changes are kept here; use Save As to keep them under a new name.`);
    }
    let lock = await readLock(name);
    // Deleted by hand or by a tidy-up tool: we still own the file, so claim it again.
    if (lock === 'missing' && (await createLock(name, sessionId).catch(() => false))) return null;
    if (lock === 'missing') lock = await readLock(name);
    if (typeof lock !== 'object') {
      // Cannot tell who holds it (a network hiccup, or another Crosscheck halfway through claiming it): skip this save, keep the file.
      return failure('write-failed', `Not saved: could not check that “${name}” is still yours (its lock file cannot be read). Your changes are kept here and will be saved on the next try.`, 'ELOCKUNREADABLE');
    }
    if (lock.pid === deps.pid && lock.hostname === deps.hostname) return null;
    owners.delete(keyOf(name));
    return failure('not-owner', `Not saved: “${name}” was opened in another Crosscheck (process ${lock.pid} on host ${lock.hostname}), which now owns it. Your changes are kept here; use Save As to keep them under a new name.`);
  }

  async function write(filePath: string, text: string): Promise<{ ok: true; savedAt: string } | WorkspaceFailure> {
    try {
      await atomicWriteFile(filePath, text, fs);
    } catch (error) {
      if (error instanceof WorkspaceWriteError) return failure('write-failed', error.message, error.code);
      return failure('write-failed', `Could not save “${path.basename(filePath)}”: ${messageOf(error)}. Your changes are kept in the app.`, 'UNKNOWN');
    }
    const mtime = await fs.stat(filePath).then((stats) => stats.mtime, () => deps.now());
    return { ok: true, savedAt: mtime.toISOString() };
  }

  async function exists(filePath: string): Promise<boolean> {
    return fs.stat(filePath).then(() => true, (error: unknown) => errorCodeOf(error) !== 'ENOENT');
  }

  /** The corrupt error for a file, offering `.bak` only if that opens cleanly. */
  async function corruptFailure(name: string, outcome: { detail: string; location: string | null }): Promise<WorkspaceFailure> {
    const backup = await readWorkspaceFile(`${fileOf(name)}.bak`);
    const where = outcome.location ? `At ${outcome.location}: ${lowerFirst(outcome.detail)}` : outcome.detail;
    const offer = backup.ok ? ` The last good copy, saved ${formatLocalTime(backup.mtime)}, can be restored.` : ' There is no earlier good copy to restore.';
    return {
      ok: false,
      error: {
        kind: 'corrupt',
        message: `Could not open “${path.basename(fileOf(name))}”. ${sentence(where)} The file has not been changed.${offer}`,
        location: outcome.location,
        backup: backup.ok ? { savedAt: backup.mtime.toISOString() } : null,
      },
    };
  }

  async function create(name: string, sessionId: string, workspace: unknown): Promise<CreateResult> {
    const refused = refuseName(name);
    if (refused) return refused;
    const parsed = parseWorkspace(workspace);
    if (!parsed.ok) return parsed;
    return serialized(keyOf(name), async () => {
      const taken = failure('exists', `A workspace named “${name}” already exists; choose another name.`);
      if (await exists(fileOf(name))) return taken;
      try {
        await fs.mkdir(deps.dir);
      } catch (error) {
        return failure('write-failed', `Could not create the workspace folder ${deps.dir}: ${messageOf(error)}.`, errorCodeOf(error) ?? 'UNKNOWN');
      }
      const acquired = await acquire(name, sessionId, false);
      if (!acquired.ok) return acquired;
      // Checked again under the lock: another Crosscheck may have created it in between.
      const written = (await exists(fileOf(name))) ? taken : await write(fileOf(name), serialize(parsed.workspace));
      if (!written.ok) {
        if (!acquired.wasOwner) await release(name, sessionId);
        return written;
      }
      return { ok: true, name, revision: 0, savedAt: written.savedAt };
    });
  }

  async function open(name: string, sessionId: string, options: { readonly takeOver?: boolean } = {}): Promise<OpenResult> {
    const refused = refuseName(name);
    if (refused) return refused;
    return serialized(keyOf(name), async () => {
      // No lock file for a workspace that is not there.
      if (!(await exists(fileOf(name)))) return notFound(name);
      const acquired = await acquire(name, sessionId, options.takeOver ?? false);
      if (!acquired.ok) return acquired;
      const read = await readWorkspaceFile(fileOf(name));
      if (!read.ok) {
        if (!acquired.wasOwner) await release(name, sessionId);
        if (read.kind === 'not-found') return notFound(name);
        if (read.kind === 'read-failed') return failure('read-failed', `Could not read “${path.basename(fileOf(name))}”: ${read.detail}.`);
        return corruptFailure(name, read);
      }
      const recovery = acquired.stale
        ? `Crosscheck did not close cleanly last time${acquired.stale.pid === null ? '' : ` (process ${acquired.stale.pid})`}. Restored “${name}” as last saved at ${formatLocalTime(read.mtime)}; every change saved before then is here.`
        : null;
      return { ok: true, name, workspace: read.workspace, savedAt: read.mtime.toISOString(), migratedFrom: read.migratedFrom, recovery };
    });
  }

  async function save(name: string, sessionId: string, workspace: unknown): Promise<SaveResult> {
    const refused = refuseName(name);
    if (refused) return refused;
    return serialized(keyOf(name), async () => {
      const notOwner = await checkOwner(name, sessionId);
      if (notOwner) return notOwner;
      const parsed = parseWorkspace(workspace);
      return parsed.ok ? write(fileOf(name), serialize(parsed.workspace)) : parsed;
    });
  }

  async function saveAs(fromName: string, toName: string, sessionId: string, workspace: unknown): Promise<SaveAsResult> {
    const refused = refuseName(fromName) ?? refuseName(toName);
    if (refused) return refused;
    const created = await create(toName, sessionId, workspace);
    if (!created.ok) return created;
    if (keyOf(fromName) !== keyOf(toName)) await close(fromName, sessionId);
    return { ok: true, name: toName, savedAt: created.savedAt };
  }

  async function restoreBackup(name: string, sessionId: string): Promise<OpenResult> {
    const refused = refuseName(name);
    if (refused) return refused;
    return serialized(keyOf(name), async () => {
      const acquired = await acquire(name, sessionId, false);
      if (!acquired.ok) return acquired;
      const giveUp = async (result: WorkspaceFailure) => {
        if (!acquired.wasOwner) await release(name, sessionId);
        return result;
      };
      const bakPath = `${fileOf(name)}.bak`;
      const backup = await readWorkspaceFile(bakPath);
      if (!backup.ok) {
        if (backup.kind === 'not-found') return giveUp(failure('not-found', `There is no earlier copy of “${name}” to restore.`));
        return giveUp(failure('corrupt', `The earlier copy “${path.basename(bakPath)}” cannot be opened either: ${lowerFirst(backup.detail)}. Nothing was changed.`));
      }
      const keptAs = await freeCorruptPath(name);
      try {
        await fs.rename(fileOf(name), keptAs);
      } catch (error) {
        if (errorCodeOf(error) !== 'ENOENT') {
          return giveUp(failure('write-failed', `Could not set the damaged “${path.basename(fileOf(name))}” aside: ${messageOf(error)}. Nothing was changed.`, errorCodeOf(error) ?? 'UNKNOWN'));
        }
      }
      const written = await write(fileOf(name), backup.text);
      if (!written.ok) {
        // Put the damaged file back, so the folder is as it was and the offer still stands.
        await fs.rename(keptAs, fileOf(name)).catch(() => undefined);
        return giveUp(written);
      }
      const recovery = `Restored “${name}” from its last good copy, saved ${formatLocalTime(backup.mtime)}. The damaged file is kept as “${path.basename(keptAs)}”.`;
      return { ok: true, name, workspace: backup.workspace, savedAt: backup.mtime.toISOString(), migratedFrom: backup.migratedFrom, recovery };
    });
  }

  /** `<name>.crosscheck.corrupt-20261121T100405Z.json`, with -2, -3... if that is taken: a kept file is never replaced. */
  async function freeCorruptPath(name: string): Promise<string> {
    const stamp = deps.now().toISOString().replace(/[-:]|\.\d+/gu, '');
    for (let n = 1; ; n++) {
      const candidate = path.join(deps.dir, `${name}.crosscheck.corrupt-${stamp}${n === 1 ? '' : `-${n}`}.json`);
      if (!(await exists(candidate))) return candidate;
    }
  }

  async function close(name: string, sessionId: string): Promise<{ readonly ok: true }> {
    if (validateWorkspaceName(name) === null) await serialized(keyOf(name), () => release(name, sessionId));
    return { ok: true };
  }

  async function list(): Promise<WorkspaceSummary[]> {
    // A missing or unreadable folder lists as empty; creating a workspace then says what is wrong.
    const entries = await fs.readdir(deps.dir).catch((): string[] => []);
    const found: WorkspaceSummary[] = [];
    for (const entry of entries) {
      if (!entry.endsWith(WORKSPACE_FILE_SUFFIX)) continue;
      const name = entry.slice(0, -WORKSPACE_FILE_SUFFIX.length);
      if (validateWorkspaceName(name) !== null) continue;
      const stats = await fs.stat(path.join(deps.dir, entry)).catch(() => null);
      if (stats?.isFile) found.push({ name, savedAt: stats.mtime.toISOString(), size: stats.size });
    }
    return found.sort((a, b) => b.savedAt.localeCompare(a.savedAt) || a.name.localeCompare(b.name));
  }

  async function readState(): Promise<WorkspaceFolderState> {
    try {
      const parsed = StateSchema.safeParse(JSON.parse(await fs.readFile(statePath)));
      if (!parsed.success) return EMPTY_STATE;
      const recent = parsed.data.recent.filter((name) => validateWorkspaceName(name) === null).slice(0, RECENT_LIMIT);
      return { lastOpened: parsed.data.lastOpened, recent };
    } catch {
      return EMPTY_STATE;
    }
  }

  async function recordOpened(name: string): Promise<RecordOpenedResult> {
    const refused = refuseName(name);
    if (refused) return refused;
    return serialized(STATE_KEY, async () => {
      const previous = await readState();
      const state: WorkspaceFolderState = { lastOpened: name, recent: [name, ...previous.recent.filter((other) => other !== name)].slice(0, RECENT_LIMIT) };
      await fs.mkdir(deps.dir).catch(() => undefined);
      const written = await write(statePath, serialize(state));
      return written.ok ? { ok: true, state } : written;
    });
  }

  /** Lets go of every file this process holds: a clean shutdown leaves no lock behind. */
  async function closeAll(): Promise<void> {
    for (const [key, sessionId] of [...owners]) {
      const name = ownedNames.get(key);
      if (name) await close(name, sessionId);
    }
  }

  return { list, create, open, save, saveAs, restoreBackup, close, closeAll, readState, recordOpened };
}

function refuseName(name: string): WorkspaceFailure | null {
  const problem = validateWorkspaceName(name);
  return problem === null ? null : failure('invalid-name', problem);
}

/** The workspace as the schema reads it (unknown keys dropped), or why it cannot be saved. */
function parseWorkspace(workspace: unknown): { ok: true; workspace: Workspace } | WorkspaceFailure {
  const parsed = WorkspaceSchema.safeParse(workspace);
  if (parsed.success) return { ok: true, workspace: parsed.data };
  const [issue] = parsed.error.issues;
  const location = formatIssuePath(issue.path) || null;
  return {
    ok: false,
    error: { kind: 'invalid', location, message: `Not saved: the workspace is not valid${location ? ` at ${location}` : ''} (${issue.message}). This is a bug in Crosscheck; your changes are kept here.` },
  };
}

function serialize(workspace: Workspace | WorkspaceFolderState): string {
  // Indented, so a person can read a workspace file and a diff of two of them.
  return `${JSON.stringify(workspace, null, 2)}\n`;
}

function notFound(name: string): WorkspaceFailure {
  return failure('not-found', `There is no workspace named “${name}” in the workspace folder.`);
}

function failure(kind: 'invalid-name' | 'not-found' | 'exists' | 'locked' | 'not-owner' | 'read-failed' | 'corrupt', message: string): WorkspaceFailure;
function failure(kind: 'write-failed', message: string, code: string): WorkspaceFailure;
function failure(kind: WorkspaceError['kind'], message: string, code = 'UNKNOWN'): WorkspaceFailure {
  if (kind === 'write-failed') return { ok: false, error: { kind, message, code } };
  if (kind === 'corrupt') return { ok: false, error: { kind, message, location: null, backup: null } };
  if (kind === 'invalid') return { ok: false, error: { kind, message, location: null } };
  return { ok: false, error: { kind, message } };
}

/** Local wall-clock time, "2026-11-21 10:04:05": what the analyst's own clock showed. */
function formatLocalTime(time: Date | string): string {
  const date = typeof time === 'string' ? new Date(time) : time;
  if (Number.isNaN(date.getTime())) return String(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\.$/u, '');
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function sentence(text: string): string {
  return /[.?!]$/u.test(text) ? text : `${text}.`;
}

/**
 * Runs tasks with the same key one after another, in call order. Autosave can send a save
 * while the previous one is still writing; without this an older content could land last.
 */
function createKeyedQueue() {
  const tails = new Map<string, Promise<unknown>>();
  return function serialized<T>(key: string, task: () => Promise<T>): Promise<T> {
    const result = (tails.get(key) ?? Promise.resolve()).then(task);
    const tail = result.catch(() => undefined);
    tails.set(key, tail);
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return result;
  };
}
