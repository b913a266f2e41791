import { describe, expect, it } from 'vitest';
import { migrateWorkspace } from '@shared/workspace/migrations';
import {
  addCustomRow,
  appendHistories,
  appendHistory,
  changedCells,
  deleteCustomRow,
  deleteScenario,
  duplicateScenario,
  HISTORY_LIMIT_PER_CELL,
  newWorkspace,
  setCellAssumption,
  setFxRate,
  setNote,
  switchScenario,
} from '@shared/workspace/operations';
import { WorkspaceSchema } from '@shared/workspace/workspace-schema';
import { describeWorkspaceContents } from '@shared/workspace/summary';

const NOW = new Date('2026-11-21T10:00:00.000Z');
const assumption = (value: number) => ({ value, input: String(value), setAt: NOW.toISOString() });

describe('workspace operations', () => {
  it('set and clear a cell, sharing every untouched part', () => {
    const empty = newWorkspace(NOW);
    const one = setCellAssumption(empty, 'base', 'row-a', 'art-1', assumption(5));
    const two = setCellAssumption(one, 'base', 'row-b', 'art-1', assumption(6));
    expect(two.scenarios[0].assumptions['row-a']).toBe(one.scenarios[0].assumptions['row-a']);
    const cleared = setCellAssumption(two, 'base', 'row-a', 'art-1', null);
    expect(cleared.scenarios[0].assumptions).toEqual({ 'row-b': { 'art-1': assumption(6) } });
    expect(setCellAssumption(empty, 'base', 'row-a', 'art-1', null)).toBe(empty);
  });

  it('duplicate makes an independent active copy; the last scenario cannot be deleted', () => {
    const base = setCellAssumption(newWorkspace(NOW), 'base', 'r', 'c', assumption(1));
    const withBull = duplicateScenario(base, 'base', 'Bull');
    expect(withBull.activeScenarioId).toBe('bull');
    const changed = setCellAssumption(withBull, 'bull', 'r', 'c', assumption(2));
    expect(changed.scenarios.map((s) => s.assumptions.r.c.value)).toEqual([1, 2]);
    expect(duplicateScenario(changed, 'bull', 'Bull').activeScenarioId).toBe('bull-2');
    const afterDelete = deleteScenario(changed, 'bull');
    expect(afterDelete.activeScenarioId).toBe('base');
    expect(deleteScenario(afterDelete, 'base')).toBe(afterDelete);
    expect(switchScenario(afterDelete, 'missing')).toBe(afterDelete);
  });

  it('deleting an added row takes its values and notes in every scenario with it', () => {
    let ws = addCustomRow(newWorkspace(NOW), { id: 'custom:x', entity: 'x', entityName: 'X', segment: null, metricLabel: 'M', unit: 'count', currency: null, createdAt: NOW.toISOString() });
    ws = setCellAssumption(ws, 'base', 'custom:x', 'art', assumption(3));
    ws = setNote(ws, 'custom:x#art', 'mine', NOW);
    ws = setNote(ws, 'other#art', 'keep', NOW);
    const after = deleteCustomRow(ws, 'custom:x');
    expect(after.customRows).toEqual([]);
    expect(after.scenarios[0].assumptions).toEqual({});
    expect(Object.keys(after.notes)).toEqual(['other#art']);
  });

  it('lists exactly the cells that changed between two versions', () => {
    const a = setCellAssumption(newWorkspace(NOW), 'base', 'r1', 'c', assumption(1));
    const b = setCellAssumption(setCellAssumption(a, 'base', 'r1', 'c', assumption(2)), 'base', 'r2', 'c', assumption(9));
    expect(changedCells(a, b).map((c) => [c.rowId, c.before?.value ?? null, c.after?.value ?? null])).toEqual([
      ['r1', 1, 2],
      ['r2', null, 9],
    ]);
    expect(changedCells(b, b)).toEqual([]);
  });

  it('keeps a bounded history per cell, oldest dropped first', () => {
    let ws = newWorkspace(NOW);
    for (let i = 0; i < HISTORY_LIMIT_PER_CELL + 5; i++) {
      ws = appendHistory(ws, 'base', 'r#c', { at: NOW.toISOString(), value: i, previous: i - 1, input: null, action: 'edit' });
    }
    const entries = ws.history.base['r#c'];
    expect(entries).toHaveLength(HISTORY_LIMIT_PER_CELL);
    expect(entries[0].value).toBe(5);
    expect(WorkspaceSchema.safeParse(ws).success).toBe(true);
  });

  it('appends many cells’ entries in one step, in order, leaving other scenarios’ logs as they were', () => {
    const entry = (value: number) => ({ at: NOW.toISOString(), value, previous: null, input: null, action: 'edit' as const });
    const start = appendHistory(appendHistory(newWorkspace(NOW), 'bull', 'x#c', entry(0)), 'base', 'r1#c', entry(1));
    const ws = appendHistories(start, [
      { scenarioId: 'base', key: 'r1#c', entry: entry(2) },
      { scenarioId: 'base', key: 'r2#c', entry: entry(3) },
      { scenarioId: 'base', key: 'r1#c', entry: entry(4) },
    ]);
    expect(ws.history.base['r1#c'].map((e) => e.value)).toEqual([1, 2, 4]);
    expect(ws.history.base['r2#c'].map((e) => e.value)).toEqual([3]);
    expect(ws.history.bull).toBe(start.history.bull);
    expect(start.history.base['r1#c'].map((e) => e.value)).toEqual([1]);
    expect(appendHistories(start, [])).toBe(start);
  });
});

