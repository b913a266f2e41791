import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants as fsConstants } from 'node:fs';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Test support (Node only) for checking an exported .xlsx in a real spreadsheet and for
 * editing workbooks the way an analyst would:
 *
 * - `recalculateInLibreOffice` opens a workbook in headless LibreOffice Calc with every formula
 *   recalculated on load and saves it as a new .xlsx. Read that file with exceljs: each formula
 *   cell's value is `{ formula, result }` with LibreOffice's result (a number, string, boolean,
 *   or `{ error: '#DIV/0!' }`).
 * - `editWithOpenpyxl` sets cells with openpyxl (Python), which rewrites the whole package the
 *   way another tool would.
 * - `picturesWithOpenpyxl` lists the pictures openpyxl finds on a sheet.
 *
 * Why .xlsx rather than .csv: a converted .xlsx keeps each result typed (number vs text vs
 * boolean vs error), keeps the formulas next to their results (so a test can also see that a
 * plain text '=SUM(1,2)' stayed text), keeps every sheet in one file and is read with the same
 * exceljs the app writes with. CSV export gives only display text per sheet, where the number 2
 * and the text "2" look the same. Verified with LibreOffice 7.4: formulas exceljs wrote with no
 * cached value, stale cached values, defined names, cross-sheet references, comments,
 * hyperlinks and number formats all come through.
 *
 * Quirk: LibreOffice 7.4 writes numbers in .xlsx with 15 significant digits (constants too:
 * 123456789.123456789 comes back as 123456789.123457; 1/3 as 0.333333333333333), so compare
 * non-integer results with `toBeCloseTo`.
 *
 * Needs the Debian packages libreoffice-calc-nogui and python3-openpyxl (.ci/run installs them).
 */

const CONVERT_TIMEOUT_MS = 60_000;
const PYTHON_TIMEOUT_MS = 30_000;

/**
 * LibreOffice keeps the cached values stored in an .xlsx unless told otherwise; this profile
 * setting (0 = always recalculate) makes it recalculate every formula on load.
 */
const RECALC_ON_LOAD_PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

function isExecutable(file: string): boolean {
  try {
    accessSync(file, fsConstants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(command: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir === '') continue;
    const candidate = path.join(dir, command);
    if (isExecutable(candidate)) return candidate;
  }
  return null;
}

/** The LibreOffice `soffice` launcher, or null when LibreOffice is not installed. */
export function findSoffice(): string | null {
  for (const command of ['soffice', 'libreoffice']) {
    const found = onPath(command);
    if (found) return found;
  }
  for (const candidate of [
    '/usr/lib/libreoffice/program/soffice',
    '/opt/libreoffice/program/soffice',
    '/Applications/LibreOffice.app/Contents/MacOS/soffice',
  ]) {
    if (isExecutable(candidate)) return candidate;
  }
  return null;
}

let openpyxlPython: string | null | undefined;

/**
 * A Python that can `import openpyxl`, or null. Prefers /usr/bin/python3 (Debian's
 * python3-openpyxl), since the python3 first on PATH may be another one without it.
 */
export function findOpenpyxlPython(): string | null {
  if (openpyxlPython !== undefined) return openpyxlPython;
  openpyxlPython = null;
  const candidates = ['/usr/bin/python3', onPath('python3')].filter((c): c is string => c !== null);
  for (const candidate of new Set(candidates)) {
    if (!isExecutable(candidate)) continue;
    const probe = spawnSync(candidate, ['-c', 'import openpyxl'], { stdio: 'ignore', timeout: 15_000 });
    if (probe.status === 0) {
      openpyxlPython = candidate;
      break;
    }
  }
  return openpyxlPython;
}

interface RunResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly timedOut: boolean;
}

/** Runs a command in its own process group, killing the whole group on timeout. */
function run(command: string, args: readonly string[], timeoutMs: number, input?: string): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      detached: process.platform !== 'win32',
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (child.pid !== undefined && process.platform !== 'win32') process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        // Already gone.
      }
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, timedOut });
    });
    child.stdin.on('error', () => {
      // The process may exit before reading its input; its exit status tells.
    });
    child.stdin.end(input ?? '');
  });
}

/**
 * Opens `xlsxPath` in headless LibreOffice Calc, recalculating every formula on load, and saves
 * it as `<outDir>/<same name>.xlsx`; returns that path. Each call uses its own fresh
 * LibreOffice profile (removed afterwards), so concurrent calls do not hand their work to one
 * another's running instance. Takes about 1–1.5 s per call.
 */
