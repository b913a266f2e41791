import path from 'node:path';

/** An open file, reduced to what a crash-safe write needs. */
export interface AtomicFileHandle {
  /** Writes the whole text (UTF-8) from the start of the file. */
  writeFile(text: string): Promise<void>;
  /** Flushes the file's data to the disk (fsync). */
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** What `stat` must tell: enough to list files and date them. */
export interface AtomicStat {
  readonly mtime: Date;
  readonly size: number;
  readonly isFile: boolean;
}

/**
 * The promise-based file system calls the workspace layer makes, passed in so tests can
 * make any one of them fail. Errors must carry node's `code` (ENOENT, ENOSPC, ...), since
 * the messages and the fallbacks are chosen by it.
 */
export interface AtomicFs {
  /** 'wx' creates a new file and fails with EEXIST if it exists; 'r' opens for reading (also a folder, to fsync it). */
  open(filePath: string, flags: 'wx' | 'r'): Promise<AtomicFileHandle>;
  link(existingPath: string, newPath: string): Promise<void>;
  /** Replaces `to` if it exists, atomically on the same volume. */
  rename(from: string, to: string): Promise<void>;
  unlink(filePath: string): Promise<void>;
  copyFile(from: string, to: string): Promise<void>;
  readFile(filePath: string): Promise<string>;
  readdir(dir: string): Promise<string[]>;
  /** Creates the folder and its parents; no error if it exists. */
  mkdir(dir: string): Promise<void>;
  stat(filePath: string): Promise<AtomicStat>;
}

/**
 * A save that did not happen. The target file is as it was before the attempt (except when
 * only the final folder flush failed, after the new content was already in place), and the
 * message tells the analyst what to do; the renderer still holds the changes.
 */
export class WorkspaceWriteError extends Error {
  override readonly name = 'WorkspaceWriteError';

  /** The file system's error code (ENOSPC, EACCES, ...), or 'UNKNOWN'. */
  readonly code: string;

