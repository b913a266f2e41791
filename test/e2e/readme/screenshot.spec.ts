import { ARTICLES, ROWS } from '../support/comparison-page';
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
