import { beforeAll, describe, expect, it } from 'vitest';
import { buildComparison } from '@shared/domain/build-comparison';
import { defaultColumnIds, orderColumns } from '@shared/domain/comparison-columns';
import { activeScenario, newWorkspace } from '@shared/workspace/operations';
import { setBaseline, setColumnLayout } from '@shared/workspace/view-operations';
import { addImportedArticle, idsInUse, removeImportedArticle } from '@shared/workspace/import-operations';
import { appendHistory, setCellAssumption, setNote, setPeriodOverride } from '@shared/workspace/operations';
import type { Workspace } from '@shared/workspace/workspace-schema';
import type { DatasetSnapshot } from '@shared/ipc/contract';
import { loadSeedDataset } from './seed-data';
import { importedArticle, septemberArticle } from './support/imported-article';

const NOW = new Date('2026-11-21T10:00:00Z');
const OLDEST = 'ev-stake-ai-surge-2024';
const MAY = 'alibaba-inter-asia-2025-05-26';
const SEPTEMBER = 'alibaba-update-2025-09-01';
let seed: DatasetSnapshot;

beforeAll(async () => {
  seed = await loadSeedDataset();
});

const withThird = (): Workspace => addImportedArticle(newWorkspace(NOW), septemberArticle());
const compare = (workspace: Workspace) => buildComparison(seed, workspace, activeScenario(workspace));
const rowOf = (workspace: Workspace, id: string) => {
  const row = compare(workspace).rows.find((candidate) => candidate.id === id);
  if (!row) throw new Error(`no row ${id}`);
  return row;
};

describe('three articles against the oldest', () => {
  it('orders the articles by date, the imported one third', () => {
    expect(compare(withThird()).refs.map((ref) => ref.id)).toEqual([OLDEST, MAY, SEPTEMBER]);
    expect(compare(withThird()).baseline?.id).toBe(OLDEST);
  });

  it('gives each later article with a value its own delta against the baseline', () => {
    const cash = rowOf(withThird(), 'alibaba||cash');
    expect(cash.versus[MAY].delta).toBeCloseTo(60e9 - 83.6e9, 0);
    expect(cash.versus[SEPTEMBER].delta).toBeCloseTo(90e9 - 83.6e9, 0);
    expect(cash.versus[SEPTEMBER].deltaPercent).toBeCloseTo((90e9 - 83.6e9) / 83.6e9, 10);
  });

  it('summarises the row by its latest article against the baseline', () => {
    const cash = rowOf(withThird(), 'alibaba||cash');
    expect(cash.otherArticleId).toBe(SEPTEMBER);
    expect(cash.delta).toBe(cash.versus[SEPTEMBER].delta);
    // Lenovo's P/E: only the oldest and the September article give it, so the summary skips May.
    const pe = rowOf(withThird(), 'lenovo||forward-pe');
    expect(Object.keys(pe.versus)).toEqual([SEPTEMBER]);
    expect(pe.otherArticleId).toBe(SEPTEMBER);
    expect(pe.delta).toBe(3);
  });

  it('leaves a pending candidate out of the comparison until it is accepted', () => {
    const dividends = rowOf(withThird(), 'alibaba||dividends');
    expect(dividends.cells[SEPTEMBER].value).toBeNull();
    expect(dividends.versus[SEPTEMBER]).toBeUndefined();
  });

  it('says why a row only the newest article gives has no delta', () => {
    const orders = rowOf(withThird(), 'alibaba||quick-commerce-orders');
    expect(orders.status).toBe('only-in-one');
    expect(orders.versus[SEPTEMBER].reasons[0].message).toMatch(/^Only in article 3/);
  });
});

describe('a baseline the analyst chooses', () => {
  it('compares every other article against it, older ones too', () => {
    const workspace = setBaseline(withThird(), MAY);
    const cash = rowOf(workspace, 'alibaba||cash');
    expect(cash.baseArticleId).toBe(MAY);
    expect(cash.versus[OLDEST].delta).toBeCloseTo(83.6e9 - 60e9, 0);
    expect(cash.versus[SEPTEMBER].delta).toBeCloseTo(90e9 - 60e9, 0);
    expect(cash.versus[MAY]).toBeUndefined();
  });

  it('goes back to the oldest when the chosen article is removed', () => {
    const workspace = removeImportedArticle(setBaseline(withThird(), SEPTEMBER), SEPTEMBER);
    expect(workspace.view.baselineArticleId).toBeNull();
    expect(compare(workspace).baseline?.id).toBe(OLDEST);
  });

  it('makes no change when the same baseline is chosen again', () => {
    const workspace = setBaseline(withThird(), MAY);
    expect(setBaseline(workspace, MAY)).toBe(workspace);
  });
});