  constructor(message: string, code: string, options?: ErrorOptions) {
    super(message, options);
    this.code = code;
  }
}

/** The node error code of a thrown value, if it has one. */
export function errorCodeOf(error: unknown): string | null {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : null;
}

type WriteStep = 'create-temp' | 'write-temp' | 'keep-backup' | 'replace' | 'sync-folder';

// Filesystems without hard links (FAT, some network shares) or a .bak on another volume.
const LINK_UNSUPPORTED = new Set(['EXDEV', 'EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);
// Windows and some network filesystems refuse to open or fsync a folder; the rename is still done.
const FOLDER_SYNC_UNSUPPORTED = new Set(['EISDIR', 'EINVAL', 'EPERM', 'EACCES']);
const DISK_FULL = new Set(['ENOSPC', 'EDQUOT']);
const NO_PERMISSION = new Set(['EACCES', 'EPERM', 'EROFS']);
const LOCKED = new Set(['EBUSY', 'ETXTBSY']);
// Windows reports a file held open by another program (Excel) as EPERM when replacing it.
const STEPS_THAT_REPLACE: ReadonlySet<WriteStep> = new Set(['keep-backup', 'replace']);
const TEMP_NAME_ATTEMPTS = 20;

// Per process, so two writes in flight never share a temp file; the pid keeps processes apart.
let tempCounter = 0;

/**
 * Replaces `target` with `text` so that, whatever moment the process or machine dies, the
 * target holds either the old or the new content in full: write a temp file beside it,
 * fsync it, keep the current file as `${target}.bak`, rename the temp over the target,
 * fsync the folder so the rename itself is durable.
 *
 * Callers must not run two writes to the same target at once (the repository queues them).
 *
 * @throws WorkspaceWriteError with a message naming the file and what to do about it.
 */
export async function atomicWriteFile(target: string, text: string, fs: AtomicFs): Promise<void> {
  let step: WriteStep = 'create-temp';
  let temp: string | null = null;
  try {
    const created = await createTempFile(target, fs);
    temp = created.tempPath;
    step = 'write-temp';
    await writeAndClose(created.handle, text);
    step = 'keep-backup';
    await keepPreviousCopy(target, fs);
    step = 'replace';
    await fs.rename(temp, target);
    temp = null;
    step = 'sync-folder';
    await syncFolder(path.dirname(target), fs);
  } catch (error) {
    if (temp !== null) await fs.unlink(temp).catch(() => undefined);
    throw toWriteError(target, step, error);
  }
}

async function createTempFile(target: string, fs: AtomicFs): Promise<{ tempPath: string; handle: AtomicFileHandle }> {
  // A temp file left by a crashed run that had the same pid may hold a name; try the next one.
  for (let attempt = 1; ; attempt++) {
    const tempPath = `${target}.tmp-${process.pid}-${tempCounter++}`;
    try {
      return { tempPath, handle: await fs.open(tempPath, 'wx') };
    } catch (error) {
      if (errorCodeOf(error) !== 'EEXIST' || attempt >= TEMP_NAME_ATTEMPTS) throw error;
    }
  }
}

async function writeAndClose(handle: AtomicFileHandle, text: string): Promise<void> {
  try {
    await handle.writeFile(text);
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    throw error;
  }
  // Some network filesystems only report a failed write when the file is closed.
  await handle.close();
}

/**
 * Makes `${target}.bak` the current target. Linking is instant and never half-done; the
 * `.bak.new` + rename step means a crash leaves either the old or the new backup, whole.
 */
async function keepPreviousCopy(target: string, fs: AtomicFs): Promise<void> {
  const next = `${target}.bak.new`;
  // A crash between link and rename leaves this behind, and link will not overwrite it.
  await fs.unlink(next).catch(() => undefined);
  try {
    await fs.link(target, next);
  } catch (error) {
    const code = errorCodeOf(error);
    if (code === 'ENOENT') return; // First save: nothing to keep yet.
    if (code === null || !LINK_UNSUPPORTED.has(code)) throw error;
    try {
      await fs.copyFile(target, next);
    } catch (copyError) {
      if (errorCodeOf(copyError) === 'ENOENT') return;
      await fs.unlink(next).catch(() => undefined);
      throw copyError;
    }
  }
  try {
    await fs.rename(next, `${target}.bak`);
  } catch (error) {
    await fs.unlink(next).catch(() => undefined);
    throw error;
  }
}

async function syncFolder(dir: string, fs: AtomicFs): Promise<void> {
  let handle: AtomicFileHandle;
  try {
    handle = await fs.open(dir, 'r');
  } catch (error) {
    if (FOLDER_SYNC_UNSUPPORTED.has(errorCodeOf(error) ?? '')) return;
    throw error;
  }
  try {
    await handle.sync();
  } catch (error) {
    if (!FOLDER_SYNC_UNSUPPORTED.has(errorCodeOf(error) ?? '')) throw error;
  } finally {
    await handle.close().catch(() => undefined);
  }
}

function toWriteError(target: string, step: WriteStep, error: unknown): WorkspaceWriteError {
  const code = errorCodeOf(error) ?? 'UNKNOWN';
  const file = `“${path.basename(target)}”`;
  let message: string;
  if (DISK_FULL.has(code)) {
    message = `Could not save ${file}: the disk is full. Your changes are kept in the app; free some space and they will be saved.`;
  } else if (LOCKED.has(code) || (code === 'EPERM' && STEPS_THAT_REPLACE.has(step))) {
    message = `Could not save ${file}: the file is locked by another program (for example Excel). Your changes are kept in the app; close the file there and they will be saved.`;
  } else if (NO_PERMISSION.has(code)) {
    message = `Could not save ${file}: the folder is read-only or you lack permission to write in it. Your changes are kept in the app; make the folder writable and they will be saved.`;
  } else {
    const original = error instanceof Error ? error.message : String(error);
    message = `Could not save ${file}: ${original.replace(/\.$/, '')}. Your changes are kept in the app.`;
  }
  return new WorkspaceWriteError(message, code, { cause: error });
}
