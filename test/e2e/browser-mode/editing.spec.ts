import { ARTICLES, ROWS } from '../support/comparison-page';
import { expect, test } from '../support/fixtures';

test.describe('editing assumptions', () => {
  test('an override changes the delta at once, keeps the source visible, and resets', async ({ app }) => {
    await test.step('type 70B over the second article’s $60B', async () => {
      await app.editValue(ROWS.alibabaCash, ARTICLES.second, '70B');
      const cell = app.valueCell(ROWS.alibabaCash, ARTICLES.second);
      await expect(cell).toContainText('$70B');
      await expect(cell.getByTestId('value-cell')).toHaveAttribute('data-source', 'assumption');
      await expect(app.deltaCell(ROWS.alibabaCash)).toHaveText('−$13.6B');
      await expect(app.deltaPercentCell(ROWS.alibabaCash)).toHaveText('−16.3%');
    });
    await test.step('the source value and quote stay in the panel', async () => {
      await app.selectRow(ROWS.alibabaCash);
      const detail = app.detailPanel.getByTestId(`cell-detail-${ARTICLES.second}`);
      await expect(detail.getByTestId('assumption')).toContainText('Your assumption: $70B');
      await expect(detail.getByTestId('assumption')).toContainText('The article says $60B');
      await expect(detail.locator('mark')).toHaveText('$60 billion');
    });
    await test.step('reset returns the source value and delta', async () => {
      await app.detailPanel.getByRole('button', { name: 'Reset to source' }).click();
      await expect(app.valueCell(ROWS.alibabaCash, ARTICLES.second).getByTestId('value-cell')).toHaveAttribute('data-source', 'article');
      await expect(app.deltaCell(ROWS.alibabaCash)).toHaveText('−$23.6B');
    });
  });

  test('every accepted input form is read in the row’s unit', async ({ app }) => {
    for (const [typed, shown, delta] of [
      ['$60 billion', '$60B', '−$23.6B'],
      ['60,000,000,000', '$60B', '−$23.6B'],
      ['75', '$75B', '−$8.6B'],
    ] as const) {
      await app.editValue(ROWS.alibabaCash, ARTICLES.second, typed);
      await expect(app.valueCell(ROWS.alibabaCash, ARTICLES.second)).toContainText(shown);
      await expect(app.deltaCell(ROWS.alibabaCash)).toHaveText(delta);
    }
  });

  test('filling a value the article does not give makes the row comparable', async ({ app }) => {
    await app.filterRows('Xiaopeng');
    await app.editValue(ROWS.xpengNetLoss, ARTICLES.second, 'CNY 12B');
    await expect(app.valueCell(ROWS.xpengNetLoss, ARTICLES.second)).toContainText('CNY 12B');
    await expect(app.statusCell(ROWS.xpengNetLoss)).toHaveAttribute('data-status', 'comparable');
    await expect(app.deltaCell(ROWS.xpengNetLoss)).toHaveText('+CNY 1.6B');
  });

  test('input that cannot be read is refused at the cell and changes nothing', async ({ app }) => {
    for (const [typed, reason] of [
      ['5%', 'is a percentage, but this row is in USD'],
      ['abc', 'does not start with a number'],
      ['12..3', 'is not a number'],
    ] as const) {
      await app.editValue(ROWS.alibabaCash, ARTICLES.second, typed);
      await expect(app.cellError).toContainText(`“${typed}”`);
      await expect(app.cellError).toContainText(reason);
      await expect(app.cellError).toContainText('Alibaba · Cash reserves');
      const cell = app.valueCell(ROWS.alibabaCash, ARTICLES.second).getByTestId('value-cell');
      await expect(cell).toHaveClass(/has-error/);
      await expect(cell).toHaveAttribute('data-source', 'article');
      await expect(cell).toContainText('$60B');
      // The message is at the cell too, on its warning mark.
      await expect(cell.getByRole('img')).toHaveAttribute('title', new RegExp(reason.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      await expect(app.deltaCell(ROWS.alibabaCash)).toHaveText('−$23.6B');
    }
  });
});

test('clearing a cell with Delete returns it to the article’s value', async ({ app, page }) => {
  await app.editValue(ROWS.alibabaCash, ARTICLES.second, '70B');
  await expect(app.deltaCell(ROWS.alibabaCash)).toHaveText('−$13.6B');
  await app.valueCell(ROWS.alibabaCash, ARTICLES.second).click();
  await page.keyboard.press('Delete');
  await expect(app.valueCell(ROWS.alibabaCash, ARTICLES.second).getByTestId('value-cell')).toHaveAttribute('data-source', 'article');
  await expect(app.deltaCell(ROWS.alibabaCash)).toHaveText('−$23.6B');
});
