import path from 'node:path';
import type { OpenedWorkspace, WorkspaceFolderState, WorkspaceOutcome, WorkspaceSummary } from '@shared/ipc/contract';
import { errorCodeOf, type AtomicFs } from './atomic-write';
import { createFileOwners } from './file-owners';
import { createFolderStateFile } from './folder-state';
import { createKeyedQueue } from './keyed-queue';
import { createLockFiles } from './lock-file';
import { formatLocalTime, lowerFirst, messageOf } from './messages';
import { failure, notFound, type WorkspaceFailure } from './workspace-failure';
import { createWorkspaceFiles, parseWorkspace, serialize } from './workspace-file';
import { backupFileOf, keyOfName, refuseName, validateWorkspaceName, workspaceFileOf, workspaceNameOfEntry } from './workspace-names';

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

export type OpenResult = WorkspaceOutcome<OpenedWorkspace>;
export type CreateResult = WorkspaceOutcome<{ readonly name: string; readonly revision: 0; readonly savedAt: string }>;
export type SaveResult = WorkspaceOutcome<{ readonly savedAt: string }>;
export type SaveAsResult = WorkspaceOutcome<{ readonly name: string; readonly savedAt: string }>;
export type RecordOpenedResult = WorkspaceOutcome<{ readonly state: WorkspaceFolderState }>;

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