describe('opening older and broken workspace files', () => {
  it('migrates version 1 (one flat set of assumptions) into a Base scenario', () => {
    const result = migrateWorkspace({ schemaVersion: 1, savedAt: '2025-01-01T00:00:00.000Z', assumptionsByRow: { 'alibaba||cash': { x: assumption(60e9) } } });
    expect(result.ok && result.migratedFrom).toBe(1);
    if (!result.ok) throw new Error(result.message);
    expect(result.workspace.scenarios).toEqual([{ id: 'base', name: 'Base', assumptions: { 'alibaba||cash': { x: assumption(60e9) } }, fxRates: {} }]);
    expect(WorkspaceSchema.safeParse(result.workspace).success).toBe(true);
  });

  it('says where a file breaks the schema', () => {
    const broken = { ...newWorkspace(NOW), scenarios: [{ id: 'base', name: 'Base', assumptions: { r: { c: { value: 'lots', input: '', setAt: NOW.toISOString() } } }, fxRates: {} }] };
    expect(migrateWorkspace(broken)).toMatchObject({ ok: false, location: 'scenarios[0].assumptions.r.c.value' });
    expect(migrateWorkspace({ ...newWorkspace(NOW), activeScenarioId: 'gone' })).toMatchObject({ ok: false, location: 'activeScenarioId' });
  });

  it('refuses a file from a newer version instead of guessing', () => {
    const result = migrateWorkspace({ schemaVersion: 99 });
    expect(result).toMatchObject({ ok: false, location: 'schemaVersion' });
    expect(result.ok ? '' : result.message).toMatch(/newer Crosscheck/);
  });
});

describe('history stays with its scenario', () => {
  it('a duplicate carries its source’s history, and a new scenario never takes a deleted one’s id', () => {
    let ws = appendHistory(newWorkspace(NOW), 'base', 'r#c', { at: NOW.toISOString(), value: 1, previous: null, input: '1', action: 'edit' });
    ws = duplicateScenario(ws, 'base', 'Bull');
    expect(ws.history.bull['r#c'][0].value).toBe(1);
    ws = appendHistory(ws, 'bull', 'r#c', { at: NOW.toISOString(), value: 2, previous: 1, input: '2', action: 'edit' });
    ws = deleteScenario(ws, 'bull');
    ws = duplicateScenario(ws, 'base', 'Bull');
    expect(ws.activeScenarioId).toBe('bull-2');
    expect(ws.history['bull-2']['r#c'].map((entry) => entry.value)).toEqual([1]);
  });
});

describe('what a recovered workspace holds', () => {
  it('is said in one sentence, with the last value change on record', () => {
    let ws = setCellAssumption(newWorkspace(NOW), 'base', 'r1', 'c', assumption(1));
    ws = setCellAssumption(ws, 'base', 'r2', 'c', assumption(2));
    ws = duplicateScenario(ws, 'base', 'Bull');
    ws = setNote(ws, 'r1#c', 'why', NOW);
    ws = appendHistory(ws, 'bull', 'r1#c', { at: '2026-11-21T10:04:05.000Z', value: 1, previous: null, input: '1', action: 'edit' });
    expect(describeWorkspaceContents(ws)).toBe(
      'It holds 4 values in 2 scenarios, 1 note and 0 rows of your own; the last value change on record was made at 2026-11-21T10:04:05.000Z.',
    );
    expect(describeWorkspaceContents(newWorkspace(NOW))).toBe('It holds 0 values in 1 scenario, 0 notes and 0 rows of your own.');
  });
});

