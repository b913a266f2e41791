import type { Page } from '@playwright/test';
import { ARTICLES, ROWS, type ComparisonPage } from '../support/comparison-page';
import { expect, test } from '../support/fixtures';

// Not part of `npm test`: `npm run screenshot` refreshes the README's picture of the grid.
test('README screenshot: both articles, assumptions, and the cash cell explained', async ({ app, page }) => {
  await app.editValue('alibaba||dividends', ARTICLES.first, '$4.0 billion');
  await app.editValue(ROWS.alibabaCash, ARTICLES.second, '62B');
  await app.editValue(ROWS.alibabaCash, ARTICLES.second, '60B');
  await app.focusValueCell(ROWS.alibabaCash, ARTICLES.second);
  await app.detailPanel.getByLabel('Note on this cell').fill('Matches the FY2025 annual report');
  await app.detailPanel.getByRole('heading', { name: /Cell ·/ }).click();
  await app.waitUntilSaved();
  await expect(app.detailPanel.locator('mark').first()).toHaveText('$83.6 billion');
  await page.screenshot({ path: 'test/screenshots/crosscheck-grid.png' });
});

test('README screenshot: grouped by company, a range selected with its Sum, and the context menu', async ({ app, page }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await app.menu('View', 'Group by company');
  await expect(page.locator('[data-testid="group-header"][data-group="alibaba"]')).toBeVisible();
  await app.editValue(ROWS.alibabaCash, ARTICLES.second, '62B');
  await app.cell(ROWS.alibabaCash, `value:${ARTICLES.first}`).click();
  await page.keyboard.press('Shift+ArrowRight');
  await expect(app.statusBar.getByTestId('stat-sum')).toHaveText('Sum: $145.6B');
  const box = await app.cell(ROWS.alibabaCash, `value:${ARTICLES.first}`).boundingBox();
  if (!box) throw new Error('the cash cell is not on screen');
  await page.mouse.click(box.x + 12, box.y + box.height / 2, { button: "right" });
  await expect(page.getByTestId('context-menu')).toBeVisible();
  await app.waitUntilSaved();
  await page.screenshot({ path: 'test/screenshots/crosscheck-spreadsheet.png' });
});

test.describe('README screenshots of the workbench', () => {
  /** The window at one size, the cash row selected and its chart drawn. */
  async function cashRowAt(app: ComparisonPage, page: Page, width: number, height: number): Promise<void> {
    await page.setViewportSize({ width, height });
    await app.selectRow(ROWS.alibabaCash);
    await page.getByRole('tab', { name: 'Row' }).click();
    await expect(page.getByTestId('row-chart')).toHaveAttribute('data-drawn', /83600000000/);
    await app.waitUntilSaved();
  }

  test('at 1366×768, the cash row selected', async ({ app, page }) => {
    await cashRowAt(app, page, 1366, 768);
    await page.screenshot({ path: 'test/screenshots/crosscheck-laptop.png' });
  });

  test('at 1920×1080, the chart pane', async ({ app, page }) => {
    await cashRowAt(app, page, 1920, 1080);
    await page.screenshot({ path: 'test/screenshots/crosscheck-wide.png' });
    await page.getByTestId('pane-charts').screenshot({ path: 'test/screenshots/crosscheck-charts.png' });
  });
});
