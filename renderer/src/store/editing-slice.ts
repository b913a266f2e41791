import type { StateCreator } from 'zustand';
import { cellUnitContext } from '@shared/domain/comparison';
import { formatValue } from '@shared/domain/format';
import { parseCellInput } from '@shared/domain/parse-input';
import { CURRENCY_CODES, type CurrencyCode, type UnitKind } from '@shared/domain/units';
import {
  activeScenario,
  addCustomRow,
  cellAssumption,
  deleteCustomRow,
  deleteScenario,
  duplicateScenario,
  renameScenario,
  setCellAssumption,
  setCellAssumptions,
  setDisagreementTolerance,
  type CellAssumptionChange,
  setFxRate,
  setPeriodOverride,
  setNote,
  slugify,
  switchScenario,
} from '@shared/workspace/operations';
import { cellKey, FxRateSchema, type HistoryEntry } from '@shared/workspace/workspace-schema';
import { selectRowSourceById } from './row-source-selectors';
import type { CrosscheckState } from './store';

export interface NewRowInput {
  readonly entityName: string;
  readonly segment: string;
  readonly metricLabel: string;
  readonly unit: UnitKind;
  readonly currency: CurrencyCode | null;
}

/**
 * Everything the analyst can change, each as one undoable step of the workspace. Cell input
 * is read in the cell's own unit; what cannot be read is refused and changes nothing.
 */
export interface EditingSlice {
  editCell(rowId: string, columnId: string, input: string): { ok: boolean };
  resetCell(rowId: string, columnId: string): void;
  /** Many cells in one undo step (a paste, a fill, a clear), already read by a write plan. */
  writeCells(label: string, changes: readonly CellAssumptionChange[]): void;
  restoreCellValue(rowId: string, columnId: string, entry: HistoryEntry): void;
  setCellNote(rowId: string, columnId: string, text: string): void;
  addRow(input: NewRowInput): { ok: true; rowId: string } | { ok: false; message: string };
  deleteRow(rowId: string): void;
  switchScenario(id: string): void;
  duplicateScenario(name: string): void;
  renameScenario(id: string, name: string): void;
  deleteScenario(id: string): void;
  setFxRate(from: CurrencyCode, to: CurrencyCode, rateText: string, asOf: string, note: string): { ok: boolean; message?: string };
  removeFxRate(from: CurrencyCode, to: CurrencyCode): void;
  /** Sets the disagreement tolerance from a percentage as typed ("1", "2.5"). */
  setDisagreementTolerance(percentText: string): { ok: boolean; message?: string };
  /** Corrects (or, with an empty label, restores) the period the comparison reads for a figure. */
  setPeriodOverride(figureId: string, label: string): void;
}