describe('columns', () => {
  it('put each later article’s delta after its value from three articles on, and the latest value in the summary', () => {
    const { refs, baseline } = compare(withThird());
    expect(defaultColumnIds({ refs, baseline: baseline! })).toEqual([
      'entity', 'segment', 'metric',
      `value:${OLDEST}`, `value:${MAY}`, `delta:${MAY}`, `value:${SEPTEMBER}`, `delta:${SEPTEMBER}`,
      'value:@analyst', 'latest', 'delta', 'deltaPercent', 'status',
    ]);
    const two = compare(newWorkspace(NOW));
    expect(defaultColumnIds({ refs: two.refs, baseline: two.baseline! })).toEqual(['entity', 'segment', 'metric', `value:${OLDEST}`, `value:${MAY}`, 'value:@analyst', 'delta', 'deltaPercent', 'status']);
  });

  it('keep the analyst’s order and place a new article’s columns after their neighbour', () => {
    const twoArticles = ['entity', 'metric', `value:${MAY}`, `value:${OLDEST}`, 'status'];
    const withNew = ['entity', 'metric', `value:${OLDEST}`, `value:${MAY}`, `value:${SEPTEMBER}`, 'status'];
    expect(orderColumns(withNew, twoArticles)).toEqual(['entity', 'metric', `value:${MAY}`, `value:${SEPTEMBER}`, `value:${OLDEST}`, 'status']);
    expect(orderColumns(withNew, [])).toEqual(withNew);
    // Ids no longer in the comparison and repeats are dropped; an unplaced first column stays first.
    expect(orderColumns(['a', 'b', 'c'], ['gone', 'c', 'b', 'c'])).toEqual(['a', 'c', 'b']);
  });

  it('are saved with the workspace only when they change', () => {
    const workspace = setColumnLayout(withThird(), ['status', 'entity'], ['segment']);
    expect(workspace.view).toMatchObject({ columnOrder: ['status', 'entity'], hiddenColumns: ['segment'] });
    expect(setColumnLayout(workspace, ['status', 'entity'], ['segment'])).toBe(workspace);
  });
});

describe('the latest value and the row’s status', () => {
  it('is the baseline’s own when the baseline is the newest article, while the summary delta compares the latest other', () => {
    const workspace = setBaseline(withThird(), SEPTEMBER);
    const cash = rowOf(workspace, 'alibaba||cash');
    expect(cash.latestArticleId).toBe(SEPTEMBER);
    expect(cash.otherArticleId).toBe(MAY);
    expect(cash.delta).toBeCloseTo(60e9 - 90e9, 0);
  });

  it('flags a disagreement in an article the summary does not compare', () => {
    const revenue = (id: string, date: string, value: number, written: string) =>
      importedArticle(id, id, date, [{ entity: 'acme', metric: 'revenue', label: 'Revenue', value, unit: 'currency', currency: 'USD', scale: 'billion', lead: 'Acme FY2024 revenue was ', asWritten: written, period: 'FY2024' }]);
    let workspace = newWorkspace(NOW);
    workspace = addImportedArticle(workspace, revenue('acme-a', '2025-01-10', 10e9, '$10 billion'));
    workspace = addImportedArticle(workspace, revenue('acme-b', '2025-02-10', 12e9, '$12 billion'));
    workspace = addImportedArticle(workspace, revenue('acme-c', '2025-03-10', 10e9, '$10 billion'));
    workspace = setBaseline(workspace, 'acme-a');
    const row = rowOf(workspace, 'acme||revenue');
    expect(row.versus['acme-c'].status).toBe('comparable');
    expect(row.versus['acme-b'].status).toBe('disagreement');
    expect(row.status).toBe('disagreement');
    expect(row.disagreement).toMatch(/differ by 16\.7%/);
    expect(row.delta).toBe(0);
  });
});

describe('removing an imported article', () => {
  it('takes the analyst’s values, notes and period corrections in its column with it, and its id is not given out again', () => {
    const september = septemberArticle();
    const at = NOW.toISOString();
    let workspace = withThird();
    workspace = setCellAssumption(workspace, 'base', 'alibaba||cash', SEPTEMBER, { value: 1e11, input: '100B', setAt: at });
    workspace = setCellAssumption(workspace, 'base', 'alibaba||cash', MAY, { value: 6.1e10, input: '61B', setAt: at });
    workspace = setNote(workspace, `alibaba||cash#${SEPTEMBER}`, 'checked with IR', NOW);
    workspace = setPeriodOverride(workspace, september.candidates[0].figure.id, 'FY2025', NOW);
    workspace = appendHistory(workspace, 'base', `alibaba||cash#${SEPTEMBER}`, { at, value: 1e11, previous: null, input: '100B', action: 'edit' });
    const removed = removeImportedArticle(workspace, SEPTEMBER);
    expect(removed.scenarios[0].assumptions['alibaba||cash']).toEqual({ [MAY]: expect.objectContaining({ value: 6.1e10 }) });
    expect(removed.notes).toEqual({});
    expect(removed.periodOverrides).toEqual({});
    expect(idsInUse(removed, [OLDEST, MAY]).has(SEPTEMBER)).toBe(true);
  });
});
