import ExcelJS from 'exceljs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ExportJobStatus } from '@shared/export/export-contract';
import type { ExportInput } from '@shared/export/export-input';
import { planWorkbook } from '@shared/export/plan-workbook';
import type { WorkbookPlan } from '@shared/export/sheet-plan';
import type { DatasetSnapshot } from '@shared/ipc/contract';
import { addCustomRow, newWorkspace } from '@shared/workspace/operations';
import type { Workspace } from '@shared/workspace/workspace-schema';
import { ExportFileFailure, writeFileWhole, type ExportFileError, type ExportFs } from '../../electron/excel/export-file';
import { createExportService, type ExportRequest, type ExportService } from '../../electron/excel/export-service';
import { nodeExportFs } from '../../electron/excel/node-export-fs';
import { writeWorkbook } from '../../electron/excel/write-workbook';
import { loadSeedDataset } from './seed-data';

/**
 * Writing the workbook to disk: whole or not at all, refused while Excel holds it open,
 * with a message for each way the disk can say no, and as a background job that reports
 * progress and can be cancelled. Faults are injected into the file system (tests run as
 * root, so permissions cannot be taken away for real).
 */

const NOW = new Date('2026-11-21T10:00:00Z');
const OLD_BYTES = Buffer.from('the analyst’s previous export, which must survive a failed one');
/** Rows the analyst adds for a large export: enough for the writer to take many batches of 500 rows. */
const LARGE_ROWS = 3_000;

let root: string;
let seed: DatasetSnapshot;
let dir: string;
let folderCount = 0;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'crosscheck-export-file-'));
  seed = await loadSeedDataset();
});
afterAll(() => rm(root, { recursive: true, force: true }));

/** A fresh, empty folder per test, so listing it shows exactly what the test left. */
beforeEach(async () => {
  dir = path.join(root, `case-${++folderCount}`);
  await mkdir(dir);
});

function seedPlan(): WorkbookPlan {
  const input: ExportInput = { ...seed, workspace: newWorkspace(NOW), workspaceName: 'Test', scope: 'all', view: { rowIds: [], columns: [] }, exportedAt: NOW.toISOString() };
  return planWorkbook(input);
}

/** The seed workspace with thousands of rows of the analyst's own: each is a row of the Comparison and of the record sheet. */
function largeWorkspace(): Workspace {
  return Array.from({ length: LARGE_ROWS }, (_, index) => index).reduce(
    (workspace, index) =>
      addCustomRow(workspace, {
        id: `custom:bulk-${index}`,
        entity: `bulk-${index}`,
        entityName: `Company ${index}`,
        segment: null,
        metricLabel: `Metric ${index}`,
        unit: 'count',
        currency: null,
        createdAt: NOW.toISOString(),
      }),
    newWorkspace(NOW),
  );
}

/** The content callback of writeFileWhole: the seed workbook. */
const writeSeedWorkbook = (stream: Writable, signal: AbortSignal) => writeWorkbook(seedPlan(), stream, { signal });

