import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ARTICLES, ComparisonPage, ROWS } from '../support/comparison-page';
import { expectBadInputRefused, expectEditChangesDelta, expectSeedKnownAnswers } from '../support/known-answers';
import { findElectronBinary } from '../support/electron-binary';
import { makeDataDir, makeEmptyDir, PROJECT_ROOT, removeDir } from '../support/host';

const binary = findElectronBinary();
/** Why these tests cannot run here, or null where Electron's binary exists. */
const skipReason = 'reason' in binary ? binary.reason : null;

test.describe('the desktop app (Electron)', () => {
  test.beforeAll(() => {
    if (skipReason) console.log(`[electron] skipped: ${skipReason}`);
  });

  test('shows the known answers, takes an edit and refuses bad input through the preload bridge', async () => {
    test.skip(skipReason !== null, skipReason ?? '');
    if (!('path' in binary)) return;
    const dataDir = await makeDataDir();
    let app: ElectronApplication | undefined;
    try {
      app = await electron.launch({ executablePath: binary.path, args: [PROJECT_ROOT, '--data-dir', dataDir, '--workspace-dir', path.join(dataDir, 'workspaces')] });
      const page = await app.firstWindow();
      const comparison = new ComparisonPage(page);
      await comparison.waitUntilReady();

      await test.step('the preload exposes one named bridge and no Node', async () => {
        expect(await page.evaluate(() => typeof (globalThis as unknown as { crosscheck?: { invoke?: unknown } }).crosscheck?.invoke)).toBe('function');
        expect(await page.evaluate(() => typeof (globalThis as unknown as { require?: unknown }).require)).toBe('undefined');
      });
      await expectSeedKnownAnswers(comparison);
      await expectEditChangesDelta(comparison);
      await expectBadInputRefused(comparison);
    } finally {
      await app?.close();
      await removeDir(dataDir);
    }
  });

  test('the native Edit menu undoes, and the workspace is there after a restart', async () => {
    test.skip(skipReason !== null, skipReason ?? '');
    if (!('path' in binary)) return;
    const dataDir = await makeDataDir();
    const workspaceDir = await makeEmptyDir();
    const launch = () => electron.launch({ executablePath: binary.path, args: [PROJECT_ROOT, '--data-dir', dataDir, '--workspace-dir', workspaceDir] });
    let app: ElectronApplication | undefined;
    try {
      app = await launch();
      const first = new ComparisonPage(await app.firstWindow());
      await first.waitUntilReady();
      await first.editValue(ROWS.alibabaCash, ARTICLES.second, '70B');
      await first.editValue(ROWS.alibabaCash, ARTICLES.second, '75B');
      await first.selectRow(ROWS.alibabaCash);
      await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('undo')?.click());
      await expect(first.valueCell(ROWS.alibabaCash, ARTICLES.second)).toContainText('$70B');
      await first.waitUntilSaved();
      await app.close();

      app = await launch();
      const again = new ComparisonPage(await app.firstWindow());
      await again.waitUntilReady();
      await expect(again.valueCell(ROWS.alibabaCash, ARTICLES.second)).toContainText('$70B');
      await expect(again.notice).toHaveCount(0);
    } finally {
      await app?.close();
      await removeDir(dataDir);
      await removeDir(workspaceDir);
    }
  });

  test('names a broken dataset file and still shows the rest', async () => {
    test.skip(skipReason !== null, skipReason ?? '');
    if (!('path' in binary)) return;
    const dataDir = await makeDataDir();
    const file = path.join(dataDir, `${ARTICLES.second}.article.json`);
    await writeFile(file, (await readFile(file, 'utf8')).replace('"schemaVersion": 1,', '"schemaVersion": 1'));
    let app: ElectronApplication | undefined;
    try {
      app = await electron.launch({ executablePath: binary.path, args: [PROJECT_ROOT, '--data-dir', dataDir, '--workspace-dir', path.join(dataDir, 'workspaces')] });
      const comparison = new ComparisonPage(await app.firstWindow());
      await comparison.waitUntilReady();
      await expect(comparison.dataProblems).toContainText(`${ARTICLES.second}.article.json`);
      await expect(comparison.dataProblems).toContainText('line 3, column 3');
      await expect(comparison.valueCell(ROWS.alibabaCash, ARTICLES.first)).toContainText('$83.6B');
    } finally {
      await app?.close();
      await removeDir(dataDir);
    }
  });
});
