import { useCallback, useEffect, useMemo, useRef } from 'react';
import { AgGridReact } from 'ag-grid-react';
import {
  themeQuartz,
  type CellEditRequestEvent,
  type CellFocusedEvent,
  type ColumnMovedEvent,
  type GetRowIdParams,
  type GridApi,
  type IRowNode,
} from 'ag-grid-community';
import type { RowFilter } from '../store/ui-slice';
import type { ComparisonRow } from '@shared/domain/comparison';
import { selectCompareRowsById, selectComparisonRows } from '../store/comparison-selectors';
import { selectArticles, selectComparisonArticles } from '../store/dataset-selectors';
import { scenarioById } from '@shared/workspace/operations';
import { useCrosscheckStore } from '../store/store';
import { buildColumnDefs, VALUE_COLUMN_PREFIX } from './column-defs';
import { registerGridApi } from './grid-view';

const getRowId = (params: GetRowIdParams<ComparisonRow>) => params.data.id;
// Analysts read many rows at once: a denser Quartz than the default. Headers have a fixed
// two-line height: measuring each header (autoHeaderHeight) forced a layout per column, a
// second at start with hundreds of article columns.
const theme = themeQuartz.withParams({ rowHeight: 34, headerHeight: 48, fontSize: 13, spacing: 6 });
// Pinning is not part of the saved layout: a column dragged to the edge moves, it does not pin.
const DEFAULT_COL_DEF = { sortable: true, resizable: true, lockPinned: true };
const MAX_COLUMNS_ALL_DRAWN = 40;

/** Whether a row passes the analyst's row filter (AG Grid's external filter). */
export function passesRowFilter(filter: RowFilter, row: ComparisonRow): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'comparable':
      return row.delta !== null;
    case 'disagreements':
      return row.status === 'disagreement' || row.status === 'conflict';
    case 'assumptions':
      return row.usesAnalystInput;
  }
}

/**
 * The comparison grid, on AG Grid's immutable-store recipe: rows come from a memoized
 * selector, the grid never edits them itself (readOnlyEdit) and hands each edit to the
 * store, whose new row object makes the grid redraw that row alone.
 */
