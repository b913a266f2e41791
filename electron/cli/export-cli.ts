import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { planWorkbook } from '@shared/export/plan-workbook';
import { migrateWorkspace } from '@shared/workspace/migrations';
import { newWorkspace, switchScenario } from '@shared/workspace/operations';
import type { Workspace } from '@shared/workspace/workspace-schema';
import { defaultDataDir } from '../data/data-dir';
import { loadDataset } from '../data/load-dataset';
import { nodeDatasetFs } from '../data/node-dataset-fs';
import { ExportFileFailure, writeFileWhole } from '../excel/export-file';
import { nodeExportFs } from '../excel/node-export-fs';
import { writeWorkbook } from '../excel/write-workbook';

const USAGE = `Usage: npm run export -- --out comparison.xlsx [--workspace file.crosscheck.json] [--scenario id] [--data-dir DIR]

Writes the whole comparison (every row and column) to an Excel workbook, as File > Export to
Excel does with "Everything". Without --workspace it exports the articles alone; without
--data-dir it uses the embedded articles. Its Charts sheet holds no pictures: only the app's
window draws charts.`;

/** Said on the Charts sheet in place of pictures, so a pipeline's workbook has the same sheets as the app's. */
const NO_CHARTS_HERE =
  'Charts are drawn by the Crosscheck window; the command-line export has no renderer to draw them. ' +
  'Export from the app (Export to Excel…) to get the delta overview and pinned charts as pictures.';

/** The command line's export, for pipelines: the same plan and writer as the app's. */
async function main(argv: readonly string[]): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: { out: { type: 'string' }, workspace: { type: 'string' }, scenario: { type: 'string' }, 'data-dir': { type: 'string' }, help: { type: 'boolean' } },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!values.out) {
    console.error(`Say where to write the workbook with --out.\n\n${USAGE}`);
    return 2;
  }
  const dataDir = path.resolve(values['data-dir'] ?? defaultDataDir(__dirname));
  const dataset = await loadDataset(dataDir, nodeDatasetFs);
  for (const problem of dataset.problems) console.error(`${problem.severity}: ${problem.file}${problem.location ? ` (${problem.location})` : ''}: ${problem.message}`);
  if (dataset.articles.length === 0) {
    console.error(`No articles could be loaded from ${dataDir}.`);
    return 1;
  }
  let workspace: Workspace = newWorkspace(new Date());
  if (values.workspace) {
    let json: unknown;
    try {
      json = JSON.parse(await readFile(values.workspace, 'utf8'));
    } catch (error) {
      console.error(`${values.workspace} could not be read as a workspace: ${error instanceof Error ? error.message : String(error)}`);
      return 1;
    }
    const migrated = migrateWorkspace(json);
    if (!migrated.ok) {
      console.error(`${values.workspace} is not a valid workspace${migrated.location ? ` at ${migrated.location}` : ''}: ${migrated.message}`);
      return 1;
    }
    workspace = migrated.workspace;
  }
  if (values.scenario) {
    if (!workspace.scenarios.some((scenario) => scenario.id === values.scenario)) {
      console.error(`There is no scenario “${values.scenario}”; the workspace has: ${workspace.scenarios.map((scenario) => scenario.id).join(', ')}.`);
      return 1;
    }
    workspace = switchScenario(workspace, values.scenario);
  }
  const out = path.resolve(values.out);
  const plan = planWorkbook({
    ...dataset,
    workspace,
    workspaceName: values.workspace ? path.basename(values.workspace) : null,
    scope: 'all',
    view: { rowIds: [], columns: [] },
    exportedAt: new Date().toISOString(),
    chartsUnavailable: NO_CHARTS_HERE,
  });
  try {
    await writeFileWhole(out, (stream, signal) => writeWorkbook(plan, stream, { signal }), nodeExportFs, { overwrite: true });
  } catch (error) {
    console.error(error instanceof ExportFileFailure ? error.message : String(error));
    return 1;
  }
  console.log(`Wrote ${plan.exportedRowCount} rows from ${dataset.articles.length} articles to ${out}`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
