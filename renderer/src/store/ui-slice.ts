import type { StateCreator } from 'zustand';
import type { CrosscheckState } from './store';

/** A cell input that could not be read: shown at the cell until the cell is edited again. */
export interface CellError {
  readonly rowId: string;
  /** The column: an article id or the analyst's column. */
  readonly articleId: string;
  readonly input: string;
  readonly message: string;
}

/** Which rows the grid shows, besides the quick filter. */
export type RowFilter = 'all' | 'comparable' | 'disagreements' | 'assumptions';

export type Dialog = 'open' | 'new' | 'save-as' | 'add-row' | 'fx-rates' | 'rename-scenario' | 'new-scenario' | 'export' | 'export-progress' | 'import-preview' | 'article-import' | 'paste-article' | 'columns' | 'keyboard-map' | 'settings' | null;

export interface UiSlice {
  selectedRowId: string | null;
  /** The focused value column, for the panel's note and history of that cell. */
  selectedColumnId: string | null;
  cellError: CellError | null;
  quickFilter: string;
  rowFilter: RowFilter;
  /** A second scenario shown beside the active one, with the difference. */
  compareScenarioId: string | null;
  dialog: Dialog;
  selectRow(rowId: string | null): void;
  selectCell(rowId: string, columnId: string | null): void;
  setCellError(error: CellError): void;
  clearCellError(rowId: string, articleId: string): void;
  setQuickFilter(text: string): void;
  setRowFilter(filter: RowFilter): void;
  setCompareScenario(id: string | null): void;
  openDialog(dialog: Dialog): void;
}

export const createUiSlice: StateCreator<CrosscheckState, [], [], UiSlice> = (set, get) => ({
  selectedRowId: null,
  selectedColumnId: null,
  cellError: null,
  quickFilter: '',
  rowFilter: 'all',
  compareScenarioId: null,
  dialog: null,
  selectRow: (rowId) => {
    if (get().selectedRowId !== rowId) set({ selectedRowId: rowId });
  },
  selectCell: (rowId, columnId) => {
    const state = get();
    if (state.selectedRowId !== rowId || (columnId !== null && state.selectedColumnId !== columnId)) {
      set({ selectedRowId: rowId, ...(columnId !== null ? { selectedColumnId: columnId } : {}) });
    }
  },
  setCellError: (error) => set({ cellError: error }),
  clearCellError: (rowId, articleId) => {
    const current = get().cellError;
    if (current && current.rowId === rowId && current.articleId === articleId) set({ cellError: null });
  },
  setQuickFilter: (text) => set({ quickFilter: text }),
  setRowFilter: (rowFilter) => set({ rowFilter }),
  setCompareScenario: (id) => set({ compareScenarioId: id }),
  openDialog: (dialog) => set({ dialog }),
});
