import {
  DEFAULT_COMPARISON_VIEW,
  DEFAULT_WORKBENCH_LAYOUT,
  DEFAULT_SETTINGS,
  WORKSPACE_SCHEMA_VERSION,
  fxKey,
  type Assumption,
  type CustomRow,
  type FxRate,
  type HistoryEntry,
  type Scenario,
  type Workspace,
} from './workspace-schema';

/**
 * Pure operations on a workspace. Each returns a new workspace and shares every part it
 * did not change, so undo can keep whole versions cheaply and the comparison recomputes
 * only the rows whose assumptions object changed.
 */

/** At most this many entries are kept per cell, the oldest dropped first: years of daily edits, without letting one busy cell grow the file without bound. */
export const HISTORY_LIMIT_PER_CELL = 500;

/** An empty workspace with one scenario, "Base". */
export function newWorkspace(now: Date): Workspace {
  return {
    schemaVersion: WORKSPACE_SCHEMA_VERSION,
    createdAt: now.toISOString(),
    activeScenarioId: 'base',
    scenarios: [{ id: 'base', name: 'Base', assumptions: {}, fxRates: {} }],
    customRows: [],
    notes: {},
    history: {},
    periodOverrides: {},
    settings: DEFAULT_SETTINGS,
    articles: [],
    view: DEFAULT_COMPARISON_VIEW,
    layout: DEFAULT_WORKBENCH_LAYOUT,
  };
}

/** Sets (or, with null, removes) the analyst's reading of a figure's period. */
export function setPeriodOverride(workspace: Workspace, figureId: string, label: string | null, now: Date): Workspace {
  const periodOverrides = { ...workspace.periodOverrides };
  if (label === null || label.trim() === '') {
    if (!(figureId in periodOverrides)) return workspace;
    delete periodOverrides[figureId];
  } else {
    periodOverrides[figureId] = { label: label.trim(), setAt: now.toISOString() };
  }
  return { ...workspace, periodOverrides };
}

/** Sets the relative difference beyond which same-period values disagree. */
export function setDisagreementTolerance(workspace: Workspace, tolerance: number): Workspace {
  if (workspace.settings.disagreementTolerance === tolerance) return workspace;
  return { ...workspace, settings: { ...workspace.settings, disagreementTolerance: tolerance } };
}

/** The scenario the grid shows. */
export function activeScenario(workspace: Workspace): Scenario {
  return scenarioById(workspace, workspace.activeScenarioId) ?? workspace.scenarios[0];
}

/** A scenario by id, if the workspace has it. */
export function scenarioById(workspace: Workspace, id: string): Scenario | undefined {
  return workspace.scenarios.find((scenario) => scenario.id === id);
}

/** Replaces one scenario; the same workspace back when nothing changed, so no empty undo step is made. */
function updateScenario(workspace: Workspace, id: string, update: (scenario: Scenario) => Scenario): Workspace {
  let isChanged = false;
  const scenarios = workspace.scenarios.map((scenario) => {
    if (scenario.id !== id) return scenario;
    const next = update(scenario);
    isChanged = next !== scenario;
    return next;
  });
  return isChanged ? { ...workspace, scenarios } : workspace;
}

/** Sets (or, with null, removes) the analyst's value of one cell in one scenario. */
export function setCellAssumption(workspace: Workspace, scenarioId: string, rowId: string, columnId: string, assumption: Assumption | null): Workspace {
  return updateScenario(workspace, scenarioId, (scenario) => {
    const row = scenario.assumptions[rowId] ?? {};
    if (assumption === null && !(columnId in row)) return scenario;
    const { [columnId]: _removed, ...rest } = row;
    const nextRow = assumption === null ? rest : { ...row, [columnId]: assumption };
    const assumptions = { ...scenario.assumptions };
    if (Object.keys(nextRow).length === 0) delete assumptions[rowId];
    else assumptions[rowId] = nextRow;
    return { ...scenario, assumptions };
  });
}