/** An error as node's fs gives it, with its code. */
function fsError(code: string, syscall: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated failure, ${syscall}`), { code, syscall });
}

/** nodeExportFs with some of its calls replaced. */
const faultyFs = (faults: Partial<ExportFs>): ExportFs => ({ ...nodeExportFs, ...faults });

/**
 * A write stream to the real temp file that accepts `goodChunks` chunks, then fails the
 * next write with `code`, as a disk that fills up part-way does.
 */
function streamFailingAfter(goodChunks: number, code: string): ExportFs['createWriteStream'] {
  return (file) => {
    const inner = nodeExportFs.createWriteStream(file);
    let left = goodChunks;
    return new Writable({
      write(chunk, _encoding, callback) {
        if (left-- > 0) inner.write(chunk, callback);
        else callback(fsError(code, 'write'));
      },
      final(callback) {
        inner.end(callback);
      },
      destroy(error, callback) {
        if (inner.closed) return callback(error);
        inner.once('close', () => callback(error));
        inner.destroy();
      },
    });
  };
}

/** A write stream whose file cannot be opened, as createWriteStream reports it: an error after the call returns. */
const streamFailingToOpen = (code: string): ExportFs['createWriteStream'] => () =>
  new Writable({
    construct(callback) {
      callback(fsError(code, 'open'));
    },
    write(_chunk, _encoding, callback) {
      callback();
    },
  });

/** The failure writeFileWhole rejects with; fails the test if it resolves or throws anything else. */
async function failureOf(promise: Promise<void>): Promise<ExportFileError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ExportFileFailure);
    return (error as ExportFileFailure).failure;
  }
  throw new Error('expected the export to fail, but it succeeded');
}

const listing = async (folder = dir) => (await readdir(folder)).sort();

async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** Excel's owner file: a length byte, the user name in latin1, padding, then the name again in UTF-16. */
function excelOwnerBytes(user: string): Buffer {
  const latin1 = Buffer.from(user, 'latin1');
  const padded = Buffer.concat([Buffer.from([latin1.length]), latin1, Buffer.alloc(54 - 1 - latin1.length, 0x20)]);
  const utf16 = Buffer.from(user, 'utf16le');
  return Buffer.concat([padded, Buffer.from([user.length, 0]), utf16, Buffer.alloc(162 - 56 - utf16.length, 0x20)]);
}

describe('writeFileWhole', () => {
  describe('when the write succeeds', () => {
    it('writes a workbook that reads back, and leaves only that file in the folder', async () => {
      const target = path.join(dir, 'Report.xlsx');
      await writeFileWhole(target, writeSeedWorkbook, nodeExportFs, { overwrite: false });
      expect(await listing()).toEqual(['Report.xlsx']);
      expect((await readWorkbook(target)).getWorksheet('Comparison')).toBeDefined();
    });

    it('replaces an existing file when overwriting is allowed', async () => {
      const target = path.join(dir, 'Report.xlsx');
      await writeFile(target, OLD_BYTES);
      await writeFileWhole(target, writeSeedWorkbook, nodeExportFs, { overwrite: true });
      expect(await listing()).toEqual(['Report.xlsx']);
      expect((await readWorkbook(target)).getWorksheet('Comparison')).toBeDefined();
    });
  });

  describe('when Excel has the workbook open', () => {
    it('refuses as locked, naming the file and the user in Excel’s owner file', async () => {
      const target = path.join(dir, 'Report.xlsx');
      await writeFile(path.join(dir, '~$Report.xlsx'), excelOwnerBytes('Zoë Analyst'));
      const failure = await failureOf(writeFileWhole(target, writeSeedWorkbook, nodeExportFs, { overwrite: true }));
      expect(failure.kind).toBe('locked');
      expect(failure.message).toContain('Report.xlsx');
      expect(failure.message).toContain('Zoë Analyst');
    });

    it('leaves the existing workbook byte for byte as it was, and writes no temp file', async () => {
      const target = path.join(dir, 'Report.xlsx');
      await writeFile(target, OLD_BYTES);
      await writeFile(path.join(dir, '~$Report.xlsx'), excelOwnerBytes('Zoë Analyst'));
      await failureOf(writeFileWhole(target, writeSeedWorkbook, nodeExportFs, { overwrite: true }));
      expect(await readFile(target)).toEqual(OLD_BYTES);
      expect(await listing()).toEqual(['Report.xlsx', '~$Report.xlsx']);
    });

    it('still refuses, without a name, when the owner file is empty', async () => {
      const target = path.join(dir, 'Report.xlsx');
      await writeFile(path.join(dir, '~$Report.xlsx'), Buffer.alloc(0));
      const failure = await failureOf(writeFileWhole(target, writeSeedWorkbook, nodeExportFs, { overwrite: true }));
      expect(failure.kind).toBe('locked');
      expect(failure.message).not.toContain('(by');
    });
  });

  describe('when replacing the file fails', () => {
    const renameBusy = faultyFs({
      rename: async () => {
        throw fsError('EBUSY', 'rename');
      },
    });

    it('reports a file another program keeps open (EBUSY) as locked', async () => {
      const target = path.join(dir, 'Report.xlsx');
      await writeFile(target, OLD_BYTES);
      const failure = await failureOf(writeFileWhole(target, writeSeedWorkbook, renameBusy, { overwrite: true }));
      expect(failure.kind).toBe('locked');
      expect(failure.message).toContain('Report.xlsx');
    });

    it('leaves the old file unchanged and removes the temp file', async () => {
      const target = path.join(dir, 'Report.xlsx');
      await writeFile(target, OLD_BYTES);
      await failureOf(writeFileWhole(target, writeSeedWorkbook, renameBusy, { overwrite: true }));
      expect(await readFile(target)).toEqual(OLD_BYTES);
      expect(await listing()).toEqual(['Report.xlsx']);
    });
  });

  describe('when the disk fills up while writing (ENOSPC)', () => {
    const diskFull = faultyFs({ createWriteStream: streamFailingAfter(1, 'ENOSPC') });

    it('fails as write-failed, saying the disk is full', async () => {
      const target = path.join(dir, 'Report.xlsx');
      const failure = await failureOf(writeFileWhole(target, writeSeedWorkbook, diskFull, { overwrite: true }));
      expect(failure.kind).toBe('write-failed');
      expect(failure.message).toContain('full');
    });

    it('leaves the old file unchanged and removes the partly written temp file', async () => {
      const target = path.join(dir, 'Report.xlsx');
      await writeFile(target, OLD_BYTES);
      const temps: string[] = [];
      const recording = faultyFs({
        createWriteStream: (file) => {
          temps.push(file);
          return streamFailingAfter(1, 'ENOSPC')(file);
        },
      });
      await failureOf(writeFileWhole(target, writeSeedWorkbook, recording, { overwrite: true }));
      expect(temps).toHaveLength(1);
      expect(path.dirname(temps[0])).toBe(dir);
      expect(await readFile(target)).toEqual(OLD_BYTES);
      expect(await listing()).toEqual(['Report.xlsx']);
    });
  });

  describe('when the folder may not be written in', () => {
    it('says permission is denied (EACCES), and changes nothing', async () => {
      const target = path.join(dir, 'Report.xlsx');
      await writeFile(target, OLD_BYTES);
      const failure = await failureOf(writeFileWhole(target, writeSeedWorkbook, faultyFs({ createWriteStream: streamFailingToOpen('EACCES') }), { overwrite: true }));
      expect(failure.kind).toBe('write-failed');
      expect(failure.message).toMatch(/permission denied/i);
      expect(await readFile(target)).toEqual(OLD_BYTES);
      expect(await listing()).toEqual(['Report.xlsx']);
    });

    it('says the disk is read-only (EROFS)', async () => {
      const target = path.join(dir, 'Report.xlsx');
      const failure = await failureOf(writeFileWhole(target, writeSeedWorkbook, faultyFs({ createWriteStream: streamFailingToOpen('EROFS') }), { overwrite: true }));
      expect(failure.kind).toBe('write-failed');
      expect(failure.message).toMatch(/read-only/i);
      expect(await listing()).toEqual([]);
    });

    it('maps an error thrown by createWriteStream itself the same way', async () => {
      const throwing = faultyFs({
        createWriteStream: () => {
          throw fsError('EROFS', 'open');
        },
      });
      const failure = await failureOf(writeFileWhole(path.join(dir, 'Report.xlsx'), writeSeedWorkbook, throwing, { overwrite: true }));
      expect(failure.kind).toBe('write-failed');
      expect(failure.message).toMatch(/read-only/i);
    });
  });

  describe('when the file exists and may not be overwritten', () => {
    it('refuses as exists and leaves the file as it was', async () => {
      const target = path.join(dir, 'Report.xlsx');
      await writeFile(target, OLD_BYTES);
      const failure = await failureOf(writeFileWhole(target, writeSeedWorkbook, nodeExportFs, { overwrite: false }));
      expect(failure.kind).toBe('exists');
      expect(failure.message).toContain('Report.xlsx');
      expect(await readFile(target)).toEqual(OLD_BYTES);
      expect(await listing()).toEqual(['Report.xlsx']);
    });
  });
});

describe('the export service', () => {
  let exportDir: string;
  let service: ExportService;

  const serviceWith = (dataset: DatasetSnapshot, fs: ExportFs = nodeExportFs): ExportService =>
    createExportService({
      exportDir,
      loadDataset: async () => dataset,
      fs: { ...fs, mkdir: async (folder) => void (await mkdir(folder, { recursive: true })) },
      now: () => NOW,
    });

  const request = (overrides: Partial<ExportRequest> = {}): ExportRequest => ({
    fileName: 'Report',
    overwrite: false,
    scope: 'all',
    view: { rowIds: [], columns: [] },
    workspace: newWorkspace(NOW),
    workspaceName: 'Test',
    ...overrides,
  });

  async function startJob(svc: ExportService, overrides: Partial<ExportRequest> = {}): Promise<string> {
    const outcome = await svc.start(request(overrides));
    if (!outcome.ok) throw new Error(`the export did not start: ${outcome.error.message}`);
    return outcome.jobId;
  }

  /** Each status of a running job, sampled between the writer's batches, until it ends. */
  async function watch(svc: ExportService, jobId: string, onSample?: (status: ExportJobStatus) => void): Promise<ExportJobStatus[]> {
    const samples: ExportJobStatus[] = [];
    for (;;) {
      const status = svc.status(jobId)!;
      samples.push(status);
      onSample?.(status);
      if (status.state !== 'running') return samples;
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  beforeEach(() => {
    exportDir = path.join(dir, 'exports');
    service = serviceWith(seed);
  });

  it('writes the workbook into the export folder and reports it done', async () => {
    const jobId = await startJob(service);
    const status = await service.settled(jobId);
    expect(status).toMatchObject({ state: 'done', error: null, file: path.join(exportDir, 'Report.xlsx') });
    expect(await listing(exportDir)).toEqual(['Report.xlsx']);
  });

  describe('refusing a file name', () => {
    it.each([
      ['a/b', 'a slash'],
      ['', 'nothing'],
      ['   ', 'only spaces'],
    ])('refuses "%s" (%s) as invalid-name, and writes nothing', async (fileName) => {
      const outcome = await service.start(request({ fileName }));
      expect(outcome.ok).toBe(false);
      expect(!outcome.ok && outcome.error.kind).toBe('invalid-name');
      // Refused before anything is made, even the export folder.
      expect(await listing(dir)).toEqual([]);
    });
  });

  it('refuses an existing file as exists unless overwriting', async () => {
    await mkdir(exportDir, { recursive: true });
    await writeFile(path.join(exportDir, 'Report.xlsx'), OLD_BYTES);
    const outcome = await service.start(request({ overwrite: false }));
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.error.kind).toBe('exists');
    expect(await readFile(path.join(exportDir, 'Report.xlsx'))).toEqual(OLD_BYTES);
  });

  describe('a large export', () => {
    let large: Partial<ExportRequest>;
    beforeAll(() => {
      large = { workspace: largeWorkspace() };
    });

    it('is large enough to take many batches of rows', async () => {
      const outcome = await service.start(request(large));
      expect(outcome.ok && outcome.total).toBeGreaterThan(5 * 500);
      await service.settled(outcome.ok ? outcome.jobId : '');
    });

    it('reports progress that rises between batches and ends at the total, done', async () => {
      const jobId = await startJob(service, large);
      const samples = await watch(service, jobId);
      const dones = samples.map((status) => status.done);
      const total = samples[0].total;
      // Non-decreasing, with several values seen while it ran.
      expect(dones).toEqual([...dones].sort((a, b) => a - b));
      const whileRunning = new Set(samples.filter((status) => status.state === 'running' && status.done > 0 && status.done < total).map((status) => status.done));
      expect(whileRunning.size).toBeGreaterThanOrEqual(2);
      expect(samples.at(-1)).toMatchObject({ state: 'done', done: total, total, error: null });
    });

    it('cancelled as soon as it starts, ends cancelled and leaves no file nor temp file', async () => {
      const jobId = await startJob(service, large);
      service.cancel(jobId);
      const status = await service.settled(jobId);
      expect(status?.state).toBe('cancelled');
      expect(status?.error?.kind).toBe('cancelled');
      expect(await listing(exportDir)).toEqual([]);
    });

    it('cancelled part-way, stops writing, ends cancelled and leaves no file nor temp file', async () => {
      const jobId = await startJob(service, large);
      let hasCancelled = false;
      const samples = await watch(service, jobId, (status) => {
        if (!hasCancelled && status.done > 0) {
          hasCancelled = true;
          service.cancel(jobId);
        }
      });
      const last = samples.at(-1)!;
      expect(hasCancelled).toBe(true);
      expect(last.state).toBe('cancelled');
      expect(last.done).toBeLessThan(last.total);
      expect(await listing(exportDir)).toEqual([]);
    });

    // A cancel sent before the temp file exists must still reach the writer (an 'abort'
    // listener added to an already-aborted signal never fires).
    it('cancelled before it has begun writing, stops before the last row', async () => {
      const jobId = await startJob(service, large);
      service.cancel(jobId);
      const status = await service.settled(jobId);
      expect(status?.state).toBe('cancelled');
      expect(status?.done).toBeLessThan(status?.total ?? 0);
      expect(await listing(exportDir)).toEqual([]);
    });
  });
});
