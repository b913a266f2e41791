import { Buffer } from 'node:buffer';
import * as yauzl from 'yauzl';
import { MAX_WORKBOOK_BYTES } from '@shared/export/export-contract';

/**
 * An .xlsx file is a zip archive of XML parts. exceljs unzips every part into memory, so a
 * hostile or broken upload (a zip bomb, a huge sheet, thousands of parts, an encrypted or
 * old binary .xls file) could exhaust memory or fail with an unhelpful error. This guard
 * looks at the bytes first: it reads the zip's central directory with yauzl and inflates
 * each part as a stream, counting bytes and throwing them away, so the cost is bounded by
 * the limits below. It never throws; every refusal is a message meant for the analyst.
 */

export interface XlsxLimits {
  maxFileBytes: number;
  maxEntries: number;
  maxTotalUncompressedBytes: number;
  maxEntryUncompressedBytes: number;
  /** Uncompressed/compressed; only applied to entries above RATIO_MIN_BYTES uncompressed. */
  maxCompressionRatio: number;
}

const MB = 1024 * 1024;

export const DEFAULT_XLSX_LIMITS: XlsxLimits = {
  maxFileBytes: MAX_WORKBOOK_BYTES,
  maxEntries: 5_000,
  maxTotalUncompressedBytes: 300 * MB,
  maxEntryUncompressedBytes: 100 * MB,
  maxCompressionRatio: 200,
};

/** Small XML parts legitimately compress very well, so the ratio only matters for big ones. */
const RATIO_MIN_BYTES = 1 * MB;

export type XlsxCheck = { ok: true } | { ok: false; message: string };

const OLE2_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04]; // "PK\x03\x04"
const REQUIRED_PARTS = ['[Content_Types].xml', 'xl/workbook.xml'];

const refuse = (message: string): XlsxCheck => ({ ok: false, message });
const mb = (bytes: number): string => `${(bytes / MB).toFixed(1)} MB`;
const reason = (err: unknown): string => (err instanceof Error ? err.message : String(err));
const startsWith = (bytes: Uint8Array, signature: number[]): boolean =>
  bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);

export async function checkXlsxBytes(bytes: Uint8Array, limits: XlsxLimits = DEFAULT_XLSX_LIMITS): Promise<XlsxCheck> {
  try {
    return await inspect(bytes, limits);
  } catch (err) {
    // Anything unexpected (a yauzl or zlib error we did not map) still becomes a refusal.
    return refuse(`The file could not be read as an Excel workbook (${reason(err)}).`);
  }
}

