import { execFile } from 'node:child_process';
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { newWorkspace } from '@shared/workspace/operations';
import { DESK_SIZES, syntheticDesk, type DeskSize } from '../support/synthetic-desk';
import { launchChromium, measureEmptyPage, measureGrid, measureKeystrokeFloor, measurePaste } from './browser';
import { writePasteWorkspace } from './paste-workspace';
import { BENCH_WORKSPACE, writeDeskFiles, type DeskFiles } from './desk-files';
import type { Summary } from './stats';

/**
 * `npm run bench`: from the two shipped articles to a desk of 200 articles × 500 figures,
 * every measure the scale issue names, several runs each, the median with min and max.
 * Prints a table and writes bench-results/bench.json. Asserts no time: a figure that misses
 * its target is printed as missed, for a person to read.
 *
 * BENCH_SIZES=seed,2x500 limits the sizes; BENCH_RUNS and BENCH_EDITS change the counts;
 * BENCH_PARTS=grid (any of load, comparison, export, extract, grid) limits the measures.
 */
const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
const execFileAsync = promisify(execFile);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const EXPORT_RUNS = Number(process.env.BENCH_EXPORT_RUNS ?? 3);
const EDITS = Number(process.env.BENCH_EDITS ?? 200);
const PASTES = Number(process.env.BENCH_PASTES ?? 30);
const PARTS = new Set((process.env.BENCH_PARTS ?? 'load,comparison,export,extract,grid').split(',').map((part) => part.trim()));
const NOT_RUN = {};

interface SizeToRun {
  readonly key: string;
  readonly name: string;
  readonly figures: number;
  readonly editRowId: string;
  /** The pasted block: 100 × 5 at the desk sizes; the seed has 40 rows and three value columns. */
  readonly pasteBlock: { readonly rows: number; readonly columns: number };
  files(): Promise<DeskFiles>;
}

/** The two shipped articles, as they load in the app, with a fresh empty workspace. */
const SEED: SizeToRun = {
  key: 'seed',
  name: 'seed (2 articles)',
  figures: 40,
  editRowId: 'alibaba||cash',
  pasteBlock: { rows: 10, columns: 3 },
  async files() {
    const files = await writeDeskFiles({ size: { name: 'seed', articles: 0, figuresPerArticle: 0 }, articles: [], workspace: newWorkspace(new Date('2026-11-21T09:00:00.000Z')), editRowId: '' });
    await cp(path.join(PROJECT_ROOT, 'electron', 'seed-data'), files.dataDir, { recursive: true });
    return files;
  },
};

function deskSize(size: DeskSize): SizeToRun {
  return {
    key: `${size.articles}x${size.figuresPerArticle}`,
    name: `${size.articles} × ${size.figuresPerArticle}`,
    figures: size.articles * size.figuresPerArticle,
    editRowId: 'company-0||revenue',
    pasteBlock: { rows: 100, columns: 5 },
    files: () => writeDeskFiles(syntheticDesk(size)),
  };
}

async function probe(measure: string, files: DeskFiles, runs: number): Promise<Record<string, unknown>> {
  const tsx = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
  const { stdout } = await execFileAsync(tsx, ['--tsconfig', path.join(PROJECT_ROOT, 'tsconfig.base.json'), path.join(__dirname, 'probe.ts'), measure, files.dataDir, files.workspaceDir, BENCH_WORKSPACE, String(runs)], {
    maxBuffer: 16 * 1024 * 1024,
    env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=8192' },
  });
  return JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as Record<string, unknown>;
}

const ms = (summary: Summary | undefined) => (summary ? `${fmt(summary.median)} (${fmt(summary.min)}–${fmt(summary.max)})` : '—');
const fmt = (value: number) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));
const mb = (value: unknown) => (typeof value === 'number' ? `${value.toFixed(0)} MB` : '—');

