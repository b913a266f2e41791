import path from 'node:path';
import { z } from 'zod';
import { errorCodeOf } from './atomic-write';
import { formatLocalTime } from './messages';
import { lockFileOf } from './workspace-names';
import type { WorkspaceRepositoryDeps } from './workspace-repository';

const LockSchema = z.object({ pid: z.number().int().positive(), hostname: z.string(), sessionId: z.string(), since: z.string() });
/** What `<name>.crosscheck.json.lock` says: which process, on which machine, holds the file since when. */
export type LockInfo = z.infer<typeof LockSchema>;

/** The lock files need everything the repository is given: the folder, the file system, the clock and this process. */
export type LockFileDeps = WorkspaceRepositoryDeps;

/** The lock files of one workspace folder: how a file has one owner across processes. */
export interface LockFiles {
  /** The lock of `name`; 'unreadable' also covers a file that is not a lock we wrote. */
  read(name: string): Promise<LockInfo | 'missing' | 'unreadable'>;
  /** Creates the lock file exclusively with its content; false if one is already there. Throws if it cannot be written. */
  create(name: string, sessionId: string): Promise<boolean>;
  /** Rewrites this process's lock for another of its sessions; best effort, never throws. */
  replace(name: string, sessionId: string): Promise<void>;
  /** Deletes the lock file; never throws. */
  remove(name: string): Promise<void>;
  /** Whether a lock found on disk still holds; a live holder on another machine cannot be checked, so it holds. */
  isLive(lock: LockInfo): boolean;
  /** Whether this process wrote the lock. */
  isOurs(lock: LockInfo): boolean;
  /** Why `name` cannot be opened while `lock` holds it, and what to do. */
  lockedMessage(name: string, lock: LockInfo): string;
}

export function createLockFiles(deps: LockFileDeps): LockFiles {
  const { fs } = deps;
  const lockOf = (name: string) => lockFileOf(deps.dir, name);

  async function read(name: string): Promise<LockInfo | 'missing' | 'unreadable'> {
    try {
      const parsed = LockSchema.safeParse(JSON.parse(await fs.readFile(lockOf(name))));
      return parsed.success ? parsed.data : 'unreadable';
    } catch (error) {
      return errorCodeOf(error) === 'ENOENT' ? 'missing' : 'unreadable';
    }
  }

  async function create(name: string, sessionId: string): Promise<boolean> {
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

  async function replace(name: string, sessionId: string): Promise<void> {
    // Not created again if the old one could not be deleted.
    await fs.unlink(lockOf(name)).then(() => create(name, sessionId)).catch(() => undefined);
  }

  async function remove(name: string): Promise<void> {
    await fs.unlink(lockOf(name)).catch(() => undefined);
  }

  function isLive(lock: LockInfo): boolean {
    if (lock.hostname !== deps.hostname) return true;
    // Our own sessions are known in memory; a lock with our pid is from an earlier run that got the same pid.
    if (lock.pid === deps.pid) return false;
    return deps.isProcessAlive(lock.pid);
  }

  function isOurs(lock: LockInfo): boolean {
    return lock.pid === deps.pid && lock.hostname === deps.hostname;
  }

  function lockedMessage(name: string, lock: LockInfo): string {
    const holder = `process ${lock.pid} on host ${lock.hostname} since ${formatLocalTime(lock.since)}`;
    const hint = lock.hostname === deps.hostname ? 'Close it there first.' : `Close it there first; if that computer no longer runs Crosscheck, delete “${path.basename(lockOf(name))}”.`;
    return `“${name}” is open in another Crosscheck (${holder}). ${hint}`;
  }

  return { read, create, replace, remove, isLive, isOurs, lockedMessage };
}
