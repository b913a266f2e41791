import { expect, test } from '@playwright/test';
import { ARTICLES, ROWS, type ComparisonPage } from './comparison-page';

/**
 * The known answers as steps, so the browser-mode specs and the Electron spec check
 * exactly the same things.
 */
export async function expectSeedKnownAnswers(app: ComparisonPage): Promise<void> {
  await test.step('Alibaba cash: $83.6B then $60B, −$23.6B, −28.2%', async () => {
    await expect(app.valueCell(ROWS.alibabaCash, ARTICLES.first)).toContainText('$83.6B');
    await expect(app.valueCell(ROWS.alibabaCash, ARTICLES.second)).toContainText('$60B');
    await expect(app.deltaCell(ROWS.alibabaCash)).toHaveText('−$23.6B');
    await expect(app.deltaPercentCell(ROWS.alibabaCash)).toHaveText('−28.2%');
    await expect(app.statusCell(ROWS.alibabaCash)).toHaveAttribute('data-status', 'comparable');
  });
  await test.step('forward P/E and forward EV/Sales: related, not comparable', async () => {
    for (const row of [ROWS.alibabaForwardPe, ROWS.alibabaForwardEvSales]) {
      await expect(app.statusCell(row)).toHaveAttribute('data-status', 'related-metric');
      await expect(app.deltaCell(row)).toHaveText('');
    }
  });
  await test.step("Lenovo's revenue growth: a conflict inside the first article", async () => {
    await app.filterRows('Lenovo');
    await expect(app.statusCell(ROWS.lenovoRevenueGrowth)).toHaveAttribute('data-status', 'conflict');
    await app.filterRows('');
  });
}

export async function expectEditChangesDelta(app: ComparisonPage): Promise<void> {
  await test.step('70B over $60B makes the delta −$13.6B', async () => {
    await app.editValue(ROWS.alibabaCash, ARTICLES.second, '70B');
    await expect(app.valueCell(ROWS.alibabaCash, ARTICLES.second).getByTestId('value-cell')).toHaveAttribute('data-source', 'assumption');
    await expect(app.deltaCell(ROWS.alibabaCash)).toHaveText('−$13.6B');
  });
}

export async function expectBadInputRefused(app: ComparisonPage): Promise<void> {
  await test.step('5% in a dollar row is refused and changes nothing', async () => {
    const before = await app.deltaCell(ROWS.alibabaCash).textContent();
    await app.editValue(ROWS.alibabaCash, ARTICLES.second, '5%');
    await expect(app.cellError).toContainText('is a percentage, but this row is in USD');
    await expect(app.deltaCell(ROWS.alibabaCash)).toHaveText(before ?? '');
  });
}
