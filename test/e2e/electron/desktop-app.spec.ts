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

  test('copies a range to the system clipboard and pastes a spreadsheet block, from the keys and the native Edit menu', async () => {
    test.skip(skipReason !== null, skipReason ?? '');
    if (!('path' in binary)) return;
    const dataDir = await makeDataDir();
    let app: ElectronApplication | undefined;
    /** Clicks a native menu item by its label, wherever it sits in the menu bar. */
    const clickMenu = (label: string) =>
      app?.evaluate(({ Menu }, wanted) => {
        type Item = { label: string; click: () => void; submenu?: { items: Item[] } | null };
        const find = (items: Item[]): Item | undefined => items.find((item) => item.label === wanted) ?? items.map((item) => (item.submenu ? find(item.submenu.items) : undefined)).find(Boolean);
        find((Menu.getApplicationMenu()?.items ?? []) as unknown as Item[])?.click();
      }, label);
    try {
      const desktop = await electron.launch({ executablePath: binary.path, args: [PROJECT_ROOT, '--data-dir', dataDir, '--workspace-dir', path.join(dataDir, 'workspaces')] });
      app = desktop;
      const page = await desktop.firstWindow();
      const comparison = new ComparisonPage(page);
      await comparison.waitUntilReady();
      // Electron's clipboard module, which writes text and HTML at once (the page's types name the DOM's).
      type DesktopClipboard = { write(data: { text: string; html: string }): void };
      await test.step('Ctrl+C on a range writes TSV to the system clipboard', async () => {
        await comparison.cell(ROWS.alibabaCash, `value:${ARTICLES.first}`).click();
        await page.keyboard.press('Shift+ArrowRight');
        await page.keyboard.press('ControlOrMeta+c');
        await expect.poll(() => app?.evaluate(({ clipboard }) => clipboard.readText())).toBe('83.6\t60');
      });
      await test.step('Edit › Copy with Headers adds the header row', async () => {
        await clickMenu('Copy with Headers');
        await expect.poll(() => app?.evaluate(({ clipboard }) => clipboard.readText())).toMatch(/^Article 1 .*\tArticle 2\n83\.6\t60$/);
      });
      await test.step('a block from a spreadsheet pastes into the cells, and Edit › Undo takes it back in one step', async () => {
        await desktop.evaluate(({ clipboard }) =>
          (clipboard as unknown as DesktopClipboard).write({ text: '75\t80\r\n', html: '<table><tr><td x:num>75</td><td x:num>80</td></tr></table>' }),
        );
        await comparison.cell(ROWS.alibabaCash, `value:${ARTICLES.second}`).click();
        await page.keyboard.press('ControlOrMeta+v');
        await expect(comparison.valueCell(ROWS.alibabaCash, ARTICLES.second)).toContainText('$75B');
        await expect(comparison.cell(ROWS.alibabaCash, 'value:@analyst')).toContainText('$80B');
        await desktop.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('undo')?.click());
        await expect(comparison.valueCell(ROWS.alibabaCash, ARTICLES.second)).toContainText('$60B');
      });
    } finally {
      await app?.close();
      await removeDir(dataDir);
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
