import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ARTICLES, ComparisonPage, ROWS } from '../support/comparison-page';
import { expect, test } from '../support/fixtures';
import { startHost } from '../support/host';

test.describe('a broken dataset file', () => {
  test('is named with the place and the problem, and the rest of the data still shows', async ({ page, dataDir }) => {
    const file = path.join(dataDir, `${ARTICLES.second}.article.json`);
    const original = await readFile(file, 'utf8');
    // Drop the comma after the schema version: line 2 of the file.
    await writeFile(file, original.replace('"schemaVersion": 1,', '"schemaVersion": 1'));
    const host = await startHost(dataDir);
    try {
      const app = new ComparisonPage(page);
      await app.open(host.url);
      await expect(app.dataProblems).toContainText(`${ARTICLES.second}.article.json`);
      await expect(app.dataProblems).toContainText('line 3, column 3');
      await expect(app.dataProblems).toContainText('Not valid JSON');
      await expect(app.valueCell(ROWS.alibabaCash, ARTICLES.first)).toContainText('$83.6B');
      await expect(app.statusCell(ROWS.alibabaCash)).toHaveAttribute('data-status', 'only-in-one');
    } finally {
      await host.stop();
    }
  });

  test('that breaks the schema says which field is wrong', async ({ page, dataDir }) => {
    const file = path.join(dataDir, `${ARTICLES.first}.article.json`);
    const json = JSON.parse(await readFile(file, 'utf8'));
    json.figures[2].value = 'a lot';
    await writeFile(file, JSON.stringify(json, null, 2));
    const host = await startHost(dataDir);
    try {
      const app = new ComparisonPage(page);
      await app.open(host.url);
      await expect(app.dataProblems).toContainText(`${ARTICLES.first}.article.json`);
      await expect(app.dataProblems).toContainText('figures[2].value');
      await expect(app.valueCell(ROWS.alibabaCash, ARTICLES.second)).toContainText('$60B');
    } finally {
      await host.stop();
    }
  });
});