export function ComparisonGrid() {
  const rows = useCrosscheckStore(selectComparisonRows);
  const comparisonArticles = useCrosscheckStore(selectComparisonArticles);
  const articles = useCrosscheckStore(selectArticles);
  const view = useCrosscheckStore((state) => state.workspace.view);
  const setColumnLayout = useCrosscheckStore((state) => state.setColumnLayout);
  const quickFilter = useCrosscheckStore((state) => state.quickFilter);
  const editCell = useCrosscheckStore((state) => state.editCell);
  const selectCell = useCrosscheckStore((state) => state.selectCell);
  const rowFilter = useCrosscheckStore((state) => state.rowFilter);
  const grid = useRef<AgGridReact<ComparisonRow>>(null);
  // The external filter reads the current filter through a ref: the grid keeps the callbacks it was given.
  const rowFilterRef = useRef(rowFilter);
  rowFilterRef.current = rowFilter;
  useEffect(() => grid.current?.api?.onFilterChanged(), [rowFilter]);
  // A row chosen outside the grid (a figure clicked in the article text) is brought into view and focused.
  const selectedRowId = useCrosscheckStore((state) => state.selectedRowId);
  useEffect(() => {
    const api = grid.current?.api;
    const node = selectedRowId ? api?.getRowNode(selectedRowId) : undefined;
    if (!api || !node || node.rowIndex === null || api.getFocusedCell()?.rowIndex === node.rowIndex) return;
    api.ensureNodeVisible(node, 'middle');
    api.setFocusedCell(node.rowIndex, 'metric');
  }, [selectedRowId]);
  const isExternalFilterPresent = useCallback(() => rowFilterRef.current !== 'all', []);
  const doesExternalFilterPass = useCallback((node: IRowNode<ComparisonRow>) => (node.data ? passesRowFilter(rowFilterRef.current, node.data) : false), []);
  const compareRowsById = useCrosscheckStore(selectCompareRowsById);
  const activeName = useCrosscheckStore((state) => scenarioById(state.workspace, state.workspace.activeScenarioId)?.name ?? '');
  const otherName = useCrosscheckStore((state) => (state.compareScenarioId ? (scenarioById(state.workspace, state.compareScenarioId)?.name ?? '') : ''));

  const columnDefs = useMemo(
    () =>
      comparisonArticles
        ? buildColumnDefs({
            articles: comparisonArticles,
            titles: new Map(articles.map((article) => [article.id, article.title])),
            compare: compareRowsById ? { activeName, otherName, rowsById: compareRowsById } : null,
            view,
          })
        : [],
    [comparisonArticles, articles, compareRowsById, activeName, otherName, view],
  );

  const drawsAllColumns = columnDefs.length <= MAX_COLUMNS_ALL_DRAWN;

  // The grid keeps its own column order when definitions change, so the workspace's order (an
  // undo, the Columns dialog, a workspace opened) is applied to it explicitly.
  useEffect(() => {
    grid.current?.api?.applyColumnState({ state: columnDefs.map((def) => ({ colId: def.colId ?? '', hide: def.hide ?? false })), applyOrder: true });
  }, [columnDefs]);

  // A column dragged to a new place is kept in the workspace: saved with it and exported so.
  // (Hiding goes through the Columns dialog, which sets the layout in the store itself.)
  const saveColumnLayout = useCallback(
    (api: GridApi<ComparisonRow>) => {
      const state = api.getColumnState();
      setColumnLayout(
        state.map((column) => column.colId),
        state.filter((column) => column.hide).map((column) => column.colId),
      );
    },
    [setColumnLayout],
  );
  // Only the analyst's own drag counts: new column definitions also move columns, and must not make undo steps.
  const onColumnMoved = useCallback(
    (event: ColumnMovedEvent<ComparisonRow>) => event.finished && (event.source === 'uiColumnMoved' || event.source === 'uiColumnDragged') && saveColumnLayout(event.api),
    [saveColumnLayout],
  );


  const onCellEditRequest = useCallback(
    (event: CellEditRequestEvent<ComparisonRow>) => {
      const colId = event.column.getColId();
      if (!colId.startsWith(VALUE_COLUMN_PREFIX)) return;
      editCell(event.data.id, colId.slice(VALUE_COLUMN_PREFIX.length), String(event.newValue ?? ''));
    },
    [editCell],
  );

  // Focus follows the keyboard as well as the mouse, so the panel tracks either.
  const onCellFocused = useCallback(
    (event: CellFocusedEvent<ComparisonRow>) => {
      if (event.rowIndex === null || event.rowIndex === undefined) return;
      const rowId = event.api.getDisplayedRowAtIndex(event.rowIndex)?.data?.id;
      if (!rowId) return;
      const colId = typeof event.column === 'object' && event.column ? event.column.getColId() : null;
      selectCell(rowId, colId?.startsWith(VALUE_COLUMN_PREFIX) ? colId.slice(VALUE_COLUMN_PREFIX.length) : null);
    },
    [selectCell],
  );

  return (
    <div className="grid-container" data-testid="comparison-grid">
      <AgGridReact<ComparisonRow>
        // suppressColumnVirtualisation is read once, when the grid is made: crossing the
        // threshold (the article that makes the columns too many to draw) makes a new grid.
        key={drawsAllColumns ? 'all-columns' : 'virtual-columns'}
        ref={grid}
        theme={theme}
        isExternalFilterPresent={isExternalFilterPresent}
        doesExternalFilterPass={doesExternalFilterPass}
        rowData={rows}
        columnDefs={columnDefs}
        defaultColDef={DEFAULT_COL_DEF}
        getRowId={getRowId}
        readOnlyEdit
        onCellEditRequest={onCellEditRequest}
        onCellFocused={onCellFocused}
        onGridReady={(event) => registerGridApi(event.api)}
        onGridPreDestroyed={() => registerGridApi(null)}
        quickFilterText={quickFilter}
        tooltipShowDelay={300}
        stopEditingWhenCellsLoseFocus
        // Rows go straight to their place after a sort or filter: animating thousands of rows costs
        // frames, and a row on its way out briefly doubles the one coming in.
        animateRows={false}
        onColumnMoved={onColumnMoved}
        // A handful of columns: render them all, so every column of a visible row is in the DOM.
        // Hundreds of articles make hundreds of columns: then only those in view are drawn.
        suppressColumnVirtualisation={drawsAllColumns}
        overlayNoRowsTemplate="No figures to show."
      />
    </div>
  );
}
