import ExcelJS from 'exceljs';
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { makeEmptyDir, PROJECT_ROOT, removeDir } from '../support/host';
import { ARTICLES, ROWS } from '../support/comparison-page';

const run = promisify(execFile);
const CLI = path.join(PROJECT_ROOT, 'out', 'main', 'export-cli.js');

test.describe('command-line export (npm run export)', () => {
  test('writes a given workspace’s comparison, with the analyst’s values and live deltas', async () => {
    const dir = await makeEmptyDir('crosscheck-cli-');
    try {
      const setAt = '2026-11-21T10:00:00.000Z';
      const workspace = {
        schemaVersion: 3,
        createdAt: setAt,
        activeScenarioId: 'base',
        scenarios: [{ id: 'base', name: 'Base', assumptions: { [ROWS.alibabaCash]: { [ARTICLES.second]: { value: 7e10, input: '70B', setAt } } }, fxRates: {} }],
        customRows: [],
        notes: {},
        history: {},
        periodOverrides: {},
        settings: { disagreementTolerance: 0.01 },
      };
      const workspaceFile = path.join(dir, 'Plan.crosscheck.json');
      await writeFile(workspaceFile, JSON.stringify(workspace));
      const out = path.join(dir, 'comparison.xlsx');
      const { stdout } = await run(process.execPath, [CLI, '--out', out, '--workspace', workspaceFile]);
      expect(stdout).toContain(`to ${out}`);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load((await readFile(out)) as unknown as ExcelJS.Buffer);
      const sheet = book.getWorksheet('Comparison')!;
      const headers = (sheet.getRow(1).values as unknown[]).map(String);
      let cash: unknown[] | undefined;
      sheet.eachRow((row) => {
        if ((row.values as unknown[]).includes(ROWS.alibabaCash)) cash = row.values as unknown[];
      });
      expect(cash?.[headers.indexOf('Article 2 (26 May 2025)')]).toBe(7e10);
      expect(cash?.[headers.indexOf('Δ (latest other − baseline)')]).toMatchObject({ result: 7e10 - 83.6e9 });
    } finally {
      await removeDir(dir);
    }
  });

  test('says what is wrong with a broken workspace file, and writes nothing', async () => {
    const dir = await makeEmptyDir('crosscheck-cli-');
    try {
      const workspaceFile = path.join(dir, 'Broken.crosscheck.json');
      await writeFile(workspaceFile, '{"schemaVersion": 3, "scenarios": 7}');
      const out = path.join(dir, 'comparison.xlsx');
      const failed = await run(process.execPath, [CLI, '--out', out, '--workspace', workspaceFile]).then(
        () => null,
        (error: { code: number; stderr: string }) => error,
      );
      expect(failed?.code).toBe(1);
      expect(failed?.stderr).toContain('is not a valid workspace at');
      await expect(readFile(out)).rejects.toThrow('ENOENT');
    } finally {
      await removeDir(dir);
    }
  });
});
