import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { atomicWriteFile, WorkspaceWriteError, type AtomicFs } from '../../electron/workspace/atomic-write';
import { nodeAtomicFs } from '../../electron/workspace/node-atomic-fs';

type Operation = 'open' | 'writeFile' | 'sync' | 'close' | 'link' | 'rename' | 'unlink' | 'copyFile';

interface Fault {
  readonly op: Operation;
  readonly code: string;
  /** Which call fails, by the paths it is given (rename: from, to); every call if absent. */
  readonly when?: (...paths: string[]) => boolean;
  /** How many matching calls fail before the operation works again; always if absent. */
  readonly times?: number;
}

/** A failure shaped like node's: a message and a `code`. */
function simulatedError(code: string, op: Operation, filePath: string): Error {
  return Object.assign(new Error(`${code}: simulated failure, ${op} '${filePath}'`), { code });
}

/** The real file system, except for the calls `faults` pick, which fail with their code. */
function withFaults(base: AtomicFs, ...faults: Fault[]): AtomicFs {
  const remaining = new Map(faults.map((fault) => [fault, fault.times ?? Infinity]));
  const failing = (op: Operation, ...paths: string[]): Error | null => {
    const fault = faults.find((f) => f.op === op && (remaining.get(f) ?? 0) > 0 && (f.when?.(...paths) ?? true));
    if (!fault) return null;
    remaining.set(fault, (remaining.get(fault) ?? 0) - 1);
    return simulatedError(fault.code, op, paths[0]);
  };
  const guard = async <T>(op: Operation, paths: string[], run: () => Promise<T>): Promise<T> => {
    const error = failing(op, ...paths);
    if (error) throw error;
    return run();
  };
  return {
    ...base,
    open: (filePath, flags) =>
      guard('open', [filePath], async () => {
        const handle = await base.open(filePath, flags);
        return {
          writeFile: async (text) => {
            const error = failing('writeFile', filePath);
            if (!error) return handle.writeFile(text);
            // A full disk takes part of the data before refusing the rest.
            await handle.writeFile(text.slice(0, Math.floor(text.length / 2)));
            throw error;
          },
          sync: () => guard('sync', [filePath], () => handle.sync()),
          close: () => guard('close', [filePath], () => handle.close()),
        };
      }),
    link: (from, to) => guard('link', [from, to], () => base.link(from, to)),
    rename: (from, to) => guard('rename', [from, to], () => base.rename(from, to)),
    unlink: (filePath) => guard('unlink', [filePath], () => base.unlink(filePath)),
    copyFile: (from, to) => guard('copyFile', [from, to], () => base.copyFile(from, to)),
  };
}

const isTemp = (filePath: string) => /\.tmp-\d+-\d+$/.test(filePath);

const OLD = '{"version":"old","text":"the last good save"}\n';
const NEW = '{"version":"new","text":"the edit being saved, a little longer than the old one"}\n';

let dir: string;
let target: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'crosscheck-atomic-'));
  target = path.join(dir, 'Plan.crosscheck.json');
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const filesInDir = async () => (await readdir(dir)).sort();

/** The write must fail with a WorkspaceWriteError; returns it. */
async function failedWrite(fs: AtomicFs, text = NEW): Promise<WorkspaceWriteError> {
  const error = await atomicWriteFile(target, text, fs).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(WorkspaceWriteError);
  if (!(error instanceof WorkspaceWriteError)) throw new Error('unreachable');
  return error;
}

/** The target holds the old content byte for byte, and no temp file is left beside it. */
async function expectOldIntact(): Promise<void> {
  expect(await readFile(target, 'utf8')).toBe(OLD);
  expect((await filesInDir()).filter(isTemp)).toEqual([]);
}

