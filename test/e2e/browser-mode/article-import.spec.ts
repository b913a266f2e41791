import ExcelJS from 'exceljs';
import path from 'node:path';
import { ARTICLES, ROWS } from '../support/comparison-page';
import { PROJECT_ROOT } from '../support/host';
import { expect, test } from '../support/fixtures';

const ARTICLE_FILE = path.join(PROJECT_ROOT, 'test', 'e2e', 'fixtures', 'alibaba-september-update.html');
// articleIdFor(title, date): the title's words and the date the analyst confirmed.
const IMPORTED = 'alibaba-september-update-2025-09-01';

test.describe('importing an article', () => {
  test('an HTML article is read, its figures reviewed, and accepted ones compared against the chosen baseline and exported', async ({ app, page, host }) => {
    await test.step('import the file and confirm its details', async () => {
      await page.getByTestId('article-import-input').setInputFiles(ARTICLE_FILE);
      const dialog = page.getByTestId('article-import-dialog');
      await expect(dialog.getByLabel('Date')).toHaveValue('2025-09-01');
      await expect(dialog.getByLabel('Publisher')).toHaveValue('Test Markets Daily');
      await expect(dialog.getByLabel('URL')).toHaveValue('https://markets.example.com/alibaba-cash-lenovo-rerating');
      // Scripts, navigation and the footer are not article text.
      await dialog.getByText('Article text as read').click();
      await expect(dialog.getByTestId('article-import-text')).not.toContainText('$999 billion');
      await expect(dialog.getByTestId('article-import-text')).not.toContainText('subscribe');
      await expect(dialog.getByTestId('article-import-text')).toContainText('cash reserves of $90 billion');
      await dialog.getByLabel('Title').fill('Alibaba September update');
      await dialog.getByRole('button', { name: 'Import and review figures' }).click();
    });

    const review = page.getByTestId('review-view');
    await test.step('review: map the cash figure to the existing row, accept the P/E, reject the growth', async () => {
      await expect(review).toBeVisible();
      const candidates = review.getByTestId('review-candidate');
      await expect(candidates.filter({ hasText: '$90 billion' })).toHaveCount(1);
      await expect(candidates.filter({ hasText: 'Qwen3' })).toHaveCount(0);
      await expect(candidates.filter({ hasText: '$999' })).toHaveCount(0);
      // Every candidate is highlighted in the article text.
      await expect(review.getByTestId('review-highlight')).toHaveCount(await candidates.count());

      await candidates.filter({ hasText: '$90 billion' }).click();
      await review.locator(`[data-testid="review-map-suggestion"][data-row-id="${ROWS.alibabaCash}"]`).click();
      await review.getByTestId('review-save').click();
      await expect(candidates.filter({ hasText: '$90 billion' })).toHaveAttribute('data-status', 'accepted');

      await candidates.filter({ hasText: '15x' }).click();
      await review.locator(`[data-testid="review-map-suggestion"][data-row-id="lenovo||forward-pe"]`).click();
      await review.getByTestId('review-save').click();
      await expect(candidates.filter({ hasText: '15x' })).toHaveAttribute('data-status', 'accepted');

      // The keyboard: select the growth figure, then r rejects it.
      await candidates.filter({ hasText: '18%' }).click();
      await page.keyboard.press('r');
      await expect(candidates.filter({ hasText: '18%' })).toHaveAttribute('data-status', 'rejected');
      await review.getByTestId('review-close').click();
    });

    await test.step('a third column, with its delta against the oldest article', async () => {
      await expect(app.valueCell(ROWS.alibabaCash, IMPORTED)).toContainText(/\$90(\.0)?B/);
      await expect(app.cell(ROWS.alibabaCash, `delta:${IMPORTED}`)).toContainText('+$6.4B');
      // The summary compares the latest article that gives a value: the new one.
      await expect(app.deltaCell(ROWS.alibabaCash)).toContainText('+$6.4B');
      await expect(app.cell(ROWS.alibabaForwardPe, `delta:${IMPORTED}`)).toHaveText('');
    });

    await test.step('the May article as baseline: every delta is against it', async () => {
      await page.getByTestId('baseline-select').selectOption(ARTICLES.second);
      await expect(app.cell(ROWS.alibabaCash, `delta:${IMPORTED}`)).toContainText(/\+\$30(\.0)?B/);
      await expect(app.cell(ROWS.alibabaCash, `delta:${ARTICLES.first}`)).toContainText('+$23.6B');
      await expect(page.locator(`.ag-header-cell[col-id="value:${ARTICLES.second}"]`)).toContainText('baseline');
    });

    await test.step('hide a column, then export what is shown', async () => {
      await app.menu('View', 'Columns…');
      await page.getByTestId('columns-dialog').getByLabel('Show Segment').uncheck();
      await page.getByTestId('columns-dialog').getByRole('button', { name: 'Done' }).click();
      await expect(page.locator('.ag-header-cell[col-id="segment"]')).toHaveCount(0);
      await page.locator('body').press('Control+e');
      const dialog = page.getByTestId('export-dialog');
      await dialog.getByLabel('File name').fill('three-articles');
      await dialog.getByRole('button', { name: 'Export' }).click();
      await expect(page.getByTestId('export-done')).toBeVisible();
      await page.getByRole('button', { name: 'Close' }).click();
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(path.join(host.exportDir, 'three-articles.xlsx'));
      const sheet = workbook.getWorksheet('Comparison')!;
      const headers = (sheet.getRow(1).values as unknown[]).map(String);
      expect(headers).toContain('Article 3 (1 Sep 2025)');
      expect(headers).toContain('Article 2 (26 May 2025) · baseline');
      expect(headers).not.toContain('Segment');
      const deltaColumn = headers.indexOf('Δ article 3 (1 Sep 2025) vs baseline');
      expect(deltaColumn).toBeGreaterThan(0);
      let cashDelta: unknown;
      sheet.eachRow((row) => {
        if ((row.values as unknown[]).includes(ROWS.alibabaCash)) cashDelta = row.getCell(deltaColumn).value;
      });
      expect(cashDelta).toMatchObject({ result: 90e9 - 60e9 });
    });

    await test.step('the same article again is refused, and the workspace keeps the import across a reload', async () => {
      await page.getByTestId('article-import-input').setInputFiles(ARTICLE_FILE);
      await expect(page.getByTestId('article-import-duplicate')).toContainText('same text as “Alibaba September update”');
      await page.getByTestId('article-import-dialog').getByRole('button', { name: 'Close' }).click();
      await app.waitUntilSaved();
      await page.reload();
      await app.waitUntilReady();
      await expect(app.valueCell(ROWS.alibabaCash, IMPORTED)).toContainText(/\$90(\.0)?B/);
      await expect(page.getByTestId('baseline-select')).toHaveValue(ARTICLES.second);
      await expect(page.locator('.ag-header-cell[col-id="segment"]')).toHaveCount(0);
    });
  });

  test('a column dragged to a new place stays there after a reload', async ({ app, page }) => {
    const headerIds = () => page.locator('.ag-header-row-column .ag-header-cell[col-id]').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('col-id')));
    const status = page.locator('.ag-header-cell[col-id="status"] .ag-header-cell-label');
    const segment = page.locator('.ag-header-cell[col-id="segment"] .ag-header-cell-label');
    await status.hover();
    await page.mouse.down();
    const target = await segment.boundingBox();
    if (!target) throw new Error('the Segment header is not on screen');
    // In steps, as a hand moves: AG Grid starts a drag only after the pointer has travelled.
    await page.mouse.move(target.x + 5, target.y + target.height / 2, { steps: 20 });
    await page.mouse.up();
    await expect.poll(async () => (await headerIds()).indexOf('status')).toBeLessThan((await headerIds()).indexOf('metric'));
    // A move is a change like any other: undone and redone.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await headerIds()).at(-1)).toBe('status');
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect.poll(async () => (await headerIds()).indexOf('status')).toBeLessThan((await headerIds()).indexOf('metric'));
    await app.waitUntilSaved();
    await page.reload();
    await app.waitUntilReady();
    await expect.poll(async () => (await headerIds()).indexOf('status')).toBeLessThan((await headerIds()).indexOf('metric'));
  });

  test('a file that is not an article is refused with its name, and nothing changes', async ({ app, page }) => {
    await page.getByTestId('article-import-input').setInputFiles({ name: 'figures.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK') });
    await expect(page.getByTestId('article-import-failed')).toContainText('figures.xlsx is not an article file');
    await page.getByTestId('article-import-input').setInputFiles({ name: 'empty.html', mimeType: 'text/html', buffer: Buffer.from('<html><script>var x = 1;</script><nav>Home</nav></html>') });
    await expect(page.getByTestId('article-import-failed')).toContainText('empty.html has no article text');
    await expect(page.getByTestId('baseline-select').locator('option')).toHaveCount(2);
    await expect(app.valueCell(ROWS.alibabaCash, ARTICLES.second)).toContainText('$60');
  });

  test('a file dropped on the window is imported', async ({ app, page }) => {
    await app.waitUntilReady();
    // Playwright cannot drag from the desktop: the page receives the same drop event a desktop drag makes.
    await page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['Lenovo notes\nLenovo revenue rose to $18.5 billion in the quarter.'], 'lenovo-notes.txt', { type: 'text/plain' }));
      window.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, cancelable: true }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
    });
    const dialog = page.getByTestId('article-import-dialog');
    await expect(dialog).toContainText('Import “lenovo-notes.txt”');
    await expect(dialog.getByLabel('Title')).toHaveValue('Lenovo notes');
    await expect(page.getByTestId('drop-overlay')).toHaveCount(0);
  });

  test('pasted text is read and proposed for review', async ({ app, page }) => {
    await app.fileMenu('Paste Article…');
    const paste = page.getByTestId('paste-article-dialog');
    await paste.getByLabel('The article’s text').fill('Xpeng update\nOn 12 March 2025 Xpeng said its net loss narrowed to CNY 5.8 billion in 2024.');
    await paste.getByRole('button', { name: 'Find figures' }).click();
    const dialog = page.getByTestId('article-import-dialog');
    await expect(dialog.getByLabel('Title')).toHaveValue('Xpeng update');
    await expect(dialog.getByLabel('Date')).toHaveValue('2025-03-12');
    await dialog.getByRole('button', { name: 'Import and review figures' }).click();
    await expect(page.getByTestId('review-candidate').filter({ hasText: 'CNY 5.8 billion' })).toHaveCount(1);
  });
});
