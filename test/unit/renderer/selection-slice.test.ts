import { beforeEach, describe, expect, it } from 'vitest';
import { activeScenario } from '@shared/workspace/operations';
import { makeLayout } from '../../../renderer/src/grid/selection/cell-range';
import type { WritePlan } from '../../../renderer/src/grid/editing/write-plan';
import { createCrosscheckStore } from '../../../renderer/src/store/store';
import { FakeMain } from './fake-ipc';

const CASH = 'alibaba||cash';
const SECOND = 'alibaba-inter-asia-2025-05-26';
const SET_AT = '2026-11-21T10:00:00.000Z';
let clock = 0;
const now = () => new Date(Date.UTC(2026, 10, 21, 10, 0, clock++));

async function startedStore() {
  const store = createCrosscheckStore({ ipc: () => new FakeMain(), now, sessionId: 'session-one' });
  await store.getState().loadDataset();
  await store.getState().startWorkspace();
  return store;
}

function plan(refused: number): WritePlan {
  return {
    label: 'Paste 2 cells',
    writes: [
      { cell: { rowId: CASH, colId: `value:${SECOND}` }, rowId: CASH, columnId: SECOND, assumption: { value: 70e9, input: '70', setAt: SET_AT } },
      { cell: { rowId: CASH, colId: 'value:@analyst' }, rowId: CASH, columnId: '@analyst', assumption: { value: 80e9, input: '80', setAt: SET_AT } },
    ],
    refusals: Array.from({ length: refused }, () => ({ cell: { rowId: CASH, colId: 'delta' }, place: 'Alibaba · Cash reserves, Δ', text: '1', reason: 'Δ is computed' })),
    overflow: null,
  };
}

describe('the selection slice', () => {
  let store: Awaited<ReturnType<typeof startedStore>>;
  const s = () => store.getState();
  const cash = () => activeScenario(s().workspace).assumptions[CASH] ?? {};

  beforeEach(async () => {
    store = await startedStore();
  });

  it('applies a plan every cell of which can be written at once, as one undo step named after it', () => {
    const undoDepth = s().undoStack.length;
    s().proposePlan(plan(0));
    expect(cash()[SECOND]?.value).toBe(70e9);
    expect(cash()['@analyst']?.value).toBe(80e9);
    expect(s().undoStack).toHaveLength(undoDepth + 1);
    expect(s().undoStack.at(-1)?.label).toBe('Paste 2 cells');
    s().undo();
    expect(cash()[SECOND]).toBeUndefined();
    expect(cash()['@analyst']).toBeUndefined();
  });

  it('holds a plan with refused cells until the analyst chooses, and applies nothing on cancel', () => {
    const before = s().workspace;
    s().proposePlan(plan(1));
    expect(s().pendingPlan?.refusals).toHaveLength(1);
    expect(s().workspace).toBe(before);
    s().resolvePendingPlan(false);
    expect(s().pendingPlan).toBeNull();
    expect(s().workspace).toBe(before);
    expect(s().statusMessage?.text).toMatch(/cancelled, nothing changed/);
  });

  it('applies the writable cells of a held plan when asked, and says how many were left', () => {
    s().proposePlan(plan(1));
    s().resolvePendingPlan(true);
    expect(cash()[SECOND]?.value).toBe(70e9);
    expect(s().statusMessage?.text).toBe('Paste 2 cells; 1 cell left as they were.');
  });

  it('clips the range to what a filter leaves, and clears it when nothing of it is left', () => {
    s().setGridLayout(makeLayout(['a', 'b', 'c'], ['x', 'y']));
    s().setSelection({ anchor: { rowId: 'a', colId: 'x' }, focus: { rowId: 'c', colId: 'y' } });
    s().setGridLayout(makeLayout(['a', 'b'], ['x', 'y']));
    expect(s().selection).toEqual({ anchor: { rowId: 'a', colId: 'x' }, focus: { rowId: 'a', colId: 'y' } });
    s().setGridLayout(makeLayout(['b'], ['x', 'y']));
    expect(s().selection).toBeNull();
  });

  it('keeps the range, by row id, when the rows are only re-sorted', () => {
    s().setGridLayout(makeLayout(['a', 'b', 'c'], ['x']));
    const selection = { anchor: { rowId: 'a', colId: 'x' }, focus: { rowId: 'b', colId: 'x' } };
    s().setSelection(selection);
    s().setGridLayout(makeLayout(['c', 'b', 'a'], ['x']));
    expect(s().selection).toBe(selection);
  });
});