async function main() {
  const wanted = process.env.BENCH_SIZES?.split(',').map((key) => key.trim());
  const sizes = [SEED, ...DESK_SIZES.map(deskSize)].filter((size) => !wanted || wanted.includes(size.key));
  const browser = await launchChromium();
  const results: Record<string, unknown>[] = [];
  try {
    const emptyPageMs = await measureEmptyPage(browser, RUNS);
    console.log(`Empty page over loopback HTTP in Chromium: ${ms(emptyPageMs)} ms`);
    const keystrokeFloorMs = PARTS.has('grid') ? await measureKeystrokeFloor(browser, EDITS) : null;
    if (keystrokeFloorMs) console.log(`Keystroke to next frame, one text node changed (the floor): median ${fmt(keystrokeFloorMs.median)} ms, p95 ${fmt(keystrokeFloorMs.p95)} ms`);
    for (const size of sizes) {
      console.log(`\n${size.name}: generating and writing the desk…`);
      const files = await size.files();
      try {
        const part = async <T,>(name: string, label: string, measure: () => Promise<T>): Promise<T | typeof NOT_RUN> => {
          if (!PARTS.has(name)) return NOT_RUN;
          console.log(`  ${label}…`);
          return measure();
        };
        const load = await part('load', 'main-process load', () => probe('load', files, RUNS));
        const comparison = await part('comparison', 'comparison', () => probe('comparison', files, RUNS));
        const exportApp = await part('export', 'Excel export (app, then plain exceljs)', () => probe('export-app', files, EXPORT_RUNS));
        const exportPlain = await part('export', 'plain exceljs', () => probe('export-plain', files, EXPORT_RUNS));
        const extract = await part('extract', 'extraction', () => probe('extract', files, RUNS));
        const grid = await part('grid', 'grid in Chromium (browser mode)', () => measureGrid(browser, files, size.editRowId, RUNS, EDITS));
        const paste = await part('grid', `paste of ${size.pasteBlock.rows} × ${size.pasteBlock.columns} in Chromium`, async () =>
          measurePaste(browser, await writePasteWorkspace(files), size.editRowId, size.pasteBlock.rows, size.pasteBlock.columns, PASTES),
        );
        results.push({ size: size.key, name: size.name, figures: size.figures, emptyPageMs, keystrokeFloorMs, load, comparison, exportApp, exportPlain, extract, grid, paste });
      } finally {
        await rm(files.root, { recursive: true, force: true });
      }
    }
  } finally {
    await browser.close();
  }
  await mkdir(path.join(PROJECT_ROOT, 'bench-results'), { recursive: true });
  await writeFile(path.join(PROJECT_ROOT, 'bench-results', 'bench.json'), `${JSON.stringify({ measuredAt: new Date().toISOString(), runs: RUNS, exportRuns: EXPORT_RUNS, edits: EDITS, results }, null, 2)}\n`);
  printTable(results);
  console.log(`\nWritten to bench-results/bench.json.`);
}

type Row = [label: string, value: (result: Record<string, any>) => string];

function printTable(results: Record<string, any>[]) {
  const rows: Row[] = [
    ['figures', (r) => String(r.figures)],
    ['load + validate, main (ms)', (r) => ms(r.load.loadAndValidateMs)],
    ['JSON.parse of same bytes (ms)', (r) => ms(r.load.jsonParseMs)],
    ['  ratio (target ≤ 2×)', (r) => `${(r.load.loadAndValidateMs.median / r.load.jsonParseMs.median).toFixed(2)}×`],
    ['start → interactive (ms)', (r) => ms(r.grid.startToInteractiveMs)],
    ['empty page (ms)', (r) => ms(r.emptyPageMs)],
    ['  ratio (target ≤ 2×, < 1500 ms)', (r) => `${(r.grid.startToInteractiveMs.median / r.emptyPageMs.median).toFixed(1)}×`],
    ['edit → repaint median (ms)', (r) => ms(r.grid.editToRepaintMs)],
    ['edit → repaint p95 (target < 16)', (r) => fmt(r.grid.editToRepaintMs.p95)],
    ['  floor: key → frame, median / p95', (r) => `${fmt(r.keystrokeFloorMs.median)} / ${fmt(r.keystrokeFloorMs.p95)}`],
    ['paste block → repaint (ms)', (r) => `${r.paste.block}: ${ms(r.paste.pasteToPaintMs)}`],
    ['  p95 (target < 50 at 100,000)', (r) => fmt(r.paste.pasteToPaintMs.p95)],
    ['edit → DOM median (ms)', (r) => ms(r.grid.editToDomMs)],
    ['comparison from scratch (ms)', (r) => ms(r.comparison.fromScratchMs)],
    ['comparison after one edit (ms)', (r) => ms(r.comparison.afterOneEditMs)],
    ['  rows / deltas recomputed per edit', (r) => `${r.comparison.recomputedRowsPerEdit} of ${r.comparison.rows} / ${r.comparison.recomputedDeltasPerEdit}`],
    ['Excel export, app (ms)', (r) => ms(r.exportApp.ms)],
    ['plain exceljs stream, same cells (ms)', (r) => ms(r.exportPlain.ms)],
    ['  ratio (target ≤ 1.5×)', (r) => `${(r.exportApp.ms.median / r.exportPlain.ms.median).toFixed(2)}×`],
    ['  rows written', (r) => String(r.exportApp.rowsWritten)],
    ['  RSS rise during export, app', (r) => mb(r.exportApp.rssRiseMb?.max)],
    ['  RSS rise during export, plain', (r) => mb(r.exportPlain.rssRiseMb?.max)],
    ['extraction (MB/s)', (r) => ms(r.extract.mbPerSecond)],
    ['peak RSS, main load process', (r) => mb(r.load.peakRssMb)],
    ['peak RSS, browser-mode host', (r) => mb(r.grid.hostPeakRssMb)],
    ['renderer JS heap peak (target < 300)', (r) => mb(r.grid.rendererPeakHeapMb)],
    ['renderer JS heap after GC', (r) => mb(r.grid.rendererHeapAfterGcMb)],
  ];
  const header = ['', ...results.map((r) => String(r.name))];
  // A measure left out by BENCH_PARTS prints as a dash.
  const shown = (value: Row[1], r: Record<string, any>) => {
    try {
      return value(r);
    } catch {
      return '—';
    }
  };
  const table = [header, ...rows.map(([label, value]) => [label, ...results.map((r) => shown(value, r))])];
  const widths = header.map((_, column) => Math.max(...table.map((line) => line[column].length)));
  console.log('');
  for (const line of table) console.log(line.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' │ '));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
