import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import ExcelJS from 'exceljs';
import type { Locator, Page } from '@playwright/test';
import { ARTICLES, ROWS } from '../support/comparison-page';
import { expect, test } from '../support/fixtures';

const LAPTOP = { width: 1366, height: 768 };

/** The values a chart holds once it has drawn, as its element reports them. */
async function drawnValues(chart: Locator, key: string): Promise<unknown[]> {
  const drawn = await chart.getAttribute('data-drawn');
  if (!drawn) return [];
  return (JSON.parse(drawn) as Record<string, unknown>[]).map((datum) => datum[key]);
}

/** How many grid rows are drawn wholly inside the grid's visible body. */
async function rowsInView(page: Page): Promise<number> {
  return page.evaluate(() => {
    // Between the header and the horizontal scrollbar (or the status bar, when it has none).
    const top = document.querySelector('.ag-header')?.getBoundingClientRect().bottom;
    const scrollbar = document.querySelector('.ag-body-horizontal-scroll')?.getBoundingClientRect();
    const statusBar = document.querySelector('.status-bar')?.getBoundingClientRect();
    if (top === undefined || !statusBar) return 0;
    const bottom = scrollbar && scrollbar.height > 0 ? scrollbar.top : statusBar.top;
    const ids = new Set<string>();
    for (const row of document.querySelectorAll('.ag-row[row-id]')) {
      const box = row.getBoundingClientRect();
      if (box.height > 0 && box.top >= top - 1 && box.bottom <= bottom + 1) ids.add(row.getAttribute('row-id') ?? '');
    }
    return ids.size;
  });
}

async function isInViewport(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize();
  return !!box && !!viewport && box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height;
}

