import ExcelJS from 'exceljs';
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ARTICLES, ROWS } from '../support/comparison-page';
import { expect, test } from '../support/fixtures';

const COMPARISON = 'Comparison';
const ROW_ID_HEADER = 'Crosscheck row ID (keep for import)';

async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** The Comparison sheet's rows as { header: value } records, in sheet order. */
function records(workbook: ExcelJS.Workbook): Record<string, unknown>[] {
  const sheet = workbook.getWorksheet(COMPARISON)!;
  const headers = (sheet.getRow(1).values as unknown[]).map(String);
  const rows: Record<string, unknown>[] = [];
  for (let n = 2; n <= sheet.rowCount; n++) {
    const values = sheet.getRow(n).values as unknown[];
    rows.push(Object.fromEntries(headers.map((header, index) => [header, values[index]]).filter(([header]) => header !== 'undefined')));
  }
  return rows;
}

test.describe('Excel round trip', () => {
  test('Ctrl+E exports what the grid shows: its filtered rows, and the values typed in the app', async ({ app, page, host }) => {
    await app.editValue(ROWS.alibabaCash, ARTICLES.second, '70B');
    await app.filterRows('Alibaba');
    await expect(page.locator(`.ag-row[row-id="${ROWS.lenovoRevenueGrowth}"]`)).toHaveCount(0);
    // The pinned company column puts each row in two containers: count ids, not elements.
    const shownRows = new Set(await page.locator('.ag-row[row-id]').evaluateAll((rows) => rows.map((row) => row.getAttribute('row-id')))).size;
    await page.locator('body').press('Control+e');
    const dialog = page.getByTestId('export-dialog');
    await dialog.getByLabel('File name').fill('shown');
    await dialog.getByRole('button', { name: 'Export' }).click();
    const done = page.getByTestId('export-done');
    await expect(done).toContainText(path.join(host.exportDir, 'shown.xlsx'));
    const rows = records(await readWorkbook(path.join(host.exportDir, 'shown.xlsx')));
    expect(rows.length).toBe(shownRows);
    expect(rows.every((row) => row.Company === 'Alibaba')).toBe(true);
    const cash = rows.find((row) => row[ROW_ID_HEADER] === ROWS.alibabaCash)!;
    expect(cash['Article 2 (26 May 2025)']).toBe(70e9);
    expect(cash['Δ (latest other − baseline)']).toMatchObject({ formula: expect.stringMatching(/^E\d+-D\d+$/), result: 70e9 - 83.6e9 });
    await page.getByRole('button', { name: 'Close' }).click();
  });

  test('an existing file is replaced only when the analyst says so', async ({ app, page, host }) => {
    await app.fileMenu('Export to Excel… Ctrl+E');
    const dialog = page.getByTestId('export-dialog');
    await dialog.getByLabel('File name').fill('twice');
    await dialog.getByRole('button', { name: 'Export' }).click();
    await page.getByRole('button', { name: 'Close' }).click();
    await app.fileMenu('Export to Excel… Ctrl+E');
    await dialog.getByLabel('File name').fill('twice');
    await dialog.getByRole('button', { name: 'Export' }).click();
    await expect(dialog.getByRole('alert')).toContainText('“twice.xlsx” already exists');
    await dialog.getByRole('button', { name: 'Replace' }).click();
    await expect(page.getByTestId('export-done')).toBeVisible();
    expect((await readdir(host.exportDir)).filter((name) => !name.startsWith('.'))).toEqual(['twice.xlsx']);
  });

  test('values changed in the workbook come back: a preview of exactly those cells, applied as one undo step', async ({ app, page, host }) => {
    await app.fileMenu('Export to Excel… Ctrl+E');
    const dialog = page.getByTestId('export-dialog');
    await dialog.getByText('Everything').click();
    await dialog.getByLabel('File name').fill('round-trip');
    await dialog.getByRole('button', { name: 'Export' }).click();
    await page.getByRole('button', { name: 'Close' }).click();

    const file = path.join(host.exportDir, 'round-trip.xlsx');
    const workbook = await readWorkbook(file);
    const sheet = workbook.getWorksheet(COMPARISON)!;
    const headers = (sheet.getRow(1).values as unknown[]).map(String);
    const rowNumber = (id: string) => records(workbook).findIndex((row) => row[ROW_ID_HEADER] === id) + 2;
    const cellOf = (id: string, header: string) => sheet.getRow(rowNumber(id)).getCell(headers.indexOf(header));
    cellOf(ROWS.alibabaCash, 'Article 2 (26 May 2025)').value = 65e9;
    cellOf(ROWS.xpengNetLoss, 'Your estimate').value = 'CNY 9.8B';
    cellOf(ROWS.lenovoRevenueGrowth, 'Your estimate').value = 'lots';
    await workbook.xlsx.writeFile(file);

    await page.getByTestId('excel-import-input').setInputFiles(file);
    const preview = page.getByTestId('import-preview');
    const changes = preview.getByTestId('import-change');
    await expect(changes).toHaveCount(2);
    await expect(changes.nth(0)).toContainText('Alibaba · Cash');
    await expect(changes.nth(0)).toContainText('$60B');
    await expect(changes.nth(0)).toContainText('$65B');
    await expect(changes.nth(1)).toContainText('Net loss');
    await expect(changes.nth(1)).toContainText('CNY 9.8B');
    await expect(preview.getByTestId('import-problems')).toContainText('“lots” cannot be read');
    await preview.getByRole('button', { name: 'Apply 2 changes' }).click();

    await expect(app.valueCell(ROWS.alibabaCash, ARTICLES.second)).toContainText('$65B');
    await expect(app.deltaCell(ROWS.alibabaCash)).toHaveText('−$18.6B');
    // Xpeng's row sits below the fold: narrow the grid to it, as an analyst would.
    await app.filterRows('Net loss');
    await expect(app.valueCell(ROWS.xpengNetLoss, '@analyst')).toContainText('CNY 9.8B');
    await app.filterRows('');
    // One undo step takes the whole import back; its label names the file.
    await page.getByRole('button', { name: 'Undo', exact: true }).and(page.getByTitle('Undo Import 2 values from round-trip.xlsx (Ctrl+Z)')).click();
    await expect(app.valueCell(ROWS.alibabaCash, ARTICLES.second)).toContainText('$60B');
    await app.filterRows('Net loss');
    await expect(app.valueCell(ROWS.xpengNetLoss, '@analyst')).not.toContainText('CNY');
  });

  test('a file that is not a workbook is refused with the reason, and nothing changes', async ({ app, page, host }) => {
    const file = path.join(host.exportDir, '..', 'figures.xlsx');
    await writeFile(file, 'Company,Cash\nAlibaba,83.6\n');
    await page.getByTestId('excel-import-input').setInputFiles(file);
    await expect(page.getByTestId('import-preview').getByRole('alert')).toContainText('figures.xlsx: The file is not an Excel .xlsx workbook: it is not a zip archive.');
    await page.getByTestId('import-preview').getByRole('button', { name: 'Close' }).click();
    await expect(app.deltaCell(ROWS.alibabaCash)).toHaveText('−$23.6B');
  });
});
