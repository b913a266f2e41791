import { expect, type Locator, type Page } from '@playwright/test';

/** Row ids are entity|segment|metric (see rowIdFor in shared/domain/comparison.ts). */
export const ROWS = {
  alibabaCash: 'alibaba||cash',
  alibabaForwardPe: 'alibaba||forward-pe',
  alibabaForwardEvSales: 'alibaba||forward-ev-sales',
  lenovoRevenueGrowth: 'lenovo||revenue-growth',
  xpengNetLoss: 'xpeng||net-loss',
} as const;

export const ARTICLES = {
  first: 'ev-stake-ai-surge-2024',
  second: 'alibaba-inter-asia-2025-05-26',
} as const;

/** Locators and actions for the comparison screen, kept in one place. */
export class ComparisonPage {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.waitUntilReady();
  }

  /** The app marks its root with data-app-state="ready" once the dataset is in the grid. */
  async waitUntilReady(): Promise<void> {
    await expect(this.page.locator('[data-app-state="ready"]')).toBeVisible();
  }

  cell(rowId: string, colId: string): Locator {
    return this.page.locator(`.ag-row[row-id="${rowId}"] .ag-cell[col-id="${colId}"]`);
  }

  valueCell(rowId: string, articleId: string): Locator {
    return this.cell(rowId, `value:${articleId}`);
  }

  deltaCell(rowId: string): Locator {
    return this.cell(rowId, 'delta');
  }

  deltaPercentCell(rowId: string): Locator {
    return this.cell(rowId, 'deltaPercent');
  }

  statusCell(rowId: string): Locator {
    return this.cell(rowId, 'status').getByTestId('status-cell');
  }

  get cellError(): Locator {
    return this.page.getByTestId('cell-error');
  }

  get detailPanel(): Locator {
    return this.page.getByTestId('detail-panel');
  }

  get dataProblems(): Locator {
    return this.page.getByTestId('data-problems');
  }

  /** Types into a value cell the way an analyst does: double-click, select all, type, Enter. */
  async editValue(rowId: string, articleId: string, text: string): Promise<void> {
    const cell = this.valueCell(rowId, articleId);
    await cell.dblclick();
    const editor = cell.locator('input');
    await expect(editor).toBeVisible();
    await editor.fill(text);
    await editor.press('Enter');
    await expect(editor).toHaveCount(0);
  }

  /** Narrows the grid with the quick filter, as an analyst looking for a row would. */
  async filterRows(text: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Filter rows' }).fill(text);
  }

  async selectRow(rowId: string): Promise<void> {
    await this.cell(rowId, 'metric').click();
  }

  get saveStatus(): Locator {
    return this.page.getByTestId('save-status');
  }

  /** Waits until the disk has acknowledged every change made so far. */
  async waitUntilSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveAttribute('data-save-state', 'saved');
  }

  /** The last revision the disk acknowledged, as the page knows it. */
  async savedRevision(): Promise<number> {
    return Number(await this.saveStatus.getAttribute('data-saved-revision'));
  }

  get notice(): Locator {
    return this.page.getByTestId('notice');
  }

  get workspaceProblem(): Locator {
    return this.page.getByTestId('workspace-problem');
  }

  scenarioSelect(): Locator {
    return this.page.getByRole('combobox', { name: 'Scenario', exact: true });
  }

  /** Duplicate the active scenario under a new name; the copy becomes active. */
  async duplicateScenario(name: string): Promise<void> {
    await this.scenarioAction('Duplicate…');
    const dialog = this.page.getByTestId('name-dialog');
    await dialog.getByRole('textbox').fill(name);
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(this.scenarioSelect()).toHaveValue(name.toLowerCase());
  }

  /** A command of the scenario's ⋯ menu: Duplicate…, Rename… or Delete. */
  async scenarioAction(item: string): Promise<void> {
    await this.page.locator('summary[aria-label="Scenario actions"]').click();
    await this.page.getByRole('menu', { name: 'Scenario actions' }).getByRole('menuitem', { name: item, exact: true }).click();
  }

  async fileMenu(item: string): Promise<void> {
    await this.page.locator('summary', { hasText: /^File$/ }).click();
    await this.page.getByRole('menu', { name: 'File' }).getByRole('menuitem', { name: item }).click();
  }

  /** Selects a value cell (not editing it), so the panel shows its note and history. */
  async focusValueCell(rowId: string, articleId: string): Promise<void> {
    await this.valueCell(rowId, articleId).click();
  }

  /** Cells drawn inside the selected range. */
  get rangeCells(): Locator {
    return this.page.locator('.ag-cell.in-range');
  }

  get statusBar(): Locator {
    return this.page.getByTestId('status-bar');
  }

  get statusMessage(): Locator {
    return this.page.getByTestId('status-message');
  }

  get pasteReport(): Locator {
    return this.page.getByTestId('paste-report');
  }

  /** The grid's focused cell, as row id and column id. */
  async focusedCell(): Promise<{ rowId: string | null; colId: string | null }> {
    const cell = this.page.locator('.ag-cell-focus');
    return { rowId: await cell.locator('xpath=ancestor::div[contains(@class,"ag-row")][1]').getAttribute('row-id'), colId: await cell.getAttribute('col-id') };
  }

  /** The system clipboard's plain text (the context grants clipboard permissions). */
  async clipboardText(): Promise<string> {
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  /** The system clipboard's HTML, as a spreadsheet pasting it would read it. */
  async clipboardHtml(): Promise<string> {
    return this.page.evaluate(async () => {
      for (const item of await navigator.clipboard.read()) if (item.types.includes('text/html')) return (await item.getType('text/html')).text();
      return '';
    });
  }

  /** Puts text (and, where given, an HTML table) on the system clipboard, as a spreadsheet's copy does. */
  async setClipboard(text: string, html?: string): Promise<void> {
    await this.page.evaluate(
      ([plain, table]) =>
        navigator.clipboard.write([
          new ClipboardItem({
            'text/plain': new Blob([plain], { type: 'text/plain' }),
            ...(table ? { 'text/html': new Blob([table], { type: 'text/html' }) } : {}),
          }),
        ]),
      [text, html ?? ''] as const,
    );
  }

  /** A paste event carrying this data at the focused cell: for clipboards too large or odd to put on the real one. */
  async pasteData(text: string, html?: string): Promise<void> {
    await this.page.evaluate(
      ([plain, table]) => {
        const data = new DataTransfer();
        data.setData('text/plain', plain);
        if (table) data.setData('text/html', table);
        (document.activeElement ?? document.body).dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      },
      [text, html ?? ''] as const,
    );
  }

  async menu(name: string, item: string): Promise<void> {
    await this.page.locator('summary', { hasText: new RegExp(`^${name}$`) }).click();
    await this.page.getByRole('menu', { name }).locator('button', { hasText: item }).first().click();
  }

  /**
   * A paste event at the focused cell whose text is `unit` repeated `times` times, built in the
   * page: a clipboard of megabytes without sending them from the test.
   */
  async pasteRepeated(unit: string, times: number): Promise<void> {
    await this.page.evaluate(
      ([piece, count]) => {
        const data = new DataTransfer();
        data.setData('text/plain', piece.repeat(count));
        (document.activeElement ?? document.body).dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      },
      [unit, times] as const,
    );
  }
}
