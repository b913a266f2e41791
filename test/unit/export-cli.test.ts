import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHARTS_SHEET } from '@shared/export/charts-sheet';
import { planWorkbook } from '@shared/export/plan-workbook';
import { newWorkspace } from '@shared/workspace/operations';
import { TWO_CHARTS } from './support/chart-pngs';
import { exportInput, readWorkbookFile } from './support/excel-files';
import { openXlsx } from './support/xlsx-parts';
import { loadSeedDataset, SEED_DIR } from './seed-data';

/**
 * The command-line export (npm run export) from its source, run by tsx, so this needs no build
 * (test/e2e/browser-mode/export-cli.spec.ts runs the built one). It has no window to draw
 * charts, so its Charts sheet says so, and its workbook has the same sheets as the app's.
 */

const PROJECT_ROOT = path.resolve(import.meta.dirname, '..', '..');
const TSX = createRequire(import.meta.url).resolve('tsx/cli');
const SLOW = 60_000;
const run = promisify(execFile);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'crosscheck-export-cli-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the command-line export’s Charts sheet', () => {
  it(
    'is there, with the app’s sheets, and says why it holds no pictures',
    async () => {
      const out = path.join(dir, 'comparison.xlsx');
      const { stdout } = await run(process.execPath, [TSX, '--tsconfig', 'tsconfig.node.json', 'electron/cli/export-cli.ts', '--out', out, '--data-dir', SEED_DIR], { cwd: PROJECT_ROOT });
      expect(stdout).toContain(`to ${out}`);

      const workbook = await readWorkbookFile(out);
      const appPlan = planWorkbook(exportInput(await loadSeedDataset(), newWorkspace(new Date()), new Date(), { charts: TWO_CHARTS }));
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(appPlan.sheets.map((sheet) => sheet.name));

      const charts = workbook.getWorksheet(CHARTS_SHEET)!;
      expect(charts.getCell('A1').value).toBe(CHARTS_SHEET);
      expect(charts.getCell('A3').value).toBe(
        'Charts are drawn by the Crosscheck window; the command-line export has no renderer to draw them. ' +
          'Export from the app (Export to Excel…) to get the delta overview and pinned charts as pictures.',
      );
      // Two lines of wrapped text: the row is made tall enough for them, as Excel would not grow it.
      expect(charts.getRow(3).height).toBeGreaterThanOrEqual(2 * 15);
      expect(charts.getImages()).toEqual([]);
      expect(Object.keys((await openXlsx(out)).files).filter((name) => name.startsWith('xl/drawings/drawing') || name.startsWith('xl/media/'))).toEqual([]);
    },
    SLOW,
  );
});
