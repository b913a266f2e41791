import { appendFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ARTICLES, ComparisonPage, ROWS } from '../support/comparison-page';
import { expect, test } from '../support/fixtures';
import { startHost } from '../support/host';

test.describe('trust every number', () => {
  test('a selected row shows both articles side by side with its quotes highlighted; a figure in the text selects its row', async ({ app, page }) => {
    await app.selectRow(ROWS.alibabaCash);
    const sources = page.getByTestId('sources-view');
    const first = sources.getByTestId(`article-text-${ARTICLES.first}`);
    const second = sources.getByTestId(`article-text-${ARTICLES.second}`);
    await expect(first.getByTestId('selected-figure')).toHaveText('$83.6 billion');
    await expect(first.getByTestId('selected-quote')).toContainText('cash reserves');
    await expect(second.getByTestId('selected-figure')).toHaveText('$60 billion');
    await expect(second.getByTestId('selected-quote')).toContainText('in cash and a shareholder-friendly balance sheet');
    await expect(first.getByRole('button', { name: /: go to Xiaopeng \(XPeng\) · Net loss$/ })).toHaveAttribute('title', /CNY 10\.4B · period 2023/);
    await test.step('other figures are marked; clicking one selects its row', async () => {
      await first.getByRole('button', { name: /: go to Xiaopeng \(XPeng\) · Net loss$/ }).click();
      await expect(app.detailPanel.getByRole('heading', { level: 2 })).toHaveText('Xiaopeng (XPeng) · Net loss');
      await expect(first.getByTestId('selected-figure')).toHaveText('CNY10.4 billion');
    });
  });

  test('a CNY loss compares with a USD figure only once a rate is set, and the delta follows the rate', async ({ app, page }) => {
    await app.filterRows('Xiaopeng');
    await app.editValue(ROWS.xpengNetLoss, ARTICLES.second, '$1.5B');
    await expect(app.valueCell(ROWS.xpengNetLoss, ARTICLES.second)).toContainText('$1.5B');
    await expect(app.statusCell(ROWS.xpengNetLoss)).toHaveAttribute('data-status', 'different-currency');
    await app.selectRow(ROWS.xpengNetLoss);
    await expect(app.detailPanel.getByTestId('reasons')).toContainText('Set a USD/CNY rate');

    const setRate = async (rate: string) => {
      await app.menu('Edit', 'FX rates…');
      const fx = page.getByTestId('fx-dialog');
      await fx.getByLabel('From currency').selectOption('USD');
      await fx.getByLabel('To currency').selectOption('CNY');
      await fx.getByLabel('Rate', { exact: true }).fill(rate);
      await fx.getByLabel('As of').fill('2025-05-26');
      await fx.getByLabel('Source note').fill('PBoC central parity');
      await fx.getByRole('button', { name: 'Set rate' }).click();
      await fx.getByRole('button', { name: 'Done' }).click();
    };
    await setRate('7.2');
    await expect(app.statusCell(ROWS.xpengNetLoss)).toHaveAttribute('data-status', 'comparable');
    await expect(app.deltaCell(ROWS.xpengNetLoss)).toHaveText('+CNY 400M');
    await expect(app.valueCell(ROWS.xpengNetLoss, ARTICLES.second).getByTestId('converted-value')).toHaveText('≈ CNY 10.8B');
    await expect(app.detailPanel.getByTestId('conversion')).toContainText('1 USD = 7.2 CNY, your rate as of 2025-05-26 (PBoC central parity)');
    await setRate('7.0');
    await expect(app.deltaCell(ROWS.xpengNetLoss)).toHaveText('+CNY 100M');
  });

  test('valuation multiples are related, not comparable, with the reason; a fiscal quarter shows its dates', async ({ app }) => {
    await app.selectRow(ROWS.alibabaForwardEvSales);
    await expect(app.statusCell(ROWS.alibabaForwardEvSales)).toHaveAttribute('data-status', 'related-metric');
    await expect(app.detailPanel.getByTestId('reasons')).toContainText('Forward P/E');
    await app.filterRows('Cloud Intelligence');
    await app.selectRow('alibaba|Cloud Intelligence Group|revenue-growth');
    await expect(app.detailPanel.getByTestId('resolved-period')).toContainText('1 Jan – 31 Mar 2025');
  });

  test('the filters show only comparable rows, only disagreements, or only rows with the analyst’s values', async ({ app, page }) => {
    const show = page.getByRole('combobox', { name: 'Show rows' });
    await show.selectOption('comparable');
    await expect(app.statusCell(ROWS.alibabaCash)).toBeVisible();
    await expect(page.locator(`.ag-row[row-id="${ROWS.lenovoRevenueGrowth}"]`)).toHaveCount(0);
    await show.selectOption('disagreements');
    await expect(app.statusCell(ROWS.lenovoRevenueGrowth)).toHaveAttribute('data-status', 'conflict');
    await expect(page.locator(`.ag-row[row-id="${ROWS.alibabaCash}"]`)).toHaveCount(0);
    await expect(page.getByTestId('disagreement-count')).toHaveText('1 disagreement');
    await show.selectOption('all');
    await app.editValue('alibaba||dividends', ARTICLES.first, '4B');
    await show.selectOption('assumptions');
    await expect(page.locator('.ag-row[row-id="alibaba||dividends"]').first()).toBeVisible();
    await expect(page.locator(`.ag-row[row-id="${ROWS.alibabaCash}"]`)).toHaveCount(0);
  });

  test('markup and script in an article are shown as text, never run', async ({ page, dataDir }) => {
    await appendFile(path.join(dataDir, `${ARTICLES.second}.txt`), '\n<b>bold?</b><script>window.__ran = true</script><img src=x onerror="window.__ran = true">');
    const host = await startHost(dataDir);
    try {
      const app = new ComparisonPage(page);
      await app.open(host.url);
      await app.selectRow(ROWS.alibabaCash);
      const text = page.getByTestId(`article-text-${ARTICLES.second}`);
      await expect(text).toContainText('<script>window.__ran = true</script>');
      await expect(text.locator('script, b, img')).toHaveCount(0);
      expect(await page.evaluate(() => (globalThis as { __ran?: boolean }).__ran)).toBeUndefined();
    } finally {
      await host.stop();
    }
  });

  test('a figure whose quote is not at its recorded position is flagged, and not marked in the wrong place', async ({ page, dataDir }) => {
    const file = path.join(dataDir, `${ARTICLES.second}.article.json`);
    const json = JSON.parse(await readFile(file, 'utf8'));
    const cash = json.figures.find((figure: { id: string }) => figure.id === 'alibaba-cash');
    // Shifted together, the figure stays inside its quote (the schema holds) but neither is where it says.
    for (const span of [cash.quote, cash.asWritten]) {
      span.start += 3;
      span.end += 3;
    }
    await writeFile(file, JSON.stringify(json, null, 2));
    const host = await startHost(dataDir);
    try {
      const app = new ComparisonPage(page);
      await app.open(host.url);
      await expect(app.dataProblems).toContainText('The quote of alibaba-cash is not at characters');
      await app.selectRow(ROWS.alibabaCash);
      const second = page.getByTestId('sources-view').getByTestId(`source-column-${ARTICLES.second}`);
      await expect(second.getByTestId('quote-warning')).toContainText('Quote not found at its recorded position');
      await expect(second.getByTestId('selected-quote')).toHaveCount(0);
    } finally {
      await host.stop();
    }
  });

  test('correcting a period is the analyst’s call, and it settles a conflict it explains', async ({ app }) => {
    await app.filterRows('Lenovo');
    await expect(app.statusCell(ROWS.lenovoRevenueGrowth)).toHaveAttribute('data-status', 'conflict');
    await app.selectRow(ROWS.lenovoRevenueGrowth);
    const detail = app.detailPanel.getByTestId(`cell-detail-${ARTICLES.first}`);
    const correction = detail.getByLabel('Correct the period of 24%');
    await correction.fill('FY2024/25');
    await correction.press('Enter');
    await expect(detail).toContainText('Your reading: FY2024/25');
    await expect(detail.getByTestId('resolved-period').last()).toContainText('1 Apr 2024 – 31 Mar 2025');
    await expect(app.statusCell(ROWS.lenovoRevenueGrowth)).not.toHaveAttribute('data-status', 'conflict');
    // Ctrl+Z in the field would undo its text; in the grid it undoes the correction.
    await app.selectRow(ROWS.lenovoRevenueGrowth);
    await app.page.keyboard.press('Control+z');
    await expect(app.statusCell(ROWS.lenovoRevenueGrowth)).toHaveAttribute('data-status', 'conflict');
  });
});