/** One cell's new value (null removes the analyst's value), for a change of many cells at once. */
export interface CellAssumptionChange {
  readonly rowId: string;
  readonly columnId: string;
  readonly assumption: Assumption | null;
}

/**
 * Sets many cells in one step (a paste, a fill, a clear): the scenario's assumptions are copied
 * once, not once per cell. Returns the same workspace when nothing changes.
 */
export function setCellAssumptions(workspace: Workspace, scenarioId: string, changes: readonly CellAssumptionChange[]): Workspace {
  return updateScenario(workspace, scenarioId, (scenario) => {
    let assumptions: Record<string, Readonly<Record<string, Assumption>>> | null = null;
    for (const { rowId, columnId, assumption } of changes) {
      const current = (assumptions ?? scenario.assumptions)[rowId] ?? {};
      if (assumption === null && !(columnId in current)) continue;
      assumptions ??= { ...scenario.assumptions };
      const { [columnId]: _removed, ...rest } = current;
      const nextRow = assumption === null ? rest : { ...current, [columnId]: assumption };
      if (Object.keys(nextRow).length === 0) delete assumptions[rowId];
      else assumptions[rowId] = nextRow;
    }
    return assumptions ? { ...scenario, assumptions } : scenario;
  });
}

/** The analyst's value of a cell in a scenario, if any. */
export function cellAssumption(workspace: Workspace, scenarioId: string, rowId: string, columnId: string): Assumption | null {
  return scenarioById(workspace, scenarioId)?.assumptions[rowId]?.[columnId] ?? null;
}

/** Sets a cell's note; blank text removes it. */
export function setNote(workspace: Workspace, key: string, text: string, now: Date): Workspace {
  const notes = { ...workspace.notes };
  if (text.trim() === '') delete notes[key];
  else notes[key] = { text, setAt: now.toISOString() };
  return { ...workspace, notes };
}

/** Adds a row of the analyst's own. */
export function addCustomRow(workspace: Workspace, row: CustomRow): Workspace {
  return { ...workspace, customRows: [...workspace.customRows, row] };
}

/** Removes an added row with its values in every scenario and its notes. */
export function deleteCustomRow(workspace: Workspace, rowId: string): Workspace {
  const notes = Object.fromEntries(Object.entries(workspace.notes).filter(([key]) => !key.startsWith(`${rowId}#`)));
  return {
    ...workspace,
    customRows: workspace.customRows.filter((row) => row.id !== rowId),
    notes,
    scenarios: workspace.scenarios.map((scenario) => {
      if (!(rowId in scenario.assumptions)) return scenario;
      const { [rowId]: _removed, ...assumptions } = scenario.assumptions;
      return { ...scenario, assumptions };
    }),
  };
}

/** Lower-case words joined by hyphens, for ids made from names; `fallback` when nothing is left. */
export function slugify(text: string, fallback: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || fallback;
}

/**
 * A scenario id not used now nor before: "bull", "bull-2", ... A deleted scenario's history
 * stays in the log, and a new scenario must not inherit it.
 */