export async function recalculateInLibreOffice(xlsxPath: string, outDir: string): Promise<string> {
  const input = path.resolve(xlsxPath);
  const dir = path.resolve(outDir);
  if (dir === path.dirname(input)) {
    throw new Error(`recalculateInLibreOffice: outDir must differ from the input's folder (${dir}), or the input is overwritten`);
  }
  return convertToXlsx(input, dir, { recalculate: true });
}

/**
 * Converts `inputPath` to `<outDir>/<same name>.xlsx` in headless LibreOffice Calc with a fresh
 * profile of its own (removed afterwards), so concurrent calls do not hand their work to one
 * another's running instance; returns the output's path.
 */
async function convertToXlsx(inputPath: string, outDir: string, options: { readonly recalculate: boolean; readonly inputFilter?: string }): Promise<string> {
  const soffice = findSoffice();
  if (!soffice) {
    throw new Error(
      'LibreOffice (soffice) is not installed: apt-get install -y --no-install-recommends libreoffice-calc-nogui',
    );
  }
  const input = path.resolve(inputPath);
  const dir = path.resolve(outDir);
  await stat(input); // A clear ENOENT rather than a missing output.
  await mkdir(dir, { recursive: true });
  const output = path.join(dir, `${path.parse(input).name}.xlsx`);
  await rm(output, { force: true });

  const profile = await mkdtemp(path.join(tmpdir(), 'crosscheck-lo-profile-'));
  try {
    if (options.recalculate) {
      await mkdir(path.join(profile, 'user'), { recursive: true });
      await writeFile(path.join(profile, 'user', 'registrymodifications.xcu'), RECALC_ON_LOAD_PROFILE);
    }
    const args = [
      '--headless',
      '--norestore',
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      ...(options.inputFilter ? [`--infilter=${options.inputFilter}`] : []),
      '--convert-to',
      'xlsx',
      '--outdir',
      dir,
      input,
    ];
    const started = Date.now();
    const result = await run(soffice, args, CONVERT_TIMEOUT_MS);
    const exists = await stat(output).then(
      (s) => s.isFile() && s.size > 0,
      () => false,
    );
    if (!exists || result.timedOut) {
      const why = result.timedOut
        ? `timed out after ${CONVERT_TIMEOUT_MS / 1000} s`
        : `exited with ${result.code ?? result.signal} after ${Date.now() - started} ms without writing ${output}`;
      throw new Error(
        `LibreOffice could not convert ${input}: ${why}\n` +
          `command: ${soffice} ${args.join(' ')}\nstdout: ${result.stdout.trim()}\nstderr: ${result.stderr.trim()}`,
      );
    }
    return output;
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

export interface CellEdit {
  /** Worksheet name. */
  readonly sheet: string;
  /** A1-style address, e.g. "B2". */
  readonly cell: string;
  /**
   * The new value; null empties the cell. As when typed into a spreadsheet, openpyxl stores a
   * string that starts with "=" as a formula.
   */
  readonly value: number | string | null;
}

/** Reads {path} from argv and the edits as JSON from stdin; never built from test data. */
const OPENPYXL_EDIT_SCRIPT = `
import json, sys
import openpyxl
path = sys.argv[1]
edits = json.load(sys.stdin)
wb = openpyxl.load_workbook(path)
for edit in edits:
    if edit["sheet"] not in wb.sheetnames:
        sys.stderr.write("no sheet %r in %s (sheets: %s)\\n" % (edit["sheet"], path, ", ".join(wb.sheetnames)))
        sys.exit(2)
    wb[edit["sheet"]][edit["cell"]].value = edit["value"]
wb.save(path)
`;

/** Sets cells with openpyxl and saves the workbook in place. */
export async function editWithOpenpyxl(xlsxPath: string, edits: readonly CellEdit[]): Promise<void> {
  const python = findOpenpyxlPython();
  if (!python) {
    throw new Error('openpyxl is not installed for /usr/bin/python3: apt-get install -y python3-openpyxl');
  }
  const target = path.resolve(xlsxPath);
  const result = await run(python, ['-c', OPENPYXL_EDIT_SCRIPT, target], PYTHON_TIMEOUT_MS, JSON.stringify(edits));
  if (result.timedOut || result.code !== 0) {
    const why = result.timedOut ? `timed out after ${PYTHON_TIMEOUT_MS / 1000} s` : `exited with ${result.code ?? result.signal}`;
    throw new Error(`openpyxl could not edit ${target}: ${why}\nstderr: ${result.stderr.trim()}`);
  }
}

export interface OpenpyxlPictures {
  readonly sheets: readonly string[];
  /** The sheet's pictures as openpyxl's drawing reader finds them: anchor cell (0-based), media part, whether it is a PNG. */
  readonly pictures: readonly { readonly row: number; readonly column: number; readonly media: string; readonly isPng: boolean }[];
  /** `len(ws._images)` after load_workbook; null without Pillow, with which openpyxl drops every image it reads. */
  readonly loadedImages: number | null;
}

/**
 * Loads the workbook with openpyxl, then reads one sheet's drawings with openpyxl's own
 * DrawingML reader (SpreadsheetDrawing, as load_workbook does), which refuses what the schema
 * does not allow. Reads {path} and {sheet} from argv; never built from test data.
 */
const OPENPYXL_PICTURES_SCRIPT = `
import json, sys
import openpyxl
from openpyxl.drawing.image import PILImage
from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
from openpyxl.packaging.relationship import get_dependents, get_rels_path
from openpyxl.reader.excel import ExcelReader
from openpyxl.xml.constants import IMAGE_NS
from openpyxl.xml.functions import fromstring
path, sheet_name = sys.argv[1], sys.argv[2]
workbook = openpyxl.load_workbook(path)
reader = ExcelReader(path)
reader.read_manifest()
reader.read_workbook()
pictures = []
for sheet, rel in reader.parser.find_sheets():
    rels_path = get_rels_path(rel.target)
    if sheet.name != sheet_name or rels_path not in reader.archive.namelist():
        continue
    for drawing_rel in get_dependents(reader.archive, rels_path).find(SpreadsheetDrawing._rel_type):
        drawing = SpreadsheetDrawing.from_tree(fromstring(reader.archive.read(drawing_rel.target)))
        deps = get_dependents(reader.archive, get_rels_path(drawing_rel.target))
        for blip in drawing._blip_rels:
            dep = deps[blip.embed]
            start = reader.archive.read(dep.target)[:8] if dep.Type == IMAGE_NS else b""
            pictures.append({"row": blip.anchor._from.row, "column": blip.anchor._from.col, "media": dep.target, "isPng": start == b"\\x89PNG\\r\\n\\x1a\\n"})
loaded = len(workbook[sheet_name]._images) if PILImage else None
print(json.dumps({"sheets": workbook.sheetnames, "pictures": pictures, "loadedImages": loaded}))
`;

/** The pictures of one sheet as openpyxl reads them (see OPENPYXL_PICTURES_SCRIPT). */
export async function picturesWithOpenpyxl(xlsxPath: string, sheet: string): Promise<OpenpyxlPictures> {
  const python = findOpenpyxlPython();
  if (!python) {
    throw new Error('openpyxl is not installed for /usr/bin/python3: apt-get install -y python3-openpyxl');
  }
  const target = path.resolve(xlsxPath);
  const result = await run(python, ['-c', OPENPYXL_PICTURES_SCRIPT, target, sheet], PYTHON_TIMEOUT_MS);
  if (result.timedOut || result.code !== 0) {
    const why = result.timedOut ? `timed out after ${PYTHON_TIMEOUT_MS / 1000} s` : `exited with ${result.code ?? result.signal}`;
    throw new Error(`openpyxl could not read ${target}: ${why}\nstderr: ${result.stderr.trim()}`);
  }
  return JSON.parse(result.stdout) as OpenpyxlPictures;
}

/**
 * Opens a tab-separated UTF-8 text file (what a spreadsheet pastes, saved as it is) in headless
 * LibreOffice Calc, reading it the way Calc reads a paste: tab separated, `"` quoting, UTF-8,
 * from the first line, in the en-US locale (so "83.6" is a number whatever the machine's
 * locale); and saves it as `<outDir>/<same name>.xlsx`; returns that path. Read the result with
 * exceljs: a cell Calc took as a number has a number value, one it took as text a string.
 * Like `recalculateInLibreOffice`, each call has its own fresh LibreOffice profile.
 */
export async function convertTextToXlsx(tsvPath: string, outDir: string): Promise<string> {
  // Field separator 9 (tab), text delimiter 34 ("), character set 76 (UTF-8), from line 1,
  // no column formats (Calc detects numbers), language 1033 (en-US).
  return convertToXlsx(tsvPath, outDir, { recalculate: false, inputFilter: 'CSV:9,34,76,1,,1033' });
}
