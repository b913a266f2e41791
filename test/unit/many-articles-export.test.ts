import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildComparison } from '@shared/domain/build-comparison';
import { defaultColumnIds } from '@shared/domain/comparison-columns';
import { COMPARISON_SHEET, ROW_ID_HEADER } from '@shared/export/comparison-sheet';
import { SOURCES_SHEET } from '@shared/export/sources-sheet';
import { planWorkbook } from '@shared/export/plan-workbook';
import { activeScenario, newWorkspace } from '@shared/workspace/operations';
import { addImportedArticle } from '@shared/workspace/import-operations';
import { setBaseline, setColumnLayout } from '@shared/workspace/view-operations';
import type { Workspace } from '@shared/workspace/workspace-schema';
import type { DatasetSnapshot } from '@shared/ipc/contract';
import { recalculateInLibreOffice } from '../support/spreadsheet-tools';
import { loadSeedDataset } from './seed-data';
import { exportInput, readWorkbookFile, writePlanFile } from './support/excel-files';
import { septemberArticle } from './support/imported-article';

const NOW = new Date('2026-11-21T10:00:00Z');
const MAY = 'alibaba-inter-asia-2025-05-26';
const SEPTEMBER = 'alibaba-update-2025-09-01';
let dir: string;
let seed: DatasetSnapshot;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'crosscheck-many-'));
  seed = await loadSeedDataset();
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const withThird = (): Workspace => addImportedArticle(newWorkspace(NOW), septemberArticle());

function headerRow(sheet: import('exceljs').Worksheet): string[] {
  return (sheet.getRow(1).values as unknown[]).slice(1).map(String);
}

describe('an export of three articles', () => {
  it('writes each later article’s delta against the chosen baseline as a live formula that LibreOffice recalculates to the app’s value', async () => {
    const workspace = setBaseline(withThird(), MAY);
    const rows = buildComparison(seed, workspace, activeScenario(workspace)).rows;
    const file = await writePlanFile(planWorkbook(exportInput(seed, workspace, NOW)), dir, 'three.xlsx');
    const sheet = (await readWorkbookFile(await recalculateInLibreOffice(file, path.join(dir, 'recalc')))).getWorksheet(COMPARISON_SHEET)!;
    const headers = headerRow(sheet);
    expect(headers).toContain('Article 2 (26 May 2025) · baseline');
    const septemberDelta = headers.indexOf('Δ article 3 (1 Sep 2025) vs baseline') + 1;
    const olderDelta = headers.indexOf('Δ article 1 (Nov 2024, inferred) vs baseline') + 1;
    expect(septemberDelta).toBeGreaterThan(0);
    expect(olderDelta).toBeGreaterThan(0);
    const idColumn = headers.indexOf(ROW_ID_HEADER) + 1;
    let checked = 0;
    sheet.eachRow((row, rowNumber) => {
      if (rowNumber === 1) return;
      const app = rows.find((candidate) => candidate.id === row.getCell(idColumn).value);
      if (!app) throw new Error(`row ${String(row.getCell(idColumn).value)} is not the app's`);
      for (const [column, articleId] of [[septemberDelta, SEPTEMBER], [olderDelta, 'ev-stake-ai-surge-2024']] as const) {
        const expected = app.versus[articleId]?.delta ?? null;
        const cell = row.getCell(column).value as { formula?: string; result?: number } | null;
        if (expected === null) continue;
        // Percentages' deltas are written in points, as the summary's are.
        const factor = app.cells[app.baseArticleId].unit.kind === 'percent' ? 100 : 1;
        expect(cell?.formula, `${app.id} ${articleId}`).toMatch(/^\(?[A-Z]+\d+-[A-Z]+\d+/);
        expect(cell?.result, `${app.id} ${articleId}`).toBeCloseTo(expected * factor, 3);
        checked++;
      }
    });
    // Alibaba's cash against May from both sides, at least.
    expect(checked).toBeGreaterThanOrEqual(2);
  }, 60_000);

  it('lists the imported article and its accepted figures in Sources, with their quotes', async () => {
    const file = await writePlanFile(planWorkbook(exportInput(seed, withThird(), NOW)), dir, 'sources.xlsx');
    const sources = (await readWorkbookFile(file)).getWorksheet(SOURCES_SHEET)!;
    const text: string[] = [];
    sources.eachRow((row) => text.push((row.values as unknown[]).map(String).join('|')));
    expect(text.some((line) => line.includes('Alibaba update'))).toBe(true);
    expect(text.some((line) => line.includes('Alibaba now holds cash of $90 billion.'))).toBe(true);
    // The pending candidate is not a source yet.
    expect(text.some((line) => line.includes('Dividends may reach'))).toBe(false);
  });

  it('exports everything in the analyst’s column order, and as shown without the columns they hid', async () => {
    // The grid saves every column's place: here the September value moved next to the metric, Segment to the end.
    const { refs, baseline } = buildComparison(seed, withThird(), activeScenario(withThird()));
    const others = defaultColumnIds({ refs, baseline: baseline! }).filter((id) => !['entity', 'metric', 'segment', `value:${SEPTEMBER}`].includes(id));
    const arranged = setColumnLayout(withThird(), ['entity', 'metric', `value:${SEPTEMBER}`, ...others, 'segment'], ['segment']);
    const all = await writePlanFile(planWorkbook(exportInput(seed, arranged, NOW)), dir, 'arranged-all.xlsx');
    const allHeaders = headerRow((await readWorkbookFile(all)).getWorksheet(COMPARISON_SHEET)!);
    expect(allHeaders.slice(0, 4)).toEqual(['Company', 'Metric', 'Article 3 (1 Sep 2025)', 'Article 1 (Nov 2024, inferred) · baseline']);
    expect(allHeaders.at(-3)).toBe('Segment');
    // "As shown" takes the grid's displayed columns, which leave the hidden ones out.
    const shownColumns = ['entity', 'metric', `value:${SEPTEMBER}`, `delta:${SEPTEMBER}`, 'status'];
    const view = { rowIds: ['alibaba||cash'], columns: shownColumns };
    const shown = await writePlanFile(planWorkbook(exportInput(seed, arranged, NOW, { scope: 'view', view })), dir, 'arranged-view.xlsx');
    const shownHeaders = headerRow((await readWorkbookFile(shown)).getWorksheet(COMPARISON_SHEET)!);
    expect(shownHeaders).toEqual(['Company', 'Metric', 'Article 3 (1 Sep 2025)', 'Δ article 3 (1 Sep 2025) vs baseline', 'Status', 'Why (status detail)', ROW_ID_HEADER]);
  });
});
