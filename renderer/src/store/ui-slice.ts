import type { StateCreator } from 'zustand';
import type { CrosscheckState } from './store';

/** A cell input that could not be read: shown at the cell until the cell is edited again. */
export interface CellError {
  readonly rowId: string;
  readonly articleId: string;
  readonly input: string;
  readonly message: string;
}

export interface UiSlice {
  selectedRowId: string | null;
  cellError: CellError | null;
  quickFilter: string;
  selectRow(rowId: string | null): void;
  setCellError(error: CellError): void;
  clearCellError(rowId: string, articleId: string): void;
  setQuickFilter(text: string): void;
}

export const createUiSlice: StateCreator<CrosscheckState, [], [], UiSlice> = (set, get) => ({
  selectedRowId: null,
  cellError: null,
  quickFilter: '',
  selectRow: (rowId) => {
    if (get().selectedRowId !== rowId) set({ selectedRowId: rowId });
  },
  setCellError: (error) => set({ cellError: error }),
  clearCellError: (rowId, articleId) => {
    const current = get().cellError;
    if (current && current.rowId === rowId && current.articleId === articleId) set({ cellError: null });
  },
  setQuickFilter: (text) => set({ quickFilter: text }),
});
