import { ARTICLES, ComparisonPage, ROWS } from '../support/comparison-page';
import { expect, test } from '../support/fixtures';

test.describe('undo, scenarios and history', () => {
  test('undo and redo work across a sort and a filter', async ({ app, page }) => {
    await app.editValue(ROWS.alibabaCash, ARTICLES.second, '70B');
    await app.editValue(ROWS.alibabaCash, ARTICLES.first, '80B');
    await expect(app.deltaCell(ROWS.alibabaCash)).toHaveText('−$10B');
    await test.step('sort by Δ and filter', async () => {
      await page.locator('.ag-header-cell[col-id="delta"] .ag-sort-indicator-container').click();
      await expect(page.locator('.ag-header-cell[col-id="delta"]')).toHaveAttribute('aria-sort', 'ascending');
      await app.filterRows('Alibaba');
    });
    await test.step('Ctrl+Z twice, then Ctrl+Shift+Z and Ctrl+Y', async () => {
      await app.selectRow(ROWS.alibabaCash);
      await page.keyboard.press('Control+z');
      await expect(app.deltaCell(ROWS.alibabaCash)).toHaveText('−$13.6B');
      await page.keyboard.press('Control+z');
      await expect(app.deltaCell(ROWS.alibabaCash)).toHaveText('−$23.6B');
      await page.keyboard.press('Control+Shift+z');
      await expect(app.deltaCell(ROWS.alibabaCash)).toHaveText('−$13.6B');
      await page.keyboard.press('Control+y');
      await expect(app.deltaCell(ROWS.alibabaCash)).toHaveText('−$10B');
    });
    await test.step('the toolbar buttons do the same', async () => {
      await page.getByRole('button', { name: 'Undo', exact: true }).click();
      await expect(app.deltaCell(ROWS.alibabaCash)).toHaveText('−$13.6B');
      await page.getByRole('button', { name: 'Redo', exact: true }).click();
      await expect(app.deltaCell(ROWS.alibabaCash)).toHaveText('−$10B');
    });
  });

  test('switching scenario changes the deltas at once; two scenarios show side by side', async ({ app, page }) => {
    await app.duplicateScenario('Bull');
    await app.editValue(ROWS.alibabaCash, ARTICLES.second, '70B');
    await expect(app.deltaCell(ROWS.alibabaCash)).toHaveText('−$13.6B');
    await app.scenarioSelect().selectOption('base');
    await expect(app.deltaCell(ROWS.alibabaCash)).toHaveText('−$23.6B');
    await expect(app.valueCell(ROWS.alibabaCash, ARTICLES.second)).toContainText('$60B');

    await test.step('compare Base with Bull', async () => {
      await page.getByRole('combobox', { name: 'Compare with scenario' }).selectOption('bull');
      await expect(app.cell(ROWS.alibabaCash, 'estimate-active')).toHaveText('$60B');
      await expect(app.cell(ROWS.alibabaCash, 'estimate-other')).toHaveText('$70B');
      await expect(app.cell(ROWS.alibabaCash, 'estimate-difference')).toHaveText('+$10B');
    });
    await test.step('rename and delete a scenario, and undo the delete', async () => {
      await app.scenarioSelect().selectOption('bull');
      await app.scenarioAction('Rename…');
      await page.getByTestId('name-dialog').getByRole('textbox').fill('Bull case');
      await page.getByTestId('name-dialog').getByRole('button', { name: 'Rename' }).click();
      await expect(app.scenarioSelect().locator('option:checked')).toHaveText('Bull case');
      await app.scenarioAction('Delete');
      await expect(app.scenarioSelect().locator('option')).toHaveText(['Base']);
      await page.getByRole('button', { name: 'Undo', exact: true }).click();
      await expect(app.scenarioSelect().locator('option')).toHaveText(['Base', 'Bull case']);
      await expect(app.deltaCell(ROWS.alibabaCash)).toHaveText('−$13.6B');
    });
  });

  test('a cell’s history lists its values and restores an earlier one', async ({ app }) => {
    await app.editValue(ROWS.alibabaCash, ARTICLES.second, '70B');
    await app.editValue(ROWS.alibabaCash, ARTICLES.second, '65B');
    await app.focusValueCell(ROWS.alibabaCash, ARTICLES.second);
    const history = app.detailPanel.getByTestId('cell-history');
    await expect(history.locator('li')).toHaveCount(2);
    await expect(history.locator('li').first()).toContainText('$65B');
    await expect(history.locator('li').first()).toContainText('replacing $70B');
    await expect(history.locator('li').nth(1)).toContainText('replacing $60B (article)');
    await history.locator('li').nth(1).getByRole('button', { name: 'Restore' }).click();
    await expect(app.valueCell(ROWS.alibabaCash, ARTICLES.second)).toContainText('$70B');
    await expect(history.locator('li').first()).toContainText('restored');
  });

  test('no request leaves the machine during a whole session', async ({ page, host }) => {
    const origin = new URL(host.url).origin;
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    // Listening before the page loads, so the very first request counts too.
    const app = new ComparisonPage(page);
    await app.open(host.url);
    await app.editValue(ROWS.alibabaCash, ARTICLES.second, '70B');
    await app.duplicateScenario('Bear');
    await app.editValue(ROWS.alibabaCash, ARTICLES.second, '50B');
    await page.keyboard.press('Control+z');
    await app.focusValueCell(ROWS.alibabaCash, ARTICLES.second);
    await app.detailPanel.getByLabel('Note on this cell').fill('Checked offline');
    await app.menu('Edit', 'FX rates…');
    const fx = page.getByTestId('fx-dialog');
    await fx.getByLabel('Rate', { exact: true }).fill('0.14');
    await fx.getByRole('button', { name: 'Set rate' }).click();
    await expect(fx.getByTestId('fx-CNY-USD')).toContainText('1 CNY = 0.14 USD');
    await fx.getByRole('button', { name: 'Done' }).click();
    await app.menu('Edit', 'Add row…');
    await page.getByTestId('add-row-dialog').getByLabel('Company').fill('Lenovo');
    await page.getByTestId('add-row-dialog').getByLabel('Metric').fill('Server backlog');
    await page.getByTestId('add-row-dialog').getByRole('button', { name: 'Add row' }).click();
    await app.fileMenu('Save As…');
    await page.getByTestId('name-dialog').getByRole('textbox').fill('Offline check');
    await page.getByTestId('name-dialog').getByRole('button', { name: 'Save' }).click();
    await expect(page.locator('[data-workspace="Offline check"]')).toBeVisible();
    await app.waitUntilSaved();
    await expect(page).toHaveTitle('Offline check — Crosscheck');
    await app.fileMenu('Untitled');
    await expect(page.locator('[data-workspace="Untitled"]')).toBeVisible();
    await app.filterRows('Cash reserves');
    await expect(app.valueCell(ROWS.alibabaCash, ARTICLES.second)).toContainText('$70B');
    expect(requests.length).toBeGreaterThan(5);
    expect(requests.filter((url) => !url.startsWith(`${origin}/`) && url !== 'about:blank' && !url.startsWith('data:'))).toEqual([]);
  });
});