describe('atomicWriteFile, when all goes well', () => {
  it('creates a new file with no backup and no temp file beside it', async () => {
    await atomicWriteFile(target, OLD, nodeAtomicFs);
    expect(await readFile(target, 'utf8')).toBe(OLD);
    expect(await filesInDir()).toEqual(['Plan.crosscheck.json']);
  });

  it('replaces the file and keeps the previous content as .bak', async () => {
    await atomicWriteFile(target, OLD, nodeAtomicFs);
    await atomicWriteFile(target, NEW, nodeAtomicFs);
    expect(await readFile(target, 'utf8')).toBe(NEW);
    expect(await readFile(`${target}.bak`, 'utf8')).toBe(OLD);
    expect(await filesInDir()).toEqual(['Plan.crosscheck.json', 'Plan.crosscheck.json.bak']);

    await atomicWriteFile(target, 'third\n', nodeAtomicFs);
    expect(await readFile(`${target}.bak`, 'utf8')).toBe(NEW);
  });

  it('is not blocked by a .bak.new left behind by a crash', async () => {
    await writeFile(target, OLD);
    await writeFile(`${target}.bak.new`, 'half of an old backup');
    await atomicWriteFile(target, NEW, nodeAtomicFs);
    expect(await readFile(target, 'utf8')).toBe(NEW);
    expect(await readFile(`${target}.bak`, 'utf8')).toBe(OLD);
    expect(await filesInDir()).toEqual(['Plan.crosscheck.json', 'Plan.crosscheck.json.bak']);
  });

  it.each(['EXDEV', 'EPERM', 'ENOTSUP'])('copies the backup when hard links fail with %s', async (code) => {
    await writeFile(target, OLD);
    await atomicWriteFile(target, NEW, withFaults(nodeAtomicFs, { op: 'link', code }));
    expect(await readFile(target, 'utf8')).toBe(NEW);
    expect(await readFile(`${target}.bak`, 'utf8')).toBe(OLD);
  });

  it('tries the next temp name when one is taken by an earlier run', async () => {
    await writeFile(target, OLD);
    await atomicWriteFile(target, NEW, withFaults(nodeAtomicFs, { op: 'open', code: 'EEXIST', when: isTemp, times: 1 }));
    expect(await readFile(target, 'utf8')).toBe(NEW);
  });

  it.each([
    ['EISDIR', 'open'],
    ['EINVAL', 'sync'],
    ['EPERM', 'sync'],
  ] as const)('saves where the platform refuses to fsync a folder (%s on %s)', async (code, op) => {
    await writeFile(target, OLD);
    await atomicWriteFile(target, NEW, withFaults(nodeAtomicFs, { op, code, when: (p) => p === dir }));
    expect(await readFile(target, 'utf8')).toBe(NEW);
  });
});