export const createEditingSlice =
  (now: () => Date): StateCreator<CrosscheckState, [], [], EditingSlice> =>
  (_set, get) => ({
    editCell(rowId, columnId, input) {
      const state = get();
      const source = selectRowSourceById(state).get(rowId);
      if (!source) {
        state.setCellError({ rowId, articleId: columnId, input, message: 'This row no longer exists.' });
        return { ok: false };
      }
      const scenarioId = state.workspace.activeScenarioId;
      if (input.trim() === '') {
        // Clearing a cell removes the analyst's value, as Delete does in a spreadsheet.
        if (cellAssumption(state.workspace, scenarioId, rowId, columnId)) {
          state.resetCell(rowId, columnId);
          return { ok: true };
        }
        state.setCellError({ rowId, articleId: columnId, input, message: 'There is no value of yours to clear here; type a value to override the article’s.' });
        return { ok: false };
      }
      // Read in this cell's own unit: one row can hold CNY in one article and USD in another.
      const parsed = parseCellInput(input, cellUnitContext(source, columnId));
      if (!parsed.ok) {
        state.setCellError({ rowId, articleId: columnId, input, message: parsed.message });
        return { ok: false };
      }
      const assumption = { value: parsed.value, input: input.trim(), setAt: now().toISOString(), ...(parsed.currency ? { currency: parsed.currency } : {}) };
      state.change(`Edit ${source.metricLabel}`, (workspace) => setCellAssumption(workspace, scenarioId, rowId, columnId, assumption));
      get().clearCellError(rowId, columnId);
      return { ok: true };
    },

    resetCell(rowId, columnId) {
      const scenarioId = get().workspace.activeScenarioId;
      get().change('Reset to source', (workspace) => setCellAssumption(workspace, scenarioId, rowId, columnId, null), 'reset');
      get().clearCellError(rowId, columnId);
    },

    writeCells(label, changes) {
      const scenarioId = get().workspace.activeScenarioId;
      get().change(label, (workspace) => setCellAssumptions(workspace, scenarioId, changes));
      const error = get().cellError;
      if (error && changes.some((change) => change.rowId === error.rowId && change.columnId === error.articleId)) get().clearCellError(error.rowId, error.articleId);
    },

    restoreCellValue(rowId, columnId, entry) {
      const state = get();
      const scenarioId = state.workspace.activeScenarioId;
      const source = selectRowSourceById(state).get(rowId);
      const unit = source ? cellUnitContext(source, columnId).unit : null;
      const assumption =
        entry.value === null
          ? null
          : { value: entry.value, input: entry.input ?? (unit ? formatValue(entry.value, unit) : String(entry.value)), setAt: now().toISOString() };
      state.change('Restore an earlier value', (workspace) => setCellAssumption(workspace, scenarioId, rowId, columnId, assumption), 'restore');
    },

    setCellNote(rowId, columnId, text) {
      const key = cellKey(rowId, columnId);
      if ((get().workspace.notes[key]?.text ?? '') === text) return;
      // Typing one note is one undo step, however often it is saved on the way.
      get().change(text.trim() ? 'Edit note' : 'Delete note', (workspace) => setNote(workspace, key, text, now()), 'edit', `note:${key}`);
    },

    addRow(input) {
      const entityName = input.entityName.trim();
      const metricLabel = input.metricLabel.trim();
      if (!entityName || !metricLabel) return { ok: false, message: 'A row needs a company and a metric name.' };
      if (input.unit === 'currency' && (input.currency === null || !CURRENCY_CODES.includes(input.currency))) {
        return { ok: false, message: 'Choose the currency of this row.' };
      }
      const segment = input.segment.trim() || null;
      const base = `custom:${slugify(entityName, 'row')}|${segment ?? ''}|${slugify(metricLabel, 'row')}`;
      const workspace = get().workspace;
      if (selectRowSourceById(get()).has(base)) return { ok: false, message: `There is already a row “${metricLabel}” for ${entityName}.` };
      // A deleted row's history stays in the log: a new row never takes its id, or it would inherit that history.
      const historyKeys = Object.values(workspace.history).flatMap((cells) => Object.keys(cells));
      const isUsed = (id: string) => historyKeys.some((key) => key.startsWith(`${id}#`)) || Object.keys(workspace.notes).some((key) => key.startsWith(`${id}#`));
      let id = base;
      for (let n = 2; isUsed(id); n++) id = `${base}-${n}`;
      const row = {
        id,
        entity: slugify(entityName, 'row'),
        entityName,
        segment,
        metricLabel,
        unit: input.unit,
        currency: input.unit === 'currency' ? input.currency : null,
        createdAt: now().toISOString(),
      };
      get().change(`Add row ${metricLabel}`, (workspace) => addCustomRow(workspace, row));
      return { ok: true, rowId: row.id };
    },

    deleteRow(rowId) {
      get().change('Delete row', (workspace) => deleteCustomRow(workspace, rowId));
      if (get().selectedRowId === rowId) get().selectRow(null);
    },

    switchScenario(id) {
      get().change('Switch scenario', (workspace) => switchScenario(workspace, id));
    },

    duplicateScenario(name) {
      const trimmed = name.trim();
      if (!trimmed) return;
      get().change(`New scenario ${trimmed}`, (workspace) => duplicateScenario(workspace, workspace.activeScenarioId, trimmed));
    },

    renameScenario(id, name) {
      const trimmed = name.trim();
      if (!trimmed) return;
      get().change('Rename scenario', (workspace) => renameScenario(workspace, id, trimmed));
    },

    deleteScenario(id) {
      get().change('Delete scenario', (workspace) => deleteScenario(workspace, id));
      if (get().compareScenarioId === id) get().setCompareScenario(null);
    },

    setFxRate(from, to, rateText, asOf, note) {
      const rate = Number(rateText.trim());
      if (from === to) return { ok: false, message: 'A rate needs two different currencies.' };
      if (!Number.isFinite(rate) || rate <= 0) return { ok: false, message: `“${rateText}” is not a positive number.` };
      // The file's own schema decides, so nothing the disk would refuse gets into the workspace.
      const checked = FxRateSchema.safeParse({ from, to, rate, asOf, note: note.trim(), setAt: now().toISOString() });
      if (!checked.success) return { ok: false, message: `“${asOf}” is not a date (YYYY-MM-DD).` };
      const scenarioId = activeScenario(get().workspace).id;
      get().change(`FX ${from}/${to}`, (workspace) => setFxRate(workspace, scenarioId, from, to, checked.data));
      return { ok: true };
    },

    setDisagreementTolerance(percentText) {
      const percent = Number(percentText.trim().replace(/%$/, ''));
      if (!Number.isFinite(percent) || percent < 0 || percent > 1000) return { ok: false, message: `“${percentText}” is not a percentage from 0 to 1000.` };
      get().change('Disagreement tolerance', (workspace) => setDisagreementTolerance(workspace, percent / 100));
      return { ok: true };
    },

    setPeriodOverride(figureId, label) {
      get().change(label.trim() ? 'Correct a period' : 'Restore a period', (workspace) => setPeriodOverride(workspace, figureId, label.trim() || null, now()));
    },

    removeFxRate(from, to) {
      const scenarioId = activeScenario(get().workspace).id;
      get().change(`Remove FX ${from}/${to}`, (workspace) => setFxRate(workspace, scenarioId, from, to, null));
    },
  });
