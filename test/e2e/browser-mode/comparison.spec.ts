import { ARTICLES, ROWS } from '../support/comparison-page';
import { expect, test } from '../support/fixtures';
import { expectBadInputRefused, expectEditChangesDelta, expectSeedKnownAnswers } from '../support/known-answers';

test('the same checks as the desktop app: known answers, an edit, a refusal', async ({ app }) => {
  await expectSeedKnownAnswers(app);
  await expectEditChangesDelta(app);
  await expectBadInputRefused(app);
});

test.describe('comparison of the two seed articles', () => {
  test('shows real figures from both articles with the cash delta', async ({ app }) => {
    await test.step('Alibaba cash: $83.6B then $60B', async () => {
      await expect(app.valueCell(ROWS.alibabaCash, ARTICLES.first)).toContainText('$83.6B');
      await expect(app.valueCell(ROWS.alibabaCash, ARTICLES.second)).toContainText('$60B');
    });
    await test.step('delta −$23.6B, −28.2%, comparable', async () => {
      await expect(app.deltaCell(ROWS.alibabaCash)).toHaveText('−$23.6B');
      await expect(app.deltaPercentCell(ROWS.alibabaCash)).toHaveText('−28.2%');
      await expect(app.statusCell(ROWS.alibabaCash)).toHaveAttribute('data-status', 'comparable');
    });
    await test.step('Xiaopeng loss in CNY, only in the first article', async () => {
      await app.filterRows('Xiaopeng');
      await expect(app.valueCell(ROWS.xpengNetLoss, ARTICLES.first)).toContainText('CNY 10.4B');
      await expect(app.valueCell(ROWS.xpengNetLoss, ARTICLES.first)).toContainText('2023');
      await expect(app.statusCell(ROWS.xpengNetLoss)).toHaveAttribute('data-status', 'only-in-one');
      await expect(app.deltaCell(ROWS.xpengNetLoss)).toHaveText('');
    });
  });

  test('valuation multiples are related but not comparable', async ({ app }) => {
    await expect(app.valueCell(ROWS.alibabaForwardPe, ARTICLES.first)).toContainText('18.0x');
    await expect(app.valueCell(ROWS.alibabaForwardEvSales, ARTICLES.second)).toContainText('14.0x');
    for (const row of [ROWS.alibabaForwardPe, ROWS.alibabaForwardEvSales]) {
      await expect(app.statusCell(row)).toHaveAttribute('data-status', 'related-metric');
      await expect(app.deltaCell(row)).toHaveText('');
    }
    await app.selectRow(ROWS.alibabaForwardPe);
    await expect(app.detailPanel.getByTestId('reasons')).toContainText('Forward EV/Sales');
    await expect(app.detailPanel.getByTestId('reasons')).toContainText('valuation multiples');
  });

  test("Lenovo's revenue growth is a conflict inside the first article", async ({ app }) => {
    await app.filterRows('Lenovo');
    await expect(app.statusCell(ROWS.lenovoRevenueGrowth)).toHaveAttribute('data-status', 'conflict');
    await app.selectRow(ROWS.lenovoRevenueGrowth);
    const reasons = app.detailPanel.getByTestId('reasons');
    await expect(reasons).toContainText('22%');
    await expect(reasons).toContainText('24%');
  });

  test('the panel shows each source quote with the figure marked', async ({ app }) => {
    await app.selectRow(ROWS.alibabaCash);
    const first = app.detailPanel.getByTestId(`cell-detail-${ARTICLES.first}`);
    const second = app.detailPanel.getByTestId(`cell-detail-${ARTICLES.second}`);
    await expect(first.getByTestId('quote')).toContainText('Alibaba’s cash reserves ($83.6 billion) provide a buffer');
    await expect(first.locator('mark')).toHaveText('$83.6 billion');
    await expect(second.locator('mark')).toHaveText('$60 billion');
  });
});