describe('atomicWriteFile, when the disk fails', () => {
  beforeEach(async () => {
    await writeFile(target, OLD);
  });

  it('keeps the old file when the rename over it fails (a crash between write and rename)', async () => {
    const error = await failedWrite(withFaults(nodeAtomicFs, { op: 'rename', code: 'EIO', when: isTemp }));
    await expectOldIntact();
    expect(error.code).toBe('EIO');
    expect(error.message).toMatch(/^Could not save “Plan\.crosscheck\.json”: EIO: simulated failure, rename '.+\.tmp-\d+-\d+'\. Your changes are kept in the app\.$/);
  });

  it('says the disk is full when writing the temp file fails with ENOSPC, and removes the partial temp file', async () => {
    const error = await failedWrite(withFaults(nodeAtomicFs, { op: 'writeFile', code: 'ENOSPC', when: isTemp }));
    await expectOldIntact();
    expect(await filesInDir()).toEqual(['Plan.crosscheck.json']);
    expect(error.code).toBe('ENOSPC');
    expect(error.message).toBe(
      'Could not save “Plan.crosscheck.json”: the disk is full. Your changes are kept in the app; free some space and they will be saved.',
    );
  });

  it.each(['EACCES', 'EROFS'])('says the folder is read-only when the temp file cannot be created (%s)', async (code) => {
    const error = await failedWrite(withFaults(nodeAtomicFs, { op: 'open', code, when: isTemp }));
    await expectOldIntact();
    expect(error.code).toBe(code);
    expect(error.message).toContain('“Plan.crosscheck.json”');
    expect(error.message).toContain('the folder is read-only or you lack permission');
    expect(error.message).toContain('Your changes are kept in the app');
  });

  it('keeps the old file when fsync of the temp file fails', async () => {
    const error = await failedWrite(withFaults(nodeAtomicFs, { op: 'sync', code: 'EIO', when: isTemp }));
    await expectOldIntact();
    expect(error.code).toBe('EIO');
    expect(error.message).toMatch(/^Could not save “Plan\.crosscheck\.json”: EIO: simulated failure, sync '.+'\. Your changes are kept in the app\.$/);
  });

  it('keeps the old file when closing the temp file reports a late write error', async () => {
    const error = await failedWrite(withFaults(nodeAtomicFs, { op: 'close', code: 'EIO', when: isTemp }));
    await expectOldIntact();
    expect(error.code).toBe('EIO');
  });

  it.each(['EBUSY', 'ETXTBSY', 'EPERM'])('says the file is locked by another program when replacing it fails with %s', async (code) => {
    const error = await failedWrite(withFaults(nodeAtomicFs, { op: 'rename', code, when: isTemp }));
    await expectOldIntact();
    expect(error.message).toBe(
      'Could not save “Plan.crosscheck.json”: the file is locked by another program (for example Excel). Your changes are kept in the app; close the file there and they will be saved.',
    );
  });

  it('refuses to save when the previous copy cannot be kept, and leaves no .bak.new', async () => {
    const error = await failedWrite(withFaults(nodeAtomicFs, { op: 'link', code: 'EIO' }));
    await expectOldIntact();
    expect(await filesInDir()).toEqual(['Plan.crosscheck.json']);
    expect(error.code).toBe('EIO');
  });

  it('keeps the old .bak when the backup rename fails', async () => {
    await writeFile(`${target}.bak`, 'older backup');
    await failedWrite(withFaults(nodeAtomicFs, { op: 'rename', code: 'EIO', when: (from) => from.endsWith('.bak.new') }));
    await expectOldIntact();
    expect(await readFile(`${target}.bak`, 'utf8')).toBe('older backup');
    expect(await filesInDir()).toEqual(['Plan.crosscheck.json', 'Plan.crosscheck.json.bak']);
  });

  it('still leaves the old file intact when removing the temp file fails too', async () => {
    const fs = withFaults(nodeAtomicFs, { op: 'rename', code: 'EIO', when: isTemp }, { op: 'unlink', code: 'EBUSY', when: isTemp });
    const error = await failedWrite(fs);
    expect(await readFile(target, 'utf8')).toBe(OLD);
    // The rename's error is the one reported, not the clean-up's.
    expect(error.code).toBe('EIO');
  });

  it('reports a failed folder flush even though the new content is in place', async () => {
    const error = await failedWrite(withFaults(nodeAtomicFs, { op: 'sync', code: 'EIO', when: (p) => p === dir }));
    // The rename was done: the file is whole, only its durability is in doubt, so the app keeps the changes and saves again.
    expect(await readFile(target, 'utf8')).toBe(NEW);
    expect(error.message).toContain('Your changes are kept in the app');
  });
});

describe('WorkspaceWriteError', () => {
  it('carries the code, its own name and the original error', async () => {
    await writeFile(target, OLD);
    const error = await failedWrite(withFaults(nodeAtomicFs, { op: 'writeFile', code: 'ENOSPC', when: isTemp }));
    expect(error.name).toBe('WorkspaceWriteError');
    expect(error).toBeInstanceOf(Error);
    expect(error.cause).toMatchObject({ code: 'ENOSPC' });
  });
});
