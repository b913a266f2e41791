import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ARTICLES, ComparisonPage, ROWS } from '../support/comparison-page';
import { expect, test } from '../support/fixtures';
import { killHost, startHost } from '../support/host';

test.describe('the workspace on disk', () => {
  test('edits, notes and own rows survive a restart of the app', async ({ app, page, host, dataDir, workspaceDir }) => {
    await test.step('edit, note and add a row; wait until saved', async () => {
      await app.editValue(ROWS.alibabaCash, ARTICLES.second, '70B');
      await app.focusValueCell(ROWS.alibabaCash, ARTICLES.second);
      await app.detailPanel.getByLabel('Note on this cell').fill('Cash after the buyback, per the 20-F');
      await app.detailPanel.getByRole('heading', { name: /Cell ·/ }).click();
      await app.menu('Edit', 'Add row…');
      const dialog = page.getByTestId('add-row-dialog');
      await dialog.getByLabel('Company').fill('Alibaba');
      await dialog.getByLabel('Metric').fill('Cloud capex');
      await dialog.getByRole('button', { name: 'Add row' }).click();
      await app.waitUntilSaved();
    });
    await host.stop();

    const restarted = await startHost(dataDir, workspaceDir);
    try {
      const again = new ComparisonPage(page);
      await again.open(restarted.url);
      await expect(page.locator('[data-workspace="Untitled"]')).toBeVisible();
      await expect(page).toHaveTitle('Untitled — Crosscheck');
      await expect(again.valueCell(ROWS.alibabaCash, ARTICLES.second).getByTestId('value-cell')).toHaveAttribute('data-source', 'assumption');
      await expect(again.deltaCell(ROWS.alibabaCash)).toHaveText('−$13.6B');
      await again.focusValueCell(ROWS.alibabaCash, ARTICLES.second);
      await expect(again.detailPanel.getByLabel('Note on this cell')).toHaveValue('Cash after the buyback, per the 20-F');
      await again.filterRows('Cloud capex');
      await expect(page.locator('.ag-row[row-id^="custom:alibaba"]').first()).toBeVisible();
      await expect(again.notice).toHaveCount(0);
    } finally {
      await restarted.stop();
    }
  });

  test('a forced kill in a burst of edits loses no acknowledged edit, and the restart says what it recovered', async ({ app, page, host, dataDir, workspaceDir }) => {
    const cell = app.valueCell(ROWS.alibabaCash, ARTICLES.second);
    let acknowledged = 0;
    await test.step('a burst of edits, with the host killed in the middle', async () => {
      for (let edit = 1; edit <= 24; edit++) {
        // Edit n sets $(100+n)B: the revision of each edit can be read back from the value.
        await cell.dblclick();
        await cell.locator('input').fill(`${100 + edit}B`);
        await cell.locator('input').press('Enter');
        if (edit === 16) {
          acknowledged = await app.savedRevision();
          await killHost(host);
        }
      }
      expect(acknowledged).toBeGreaterThan(0);
      await expect(app.saveStatus).toHaveAttribute('data-save-state', 'failed');
    });

    const restarted = await startHost(dataDir, workspaceDir);
    try {
      const fresh = await page.context().newPage();
      const again = new ComparisonPage(fresh);
      await again.open(restarted.url);
      await expect(again.notice).toContainText('did not close cleanly');
      await expect(again.notice).toContainText('It holds 1 value in 1 scenario');
      const restored = Number((await again.valueCell(ROWS.alibabaCash, ARTICLES.second).textContent())?.match(/\$(\d+)B/)?.[1]);
      // Every edit up to the last acknowledged revision is on disk (a later one may be too).
      expect(restored - 100).toBeGreaterThanOrEqual(acknowledged);
      expect(restored - 100).toBeLessThanOrEqual(24);
    } finally {
      await restarted.stop();
    }
  });

  test('a corrupt workspace file is refused with its message, and the last good copy is offered', async ({ app, page, host, dataDir, workspaceDir }) => {
    await app.editValue(ROWS.alibabaCash, ARTICLES.second, '70B');
    await app.waitUntilSaved();
    await app.editValue(ROWS.alibabaCash, ARTICLES.second, '75B');
    await app.waitUntilSaved();
    await host.stop();
    const file = path.join(workspaceDir, 'Untitled.crosscheck.json');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.slice(0, Math.floor(text.length / 2)));

    const restarted = await startHost(dataDir, workspaceDir);
    try {
      const again = new ComparisonPage(page);
      await again.open(restarted.url);
      await expect(again.workspaceProblem).toContainText('Untitled');
      await expect(again.workspaceProblem.getByTestId('workspace-problem-message')).toContainText(/line \d+, column \d+/);
      await again.workspaceProblem.getByRole('button', { name: /Open the last good copy/ }).click();
      await expect(again.notice).toContainText('damaged file was kept');
      await expect(again.valueCell(ROWS.alibabaCash, ARTICLES.second)).toContainText('$70B');
      const kept = (await readdir(workspaceDir)).filter((name) => name.startsWith('Untitled.crosscheck.corrupt-'));
      expect(kept).toHaveLength(1);
      expect(await readFile(path.join(workspaceDir, kept[0]), 'utf8')).toBe(text.slice(0, Math.floor(text.length / 2)));
    } finally {
      await restarted.stop();
    }
  });

  test('a reload lets go of the file as the page goes, and opens it again without asking', async ({ app, page }) => {
    await app.editValue(ROWS.alibabaCash, ARTICLES.second, '70B');
    await app.waitUntilSaved();
    await page.reload();
    await app.waitUntilReady();
    await expect(page.locator('[data-workspace="Untitled"]')).toBeVisible();
    await expect(app.workspaceProblem).toHaveCount(0);
    await expect(app.valueCell(ROWS.alibabaCash, ARTICLES.second)).toContainText('$70B');
    await app.editValue(ROWS.alibabaCash, ARTICLES.second, '71B');
    await app.waitUntilSaved();
  });

  test('a second window is told the workspace is taken, and taking it over stops the first from saving', async ({ app, page, host }) => {
    await app.waitUntilSaved();
    const second = new ComparisonPage(await page.context().newPage());
    await second.open(host.url);
    await expect(second.workspaceProblem).toContainText('open in another Crosscheck window');
    await second.workspaceProblem.getByRole('button', { name: 'Take it over here' }).click();
    await expect(second.page.locator('[data-workspace="Untitled"]')).toBeVisible();
    await app.editValue(ROWS.alibabaCash, ARTICLES.second, '70B');
    await expect(page.getByTestId('save-error')).toContainText('opened in another window');
  });
});