test.describe('the workbench on a laptop screen', () => {
  test.use({ viewport: LAPTOP });

  test('at 1366×768 the cash row’s comparison is in view without scrolling sideways, with at least 15 rows and a one-line toolbar', async ({ app, page }) => {
    await app.selectRow(ROWS.alibabaCash);
    await expect(page.getByTestId('pane-detail')).toBeVisible();
    await expect(page.getByTestId('pane-sources')).toBeVisible();
    for (const cell of [app.valueCell(ROWS.alibabaCash, ARTICLES.first), app.valueCell(ROWS.alibabaCash, ARTICLES.second), app.deltaCell(ROWS.alibabaCash), app.deltaPercentCell(ROWS.alibabaCash), app.cell(ROWS.alibabaCash, 'status')]) {
      expect(await isInViewport(page, cell)).toBe(true);
    }
    expect(await page.locator('.ag-body-horizontal-scroll-viewport').evaluate((element) => element.scrollLeft)).toBe(0);
    expect(await rowsInView(page)).toBeGreaterThanOrEqual(15);
    const toolbar = await page.locator('.toolbar').boundingBox();
    expect(toolbar?.height).toBeLessThan(48);
  });

  test('a pane resized, closed and reopened keeps its size, and so does a reload', async ({ app, page }) => {
    const side = page.locator('[data-panel][id="side"]');
    const widthOf = async () => Math.round((await side.boundingBox())?.width ?? 0);
    const before = await widthOf();
    await test.step('three presses of ← on the splitter widen the side panes', async () => {
      await page.locator('#side-splitter').focus();
      for (let step = 0; step < 3; step++) await page.keyboard.press('ArrowLeft');
      await expect.poll(widthOf).toBeGreaterThan(before + 40);
    });
    const resized = await widthOf();
    await test.step('closed with its ×, the chart pane takes no room; reopened from the status bar, it has its size back', async () => {
      await page.getByTestId('pane-charts').getByRole('button', { name: 'Hide the charts pane' }).click();
      await expect(side).toHaveCount(0);
      await expect(page.getByTestId('toggle-charts')).toHaveAttribute('aria-pressed', 'false');
      await page.getByTestId('toggle-charts').click();
      await expect(page.getByTestId('pane-charts')).toBeVisible();
      await expect.poll(widthOf).toBe(resized);
    });
    await test.step('the keyboard closes and opens it too', async () => {
      await page.keyboard.press('Control+Alt+3');
      await expect(page.getByTestId('pane-charts')).toHaveCount(0);
      await page.keyboard.press('Control+Alt+3');
      await expect(page.getByTestId('pane-charts')).toBeVisible();
    });
    await app.waitUntilSaved();
    await page.reload();
    await app.waitUntilReady();
    await expect.poll(widthOf).toBe(resized);
  });

  test('Escape closes the File menu and every dialog', async ({ app, page }) => {
    await page.locator('summary', { hasText: /^File$/ }).click();
    await expect(page.getByRole('menu', { name: 'File' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('menu', { name: 'File' })).toBeHidden();
    const dialogs: [string, string][] = [
      ['View', 'Columns…'],
      ['Edit', 'Add row…'],
      ['Edit', 'FX rates…'],
      ['Edit', 'Settings…'],
      ['Help', 'Keyboard shortcuts…'],
      ['File', 'Export to Excel…'],
      ['File', 'Open…'],
    ];
    for (const [menu, item] of dialogs) {
      await test.step(`${menu} › ${item}`, async () => {
        await app.menu(menu, item);
        await expect(page.getByRole('dialog')).toBeVisible();
        // Focus anywhere: on the page itself after a click on the backdrop's edge, too.
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        await page.keyboard.press('Escape');
        await expect(page.getByRole('dialog')).toHaveCount(0);
      });
    }
  });
});

test.describe('charts', () => {
  test('the row chart draws the cash row from the grid’s numbers, and follows an edit and a scenario switch', async ({ app, page }) => {
    const chart = page.getByTestId('row-chart');
    await test.step('83.6B and 60B, oldest first, the baseline marked', async () => {
      await app.selectRow(ROWS.alibabaCash);
      await page.getByRole('tab', { name: 'Row' }).click();
      await expect.poll(() => drawnValues(chart, 'value')).toEqual([83.6e9, 60e9]);
      expect(await drawnValues(chart, 'role')).toEqual(['baseline', 'article']);
      await expect(chart.locator('tr[data-role="baseline"]')).toContainText('article 1 (Nov 2024, inferred) · baseline$83.6B');
    });
    await test.step('65B typed into article 2 shows in the grid and the chart together', async () => {
      await app.duplicateScenario('Bear');
      await app.editValue(ROWS.alibabaCash, ARTICLES.second, '65B');
      await expect(app.valueCell(ROWS.alibabaCash, ARTICLES.second)).toContainText('$65B');
      // Enter moved the cursor down a row, as in a spreadsheet: back to the cash row.
      await app.selectRow(ROWS.alibabaCash);
      await expect.poll(() => drawnValues(chart, 'value')).toEqual([83.6e9, 65e9]);
      expect(await drawnValues(chart, 'isOwn')).toEqual([false, true]);
    });
    await test.step('back in the base scenario, the chart shows the article’s 60B again', async () => {
      await app.scenarioSelect().selectOption('base');
      await expect(app.valueCell(ROWS.alibabaCash, ARTICLES.second)).toContainText('$60B');
      await expect.poll(() => drawnValues(chart, 'value')).toEqual([83.6e9, 60e9]);
    });
    await test.step('a row that does not compare says why instead', async () => {
      await app.selectRow(ROWS.alibabaForwardPe);
      await expect(page.getByTestId('row-chart-reason')).toContainText('Related, not comparable');
      await expect(chart).toHaveCount(0);
    });
  });

  test('a click on a bar of the delta overview selects its row in the grid', async ({ app, page }) => {
    const overview = page.getByTestId('delta-overview');
    await expect.poll(() => drawnValues(overview, 'rowId')).toEqual([ROWS.alibabaCash]);
    await app.selectRow(ROWS.xpengNetLoss);
    await expect.poll(() => app.focusedCell()).toMatchObject({ rowId: ROWS.xpengNetLoss });
    await page.getByRole('tab', { name: 'Deltas' }).click();
    // The only bar fills the plot: the middle of its right half is on it, whatever the pane's size.
    const canvas = overview.locator('canvas').first();
    const box = await canvas.boundingBox();
    if (!box) throw new Error('the delta overview is not drawn');
    await page.mouse.click(box.x + box.width * 0.8, box.y + box.height * 0.5);
    await expect.poll(() => app.focusedCell()).toMatchObject({ rowId: ROWS.alibabaCash });
    await expect(page.getByTestId('pane-detail')).toContainText('Alibaba · Cash reserves');
  });

  test('the metric chart puts every company’s forward P/E on one axis', async ({ app, page }) => {
    await expect(app.statusBar).toBeVisible();
    await page.getByRole('tab', { name: 'Metric' }).click();
    await page.getByTestId('chart-metric').selectOption('forward-pe');
    const chart = page.getByTestId('metric-chart');
    await expect.poll(() => drawnValues(chart, 'label')).toEqual(['Alibaba', 'Lenovo']);
    expect(await drawnValues(chart, ARTICLES.first)).toEqual([18, 12]);
  });

  test('the workbook gains a Charts sheet with the delta overview and a pinned chart as pictures', async ({ app, page, host }) => {
    await app.selectRow(ROWS.alibabaCash);
    await page.getByRole('tab', { name: 'Row' }).click();
    await page.getByTestId('pin-chart').click();
    await expect(page.getByTestId('pin-chart')).toHaveAttribute('aria-pressed', 'true');
    await app.fileMenu('Export to Excel… Ctrl+E');
    const dialog = page.getByTestId('export-dialog');
    await dialog.getByLabel('File name').fill('with-charts');
    await dialog.getByRole('button', { name: 'Export' }).click();
    await expect(page.getByTestId('export-done')).toBeVisible();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(host.exportDir, 'with-charts.xlsx'));
    const sheet = workbook.getWorksheet('Charts');
    expect(sheet).toBeDefined();
    expect(sheet?.getImages()).toHaveLength(2);
    const captions: string[] = [];
    sheet?.eachRow((row) => row.eachCell((cell) => captions.push(String(cell.value))));
    expect(captions.join('\n')).toMatch(/Delta overview: Δ % against article 1 \(Nov 2024, inferred\).*scenario Base/);
    expect(captions.join('\n')).toMatch(/Alibaba · Cash reserves: each article’s value/);
  });
});

test('axe finds no serious or critical problem with every pane open', async ({ app, page }) => {
  await app.selectRow(ROWS.alibabaCash);
  await page.getByRole('tab', { name: 'Row' }).click();
  await expect(page.getByTestId('row-chart')).toBeVisible();
  await expect(page.getByTestId('pane-sources')).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(serious.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join('; ')})`)).toEqual([]);
});
