import { ARTICLES, ROWS } from '../support/comparison-page';
import { expect, test } from '../support/fixtures';

// Not part of `npm test`: `npm run screenshot` refreshes the README's picture of the grid.
test('README screenshot: both articles, an assumption, and the cash row explained', async ({ app, page }) => {
  await app.editValue('alibaba||dividends', ARTICLES.first, '$4.0 billion');
  await app.selectRow(ROWS.alibabaCash);
  await expect(app.detailPanel.locator('mark').first()).toHaveText('$83.6 billion');
  await page.screenshot({ path: 'test/screenshots/crosscheck-grid.png' });
});
