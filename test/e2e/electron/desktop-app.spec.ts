import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { ARTICLES, ComparisonPage, ROWS } from '../support/comparison-page';
import { findElectronBinary } from '../support/electron-binary';
import { makeDataDir, PROJECT_ROOT, removeDir } from '../support/host';

const binary = findElectronBinary();

test.describe('the desktop app (Electron)', () => {
  test.beforeAll(() => {
    if ('reason' in binary) console.log(`[electron] skipped: ${binary.reason}`);
  });

  test('shows the comparison, takes an edit and refuses bad input through the preload bridge', async () => {
    test.skip('reason' in binary, 'reason' in binary ? binary.reason : '');
    if (!('path' in binary)) return;
    const dataDir = await makeDataDir();
    let app: ElectronApplication | undefined;
    try {
      app = await electron.launch({ executablePath: binary.path, args: [PROJECT_ROOT, '--data-dir', dataDir] });
      const page = await app.firstWindow();
      const comparison = new ComparisonPage(page);
      await comparison.waitUntilReady();

      await test.step('the preload exposes one named bridge and no Node', async () => {
        expect(await page.evaluate(() => typeof (globalThis as unknown as { crosscheck?: { invoke?: unknown } }).crosscheck?.invoke)).toBe('function');
        expect(await page.evaluate(() => typeof (globalThis as unknown as { require?: unknown }).require)).toBe('undefined');
      });
      await test.step('the known answer for Alibaba cash', async () => {
        await expect(comparison.deltaCell(ROWS.alibabaCash)).toHaveText('−$23.6B');
        await expect(comparison.deltaPercentCell(ROWS.alibabaCash)).toHaveText('−28.2%');
      });
      await test.step('an edit changes the delta', async () => {
        await comparison.editValue(ROWS.alibabaCash, ARTICLES.second, '70B');
        await expect(comparison.deltaCell(ROWS.alibabaCash)).toHaveText('−$13.6B');
      });
      await test.step('bad input is refused', async () => {
        await comparison.editValue(ROWS.alibabaCash, ARTICLES.second, '5%');
        await expect(comparison.cellError).toContainText('is a percentage');
        await expect(comparison.deltaCell(ROWS.alibabaCash)).toHaveText('−$13.6B');
      });
    } finally {
      await app?.close();
      await removeDir(dataDir);
    }
  });
});
