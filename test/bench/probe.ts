import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { buildComparison } from '@shared/domain/build-comparison';
import { articleRefs, comparisonArticles } from '@shared/domain/article-refs';
import { buildRowSources, type RowAssumptions } from '@shared/domain/comparison';
import { extractFigures } from '@shared/extract/extract-figures';
import { planWorkbook } from '@shared/export/plan-workbook';
import { activeScenario, setCellAssumption } from '@shared/workspace/operations';
import type { Workspace } from '@shared/workspace/workspace-schema';
import { loadDataset } from '../../electron/data/load-dataset';
import { nodeDatasetFs } from '../../electron/data/node-dataset-fs';
import { createExportService } from '../../electron/excel/export-service';
import { nodeExportServiceFs } from '../../electron/excel/node-export-fs';
import { createNodeWorkspaceRepository } from '../../electron/workspace/create-node-repository';
import { createComparisonRowsSelector } from '../../renderer/src/store/comparison-selectors';
import { peakRssMb, summarize, timeRuns } from './stats';

/**
 * One Node-side measure of `npm run bench`, in a process of its own so that its peak memory
 * is its own: `tsx test/bench/probe.ts <measure> <data dir> <workspace dir> <workspace name> <runs>`.
 * Prints one JSON line. The code measured is the app's own: the main process's loader, the
 * workspace repository, the renderer's comparison selector, the export service.
 */
const [measure, dataDir, workspaceDir, workspaceName, runsText] = process.argv.slice(2);
const runs = Number(runsText ?? 5);

async function readWorkspace(): Promise<Workspace> {
  return JSON.parse(await readFile(path.join(workspaceDir, `${workspaceName}.crosscheck.json`), 'utf8')) as Workspace;
}

/** Main process: load and validate the data folder and open the workspace, beside JSON.parse of the same bytes. */
async function load() {
  const names = (await readdir(dataDir)).sort();
  const workspaceFile = path.join(workspaceDir, `${workspaceName}.crosscheck.json`);
  const jsonParse = await timeRuns(runs, async () => {
    for (const name of names) {
      const text = await readFile(path.join(dataDir, name), 'utf8');
      if (name.endsWith('.json')) JSON.parse(text);
    }
    JSON.parse(await readFile(workspaceFile, 'utf8'));
  });
  const repository = createNodeWorkspaceRepository(workspaceDir);
  let figures = 0;
  let problems = 0;
  const loadAndValidate = await timeRuns(runs, async () => {
    const snapshot = await loadDataset(dataDir, nodeDatasetFs);
    const opened = await repository.open(workspaceName, 'bench-session');
    if (!opened.ok) throw new Error(`The bench workspace did not open: ${opened.error.message}`);
    await repository.close(workspaceName, 'bench-session');
    figures = snapshot.figures.length;
    problems = snapshot.problems.length;
  });
  const bytes = (await Promise.all(names.map(async (name) => (await readFile(path.join(dataDir, name))).length))).reduce((a, b) => a + b, 0);
  return { figures, problems, megabytes: bytes / 1e6, loadAndValidateMs: summarize(loadAndValidate), jsonParseMs: summarize(jsonParse) };
}

/** The comparison: every row from scratch, and the renderer's memoized rows after one edit. */
async function comparison() {
  const dataset = await loadDataset(dataDir, nodeDatasetFs);
  const workspace = await readWorkspace();
  const scenario = activeScenario(workspace);
  let rowCount = 0;
  const fromScratch = await timeRuns(runs, () => {
    rowCount = buildComparison(dataset, workspace, scenario).rows.length;
  });
  // What the renderer does on an edit: the same selector, fed the workspace after the edit.
  const refs = articleRefs(dataset.articles);
  const articles = comparisonArticles(refs, workspace.view.baselineArticleId);
  const rowSources = buildRowSources(dataset.figures);
  const select = createComparisonRowsSelector();
  let assumptions: Readonly<Record<string, RowAssumptions>> = scenario.assumptions;
  let rows = select({ rowSources, assumptionsByRow: assumptions, articles });
  const afterEdit: number[] = [];
  let recomputedRows = 0;
  let recomputedDeltas = 0;
  const row = rowSources[0];
  const column = Object.keys(row.figuresByArticle)[0];
  for (let edit = 0; edit < 200; edit++) {
    const edited = setCellAssumption({ ...workspace, scenarios: [{ ...scenario, assumptions }] }, scenario.id, row.id, column, { value: 1e9 + edit, input: `${edit}`, setAt: '2026-11-21T10:00:00.000Z' });
    assumptions = edited.scenarios[0].assumptions;
    const started = performance.now();
    const next = select({ rowSources, assumptionsByRow: assumptions, articles });
    afterEdit.push(performance.now() - started);
    recomputedRows = next.filter((candidate, index) => candidate !== rows[index]).length;
    recomputedDeltas = next.filter((candidate, index) => candidate !== rows[index]).reduce((sum, changed) => sum + Object.keys(changed.versus).length, 0);
    rows = next;
  }
  return { rows: rowCount, articles: dataset.articles.length, fromScratchMs: summarize(fromScratch), afterOneEditMs: summarize(afterEdit), recomputedRowsPerEdit: recomputedRows, recomputedDeltasPerEdit: recomputedDeltas };
}