/** Creates the repository for one workspace folder. */
export function createWorkspaceRepository(deps: WorkspaceRepositoryDeps): WorkspaceRepository {
  const { fs } = deps;
  const files = createWorkspaceFiles(deps);
  const owners = createFileOwners(createLockFiles(deps));
  const folderState = createFolderStateFile({ dir: deps.dir, fs, files });
  const serialized = createKeyedQueue();
  const fileOf = (name: string) => workspaceFileOf(deps.dir, name);
  // Names cannot contain \0, so this key never meets a workspace's.
  const STATE_KEY = '\u0000state';

  async function create(name: string, sessionId: string, workspace: unknown): Promise<CreateResult> {
    const refused = refuseName(name);
    if (refused) return refused;
    const parsed = parseWorkspace(workspace);
    if (!parsed.ok) return parsed;
    return serialized(keyOfName(name), async () => {
      const taken = failure('exists', `A workspace named “${name}” already exists; choose another name.`);
      if (await files.exists(fileOf(name))) return taken;
      try {
        await fs.mkdir(deps.dir);
      } catch (error) {
        return failure('write-failed', `Could not create the workspace folder ${deps.dir}: ${messageOf(error)}.`, errorCodeOf(error) ?? 'UNKNOWN');
      }
      const acquired = await owners.acquire(name, sessionId, false);
      if (!acquired.ok) return acquired;
      // Checked again under the lock: another Crosscheck may have created it in between.
      const written = (await files.exists(fileOf(name))) ? taken : await files.write(fileOf(name), serialize(parsed.workspace));
      if (!written.ok) {
        if (!acquired.wasOwner) await owners.release(name, sessionId);
        return written;
      }
      return { ok: true, name, revision: 0, savedAt: written.savedAt };
    });
  }

  async function open(name: string, sessionId: string, options: { readonly takeOver?: boolean } = {}): Promise<OpenResult> {
    const refused = refuseName(name);
    if (refused) return refused;
    return serialized(keyOfName(name), async () => {
      // No lock file for a workspace that is not there.
      if (!(await files.exists(fileOf(name)))) return notFound(name);
      const acquired = await owners.acquire(name, sessionId, options.takeOver ?? false);
      if (!acquired.ok) return acquired;
      const read = await files.read(fileOf(name));
      if (!read.ok) {
        if (!acquired.wasOwner) await owners.release(name, sessionId);
        if (read.kind === 'not-found') return notFound(name);
        if (read.kind === 'read-failed') return failure('read-failed', `Could not read “${path.basename(fileOf(name))}”: ${read.detail}.`);
        return files.corruptFailure(name, read);
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
    return serialized(keyOfName(name), async () => {
      const notOwner = await owners.checkOwner(name, sessionId);
      if (notOwner) return notOwner;
      const parsed = parseWorkspace(workspace);
      return parsed.ok ? files.write(fileOf(name), serialize(parsed.workspace)) : parsed;
    });
  }

  async function saveAs(fromName: string, toName: string, sessionId: string, workspace: unknown): Promise<SaveAsResult> {
    const refused = refuseName(fromName) ?? refuseName(toName);
    if (refused) return refused;
    const created = await create(toName, sessionId, workspace);
    if (!created.ok) return created;
    if (keyOfName(fromName) !== keyOfName(toName)) await close(fromName, sessionId);
    return { ok: true, name: toName, savedAt: created.savedAt };
  }

  async function restoreBackup(name: string, sessionId: string): Promise<OpenResult> {
    const refused = refuseName(name);
    if (refused) return refused;
    return serialized(keyOfName(name), async () => {
      const acquired = await owners.acquire(name, sessionId, false);
      if (!acquired.ok) return acquired;
      const giveUp = async (result: WorkspaceFailure) => {
        if (!acquired.wasOwner) await owners.release(name, sessionId);
        return result;
      };
      const bakPath = backupFileOf(deps.dir, name);
      const backup = await files.read(bakPath);
      if (!backup.ok) {
        if (backup.kind === 'not-found') return giveUp(failure('not-found', `There is no earlier copy of “${name}” to restore.`));
        return giveUp(failure('corrupt', `The earlier copy “${path.basename(bakPath)}” cannot be opened either: ${lowerFirst(backup.detail)}. Nothing was changed.`));
      }
      const keptAs = await files.freeCorruptPath(name);
      try {
        await fs.rename(fileOf(name), keptAs);
      } catch (error) {
        if (errorCodeOf(error) !== 'ENOENT') {
          return giveUp(failure('write-failed', `Could not set the damaged “${path.basename(fileOf(name))}” aside: ${messageOf(error)}. Nothing was changed.`, errorCodeOf(error) ?? 'UNKNOWN'));
        }
      }
      const written = await files.write(fileOf(name), backup.text);
      if (!written.ok) {
        // Put the damaged file back, so the folder is as it was and the offer still stands.
        await fs.rename(keptAs, fileOf(name)).catch(() => undefined);
        return giveUp(written);
      }
      const recovery = `Restored “${name}” from its last good copy, saved ${formatLocalTime(backup.mtime)}. The damaged file is kept as “${path.basename(keptAs)}”.`;
      return { ok: true, name, workspace: backup.workspace, savedAt: backup.mtime.toISOString(), migratedFrom: backup.migratedFrom, recovery };
    });
  }

  async function close(name: string, sessionId: string): Promise<{ readonly ok: true }> {
    if (validateWorkspaceName(name) === null) await serialized(keyOfName(name), () => owners.release(name, sessionId));
    return { ok: true };
  }

  async function list(): Promise<WorkspaceSummary[]> {
    // A missing or unreadable folder lists as empty; creating a workspace then says what is wrong.
    const entries = await fs.readdir(deps.dir).catch((): string[] => []);
    const found: WorkspaceSummary[] = [];
    for (const entry of entries) {
      const name = workspaceNameOfEntry(entry);
      if (name === null) continue;
      const stats = await fs.stat(path.join(deps.dir, entry)).catch(() => null);
      if (stats?.isFile) found.push({ name, savedAt: stats.mtime.toISOString(), size: stats.size });
    }
    return found.sort((a, b) => b.savedAt.localeCompare(a.savedAt) || a.name.localeCompare(b.name));
  }

  async function recordOpened(name: string): Promise<RecordOpenedResult> {
    const refused = refuseName(name);
    if (refused) return refused;
    return serialized(STATE_KEY, () => folderState.recordOpened(name));
  }

  /** Lets go of every file this process holds: a clean shutdown leaves no lock behind. */
  async function closeAll(): Promise<void> {
    for (const [key, sessionId] of owners.owned()) {
      const name = owners.nameOf(key);
      if (name) await close(name, sessionId);
    }
  }

  return { list, create, open, save, saveAs, restoreBackup, close, closeAll, readState: folderState.read, recordOpened };
}
