import { beforeEach, describe, expect, it } from 'vitest';
import { ANALYST_COLUMN } from '@shared/domain/comparison';
import { activeScenario } from '@shared/workspace/operations';
import { IpcError, type IpcClient } from '../../../renderer/src/ipc/client';
import { createComparisonRowsSelector } from '../../../renderer/src/store/comparison-selectors';
import { selectAllRowSources } from '../../../renderer/src/store/row-source-selectors';
import { createCrosscheckStore, type CrosscheckState } from '../../../renderer/src/store/store';
import { FakeMain } from './fake-ipc';
import { selectComparisonArticles } from '../../../renderer/src/store/dataset-selectors';

const CASH = 'alibaba||cash';
const FIRST = 'ev-stake-ai-surge-2024';
const SECOND = 'alibaba-inter-asia-2025-05-26';

let clock = 0;
const now = () => new Date(Date.UTC(2026, 10, 21, 10, 0, clock++));

/** Resolves once the store has no save in flight and the disk has every revision. */
async function settled(store: ReturnType<typeof createCrosscheckStore>): Promise<void> {
  for (let i = 0; i < 100 && (store.getState().saveState === 'saving' || store.getState().revision !== store.getState().savedRevision); i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

function rowsOf(select: ReturnType<typeof createComparisonRowsSelector>, state: CrosscheckState) {
  return select({ rowSources: selectAllRowSources(state), assumptionsByRow: activeScenario(state.workspace).assumptions, articles: selectComparisonArticles(state) });
}

async function startedStore(main: IpcClient = new FakeMain(), sessionId = 'session-one') {
  const store = createCrosscheckStore({ ipc: () => main, now, sessionId });
  await store.getState().loadDataset();
  await store.getState().startWorkspace();
  return store;
}

describe('the store', () => {
  let main: FakeMain;
  let store: Awaited<ReturnType<typeof startedStore>>;
  let select: ReturnType<typeof createComparisonRowsSelector>;

  beforeEach(async () => {
    // A new main side, store and selector per test: nothing leaks between tests.
    main = new FakeMain();
    store = await startedStore(main);
    select = createComparisonRowsSelector();
  });

  it('starts on a new "Untitled" workspace file when there is none', () => {
    expect(store.getState().fileName).toBe('Untitled');
    expect(main.files.has('Untitled')).toBe(true);
    expect(rowsOf(select, store.getState()).find((row) => row.id === CASH)?.delta).toBeCloseTo(-23.6e9, 0);
  });

  it('an edit replaces only the edited row and is saved to the file', async () => {
    const before = rowsOf(select, store.getState());
    expect(store.getState().editCell(CASH, SECOND, '$70 billion')).toEqual({ ok: true });
    const after = rowsOf(select, store.getState());
    expect(after.filter((row, index) => row !== before[index]).map((row) => row.id)).toEqual([CASH]);
    expect(after.find((row) => row.id === CASH)?.delta).toBeCloseTo(-13.6e9, 0);
    await settled(store);
    expect(main.files.get('Untitled')?.scenarios[0].assumptions[CASH][SECOND].value).toBe(70e9);
    expect(store.getState().savedRevision).toBe(store.getState().revision);
  });

  it('refuses unreadable input with a cell error and changes nothing', () => {
    const workspaceBefore = store.getState().workspace;
    expect(store.getState().editCell(CASH, SECOND, '5%')).toEqual({ ok: false });
    expect(store.getState().workspace).toBe(workspaceBefore);
    expect(store.getState().cellError?.message).toMatch(/percentage, but this row is in USD/);
  });

  it('undo and redo cover edits, resets, notes, rows, scenarios and FX rates', () => {
    const s = () => store.getState();
    s().editCell(CASH, SECOND, '70B');
    s().resetCell(CASH, SECOND);
    s().setCellNote(CASH, SECOND, 'From the 20-F');
    const added = s().addRow({ entityName: 'Alibaba', segment: '', metricLabel: 'Cloud margin', unit: 'percent', currency: null });
    expect(added.ok).toBe(true);
    s().duplicateScenario('Bull');
    s().renameScenario('bull', 'Bull case');
    expect(s().setFxRate('CNY', 'USD', '0.14', '2025-05-26', 'PBoC')).toEqual({ ok: true });
    expect(activeScenario(s().workspace).fxRates['CNY/USD'].rate).toBe(0.14);

    const expectations: [string, (state: CrosscheckState) => boolean][] = [
      ['FX rate removed', (state) => !activeScenario(state.workspace).fxRates['CNY/USD']],
      ['rename undone', (state) => activeScenario(state.workspace).name === 'Bull'],
      ['scenario gone', (state) => state.workspace.scenarios.length === 1],
      ['row gone', (state) => state.workspace.customRows.length === 0],
      ['note gone', (state) => !state.workspace.notes[`${CASH}#${SECOND}`]],
      ['reset undone', (state) => activeScenario(state.workspace).assumptions[CASH]?.[SECOND]?.value === 70e9],
      ['edit undone', (state) => !activeScenario(state.workspace).assumptions[CASH]],
    ];
    for (const [label, holds] of expectations) {
      s().undo();
      expect(holds(s()), label).toBe(true);
    }
    expect(s().undoStack).toHaveLength(0);
    for (let i = 0; i < expectations.length; i++) s().redo();
    expect(activeScenario(s().workspace).fxRates['CNY/USD'].rate).toBe(0.14);
    expect(s().workspace.scenarios.map((scenario) => scenario.name)).toEqual(['Base', 'Bull case']);
  });

  it('keeps at least 1,000 undo steps', () => {
    for (let i = 1; i <= 1_100; i++) store.getState().editCell(CASH, SECOND, `${i}B`);
    for (let i = 0; i < 1_000; i++) store.getState().undo();
    expect(activeScenario(store.getState().workspace).assumptions[CASH][SECOND].value).toBe(100e9);
  });

  it('records each cell’s history, including undo, and restores an earlier value', () => {
    const s = () => store.getState();
    s().editCell(CASH, SECOND, '70B');
    s().editCell(CASH, SECOND, '65B');
    s().undo();
    const history = s().workspace.history.base[`${CASH}#${SECOND}`];
    expect(history.map((entry) => [entry.action, entry.value, entry.previous])).toEqual([
      ['edit', 70e9, null],
      ['edit', 65e9, 70e9],
      ['undo', 70e9, 65e9],
    ]);
    s().restoreCellValue(CASH, SECOND, history[1]);
    expect(activeScenario(s().workspace).assumptions[CASH][SECOND].value).toBe(65e9);
    expect(s().workspace.history.base[`${CASH}#${SECOND}`].at(-1)?.action).toBe('restore');
  });

  it('switching scenario changes the values and deltas at once', () => {
    const s = () => store.getState();
    s().duplicateScenario('Bear');
    s().editCell(CASH, SECOND, '50B');
    expect(rowsOf(select, s()).find((row) => row.id === CASH)?.delta).toBeCloseTo(-33.6e9, 0);
    s().switchScenario('base');
    expect(rowsOf(select, s()).find((row) => row.id === CASH)?.delta).toBeCloseTo(-23.6e9, 0);
  });

  it('takes the analyst’s own value per row, and fills the analyst’s own rows', () => {
    const s = () => store.getState();
    expect(s().editCell(CASH, ANALYST_COLUMN, '65B')).toEqual({ ok: true });
    expect(rowsOf(select, s()).find((row) => row.id === CASH)?.estimate).toBe(65e9);
    const added = s().addRow({ entityName: 'Lenovo', segment: '', metricLabel: 'Server backlog', unit: 'currency', currency: 'USD' });
    if (!added.ok) throw new Error(added.message);
    expect(s().editCell(added.rowId, FIRST, '$2 billion')).toEqual({ ok: true });
    expect(s().editCell(added.rowId, SECOND, '2.5B')).toEqual({ ok: true });
    const row = rowsOf(select, s()).find((candidate) => candidate.id === added.rowId);
    expect(row?.status).toBe('comparable');
    expect(row?.delta).toBe(0.5e9);
  });

  it('says so, keeps the change and retries when a save fails', async () => {
    main.failSaves = { kind: 'write-failed', message: 'Could not save “Untitled”: the disk is full. Your changes are kept in the app.', code: 'ENOSPC' };
    store.getState().editCell(CASH, SECOND, '70B');
    await settled(store);
    expect(store.getState().saveState).toBe('failed');
    expect(store.getState().saveError).toMatch(/disk is full/);
    expect(activeScenario(store.getState().workspace).assumptions[CASH][SECOND].value).toBe(70e9);
    main.failSaves = null;
    await store.getState().saveNow();
    expect(store.getState().saveState).toBe('idle');
    expect(main.files.get('Untitled')?.scenarios[0].assumptions[CASH][SECOND].value).toBe(70e9);
  });

  it('a second window is told the file is taken, and can take it over', async () => {
    main.lastOpened = 'Untitled';
    const second = await startedStore(main, 'session-two');
    expect(second.getState().workspaceProblem?.error.kind).toBe('locked');
    expect(await second.getState().openWorkspace('Untitled', { takeOver: true })).toBe(true);
    store.getState().editCell(CASH, SECOND, '70B');
    await settled(store);
    expect(store.getState().saveError).toMatch(/another window owns it/);
  });

  it('says why when the dataset cannot be fetched', async () => {
    const failing = createCrosscheckStore({
      ipc: () => ({ invoke: async () => { throw new IpcError('Cannot reach the Crosscheck host.'); } }),
      now,
      sessionId: 'session-three',
    });
    await failing.getState().loadDataset();
    expect(failing.getState().loadState).toBe('failed');
    expect(failing.getState().loadError).toBe('Cannot reach the Crosscheck host.');
  });
});

describe('switching workspace never drops what was typed', () => {
  it('refuses to leave a workspace whose last changes could not be saved', async () => {
    const main = new FakeMain();
    const store = await startedStore(main);
    main.files.set('Other', main.files.get('Untitled') ?? store.getState().workspace);
    main.failSaves = { kind: 'write-failed', message: 'Could not save “Untitled”: the disk is full.', code: 'ENOSPC' };
    store.getState().editCell(CASH, SECOND, '70B');
    await settled(store);
    expect(await store.getState().openWorkspace('Other')).toBe(false);
    expect(store.getState().fileName).toBe('Untitled');
    expect(store.getState().notice?.text).toMatch(/not saved yet \(Could not save “Untitled”: the disk is full\.\)/);
    expect(activeScenario(store.getState().workspace).assumptions[CASH][SECOND].value).toBe(70e9);
  });

  it('keeps changes made while no file was open in a workspace of their own', async () => {
    const main = new FakeMain();
    const first = await startedStore(main, 'session-one');
    main.lastOpened = 'Untitled';
    const second = await startedStore(main, 'session-two');
    expect(second.getState().fileName).toBeNull();
    second.getState().editCell(CASH, SECOND, '70B');
    main.files.set('Other', first.getState().workspace);
    expect(await second.getState().openWorkspace('Other')).toBe(true);
    const kept = [...main.files.entries()].find(([name]) => name.startsWith('Unsaved changes'));
    expect(kept?.[1].scenarios[0].assumptions[CASH][SECOND].value).toBe(70e9);
    expect(second.getState().notice?.text).toMatch(/kept in “Unsaved changes/);
  });
});

describe('saves in flight', () => {
  it('switching workspace mid-save first saves every change, then ignores the old reply', async () => {
    const main = new FakeMain();
    const store = await startedStore(main);
    main.files.set('Other', main.files.get('Untitled') ?? store.getState().workspace);
    let release = () => {};
    main.holdSaves = new Promise((resolve) => (release = resolve));
    store.getState().editCell(CASH, SECOND, '1B');
    store.getState().editCell(CASH, SECOND, '5B');
    const switching = store.getState().openWorkspace('Other');
    release();
    main.holdSaves = null;
    expect(await switching).toBe(true);
    expect(main.files.get('Untitled')?.scenarios[0].assumptions[CASH][SECOND].value).toBe(5e9);
    const savesAfterSwitch = main.saves.length;
    await settled(store);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(main.saves.length).toBe(savesAfterSwitch);
    expect(store.getState().fileName).toBe('Other');
    expect(store.getState().revision).toBe(store.getState().savedRevision);
  });

  it('Ctrl+S during an autosave joins it instead of writing twice at once', async () => {
    const main = new FakeMain();
    const store = await startedStore(main);
    let release = () => {};
    main.holdSaves = new Promise((resolve) => (release = resolve));
    store.getState().editCell(CASH, SECOND, '70B');
    const explicit = store.getState().saveNow();
    store.getState().editCell(CASH, SECOND, '71B');
    release();
    main.holdSaves = null;
    await explicit;
    await settled(store);
    expect(main.maxSavesInFlight).toBe(1);
    expect(main.files.get('Untitled')?.scenarios[0].assumptions[CASH][SECOND].value).toBe(71e9);
  });
});

describe('a reply for a document that was replaced', () => {
  it('is ignored: reopening the same file mid-save neither loops nor claims a false "Saved"', async () => {
    const main = new FakeMain();
    const store = await startedStore(main);
    let release = () => {};
    main.holdSaves = new Promise((resolve) => (release = resolve));
    store.getState().editCell(CASH, SECOND, '70B');
    expect(await store.getState().openWorkspace('Untitled', { takeOver: true })).toBe(true);
    release();
    main.holdSaves = null;
    await settled(store);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(main.saves.length).toBeLessThanOrEqual(1);
    expect(store.getState().savedRevision).toBe(0);
    expect(store.getState().revision).toBe(0);
  });
});

describe('edits the workspace file would refuse, and merged steps', () => {
  it('refuses an FX rate dated on a day that does not exist, before it reaches the file', async () => {
    const store = await startedStore();
    expect(store.getState().setFxRate('CNY', 'USD', '0.14', '2025-02-30', '')).toEqual({ ok: false, message: '“2025-02-30” is not a date (YYYY-MM-DD).' });
    expect(store.getState().undoStack).toHaveLength(0);
  });

  it('typing one note is one undo step, however many times it is committed', async () => {
    const store = await startedStore();
    store.getState().setCellNote(CASH, SECOND, 'Ca');
    store.getState().setCellNote(CASH, SECOND, 'Cash after');
    store.getState().setCellNote(CASH, SECOND, 'Cash after the buyback');
    expect(store.getState().undoStack).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().workspace.notes).toEqual({});
  });

  it('a row added again after a delete does not inherit the deleted row’s history', async () => {
    const store = await startedStore();
    const input = { entityName: 'Alibaba', segment: '', metricLabel: 'Cloud capex', unit: 'currency' as const, currency: 'USD' as const };
    const first = store.getState().addRow(input);
    if (!first.ok) throw new Error(first.message);
    store.getState().editCell(first.rowId, SECOND, '5B');
    store.getState().deleteRow(first.rowId);
    const second = store.getState().addRow(input);
    if (!second.ok) throw new Error(second.message);
    expect(second.rowId).not.toBe(first.rowId);
    expect(store.getState().workspace.history.base[`${second.rowId}#${SECOND}`]).toBeUndefined();
  });
});

describe('undo of a scenario switch and of a deleted row', () => {
  it('brings back the scenario that was active, and the row with its values', async () => {
    const store = await startedStore();
    const s = () => store.getState();
    s().duplicateScenario('Bull');
    s().switchScenario('base');
    s().undo();
    expect(s().workspace.activeScenarioId).toBe('bull');
    const added = s().addRow({ entityName: 'Lenovo', segment: '', metricLabel: 'Backlog', unit: 'count', currency: null });
    if (!added.ok) throw new Error(added.message);
    s().editCell(added.rowId, SECOND, '12');
    s().deleteRow(added.rowId);
    expect(s().workspace.customRows).toEqual([]);
    s().undo();
    expect(s().workspace.customRows.map((row) => row.id)).toEqual([added.rowId]);
    expect(activeScenario(s().workspace).assumptions[added.rowId][SECOND].value).toBe(12);
  });
});

describe('the disagreement tolerance', () => {
  it('is set as a percentage, refused when it is not one, and undoable', async () => {
    const store = await startedStore();
    expect(store.getState().setDisagreementTolerance('2.5')).toEqual({ ok: true });
    expect(store.getState().workspace.settings.disagreementTolerance).toBeCloseTo(0.025, 12);
    expect(store.getState().setDisagreementTolerance('lots').ok).toBe(false);
    store.getState().undo();
    expect(store.getState().workspace.settings.disagreementTolerance).toBe(0.01);
  });
});