export function freshScenarioId(workspace: Workspace, name: string): string {
  const base = slugify(name, 'scenario');
  const taken = new Set([...workspace.scenarios.map((scenario) => scenario.id), ...Object.keys(workspace.history)]);
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** A copy of a scenario under a new name, with its cells' history; it becomes the active one. */
export function duplicateScenario(workspace: Workspace, sourceId: string, name: string): Workspace {
  const source = scenarioById(workspace, sourceId);
  if (!source) return workspace;
  const id = freshScenarioId(workspace, name);
  const sourceHistory = workspace.history[sourceId];
  return {
    ...workspace,
    scenarios: [...workspace.scenarios, { ...source, id, name }],
    activeScenarioId: id,
    history: sourceHistory ? { ...workspace.history, [id]: sourceHistory } : workspace.history,
  };
}

/** Renames a scenario; its id, and so its history, stay. */
export function renameScenario(workspace: Workspace, id: string, name: string): Workspace {
  return updateScenario(workspace, id, (scenario) => ({ ...scenario, name }));
}

/** Deletes a scenario; the last one cannot go. Deleting the active one activates the first left. */
export function deleteScenario(workspace: Workspace, id: string): Workspace {
  if (workspace.scenarios.length <= 1) return workspace;
  const scenarios = workspace.scenarios.filter((scenario) => scenario.id !== id);
  const activeScenarioId = workspace.activeScenarioId === id ? scenarios[0].id : workspace.activeScenarioId;
  return { ...workspace, scenarios, activeScenarioId };
}

/** Makes another scenario the active one (an undoable change like any other). */
export function switchScenario(workspace: Workspace, id: string): Workspace {
  return scenarioById(workspace, id) ? { ...workspace, activeScenarioId: id } : workspace;
}

/** Sets or (with null) removes the rate from -> to in a scenario. */
export function setFxRate(workspace: Workspace, scenarioId: string, from: FxRate['from'], to: FxRate['to'], rate: FxRate | null): Workspace {
  return updateScenario(workspace, scenarioId, (scenario) => {
    const fxRates = { ...scenario.fxRates };
    // One rate per pair: a rate given the other way round would compete with this one.
    delete fxRates[fxKey(to, from)];
    if (rate === null) delete fxRates[fxKey(from, to)];
    else fxRates[fxKey(from, to)] = rate;
    return { ...scenario, fxRates };
  });
}

/** Appends to a cell's history in a scenario; history is a log, kept apart from undo. */
export function appendHistory(workspace: Workspace, scenarioId: string, key: string, entry: HistoryEntry): Workspace {
  return appendHistories(workspace, [{ scenarioId, key, entry }]);
}

/**
 * Appends many entries at once (a paste, a fill, an undo of either): each scenario's log is
 * copied once, not once per cell, which at thousands of logged cells was most of a paste's time.
 */
export function appendHistories(workspace: Workspace, entries: readonly { readonly scenarioId: string; readonly key: string; readonly entry: HistoryEntry }[]): Workspace {
  if (entries.length === 0) return workspace;
  const history: Record<string, Record<string, HistoryEntry[]>> = { ...workspace.history };
  const copied = new Set<string>();
  for (const { scenarioId, key, entry } of entries) {
    if (!copied.has(scenarioId)) {
      history[scenarioId] = { ...(workspace.history[scenarioId] ?? {}) };
      copied.add(scenarioId);
    }
    const scenarioHistory = history[scenarioId] ?? {};
    scenarioHistory[key] = [...(scenarioHistory[key] ?? []), entry].slice(-HISTORY_LIMIT_PER_CELL);
  }
  return { ...workspace, history };
}

/** The same workspace with another's history: undo restores the document, not the log. */
export function withHistoryOf(document: Workspace, log: Workspace): Workspace {
  return document.history === log.history ? document : { ...document, history: log.history };
}

export interface ChangedCell {
  readonly scenarioId: string;
  readonly rowId: string;
  readonly columnId: string;
  readonly before: Assumption | null;
  readonly after: Assumption | null;
}

/** Every cell whose assumption differs between two versions, in scenarios both have. */
export function changedCells(before: Workspace, after: Workspace): ChangedCell[] {
  const changes: ChangedCell[] = [];
  for (const scenario of after.scenarios) {
    const old = scenarioById(before, scenario.id);
    if (!old || old.assumptions === scenario.assumptions) continue;
    const rowIds = new Set([...Object.keys(old.assumptions), ...Object.keys(scenario.assumptions)]);
    for (const rowId of rowIds) {
      const oldRow = old.assumptions[rowId] ?? {};
      const newRow = scenario.assumptions[rowId] ?? {};
      if (oldRow === newRow) continue;
      for (const columnId of new Set([...Object.keys(oldRow), ...Object.keys(newRow)])) {
        if (oldRow[columnId] !== newRow[columnId]) {
          changes.push({ scenarioId: scenario.id, rowId, columnId, before: oldRow[columnId] ?? null, after: newRow[columnId] ?? null });
        }
      }
    }
  }
  return changes;
}
