import ExcelJS from 'exceljs';
import { writeFile } from 'node:fs/promises';
import type { Locator } from '@playwright/test';
import { convertTextToXlsx } from '../../support/spreadsheet-tools';
import { ARTICLES, ROWS } from '../support/comparison-page';
import { expect, test } from '../support/fixtures';

const FIRST = `value:${ARTICLES.first}`;
const SECOND = `value:${ARTICLES.second}`;
const ESTIMATE = 'value:@analyst';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** The grid's display index of the row a cell is in (its `row-index`). */
function rowIndexOf(cell: Locator): Promise<number> {
  return cell.evaluate((element) => Number(element.closest('.ag-row')?.getAttribute('row-index')));
}

/** The grid's 1-based column position of a cell, pinned columns included (its `aria-colindex`). */
async function colIndexOf(cell: Locator): Promise<number> {
  return Number(await cell.getAttribute('aria-colindex'));
}

test.describe('the grid’s clipboard against real spreadsheets and odd clipboards', () => {
  test('a range copied with Ctrl+C opens in LibreOffice Calc as numbers, its blank cell blank', async ({ app, page }, testInfo) => {
    test.setTimeout(90_000); // LibreOffice's first start on a fresh profile takes a few seconds.
    await test.step('select the cash row from Article 1 to Δ %', async () => {
      await app.cell(ROWS.alibabaCash, FIRST).click();
      for (let step = 0; step < 4; step++) await page.keyboard.press('Shift+ArrowRight');
      await expect(app.rangeCells).toHaveCount(5);
      await expect(app.cell(ROWS.alibabaCash, 'deltaPercent')).toHaveClass(/in-range/);
      await expect(app.cell(ROWS.alibabaCash, 'status')).not.toHaveClass(/in-range/);
    });
    let copied = '';
    await test.step('Ctrl+C writes plain numbers with an ASCII minus, and an empty field for the empty estimate', async () => {
      await app.setClipboard('stale');
      await page.keyboard.press('Control+c');
      await expect.poll(() => app.clipboardText()).toBe('83.6\t60\t\t-23.6\t-28.2296650718');
      copied = await app.clipboardText();
    });
    await test.step('Calc reads each number as a number and keeps the empty cell empty', async () => {
      const tsv = testInfo.outputPath('copied.tsv');
      await writeFile(tsv, copied, 'utf8');
      const xlsx = await convertTextToXlsx(tsv, testInfo.outputPath('calc'));
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(xlsx);
      const sheet = workbook.worksheets[0];
      if (!sheet) throw new Error(`${xlsx} has no worksheet`);
      expect(sheet.actualRowCount).toBe(1);
      const value = (address: string) => sheet.getCell(address).value;
      expect(typeof value('A1')).toBe('number');
      expect(value('A1')).toBe(83.6);
      expect(typeof value('B1')).toBe('number');
      expect(value('B1')).toBe(60);
      expect(value('C1')).toBeNull();
      expect(typeof value('D1')).toBe('number');
      expect(value('D1')).toBe(-23.6);
      expect(typeof value('E1')).toBe('number');
      expect(value('E1') as number).toBeCloseTo(-28.23, 2);
      expect(value('F1')).toBeNull();
    });
  });

  test('formulas in pasted text are taken as text and refused, and closing the report writes nothing', async ({ app, page }) => {
    const estimateBefore = await app.cell(ROWS.alibabaCash, ESTIMATE).textContent();
    await app.cell(ROWS.alibabaCash, SECOND).click();
    await app.setClipboard('=A1\t=1+1\r\n');
    await page.keyboard.press('Control+v');
    await test.step('the report lists both cells as formulas', async () => {
      await expect(app.pasteReport).toBeVisible();
      await expect(app.pasteReport.getByRole('heading')).toHaveText('Paste 2 cells: 2 cells cannot be written');
      const refusals = app.pasteReport.getByTestId('paste-refusal');
      await expect(refusals).toHaveCount(2);
      await expect(refusals.nth(0)).toContainText('Alibaba · Cash reserves, Article 2');
      await expect(refusals.nth(0)).toContainText('=A1');
      await expect(refusals.nth(0)).toContainText('is a formula');
      await expect(refusals.nth(1)).toContainText('Alibaba · Cash reserves, Your estimate');
      await expect(refusals.nth(1)).toContainText('=1+1');
      await expect(refusals.nth(1)).toContainText('is a formula');
    });
    await test.step('with nothing writable the only way out is Close, and nothing changes', async () => {
      await expect(app.pasteReport.getByRole('button', { name: /^Apply/ })).toHaveCount(0);
      await expect(app.pasteReport).toContainText('No cell of this block can be written.');
      await app.pasteReport.getByRole('button', { name: 'Close', exact: true }).click();
      await expect(app.pasteReport).toHaveCount(0);
      await expect(app.valueCell(ROWS.alibabaCash, ARTICLES.second)).toContainText('$60B');
      await expect(app.cell(ROWS.alibabaCash, ESTIMATE)).toHaveText(estimateBefore ?? '');
      await expect(app.deltaCell(ROWS.alibabaCash)).toHaveText('−$23.6B');
      await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
    });
  });

  test('a 50 MB clipboard is refused whole, with its size, before anything is read', async ({ app, page }) => {
    await app.cell(ROWS.alibabaCash, SECOND).click();
    await test.step('50 MB of "1<tab>" pasted at Article 2’s cash', async () => {
      await app.pasteRepeated('1\t', 25_000_000);
      await expect(app.statusMessage).toHaveText('Nothing pasted. The clipboard holds 50 MB of text; Crosscheck pastes at most 10 MB at once.');
    });
    await test.step('no report, no change, nothing to undo', async () => {
      await expect(app.pasteReport).toHaveCount(0);
      await expect(app.valueCell(ROWS.alibabaCash, ARTICLES.second)).toContainText('$60B');
      await expect(app.deltaCell(ROWS.alibabaCash)).toHaveText('−$23.6B');
      await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
    });
  });

  test('binary data on the clipboard is refused, not pasted as cells', async ({ app, page }) => {
    const estimateBefore = await app.cell(ROWS.alibabaCash, ESTIMATE).textContent();
    await app.cell(ROWS.alibabaCash, SECOND).click();
    await test.step('a PNG header', async () => {
      await app.pasteData('\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\b\x06\0\0\0');
      await expect(app.statusMessage).toHaveText('Nothing pasted. The clipboard holds binary data, not cells of text.');
    });
    await test.step('a zip header after a number, on the same cells', async () => {
      // Another message first, so the refusal below is this paste's own.
      await page.keyboard.press('Control+c');
      await expect(app.statusMessage).toHaveText('Copied 1 cell.');
      await app.pasteData('70\tPK\x03\x04\x14\0\x06\0\b\0\0\0!\0');
      await expect(app.statusMessage).toHaveText('Nothing pasted. The clipboard holds binary data, not cells of text.');
    });
    await test.step('nothing changed', async () => {
      await expect(app.pasteReport).toHaveCount(0);
      await expect(app.valueCell(ROWS.alibabaCash, ARTICLES.second)).toContainText('$60B');
      await expect(app.cell(ROWS.alibabaCash, ESTIMATE)).toHaveText(estimateBefore ?? '');
      await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
    });
  });

  test('a 10,000 × 100 block reports what runs past the grid’s edges, Cancel writes nothing, and the grid stays usable', async ({ app, page }) => {
    const ROWS_IN_BLOCK = 10_000;
    const COLS_IN_BLOCK = 100;
    const target = app.cell(ROWS.alibabaCash, SECOND);
    let rowsFit = 0;
    let colsFit = 0;
    await test.step('measure the room from Article 2’s cash to the last cell (Ctrl+End)', async () => {
      await target.click();
      const top = await rowIndexOf(target);
      const left = await colIndexOf(target);
      await page.keyboard.press('Control+End');
      const last = page.locator('.ag-cell-focus');
      await expect(last).toHaveAttribute('col-id', 'status');
      rowsFit = (await rowIndexOf(last)) - top + 1;
      colsFit = (await colIndexOf(last)) - left + 1;
      expect(rowsFit).toBeGreaterThan(1);
      expect(colsFit).toBe(5); // Article 2, Your estimate, Δ, Δ %, Status
      await page.keyboard.press('Control+Home');
      await target.click();
      await expect(app.rangeCells).toHaveCount(1);
      await expect(target).toHaveClass(/in-range/);
      expect(await app.focusedCell()).toEqual({ rowId: ROWS.alibabaCash, colId: SECOND });
    });
    await test.step('paste 1,000,000 cells of "1"', async () => {
      const row = `${Array.from({ length: COLS_IN_BLOCK }, () => '1').join('\t')}\n`;
      await app.pasteRepeated(row, ROWS_IN_BLOCK);
      await expect(app.pasteReport).toBeVisible();
    });
    // Per row: Article 2 and Your estimate take the 1; Δ, Δ % and Status refuse it.
    const refused = rowsFit * 3;
    const writable = rowsFit * 2;
    await test.step('the report says how much runs past the last row and column, and lists the refusals', async () => {
      await expect(app.pasteReport.getByTestId('paste-overflow')).toHaveText(
        `${(ROWS_IN_BLOCK - rowsFit).toLocaleString('en-US')} rows of the block run past the last row and ${(COLS_IN_BLOCK - colsFit).toLocaleString('en-US')} columns run past the last column, and are not pasted.`,
      );
      await expect(app.pasteReport.getByRole('heading')).toHaveText(`Paste ${rowsFit * colsFit} cells: ${refused} cells cannot be written`);
      await expect(app.pasteReport.getByTestId('paste-refusal')).toHaveCount(Math.min(refused, 200));
      await expect(app.pasteReport.getByTestId('paste-refusal').first()).toContainText('Alibaba · Cash reserves, Δ');
      await expect(app.pasteReport.getByTestId('paste-refusal').first()).toContainText('is computed from the values');
      await expect(app.pasteReport.getByRole('button', { name: `Apply the other ${writable}` })).toBeVisible();
    });
    await test.step('Cancel writes nothing', async () => {
      await app.pasteReport.getByRole('button', { name: 'Cancel' }).click();
      await expect(app.pasteReport).toHaveCount(0);
      await expect(app.valueCell(ROWS.alibabaCash, ARTICLES.second)).toContainText('$60B');
      await expect(app.deltaCell(ROWS.alibabaCash)).toHaveText('−$23.6B');
      await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
    });
    await test.step('the grid still takes an ordinary edit', async () => {
      await app.editValue(ROWS.alibabaCash, ARTICLES.second, '65');
      await expect(app.valueCell(ROWS.alibabaCash, ARTICLES.second)).toContainText('$65B');
      await expect(app.deltaCell(ROWS.alibabaCash)).toHaveText('−$18.6B');
    });
  });

  test('Ctrl+D fills Article 2’s cash into the row below when its unit allows, and Ctrl+Z takes it back in one step', async ({ app, page }) => {
    let belowId = '';
    let unitLabel = '';
    let belowBefore = '';
    await test.step('find the row below the cash row and the unit its Metric cell names when copied', async () => {
      const cashIndex = await rowIndexOf(app.cell(ROWS.alibabaCash, SECOND));
      belowId = (await page.locator(`.ag-row[row-index="${cashIndex + 1}"]`).first().getAttribute('row-id')) ?? '';
      expect(belowId).not.toBe('');
      expect(belowId).not.toBe(ROWS.alibabaCash);
      await app.cell(belowId, 'metric').click();
      await app.setClipboard('stale');
      await page.keyboard.press('Control+c');
      await expect.poll(() => app.clipboardText()).not.toBe('stale');
      unitLabel = /\(([^()]*)\)$/.exec(await app.clipboardText())?.[1] ?? '';
      belowBefore = (await app.cell(belowId, SECOND).textContent()) ?? '';
    });
    await test.step('select Article 2’s cash and the cell below, Ctrl+D', async () => {
      await app.cell(ROWS.alibabaCash, SECOND).click();
      await page.keyboard.press('Shift+ArrowDown');
      await expect(app.rangeCells).toHaveCount(2);
      await expect(app.cell(belowId, SECOND)).toHaveClass(/in-range/);
      await page.keyboard.press('Control+d');
    });
    if (/^USD( [KMBT])?$/.test(unitLabel)) {
      await test.step(`a USD row (${belowId}, ${unitLabel}) takes $60B`, async () => {
        await expect(app.pasteReport).toHaveCount(0);
        await expect(app.cell(belowId, SECOND)).not.toHaveText(belowBefore);
        await expect(app.cell(belowId, SECOND).getByTestId('value-cell')).not.toHaveAttribute('data-source', 'article');
        const scaled = { 'USD': '$60,000,000,000', 'USD K': '$60,000,000K', 'USD M': '$60,000M', 'USD B': '$60B', 'USD T': '$0.06T' }[unitLabel];
        await expect(app.cell(belowId, SECOND)).toContainText(scaled ?? '$60B');
        await expect(app.valueCell(ROWS.alibabaCash, ARTICLES.second)).toContainText('$60B');
      });
      await test.step('one Ctrl+Z takes the fill back and leaves nothing to undo', async () => {
        await page.keyboard.press('Control+z');
        await expect(app.cell(belowId, SECOND)).toHaveText(belowBefore);
        await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
      });
    } else {
      await test.step(`a row in ${unitLabel || 'no unit'} (${belowId}) refuses a dollar amount`, async () => {
        await expect(app.pasteReport).toBeVisible();
        const refusal = app.pasteReport.getByTestId('paste-refusal');
        await expect(refusal).toHaveCount(1);
        await expect(refusal).toContainText('$60B');
        await expect(refusal).toContainText('this cell is in');
        await app.pasteReport.getByRole('button', { name: 'Close', exact: true }).click();
        await expect(app.cell(belowId, SECOND)).toHaveText(belowBefore);
        await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
      });
    }
  });

  test('the context menu opens by right-click and by Shift+F10, copies, and closes on Escape', async ({ app, page }) => {
    const menu = page.getByTestId('context-menu');
    await app.setClipboard('stale');
    await test.step('right-click on Article 2’s cash shows the seven actions', async () => {
      await app.cell(ROWS.alibabaCash, SECOND).click({ button: 'right' });
      await expect(menu).toBeVisible();
      await expect(menu.getByRole('menuitem').locator('span')).toHaveText(['Copy', 'Copy with headers', 'Paste', 'Clear my values', 'Reset to source', 'Add note', 'Show source']);
      await expect(app.cell(ROWS.alibabaCash, SECOND)).toHaveClass(/ag-cell-focus/);
    });
    await test.step('Copy puts 60 on the clipboard and closes the menu', async () => {
      await menu.getByRole('menuitem', { name: /^Copy(?! with)/ }).click();
      await expect(menu).toHaveCount(0);
      await expect.poll(() => app.clipboardText()).toBe('60');
    });
    await test.step('Shift+F10 on a focused cell opens it with its first action focused', async () => {
      await app.cell(ROWS.alibabaCash, FIRST).click();
      await page.keyboard.press('Shift+F10');
      await expect(menu).toBeVisible();
      await expect(menu.getByRole('menuitem').first()).toBeFocused();
    });
    await test.step('Escape closes it and gives the focus back to the cell', async () => {
      await page.keyboard.press('Escape');
      await expect(menu).toHaveCount(0);
      await expect(app.cell(ROWS.alibabaCash, FIRST)).toBeFocused();
    });
    await test.step('Shift+F10 then Enter runs Copy from the keyboard', async () => {
      await page.keyboard.press('Shift+F10');
      await expect(menu).toBeVisible();
      await page.keyboard.press('Enter');
      await expect(menu).toHaveCount(0);
      await expect.poll(() => app.clipboardText()).toBe('83.6');
    });
  });

  test('with “As full values” chosen in Settings, Ctrl+C copies 83600000000', async ({ app, page }) => {
    await test.step('Edit › Settings… › As full values', async () => {
      await app.menu('Edit', 'Settings…');
      const settings = page.getByTestId('settings');
      const full = settings.getByRole('radio', { name: /As full values/ });
      await full.check();
      await expect(full).toBeChecked();
      await settings.getByRole('button', { name: 'Close', exact: true }).click();
      await expect(settings).toHaveCount(0);
    });
    await test.step('Ctrl+C on Article 1’s cash writes the full number', async () => {
      await app.setClipboard('stale');
      await app.cell(ROWS.alibabaCash, FIRST).click();
      await page.keyboard.press('Control+c');
      await expect.poll(() => app.clipboardText()).toBe('83600000000');
    });
    await test.step('and a range in full, with the unit named without a scale', async () => {
      await page.keyboard.press('Shift+ArrowRight');
      await page.keyboard.press('Control+c');
      await expect.poll(() => app.clipboardText()).toBe('83600000000\t60000000000');
      await app.cell(ROWS.alibabaCash, 'metric').click();
      await page.keyboard.press('Control+c');
      await expect.poll(() => app.clipboardText()).toBe('Cash reserves (USD)');
    });
  });

  test('Help › Keyboard shortcuts lists Ctrl+D as Fill down and Ctrl+Shift+C as Copy with headers', async ({ app, page }) => {
    await app.menu('Help', 'Keyboard shortcuts…');
    const map = page.getByTestId('keyboard-map');
    await expect(map).toBeVisible();
    const entry = (keys: string) => map.locator('tr').filter({ has: page.locator('th kbd').getByText(keys, { exact: true }) });
    await test.step('Ctrl+D: Fill down', async () => {
      await expect(entry('Ctrl+D')).toHaveCount(1);
      await expect(entry('Ctrl+D').locator('td')).toHaveText(/^Fill down\b/);
    });
    await test.step('Ctrl+Shift+C: Copy with headers', async () => {
      await expect(entry('Ctrl+Shift+C')).toHaveCount(1);
      await expect(entry('Ctrl+Shift+C').locator('td')).toHaveText(/^Copy with headers\b/);
    });
    await test.step('Escape closes the map', async () => {
      await page.keyboard.press('Escape');
      await expect(map).toHaveCount(0);
    });
  });
});
