import { beforeEach, describe, expect, it } from 'vitest';
import { ArticleFileSchema } from '@shared/domain/dataset-schema';
import type { DatasetSnapshot } from '@shared/ipc/contract';
import firstFile from '../../../electron/seed-data/ev-stake-ai-surge-2024.article.json';
import secondFile from '../../../electron/seed-data/alibaba-inter-asia-2025-05-26.article.json';
import { createComparisonRowsSelector } from '../../../renderer/src/store/comparison-selectors';
import { IpcError, type IpcClient } from '../../../renderer/src/ipc/client';
import { createCrosscheckStore } from '../../../renderer/src/store/store';

const CASH = 'alibaba||cash';
const SECOND = 'alibaba-inter-asia-2025-05-26';

function seedSnapshot(): DatasetSnapshot {
  const files = [firstFile, secondFile].map((file) => ArticleFileSchema.parse(file));
  return {
    articles: files.map((file) => ({ ...file.article, text: '' })),
    figures: files.flatMap((file) => file.figures),
    problems: [],
    dataDir: '/seed',
  };
}

function fakeIpc(snapshot: DatasetSnapshot | Error): IpcClient {
  return {
    invoke: async () => {
      if (snapshot instanceof Error) throw snapshot;
      return snapshot as never;
    },
  };
}

const fixedNow = () => new Date('2026-11-21T10:00:00Z');

describe('the store', () => {
  let store: ReturnType<typeof createCrosscheckStore>;
  let selectRows: ReturnType<typeof createComparisonRowsSelector>;

  beforeEach(async () => {
    // A new store and selector per test: nothing leaks between tests.
    store = createCrosscheckStore({ ipc: () => fakeIpc(seedSnapshot()), now: fixedNow });
    selectRows = createComparisonRowsSelector();
    await store.getState().loadDataset();
  });

  it('loads the dataset, baseline article first', () => {
    const state = store.getState();
    expect(state.loadState).toBe('ready');
    expect(state.articleRefs.map((ref) => ref.id)).toEqual(['ev-stake-ai-surge-2024', SECOND]);
    const cash = selectRows(state).find((row) => row.id === CASH);
    expect(cash?.delta).toBeCloseTo(-23.6e9, 0);
  });

  it('an edit replaces only the edited row; every other row keeps its identity', () => {
    const before = selectRows(store.getState());
    expect(store.getState().editCell(CASH, SECOND, '$70 billion')).toEqual({ ok: true });
    const after = selectRows(store.getState());
    expect(after).not.toBe(before);
    const changed = after.filter((row, index) => row !== before[index]).map((row) => row.id);
    expect(changed).toEqual([CASH]);
    const cash = after.find((row) => row.id === CASH);
    expect(cash?.delta).toBeCloseTo(-13.6e9, 0);
    expect(cash?.cells[SECOND].assumption).toEqual({ value: 70e9, input: '$70 billion', setAt: '2026-11-21T10:00:00.000Z' });
    // Nothing changed: the same array comes back, so the grid does no work.
    expect(selectRows(store.getState())).toBe(after);
  });

  it('refuses unreadable input with a cell error and changes nothing', () => {
    const assumptionsBefore = store.getState().assumptionsByRow;
    expect(store.getState().editCell(CASH, SECOND, '5%')).toEqual({ ok: false });
    const state = store.getState();
    expect(state.assumptionsByRow).toBe(assumptionsBefore);
    expect(state.cellError).toMatchObject({ rowId: CASH, articleId: SECOND, input: '5%' });
    expect(state.cellError?.message).toMatch(/percentage, but this row is in USD/);
  });

  it('a later good edit of that cell clears its error', () => {
    store.getState().editCell(CASH, SECOND, 'abc');
    expect(store.getState().cellError).not.toBeNull();
    store.getState().editCell(CASH, SECOND, '61B');
    expect(store.getState().cellError).toBeNull();
  });

  it('reset returns the source value and removes the row from the analyst layer', () => {
    store.getState().editCell(CASH, SECOND, '70B');
    store.getState().resetCell(CASH, SECOND);
    expect(store.getState().assumptionsByRow).toEqual({});
    expect(selectRows(store.getState()).find((row) => row.id === CASH)?.delta).toBeCloseTo(-23.6e9, 0);
  });

  it('keeps the source figures untouched by edits', () => {
    const sourcesBefore = store.getState().rowSources;
    store.getState().editCell(CASH, SECOND, '70B');
    expect(store.getState().rowSources).toBe(sourcesBefore);
    expect(store.getState().rowSourceById.get(CASH)?.figuresByArticle[SECOND][0].value).toBe(60e9);
  });

  it('says why when the dataset cannot be fetched', async () => {
    const failing = createCrosscheckStore({ ipc: () => fakeIpc(new IpcError('Cannot reach the Crosscheck host.')), now: fixedNow });
    await failing.getState().loadDataset();
    expect(failing.getState().loadState).toBe('failed');
    expect(failing.getState().loadError).toBe('Cannot reach the Crosscheck host.');
  });
});

describe('clearing a cell', () => {
  it('removes the analyst’s value, and refuses to clear an article’s own value', async () => {
    const store = createCrosscheckStore({ ipc: () => fakeIpc(seedSnapshot()), now: fixedNow });
    await store.getState().loadDataset();
    store.getState().editCell(CASH, SECOND, '70B');
    expect(store.getState().editCell(CASH, SECOND, '  ')).toEqual({ ok: true });
    expect(store.getState().assumptionsByRow).toEqual({});
    expect(store.getState().editCell(CASH, SECOND, '')).toEqual({ ok: false });
    expect(store.getState().cellError?.message).toMatch(/no value of yours to clear/);
    expect(store.getState().assumptionsByRow).toEqual({});
  });
});
