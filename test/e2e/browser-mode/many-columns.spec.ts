import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { syntheticDesk } from '../../support/synthetic-desk';
import { makeEmptyDir, removeDir, startHost, type RunningHost } from '../support/host';

/**
 * A desk of 20 articles: 20 value columns and 19 per-article deltas, more than the grid draws
 * at once. Only the columns in view are in the page, the far ones come in on a scroll, and an
 * edit still reaches its deltas.
 */
test.describe('many articles', () => {
  let root: string;
  let host: RunningHost;

  test.beforeEach(async () => {
    root = await makeEmptyDir('crosscheck-desk-');
    const desk = syntheticDesk({ name: 'desk', articles: 20, figuresPerArticle: 40 });
    const dataDir = path.join(root, 'data');
    const workspaceDir = path.join(root, 'workspaces');
    await mkdir(dataDir);
    await mkdir(workspaceDir);
    for (const { file, text } of desk.articles) {
      await writeFile(path.join(dataDir, `${file.article.id}.article.json`), JSON.stringify(file));
      await writeFile(path.join(dataDir, file.article.textFile), text);
    }
    await writeFile(path.join(workspaceDir, 'Desk.crosscheck.json'), JSON.stringify(desk.workspace));
    await writeFile(path.join(workspaceDir, 'crosscheck-state.json'), JSON.stringify({ lastOpened: 'Desk', recent: ['Desk'] }));
    host = await startHost(dataDir, workspaceDir);
  });

  test.afterEach(async () => {
    await host.stop();
    await removeDir(root);
  });

  test('the grid draws only the columns in view, brings the far ones in on a scroll, and an edit still moves the deltas', async ({ page }) => {
    await page.goto(host.url);
    await expect(page.locator('[data-app-state="ready"][data-workspace="Desk"]')).toBeVisible();
    await expect(page.getByTestId('article-count')).toHaveText('20 articles');
    const headers = page.locator('.ag-header-cell[col-id]');
    await expect(headers.first()).toBeVisible();
    // 3 identity columns, 20 values, 19 deltas, the analyst's column, the summary: far more than are drawn.
    expect(await headers.count()).toBeLessThan(30);
    const lastArticle = page.locator('.ag-header-cell[col-id="value:desk-020"]');
    await expect(lastArticle).toHaveCount(0);

    await page.locator('.ag-body-horizontal-scroll-viewport').evaluate((viewport) => {
      viewport.scrollLeft = viewport.scrollWidth;
    });
    await expect(lastArticle).toBeVisible();
    await page.locator('.ag-body-horizontal-scroll-viewport').evaluate((viewport) => {
      viewport.scrollLeft = 0;
    });

    const row = page.locator('.ag-row[row-id="company-0||revenue"]');
    const baseline = row.locator('.ag-cell[col-id="value:desk-001"]');
    const delta = row.locator('.ag-cell[col-id="delta:desk-002"]');
    const before = await delta.textContent();
    await baseline.dblclick();
    await baseline.locator('input').fill('1B');
    await baseline.locator('input').press('Enter');
    await expect(baseline).toContainText('$1B');
    await expect(delta).not.toHaveText(before ?? '');
    await expect(delta).toContainText('+');
  });
});