async function inspect(bytes: Uint8Array, limits: XlsxLimits): Promise<XlsxCheck> {
  // Cheap checks on the raw bytes first, so the common mistakes get a specific message.
  if (bytes.length === 0) return refuse('The file is empty (0 bytes).');
  if (bytes.length > limits.maxFileBytes) {
    return refuse(`The file is ${mb(bytes.length)}, larger than the ${mb(limits.maxFileBytes)} limit for workbooks.`);
  }
  if (startsWith(bytes, OLE2_SIGNATURE)) {
    // Both legacy .xls files and password-protected .xlsx files are OLE2 compound documents.
    return refuse(
      'This is an old .xls workbook or a password-protected workbook, which cannot be read. ' +
        'Open it in Excel and save it as .xlsx without a password.',
    );
  }
  if (!startsWith(bytes, ZIP_LOCAL_HEADER)) {
    return refuse('The file is not an Excel .xlsx workbook: it is not a zip archive.');
  }

  // A view over the same memory, not a copy.
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let zip: yauzl.ZipFile;
  try {
    // lazyEntries (forced by the Promise API) reads one central-directory record at a time;
    // validateEntrySizes makes yauzl fail a part whose data does not match its declared size.
    zip = await yauzl.fromBufferPromise(buffer, { lazyEntries: true, validateEntrySizes: true });
  } catch (err) {
    return refuse(`The file is a damaged zip archive and cannot be read as a workbook (${reason(err)}).`);
  }

  if (zip.entryCount > limits.maxEntries) {
    return refuse(`The file has too many parts: ${zip.entryCount} zip entries, the limit is ${limits.maxEntries}.`);
  }

  // Pass 1: the declared metadata. Refuses bombs before a single byte is inflated.
  const entries: yauzl.Entry[] = [];
  let declaredTotal = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      const name = entry.fileName;
      if (entry.isEncrypted()) {
        return refuse(
          `The workbook is password-protected (part "${name}" is encrypted). Save it as .xlsx without a password.`,
        );
      }
      if (!entry.canDecodeFileData()) {
        return refuse(`Part "${name}" uses a compression method Excel does not use (${entry.compressionMethod}).`);
      }
      if (entry.uncompressedSize > limits.maxEntryUncompressedBytes) {
        return refuse(
          `Part "${name}" would unpack to ${mb(entry.uncompressedSize)}, ` +
            `more than the ${mb(limits.maxEntryUncompressedBytes)} limit for one part of a workbook.`,
        );
      }
      declaredTotal += entry.uncompressedSize;
      if (declaredTotal > limits.maxTotalUncompressedBytes) {
        return refuse(
          `The workbook would unpack to more than ${mb(limits.maxTotalUncompressedBytes)} ` +
            `(limit reached at part "${name}").`,
        );
      }
      const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
      if (entry.uncompressedSize > RATIO_MIN_BYTES && ratio > limits.maxCompressionRatio) {
        return refuse(
          `Part "${name}" is compressed ${Math.round(ratio)}:1, far more than a real workbook ` +
            `(limit ${limits.maxCompressionRatio}:1); the file looks like a zip bomb.`,
        );
      }
      entries.push(entry);
    }
  } catch (err) {
    // Bad central directory, unsafe file names, strong encryption, stored sizes that disagree.
    return refuse(`The file is a damaged zip archive and cannot be read as a workbook (${reason(err)}).`);
  }

  // Pass 2: the declared sizes may lie, so actually inflate every part and count. Each chunk
  // is dropped as soon as it is counted; stream backpressure keeps zlib from running ahead.
  let actualTotal = 0;
  for (const entry of entries) {
    const name = entry.fileName;
    let entryBytes = 0;
    try {
      const stream = await zip.openReadStreamPromise(entry);
      // Returning from inside the loop destroys the stream, which stops the inflation.
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        entryBytes += chunk.length;
        actualTotal += chunk.length;
        // yauzl's own size check normally fires first; these counters are the backstop.
        if (entryBytes > entry.uncompressedSize) return lyingSize(name, entry.uncompressedSize);
        if (entryBytes > limits.maxEntryUncompressedBytes) {
          return refuse(
            `Part "${name}" unpacks to more than the ${mb(limits.maxEntryUncompressedBytes)} limit for one part.`,
          );
        }
        if (actualTotal > limits.maxTotalUncompressedBytes) {
          return refuse(
            `The workbook unpacks to more than ${mb(limits.maxTotalUncompressedBytes)} (limit reached at part "${name}").`,
          );
        }
      }
    } catch (err) {
      if (reason(err).startsWith('too many bytes')) return lyingSize(name, entry.uncompressedSize);
      return refuse(`Part "${name}" of the workbook is damaged and cannot be unpacked (${reason(err)}).`);
    }
  }

  const names = new Set(entries.map((entry) => entry.fileName));
  const missing = REQUIRED_PARTS.filter((part) => !names.has(part));
  if (missing.length > 0) {
    return refuse(`The file is a zip archive but not an Excel workbook (it has no ${missing.join(' or ')}).`);
  }
  return { ok: true };
}

function lyingSize(name: string, declared: number): XlsxCheck {
  return refuse(
    `Part "${name}" unpacks to more than its declared size of ${declared} bytes; ` +
      'the file is damaged or deliberately malformed (a possible zip bomb).',
  );
}
