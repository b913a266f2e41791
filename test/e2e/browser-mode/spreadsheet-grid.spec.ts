import { ARTICLES, ROWS } from '../support/comparison-page';
import { expect, test } from '../support/fixtures';

const FIRST = `value:${ARTICLES.first}`;
const SECOND = `value:${ARTICLES.second}`;
const ESTIMATE = 'value:@analyst';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test.describe('the grid as a spreadsheet', () => {
  test('a range chosen with the keyboard is copied as numbers, with headers on request', async ({ app, page }) => {
    await test.step('click a cell, Shift+Right stretches the range', async () => {
      await app.cell(ROWS.alibabaCash, FIRST).click();
      await page.keyboard.press('Shift+ArrowRight');
      await expect(app.rangeCells).toHaveCount(2);
      await expect(app.cell(ROWS.alibabaCash, SECOND)).toHaveClass(/in-range/);
    });
    await test.step('Ctrl+C writes TSV in the display scale and an HTML table', async () => {
      await page.keyboard.press('Control+c');
      await expect.poll(() => app.clipboardText()).toBe('83.6\t60');
      expect(await app.clipboardHtml()).toMatch(/<table>[\s\S]*<td[^>]*>83\.6<\/td>[\s\S]*<td[^>]*>60<\/td>/);
    });
    await test.step('Ctrl+Shift+C adds the headers; the metric names its unit', async () => {
      // The anchor stays on the first article's cell: two steps left reach the Metric column.
      for (let step = 0; step < 2; step++) await page.keyboard.press('Shift+ArrowLeft');
      await page.keyboard.press('Control+Shift+C');
      await expect.poll(() => app.clipboardText()).toMatch(/^Metric\tArticle 1 \(.*\) · baseline\nCash reserves \(USD B\)\t83\.6$/);
    });
  });

  test('a range dragged with the mouse shows its Sum in the status bar', async ({ app, page }) => {
    const from = await app.cell(ROWS.alibabaCash, FIRST).boundingBox();
    const to = await app.cell(ROWS.alibabaCash, SECOND).boundingBox();
    if (!from || !to) throw new Error('the cash cells are not on screen');
    await page.mouse.move(from.x + 10, from.y + 10);
    await page.mouse.down();
    await page.mouse.move(to.x + 10, to.y + 10, { steps: 5 });
    await page.mouse.up();
    await expect(app.rangeCells).toHaveCount(2);
    await expect(app.statusBar.getByTestId('stat-count')).toHaveText('Count: 2');
    await expect(app.statusBar.getByTestId('stat-sum')).toHaveText('Sum: $143.6B');
    await expect(app.statusBar.getByTestId('stat-average')).toHaveText('Average: $71.8B');
    await test.step('a range across units shows no sum', async () => {
      await page.keyboard.press('Shift+ArrowRight');
      await page.keyboard.press('Shift+ArrowRight');
      await page.keyboard.press('Shift+ArrowRight');
      await expect(app.statusBar.getByTestId('stat-mixed')).toHaveText('Mixed units: sum not shown');
    });
  });

  test('a range dragged past the grid’s bottom edge scrolls the grid and keeps stretching', async ({ app, page }) => {
    const first = await page.locator('.ag-row[row-index="0"] .ag-cell[col-id="metric"]').boundingBox();
    const grid = await page.getByTestId('comparison-grid').boundingBox();
    if (!first || !grid) throw new Error('the grid is not on screen');
    await page.mouse.move(first.x + 10, first.y + 10);
    await page.mouse.down();
    await page.mouse.move(first.x + 10, grid.y + grid.height + 60, { steps: 4 });
    // The last rows come into view as the range reaches them.
    await expect(page.locator('.ag-row[row-index="35"]')).toBeVisible();
    await page.mouse.up();
    const rowsInRange = await page.locator('.ag-cell.in-range[col-id="metric"]').count();
    // Rows scrolled out of view are not drawn, so the count shown says less than the range holds.
    expect(rowsInRange).toBeGreaterThan(5);
    const count = Number((await app.statusBar.getByTestId('stat-count').textContent())?.replace(/\D/g, ''));
    expect(count).toBeGreaterThan(20);
  });

  test('a TSV block pastes into value cells with a report of what it cannot write, and undoes in one step', async ({ app, page }) => {
    await app.cell(ROWS.alibabaCash, SECOND).click();
    await app.setClipboard('70\tabc\r\n');
    await page.keyboard.press('Control+v');
    await test.step('the report lists the refused cell and why', async () => {
      await expect(app.pasteReport).toBeVisible();
      const refusal = app.pasteReport.getByTestId('paste-refusal');
      await expect(refusal).toHaveCount(1);
      await expect(refusal).toContainText('Alibaba · Cash reserves, Your estimate');
      await expect(refusal).toContainText('abc');
      await expect(refusal).toContainText('does not start with a number');
    });
    await test.step('apply the rest: the value and the delta change', async () => {
      await app.pasteReport.getByRole('button', { name: 'Apply the other 1' }).click();
      await expect(app.valueCell(ROWS.alibabaCash, ARTICLES.second)).toContainText('$70B');
      await expect(app.deltaCell(ROWS.alibabaCash)).toHaveText('−$13.6B');
    });
    await test.step('an HTML table from Excel pastes two cells', async () => {
      await app.cell(ROWS.alibabaCash, SECOND).click();
      const excel = `<html xmlns:x="urn:schemas-microsoft-com:office:excel"><body><!--StartFragment--><table><tr><td x:num>75</td><td x:num>80</td></tr></table><!--EndFragment--></body></html>`;
      await app.setClipboard('75\t80\r\n', excel);
      await page.keyboard.press('Control+v');
      await expect(app.valueCell(ROWS.alibabaCash, ARTICLES.second)).toContainText('$75B');
      await expect(app.cell(ROWS.alibabaCash, ESTIMATE)).toContainText('$80B');
      await expect(app.deltaCell(ROWS.alibabaCash)).toHaveText('−$8.6B');
    });
    await test.step('one Ctrl+Z takes the whole HTML paste back', async () => {
      await page.keyboard.press('Control+z');
      await expect(app.valueCell(ROWS.alibabaCash, ARTICLES.second)).toContainText('$70B');
      await expect(app.cell(ROWS.alibabaCash, ESTIMATE)).not.toContainText('$80B');
    });
  });

  test('typing starts an edit, Enter commits and moves down, Delete clears a range', async ({ app, page }) => {
    await app.cell(ROWS.alibabaCash, SECOND).click();
    await page.keyboard.type('90');
    await page.keyboard.press('Enter');
    await expect(app.valueCell(ROWS.alibabaCash, ARTICLES.second)).toContainText('$90B');
    await expect(app.deltaCell(ROWS.alibabaCash)).toHaveText('+$6.4B');
    const below = await app.focusedCell();
    expect(below.colId).toBe(SECOND);
    expect(below.rowId).not.toBe(ROWS.alibabaCash);
    await test.step('Delete on a range with the analyst’s value clears it', async () => {
      await page.keyboard.press('Shift+ArrowUp');
      await page.keyboard.press('Delete');
      await expect(app.valueCell(ROWS.alibabaCash, ARTICLES.second).getByTestId('value-cell')).toHaveAttribute('data-source', 'article');
      await expect(app.deltaCell(ROWS.alibabaCash)).toHaveText('−$23.6B');
    });
    await test.step('Delete on an article’s own value says why in the status bar and moves nothing', async () => {
      const before = await app.page.getByTestId('comparison-grid').boundingBox();
      await page.keyboard.press('Delete');
      await expect(app.statusMessage).toContainText('Nothing of yours to clear');
      expect(await app.page.getByTestId('comparison-grid').boundingBox()).toEqual(before);
    });
  });

  test('a value copied from a row in millions pastes as that value into a row shown in billions', async ({ app, page }) => {
    await app.filterRows('Lenovo');
    await app.cell('lenovo||rd-spending', FIRST).click();
    await page.keyboard.press('Control+c');
    await expect.poll(() => app.clipboardText()).toBe('548');
    await app.cell('lenovo||revenue', FIRST).click();
    await page.keyboard.press('Control+v');
    await expect(app.valueCell('lenovo||revenue', ARTICLES.first)).toContainText('$548M');
  });

  test('F2 then Enter with the text unchanged leaves the article’s value the article’s', async ({ app, page }) => {
    await app.cell(ROWS.alibabaCash, FIRST).click();
    await page.keyboard.press('F2');
    await expect(app.cell(ROWS.alibabaCash, FIRST).locator('input')).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(app.cell(ROWS.alibabaCash, FIRST).locator('input')).toHaveCount(0);
    await expect(app.valueCell(ROWS.alibabaCash, ARTICLES.first).getByTestId('value-cell')).toHaveAttribute('data-source', 'article');
    await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  });

  test('keys typed faster than frames land in the cells they were meant for', async ({ app, page }) => {
    await app.cell(ROWS.alibabaCash, ESTIMATE).click();
    const below = await page.locator(`.ag-row[row-id="${ROWS.alibabaCash}"]`).getAttribute('row-index');
    const nextRow = await page.locator(`.ag-row[row-index="${Number(below) + 1}"]`).getAttribute('row-id');
    if (!nextRow) throw new Error('no row below the cash row');
    const cdp = await page.context().newCDPSession(page);
    const press = (key: string, code: string, keyCode: number, text: string) => [
      cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key, code, windowsVirtualKeyCode: keyCode, text }),
      cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key, code, windowsVirtualKeyCode: keyCode }),
    ];
    const digit = (d: string) => press(d, `Digit${d}`, 48 + Number(d), d);
    const enter = () => press('Enter', 'Enter', 13, '\r');
    // Sent without waiting: the second value's keys arrive before the frame that moves the cursor.
    await Promise.all([...digit('7'), ...digit('0'), ...enter(), ...digit('5'), ...digit('5'), ...enter()]);
    await expect(app.cell(ROWS.alibabaCash, ESTIMATE)).toContainText('70');
    await expect(app.cell(nextRow, ESTIMATE)).toContainText('55');
  });

  test('rows group by company, collapse and expand by mouse and keyboard, and the grouping is kept', async ({ app, page }) => {
    await app.menu('View', 'Group by company');
    const alibaba = page.locator('[data-testid="group-header"][data-group="alibaba"]');
    await expect(alibaba).toContainText('Alibaba');
    await expect(alibaba).toContainText(/\d+ rows/);
    await expect(app.cell(ROWS.alibabaCash, 'metric')).toBeVisible();
    await alibaba.getByRole('button', { name: 'Collapse Alibaba' }).click();
    await expect(app.cell(ROWS.alibabaCash, 'metric')).toHaveCount(0);
    await expect(alibaba).toHaveAttribute('data-collapsed', 'true');
    await test.step('Enter on the group header expands it, ← folds it, even with a cell selected before', async () => {
      await app.cell(ROWS.lenovoRevenueGrowth, SECOND).click();
      await alibaba.locator('.group-label').click();
      await page.keyboard.press('Enter');
      await expect(app.cell(ROWS.alibabaCash, 'metric')).toBeVisible();
      await page.keyboard.press('ArrowLeft');
      await expect(app.cell(ROWS.alibabaCash, 'metric')).toHaveCount(0);
      await page.keyboard.press('ArrowRight');
      await expect(app.cell(ROWS.alibabaCash, 'metric')).toBeVisible();
    });
    await test.step('sorting sorts inside the groups: each header stays over its own rows', async () => {
      await page.locator('.ag-header-cell[col-id="delta"] .ag-sort-indicator-container').click();
      await expect(page.locator('.ag-row[row-index="0"]')).toHaveAttribute('row-id', 'group:alibaba');
      await expect(page.locator('.ag-row[row-index="1"]')).toHaveAttribute('row-id', ROWS.alibabaCash);
      // Alibaba's rows fill the screen: folded, the next groups come into view.
      await alibaba.getByRole('button', { name: 'Collapse Alibaba' }).click();
      const lenovoHeader = page.locator('.ag-row[row-id="group:lenovo"]');
      const lenovoIndex = Number(await lenovoHeader.getAttribute('row-index'));
      await expect(page.locator(`.ag-row[row-index="${lenovoIndex + 1}"]`)).toHaveAttribute('row-id', /^lenovo\|/);
    });
    await test.step('the grouping is saved in the workspace', async () => {
      await app.waitUntilSaved();
      await page.reload();
      await app.waitUntilReady();
      await expect(page.locator('[data-testid="group-header"][data-group="alibaba"]')).toBeVisible();
    });
  });

  test('a column filter on grouped rows keeps the headers of the groups it leaves rows in', async ({ app, page }) => {
    await app.menu('View', 'Group by company');
    await page.locator('.ag-header-cell[col-id="metric"] .ag-header-cell-filter-button').click();
    await page.locator('.ag-popup .ag-filter-body input').first().fill('revenue');
    await expect(page.locator('.ag-row[row-id="group:lenovo"]')).toBeVisible();
    await expect(app.cell('lenovo||revenue', 'metric')).toBeVisible();
    await expect(app.cell(ROWS.alibabaCash, 'metric')).toHaveCount(0);
  });

  test('sorting Δ puts blank deltas last in both directions', async ({ app, page }) => {
    const sortDelta = page.locator('.ag-header-cell[col-id="delta"] .ag-sort-indicator-container');
    const firstDelta = () => page.locator('.ag-row[row-index="0"] .ag-cell[col-id="delta"]').textContent();
    await sortDelta.click();
    await expect.poll(firstDelta).toBe('−$23.6B');
    await sortDelta.click();
    await expect.poll(firstDelta).not.toBe('');
  });
});
