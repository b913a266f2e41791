import { Buffer } from 'node:buffer';
import { crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checkXlsxBytes, DEFAULT_XLSX_LIMITS, type XlsxCheck, type XlsxLimits } from '../../electron/excel/xlsx-guard';

const MB = 1024 * 1024;

interface ZipPart {
  name: string;
  data: Buffer;
  /** 0 = stored, 8 = deflated (default). */
  method?: 0 | 8;
  /** Written into the headers instead of the real size, to build archives that lie. */
  declaredSize?: number;
  /** General purpose bit flag; bit 0 marks the entry as encrypted. */
  flags?: number;
}

/** A minimal, spec-shaped zip writer, so each test controls every header field. */
function makeZip(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const method = part.method ?? 8;
    const body = method === 8 ? deflateRawSync(part.data) : part.data;
    const name = Buffer.from(part.name, 'utf8');
    const size = part.declaredSize ?? part.data.length;
    const crc = crc32(part.data);
    const flags = (part.flags ?? 0) | 0x800; // UTF-8 names

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);

    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The two parts the guard insists on, so a fixture is refused for the reason under test. */
const WORKBOOK_PARTS: ZipPart[] = [
  { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
  { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
];

async function realWorkbook(rows = 3): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Figures');
  sheet.addRow(['Company', 'Period', 'Revenue']);
  for (let i = 0; i < rows; i++) sheet.addRow(['Acme Corp', `FY${2000 + (i % 25)}`, 1234.5 + i]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function refusal(check: XlsxCheck): string {
  expect(check.ok).toBe(false);
  return check.ok ? '' : check.message;
}

const small = (overrides: Partial<XlsxLimits>): XlsxLimits => ({ ...DEFAULT_XLSX_LIMITS, ...overrides });

describe('checkXlsxBytes: accepted files', () => {
  it('accepts a small workbook written by exceljs', async () => {
    expect(await checkXlsxBytes(await realWorkbook())).toEqual({ ok: true });
  });

  it('accepts a larger, repetitive workbook under the default ratio limit', async () => {
    expect(await checkXlsxBytes(await realWorkbook(20_000))).toEqual({ ok: true });
  });

  it('accepts a Uint8Array view that does not start at offset 0 of its buffer', async () => {
    const book = await realWorkbook();
    const padded = new Uint8Array(book.length + 7);
    padded.set(book, 7);
    expect(await checkXlsxBytes(padded.subarray(7))).toEqual({ ok: true });
  });

  it('accepts a hand-built zip with the two required parts, stored or deflated', async () => {
    const parts = WORKBOOK_PARTS.map((part, i) => ({ ...part, method: i === 0 ? (0 as const) : (8 as const) }));
    expect(await checkXlsxBytes(makeZip(parts))).toEqual({ ok: true });
  });
});

describe('checkXlsxBytes: refused before unzipping', () => {
  it('refuses an empty file', async () => {
    expect(refusal(await checkXlsxBytes(new Uint8Array(0)))).toMatch(/empty/);
  });

  it('refuses a file over the size limit, giving its size and the limit in MB', async () => {
    const book = await realWorkbook();
    const message = refusal(await checkXlsxBytes(book, small({ maxFileBytes: 0.001 * MB })));
    expect(message).toMatch(/larger than the 0\.0 MB limit/);
    expect(message).toMatch(/The file is \d+\.\d MB/);
    const big = refusal(await checkXlsxBytes(new Uint8Array(51 * MB)));
    expect(big).toBe('The file is 51.0 MB, larger than the 50.0 MB limit for workbooks.');
  });

  it('refuses an OLE2 file (old .xls or password-protected workbook)', async () => {
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const message = refusal(await checkXlsxBytes(ole));
    expect(message).toMatch(/old \.xls/);
    expect(message).toMatch(/password/);
    expect(message).toMatch(/save it as \.xlsx without a password/);
  });

  it('refuses plain text as not a zip archive', async () => {
    const text = new TextEncoder().encode('Company,Revenue\nAcme,100\n');
    expect(refusal(await checkXlsxBytes(text))).toBe(
      'The file is not an Excel .xlsx workbook: it is not a zip archive.',
    );
  });
});

describe('checkXlsxBytes: refused by the zip structure', () => {
  it('refuses a truncated workbook as a damaged zip, with yauzl’s reason', async () => {
    const book = await realWorkbook();
    const message = refusal(await checkXlsxBytes(book.subarray(0, Math.floor(book.length / 2))));
    expect(message).toMatch(/damaged zip archive/);
    expect(message).toMatch(/End of central directory record signature not found/);
  });

  it('refuses a zip with too many entries', async () => {
    const parts = Array.from({ length: 11 }, (_, i) => ({ name: `part${i}.xml`, data: Buffer.from('<x/>') }));
    const message = refusal(await checkXlsxBytes(makeZip(parts), small({ maxEntries: 10 })));
    expect(message).toMatch(/too many parts: 11 zip entries, the limit is 10/);
  });

  it('refuses an encrypted entry, naming it', async () => {
    const zip = makeZip([...WORKBOOK_PARTS, { name: 'xl/worksheets/sheet1.xml', data: Buffer.from('<a/>'), flags: 1 }]);
    const message = refusal(await checkXlsxBytes(zip));
    expect(message).toMatch(/password-protected/);
    expect(message).toMatch(/"xl\/worksheets\/sheet1\.xml" is encrypted/);
  });

  it('refuses an entry whose declared size is over the per-entry limit (zip bomb)', async () => {
    const bomb = { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(5 * MB) };
    const message = refusal(await checkXlsxBytes(makeZip([...WORKBOOK_PARTS, bomb]), small({ maxEntryUncompressedBytes: 1 * MB })));
    expect(message).toMatch(/"xl\/worksheets\/sheet1\.xml" would unpack to 5\.0 MB/);
    expect(message).toMatch(/1\.0 MB limit for one part/);
  });

  it('refuses parts whose declared sizes add up to more than the total limit', async () => {
    const parts = [0, 1, 2].map((i) => ({ name: `xl/worksheets/sheet${i}.xml`, data: Buffer.alloc(0.5 * MB, 'a') }));
    const message = refusal(await checkXlsxBytes(makeZip([...WORKBOOK_PARTS, ...parts]), small({ maxTotalUncompressedBytes: 1 * MB })));
    expect(message).toMatch(/would unpack to more than 1\.0 MB/);
    expect(message).toMatch(/"xl\/worksheets\/sheet1\.xml"/);
  });

  it('refuses a highly compressed large entry by its compression ratio', async () => {
    const bomb = { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(2 * MB) };
    const message = refusal(await checkXlsxBytes(makeZip([...WORKBOOK_PARTS, bomb])));
    expect(message).toMatch(/"xl\/worksheets\/sheet1\.xml" is compressed \d+:1/);
    expect(message).toMatch(/limit 200:1/);
    expect(message).toMatch(/zip bomb/);
  });

  it('refuses a zip that is not a workbook', async () => {
    const zip = makeZip([{ name: 'notes/hello.txt', data: Buffer.from('hello') }]);
    const message = refusal(await checkXlsxBytes(zip));
    expect(message).toMatch(/a zip archive but not an Excel workbook/);
    expect(message).toMatch(/\[Content_Types\]\.xml or xl\/workbook\.xml/);
  });
});

describe('checkXlsxBytes: sizes that lie', () => {
  it('refuses a deflated entry that inflates past its declared size, without inflating it all', async () => {
    // 5 MB of zeros that claims to be 1000 bytes: passes every metadata check, and must be
    // caught while streaming (a 1 MB per-entry limit would otherwise never be consulted).
    const liar = { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(5 * MB), declaredSize: 1000 };
    const message = refusal(await checkXlsxBytes(makeZip([...WORKBOOK_PARTS, liar]), small({ maxEntryUncompressedBytes: 1 * MB })));
    expect(message).toMatch(/"xl\/worksheets\/sheet1\.xml" unpacks to more than its declared size of 1000 bytes/);
    expect(message).toMatch(/zip bomb/);
  });

  it('refuses a deflated entry that inflates to less than its declared size', async () => {
    const liar = { name: 'xl/worksheets/sheet1.xml', data: Buffer.from('<sheet/>'), declaredSize: 5000 };
    const message = refusal(await checkXlsxBytes(makeZip([...WORKBOOK_PARTS, liar])));
    expect(message).toMatch(/Part "xl\/worksheets\/sheet1\.xml" of the workbook is damaged/);
    expect(message).toMatch(/not enough bytes/);
  });

  it('refuses a stored zip whose header bytes were patched to declare a smaller size', async () => {
    const zip = makeZip([...WORKBOOK_PARTS, { name: 'xl/styles.xml', data: Buffer.alloc(4096, 'x'), method: 0 }]);
    // Patch the uncompressed-size field (offset 24) of the last central directory record.
    const central = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zip.writeUInt32LE(10, central + 24);
    const message = refusal(await checkXlsxBytes(zip));
    expect(message).toMatch(/damaged zip archive/);
    expect(message).toMatch(/size mismatch for stored file/);
  });

  it('never throws on garbage after a zip signature', async () => {
    const junk = Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 0xff)]);
    expect(refusal(await checkXlsxBytes(junk))).toMatch(/damaged zip archive/);
  });
});