interface MemoryTrace {
  readonly startRssMb: number;
  readonly peakRssMb: number;
  /** RSS at a quarter, half, three quarters and the end of the run: flat when the writer streams. */
  readonly rssAtQuartersMb: readonly number[];
}

/** RSS sampled while `work` runs: the peak, how far it rose above where it started, and its course. */
async function withMemoryTrace<T>(work: () => Promise<T>): Promise<MemoryTrace & { result: T }> {
  const start = process.memoryUsage.rss();
  const samples: number[] = [];
  const timer = setInterval(() => samples.push(process.memoryUsage.rss()), 20);
  try {
    const result = await work();
    samples.push(process.memoryUsage.rss());
    const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] / 1e6;
    return { result, startRssMb: start / 1e6, peakRssMb: Math.max(start, ...samples) / 1e6, rssAtQuartersMb: [at(0.25), at(0.5), at(0.75), at(1)] };
  } finally {
    clearInterval(timer);
  }
}

const memorySummary = (traces: readonly MemoryTrace[]) => ({
  rssRiseMb: summarize(traces.map((trace) => trace.peakRssMb - trace.startRssMb)),
  rssAtQuartersMb: traces[traces.length - 1].rssAtQuartersMb,
});

async function exportRequest() {
  const workspace = await readWorkspace();
  return { fileName: 'bench.xlsx', overwrite: true, scope: 'all' as const, view: { rowIds: [], columns: [] }, workspace, workspaceName: workspaceName };
}

/** The app's Excel export (the export service, as the menu runs it) of the whole comparison. */
async function exportApp() {
  const dataset = Object.freeze(await loadDataset(dataDir, nodeDatasetFs));
  const exportDir = path.join(path.dirname(dataDir), 'exports');
  const service = createExportService({ exportDir, loadDataset: async () => dataset, fs: nodeExportServiceFs });
  const request = await exportRequest();
  let cells = 0;
  const traces: MemoryTrace[] = [];
  const samples = await timeRuns(runs, async () => {
    const trace = await withMemoryTrace(async () => {
      const started = await service.start(request);
      if (!started.ok) throw new Error(`The export did not start: ${started.error.message}`);
      const finished = await service.settled(started.jobId);
      if (finished?.state !== 'done') throw new Error(`The export did not finish: ${finished?.error ?? finished?.state}`);
      return finished.total;
    });
    cells = trace.result;
    traces.push(trace);
  });
  return { rowsWritten: cells, ms: summarize(samples), ...memorySummary(traces) };
}

/** The same cells (every sheet, every value and formula), written by a plain exceljs streaming writer with no styles. */
async function exportPlain() {
  const dataset = await loadDataset(dataDir, nodeDatasetFs);
  const workspace = await readWorkspace();
  const exportDir = path.join(path.dirname(dataDir), 'exports');
  let rows = 0;
  const traces: MemoryTrace[] = [];
  const samples = await timeRuns(runs, async () => {
    const trace = await withMemoryTrace(async () => {
      const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path.join(exportDir, 'plain.xlsx') });
      rows = 0;
      for (const sheet of planWorkbook({ ...dataset, workspace, workspaceName, scope: 'all', view: { rowIds: [], columns: [] }, exportedAt: '2026-11-21T10:00:00.000Z' }).sheets) {
        const worksheet = workbook.addWorksheet(sheet.name);
        for (const planned of sheet.rows()) {
          worksheet.addRow(planned.map((cell) => (cell.value !== null && typeof cell.value === 'object' ? { formula: cell.value.formula, result: cell.value.expected ?? undefined } : cell.value))).commit();
          rows++;
        }
        worksheet.commit();
      }
      await workbook.commit();
    });
    traces.push(trace);
  });
  return { rowsWritten: rows, ms: summarize(samples), ...memorySummary(traces) };
}

/** The extractor over the articles' text, in MB of text per second. */
async function extract() {
  const names = (await readdir(dataDir)).filter((name) => name.endsWith('.txt')).sort().slice(0, 20);
  const texts = await Promise.all(names.map((name) => readFile(path.join(dataDir, name), 'utf8')));
  const megabytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1e6;
  let candidates = 0;
  const samples = await timeRuns(runs, () => {
    candidates = texts.reduce((sum, text, index) => sum + extractFigures(text, { articleId: `bench-${index}` }).length, 0);
  });
  const seconds = summarize(samples.map((ms) => ms / 1000));
  return { articles: texts.length, megabytes, candidates, mbPerSecond: summarize(samples.map((ms) => megabytes / (ms / 1000))), seconds };
}

const MEASURES: Record<string, () => Promise<object>> = { load, comparison, 'export-app': exportApp, 'export-plain': exportPlain, extract };

async function main() {
  const run = MEASURES[measure];
  if (!run) throw new Error(`Unknown measure "${measure}"; one of: ${Object.keys(MEASURES).join(', ')}.`);
  const result = await run();
  const status = await readFile('/proc/self/status', 'utf8').catch(() => '');
  process.stdout.write(`${JSON.stringify({ ...result, peakRssMb: peakRssMb(status) })}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
