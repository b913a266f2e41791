import { errorCodeOf } from './atomic-write';
import type { LockFiles } from './lock-file';
import { messageOf } from './messages';
import { failure, locked, type WorkspaceFailure } from './workspace-failure';
import { keyOfName } from './workspace-names';

const LOCK_ATTEMPTS = 3;

/** A stale lock that was taken over; pid null when the lock could not be read. */
export type StaleLock = { readonly pid: number | null };
export type Acquired = { ok: true; wasOwner: boolean; stale: StaleLock | null } | WorkspaceFailure;

/**
 * Which session owns each file: in memory across this process's windows, and through the
 * lock files across processes. Callers run the calls for one file one at a time.
 */
export interface FileOwners {
  /** Makes `sessionId` the owner; `takeOver` claims a file another session of this process holds. */
  acquire(name: string, sessionId: string, takeOver: boolean): Promise<Acquired>;
  /** Lets go of the file if `sessionId` owns it, deleting the lock if it is still ours. */
  release(name: string, sessionId: string): Promise<void>;
  /** Refuses unless this session owns the file here and no other process has taken its lock meanwhile. */
  checkOwner(name: string, sessionId: string): Promise<WorkspaceFailure | null>;
  /** The files owned now, by key, with their owning session. */
  owned(): [key: string, sessionId: string][];
  /** The name a file was last opened under, to find its lock file again at shutdown. */
  nameOf(key: string): string | undefined;
}

export function createFileOwners(locks: LockFiles): FileOwners {
  const owners = new Map<string, string>();
  const ownedNames = new Map<string, string>();

  async function acquire(name: string, sessionId: string, takeOver: boolean): Promise<Acquired> {
    const key = keyOfName(name);
    const owner = owners.get(key);
    if (owner === sessionId) return { ok: true, wasOwner: true, stale: null };
    if (owner !== undefined) {
      if (!takeOver) return locked('window', `“${name}” is open in another Crosscheck window. Switch to that window, or open it here to move it to this window.`);
      owners.set(key, sessionId);
      ownedNames.set(key, name);
      // Only to keep the lock's sessionId accurate: the pid, which other processes check, is unchanged.
      await locks.replace(name, sessionId);
      return { ok: true, wasOwner: false, stale: null };
    }
    let stale: StaleLock | null = null;
    for (let attempt = 0; attempt < LOCK_ATTEMPTS; attempt++) {
      try {
        if (await locks.create(name, sessionId)) {
          owners.set(key, sessionId);
          ownedNames.set(key, name);
          return { ok: true, wasOwner: false, stale };
        }
      } catch (error) {
        return failure('write-failed', `Could not open “${name}” for editing: its lock file could not be created (${messageOf(error)}). Nothing was changed.`, errorCodeOf(error) ?? 'UNKNOWN');
      }
      const lock = await locks.read(name);
      if (lock === 'missing') continue; // Released between our two calls: try again.
      if (lock !== 'unreadable' && locks.isLive(lock)) return locked('process', locks.lockedMessage(name, lock));
      stale = { pid: lock === 'unreadable' ? null : lock.pid };
      // Two processes may both remove a stale lock here; save() re-reads the lock, so the loser finds out before it writes.
      await locks.remove(name);
    }
    return locked('process', `“${name}” is being opened by another Crosscheck at this moment. Try again.`);
  }

  async function release(name: string, sessionId: string): Promise<void> {
    const key = keyOfName(name);
    if (owners.get(key) !== sessionId) return;
    owners.delete(key);
    const lock = await locks.read(name);
    if (typeof lock === 'object' && locks.isOurs(lock)) await locks.remove(name);
  }

  async function checkOwner(name: string, sessionId: string): Promise<WorkspaceFailure | null> {
    const owner = owners.get(keyOfName(name));
    if (owner === undefined) {
      return failure('not-owner', `Not saved: “${name}” is not open in this window. Your changes are kept here; open it again or use Save As to keep them under a new name.`);
    }
    if (owner !== sessionId) {
      return failure('not-owner', `Not saved: “${name}” was opened in another window, which now owns it. Your changes are kept here; use Save As to keep them under a new name.`);
    }
    let lock = await locks.read(name);
    // Deleted by hand or by a tidy-up tool: we still own the file, so claim it again.
    if (lock === 'missing' && (await locks.create(name, sessionId).catch(() => false))) return null;
    if (lock === 'missing') lock = await locks.read(name);
    if (typeof lock !== 'object') {
      // Cannot tell who holds it (a network hiccup, or another Crosscheck halfway through claiming it): skip this save, keep the file.
      return failure('write-failed', `Not saved: could not check that “${name}” is still yours (its lock file cannot be read). Your changes are kept here and will be saved on the next try.`, 'ELOCKUNREADABLE');
    }
    if (locks.isOurs(lock)) return null;
    owners.delete(keyOfName(name));
    return failure('not-owner', `Not saved: “${name}” was opened in another Crosscheck (process ${lock.pid} on host ${lock.hostname}), which now owns it. Your changes are kept here; use Save As to keep them under a new name.`);
  }

  return { acquire, release, checkOwner, owned: () => [...owners], nameOf: (key) => ownedNames.get(key) };
}
