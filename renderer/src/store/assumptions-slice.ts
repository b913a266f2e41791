import type { StateCreator } from 'zustand';
import { cellUnitContext, type Assumption, type RowAssumptions } from '@shared/domain/comparison';
import { parseCellInput } from '@shared/domain/parse-input';
import type { CrosscheckState } from './store';

/**
 * The analyst's layer: values that override or fill the articles' figures. Kept apart from
 * the source data (which stays as loaded) and keyed by row, so one edit replaces one row's
 * record and only that row recomputes. Persisting this layer is the workspace's job.
 */
export interface AssumptionsSlice {
  assumptionsByRow: Readonly<Record<string, RowAssumptions>>;
  /**
   * Parses what was typed in the cell's unit; on failure records a cell error and changes
   * nothing. Empty input clears the analyst's value, as Delete does in a spreadsheet.
   */
  editCell(rowId: string, articleId: string, input: string): { ok: boolean };
  /** Removes the analyst's value so the cell shows the article's again. */
  resetCell(rowId: string, articleId: string): void;
}

const EMPTY: RowAssumptions = Object.freeze({});

export const createAssumptionsSlice =
  (now: () => Date): StateCreator<CrosscheckState, [], [], AssumptionsSlice> =>
  (set, get) => ({
    assumptionsByRow: {},
    editCell(rowId, articleId, input) {
      const source = get().rowSourceById.get(rowId);
      if (!source) {
        get().setCellError({ rowId, articleId, input, message: 'This row no longer exists.' });
        return { ok: false };
      }
      if (input.trim() === '') {
        if (get().assumptionsByRow[rowId]?.[articleId]) {
          get().resetCell(rowId, articleId);
          return { ok: true };
        }
        get().setCellError({ rowId, articleId, input, message: 'There is no value of yours to clear here; type a value to override the article’s.' });
        return { ok: false };
      }
      // Read in this cell's own unit: one row can hold CNY in one article and USD in another.
      const parsed = parseCellInput(input, cellUnitContext(source, articleId));
      if (!parsed.ok) {
        get().setCellError({ rowId, articleId, input, message: parsed.message });
        return { ok: false };
      }
      const assumption: Assumption = { value: parsed.value, input: input.trim(), setAt: now().toISOString() };
      set((state) => ({
        assumptionsByRow: {
          ...state.assumptionsByRow,
          [rowId]: { ...(state.assumptionsByRow[rowId] ?? EMPTY), [articleId]: assumption },
        },
      }));
      get().clearCellError(rowId, articleId);
      return { ok: true };
    },
    resetCell(rowId, articleId) {
      const current = get().assumptionsByRow[rowId];
      if (!current || !(articleId in current)) return;
      const { [articleId]: _removed, ...rest } = current;
      set((state) => {
        const next = { ...state.assumptionsByRow };
        if (Object.keys(rest).length === 0) delete next[rowId];
        else next[rowId] = rest;
        return { assumptionsByRow: next };
      });
      get().clearCellError(rowId, articleId);
    },
  });
