import path from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { errorCodeOf } from '../workspace/atomic-write';
import { messageOf } from '../workspace/messages';
import { ExportCancelledError } from './write-workbook';

/** The file operations an export needs; tests put faults in them. */
export interface ExportFs {
  createWriteStream(file: string): Writable;
  /** Flushes a written file to disk. */
  sync(file: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
  readFile(file: string): Promise<Uint8Array>;
  exists(file: string): Promise<boolean>;
}

export type ExportFileError = { readonly kind: 'cancelled' | 'locked' | 'exists' | 'write-failed'; readonly message: string };

export class ExportFileFailure extends Error {
  constructor(readonly failure: ExportFileError) {
    super(failure.message);
  }
}

/** Excel marks a workbook it has open with "~$name.xlsx" beside it, holding who opened it. */
export function excelOwnerFile(target: string): string {
  return path.join(path.dirname(target), `~$${path.basename(target)}`);
}

/** The user name Excel writes at the start of its owner file (a length byte, then the name). */
export function ownerNameOf(bytes: Uint8Array): string | null {
  const length = bytes[0] ?? 0;
  const name = Buffer.from(bytes.subarray(1, 1 + length)).toString('latin1').replace(/[^\x20-\x7e\u00a0-\u00ff]/g, '').trim();
  return name || null;
}

function failureMessage(target: string, code: string | null, error: unknown): ExportFileError {
  const name = `“${path.basename(target)}”`;
  const folder = path.dirname(target);
  if (code === 'EBUSY' || code === 'ETXTBSY' || code === 'EPERM') {
    return { kind: 'locked', message: `${name} is open in another program (Excel?), which keeps it from being replaced. Close it there and export again; the file was not changed.` };
  }
  if (code === 'ENOSPC' || code === 'EDQUOT') return { kind: 'write-failed', message: `The disk holding ${folder} is full, so ${name} could not be written. Free some space and export again; any existing ${name} was not changed.` };
  if (code === 'EACCES' || code === 'EROFS') return { kind: 'write-failed', message: `Crosscheck may not write in ${folder} (${code === 'EROFS' ? 'the disk is read-only' : 'permission denied'}). Choose another folder; any existing ${name} was not changed.` };
  if (code === 'ENOENT') return { kind: 'write-failed', message: `The folder ${folder} does not exist, so ${name} could not be written.` };
  return { kind: 'write-failed', message: `${name} could not be written: ${messageOf(error)}. Any existing file of that name was not changed.` };
}

let tempCounter = 0;

/**
 * Writes a file through `write` so that the target is replaced whole or not at all: the
 * content goes to a temp file beside it, is flushed, and only then renamed over the target.
 * A workbook open in Excel is refused before anything is written. Nothing is left behind
 * on failure or cancel.
 *
 * @throws ExportFileFailure with a message for the analyst.
 */
export async function writeFileWhole(
  target: string,
  write: (stream: Writable, signal: AbortSignal) => Promise<void>,
  fs: ExportFs,
  options: { readonly overwrite: boolean; readonly signal?: AbortSignal },
): Promise<void> {
  const owner = excelOwnerFile(target);
  if (await fs.exists(owner)) {
    const who = ownerNameOf(await fs.readFile(owner).catch(() => new Uint8Array()));
    throw new ExportFileFailure({
      kind: 'locked',
      message: `“${path.basename(target)}” is open in Excel${who ? ` (by ${who})` : ''}. Close it there and export again, or export under another name; the file was not changed.`,
    });
  }
  if (!options.overwrite && (await fs.exists(target))) {
    throw new ExportFileFailure({ kind: 'exists', message: `“${path.basename(target)}” already exists.` });
  }
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${++tempCounter}.tmp`);
  let isTempCreated = false;
  try {
    const stream = fs.createWriteStream(temp);
    isTempCreated = true;
    // A failing stream (a full disk) stops the writer too, instead of letting it fill a dead pipe.
    const stop = new AbortController();
    const onCancel = () => stop.abort();
    options.signal?.addEventListener('abort', onCancel);
    // A cancel that came before this point fires no event: pass it on now.
    if (options.signal?.aborted) stop.abort();
    const closed = finished(stream);
    closed.catch(() => stop.abort());
    try {
      await Promise.all([write(stream, stop.signal), closed]);
    } finally {
      options.signal?.removeEventListener('abort', onCancel);
    }
    if (options.signal?.aborted) throw new ExportCancelledError();
    await fs.sync(temp);
    await fs.rename(temp, target);
    isTempCreated = false;
  } catch (error) {
    if (isTempCreated) await fs.unlink(temp).catch(() => undefined);
    if (error instanceof ExportCancelledError && options.signal?.aborted) throw new ExportFileFailure({ kind: 'cancelled', message: 'The export was cancelled; no file was written.' });
    if (error instanceof ExportFileFailure) throw error;
    throw new ExportFileFailure(failureMessage(target, errorCodeOf(error), error));
  }
}