describe('version 2 files', () => {
  it('gain empty period corrections and the default 1% tolerance', () => {
    const { periodOverrides: _p, settings: _s, articles: _a, view: _v, ...v2 } = newWorkspace(NOW);
    const result = migrateWorkspace({ ...v2, schemaVersion: 2 });
    if (!result.ok) throw new Error(result.message);
    expect(result.migratedFrom).toBe(2);
    expect(result.workspace.schemaVersion).toBe(4);
    expect(result.workspace.periodOverrides).toEqual({});
    expect(result.workspace.settings).toEqual({ disagreementTolerance: 0.01, copyNumbers: 'display-scale' });
  });
});

describe('version 4 files written before rows could be grouped', () => {
  it('read as not grouped, with copied numbers in the display scale', () => {
    const { view, settings, ...rest } = newWorkspace(NOW);
    const { groupBy: _g, collapsedGroups: _c, ...olderView } = view;
    const result = migrateWorkspace({ ...rest, view: { ...olderView, hiddenColumns: ['segment'] }, settings: { disagreementTolerance: 0.02 } });
    if (!result.ok) throw new Error(result.message);
    expect(result.migratedFrom).toBeNull();
    expect(result.workspace.view).toEqual({ baselineArticleId: null, columnOrder: [], hiddenColumns: ['segment'], groupBy: 'none', collapsedGroups: [], pinnedCharts: [] });
    expect(result.workspace.settings).toEqual({ disagreementTolerance: 0.02, copyNumbers: 'display-scale' });
  });

  it('refuse a grouping this app does not know, saying where', () => {
    const workspace = newWorkspace(NOW);
    const result = migrateWorkspace({ ...workspace, view: { ...workspace.view, groupBy: 'sector' } });
    expect(result).toMatchObject({ ok: false, location: 'view.groupBy' });
  });
});

describe('version 3 files', () => {
  it('gain no imported articles and the oldest article as baseline, keeping everything else', () => {
    const { articles: _a, view: _v, ...v3 } = newWorkspace(NOW);
    const withNote = { ...v3, schemaVersion: 3, notes: { 'alibaba||cash#@analyst': { text: 'check', setAt: NOW.toISOString() } } };
    const result = migrateWorkspace(withNote);
    if (!result.ok) throw new Error(result.message);
    expect(result.migratedFrom).toBe(3);
    expect(result.workspace.schemaVersion).toBe(4);
    expect(result.workspace.articles).toEqual([]);
    expect(result.workspace.view).toEqual({ baselineArticleId: null, columnOrder: [], hiddenColumns: [], groupBy: 'none', collapsedGroups: [], pinnedCharts: [] });
    expect(result.workspace.notes).toEqual(withNote.notes);
  });

  it('refuses an imported figure whose quote is no longer at its offsets, saying where', () => {
    const figure = {
      id: 'note-x1', articleId: 'note', entity: 'acme', segment: null, metric: 'revenue', label: 'Revenue', value: 5e9, unit: 'currency', currency: 'USD', scale: 'billion',
      asWritten: { start: 13, end: 16, text: '$5B' }, quote: { start: 0, end: 17, text: 'Acme revenue: $5B' },
      period: { label: null, source: 'unstated' }, basis: [], qualifiers: [],
    };
    const imported = {
      article: { id: 'note', title: 'Note', publisher: null, author: null, date: null, dateSource: 'unknown', dateNote: 'none', url: null },
      text: 'Acme revenue: $5 billion.', textHash: 'sha256:x', format: 'text', sourceName: 'note.txt', importedAt: NOW.toISOString(),
      candidates: [{ figure, kind: 'amount', confidence: 0.9, metricWords: ['revenue'], status: 'accepted', reviewedAt: NOW.toISOString() }],
    };
    const result = migrateWorkspace({ ...newWorkspace(NOW), articles: [imported] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.location).toBe('articles[0].candidates[0].figure.quote');
    expect(result.message).toContain('is not “Acme revenue: $5B”');
  });
});

describe('FX rates', () => {
  it('keep one rate per pair: setting one removes the other way round', () => {
    const rate = (from: 'USD' | 'CNY', to: 'USD' | 'CNY', value: number) => ({ from, to, rate: value, asOf: '2025-05-26', note: '', setAt: NOW.toISOString() });
    let ws = setFxRate(newWorkspace(NOW), 'base', 'CNY', 'USD', rate('CNY', 'USD', 0.14));
    ws = setFxRate(ws, 'base', 'USD', 'CNY', rate('USD', 'CNY', 7.2));
    expect(Object.keys(ws.scenarios[0].fxRates)).toEqual(['USD/CNY']);
  });
});
