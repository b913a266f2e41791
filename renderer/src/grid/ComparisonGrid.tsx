import { useCallback, useEffect, useMemo, useRef } from 'react';
import { AgGridReact } from 'ag-grid-react';
import { themeQuartz, type CellFocusedEvent, type ColumnMovedEvent, type GetRowIdParams, type GridApi, type GridReadyEvent, type IRowNode, type PostSortRowsParams } from 'ag-grid-community';
import { selectCompareRowsById } from '../store/comparison-selectors';
import { selectArticles, selectComparisonArticles } from '../store/dataset-selectors';
import { scenarioById } from '@shared/workspace/operations';
import { useCrosscheckStore } from '../store/store';
import { attachClipboardEvents } from './clipboard/clipboard-events';
import { buildColumnDefs, VALUE_COLUMN_PREFIX } from './column-defs';
import { attachGridKeyboard } from './grid-keyboard';
import { attachGridMouse } from './grid-mouse';
import { registerGridApi } from './grid-view';
import { GroupHeaderRow } from './GroupHeaderRow';
import { GROUP_ID_PREFIX, isGroupRow, regroupSorted, type GridRow } from './groups/row-groups';
import { trackLayout } from './layout-tracking';
import { paintRange } from './range-painter';
import { syncRows, type RowsSync } from './rows-sync';
import { rangeBounds, singleCell, type CellRef } from './selection/cell-range';

const getRowId = (params: GetRowIdParams<GridRow>) => params.data.id;
const isFullWidthRow = (params: { rowNode: IRowNode<GridRow> }) => isGroupRow(params.rowNode.data);
// Analysts read many rows at once: a denser Quartz than the default. Headers have a fixed
// two-line height: measuring each header (autoHeaderHeight) forced a layout per column, a
// second at start with hundreds of article columns.
const theme = themeQuartz.withParams({ rowHeight: 30, headerHeight: 48, fontSize: 13, spacing: 6 });
// Pinning is not part of the saved layout: a column dragged to the edge moves, it does not pin.
// The sort arrow always shows: a click on the header selects the column, the arrow sorts.
const DEFAULT_COL_DEF = { sortable: true, resizable: true, lockPinned: true, unSortIcon: true };
const MAX_COLUMNS_ALL_DRAWN = 40;
const NO_ROWS: GridRow[] = [];

/** Opens the context menu under a cell, for the keyboard (the context-menu key, Shift+F10). */
function openMenuAtCell(container: HTMLElement, cell: CellRef): void {
  const element = container.querySelector(`.ag-row[row-id="${CSS.escape(cell.rowId)}"] .ag-cell[col-id="${CSS.escape(cell.colId)}"]`);
  const box = element?.getBoundingClientRect() ?? container.getBoundingClientRect();
  useCrosscheckStore.getState().openContextMenu(box.left + 8, box.bottom);
}

/**
 * The comparison grid. The store owns the rows and the grid only draws them: rows reach it
 * through rows-sync (only changed rows, by setData), never as a React prop, so an edit
 * repaints one row without re-rendering this component. Selection, keyboard, mouse and
 * clipboard are our own modules, attached to the grid's box when it is ready.
 */
export function ComparisonGrid() {
  const comparisonArticles = useCrosscheckStore(selectComparisonArticles);
  const articles = useCrosscheckStore(selectArticles);
  // The column layout alone: folding a group changes the view too, and must not rebuild the columns.
  const columnOrder = useCrosscheckStore((state) => state.workspace.view.columnOrder);
  const hiddenColumns = useCrosscheckStore((state) => state.workspace.view.hiddenColumns);
  const setColumnLayout = useCrosscheckStore((state) => state.setColumnLayout);
  const selectCell = useCrosscheckStore((state) => state.selectCell);
  const grid = useRef<AgGridReact<GridRow>>(null);
  const container = useRef<HTMLDivElement>(null);
  const rowsSync = useRef<RowsSync | null>(null);
  const detach = useRef<(() => void) | null>(null);

  // A row chosen outside the grid (a figure clicked in the article text) is brought into view and focused.
  const selectedRowId = useCrosscheckStore((state) => state.selectedRowId);
  useEffect(() => {
    const api = grid.current?.api;
    const node = selectedRowId ? api?.getRowNode(selectedRowId) : undefined;
    if (!api || !node || node.rowIndex === null || api.getFocusedCell()?.rowIndex === node.rowIndex) return;
    api.ensureNodeVisible(node, 'middle');
    api.setFocusedCell(node.rowIndex, 'metric');
  }, [selectedRowId]);

  const isExternalFilterPresent = useCallback(() => true, []);
  const doesExternalFilterPass = useCallback((node: IRowNode<GridRow>) => rowsSync.current?.passes(node.data) ?? true, []);
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
            columnOrder,
            hiddenColumns,
          })
        : [],
    [comparisonArticles, articles, compareRowsById, activeName, otherName, columnOrder, hiddenColumns],
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
    (api: GridApi<GridRow>) => {
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
    (event: ColumnMovedEvent<GridRow>) => event.finished && (event.source === 'uiColumnMoved' || event.source === 'uiColumnDragged') && saveColumnLayout(event.api),
    [saveColumnLayout],
  );

  // A commit the grid makes itself (the editor losing focus) goes to the same store action as ours.
  const onCellEditRequest = useCallback((event: { column: { getColId(): string }; data: GridRow | undefined; newValue: unknown }) => {
    const colId = event.column.getColId();
    if (!colId.startsWith(VALUE_COLUMN_PREFIX) || !event.data || isGroupRow(event.data)) return;
    useCrosscheckStore.getState().editCell(event.data.id, colId.slice(VALUE_COLUMN_PREFIX.length), typeof event.newValue === 'string' ? event.newValue : String(event.newValue ?? ''));
  }, []);

  // Focus follows the keyboard as well as the mouse, so the panel tracks either; a focus that
  // lands outside the range (the article text chose a row, Tab came in) starts a new one there.
  const onCellFocused = useCallback(
    (event: CellFocusedEvent<GridRow>) => {
      if (event.rowIndex === null || event.rowIndex === undefined) return;
      const data = event.api.getDisplayedRowAtIndex(event.rowIndex)?.data;
      const state = useCrosscheckStore.getState();
      // A group header (a full-width row) has no column of its own: it counts as its first cell.
      const colId = typeof event.column === 'object' && event.column ? event.column.getColId() : (state.gridLayout.colIds[0] ?? null);
      if (!data || !colId) return;
      const bounds = rangeBounds(state.selection, state.gridLayout);
      const row = state.gridLayout.rowIndex.get(data.id);
      const col = state.gridLayout.colIndex.get(colId);
      const isInside = !!bounds && row !== undefined && col !== undefined && row >= bounds.top && row <= bounds.bottom && col >= bounds.left && col <= bounds.right;
      if (!isInside) state.setSelection(singleCell({ rowId: data.id, colId }));
      if (!isGroupRow(data)) selectCell(data.id, colId.startsWith(VALUE_COLUMN_PREFIX) ? colId.slice(VALUE_COLUMN_PREFIX.length) : null);
    },
    [selectCell],
  );

  // Sorting sorts inside the groups: the sorted rows are put back under their headers.
  const postSortRows = useCallback((params: PostSortRowsParams<GridRow>) => {
    const sync = rowsSync.current;
    const groupOf = sync?.groupOf();
    if (!sync || !groupOf || groupOf.size === 0) return;
    const sorted = regroupSorted(params.nodes, (node) => node.data?.id, groupOf, sync.groupOrder(), (key) => params.api.getRowNode(`${GROUP_ID_PREFIX}${key}`));
    params.nodes.splice(0, params.nodes.length, ...sorted);
  }, []);

  const onGridReady = useCallback((event: GridReadyEvent<GridRow>) => {
    const api = event.api;
    const box = container.current;
    registerGridApi(api);
    const subscribe = useCrosscheckStore.subscribe;
    const sync = syncRows(api, subscribe, useCrosscheckStore.getState());
    rowsSync.current = sync;
    api.setGridOption('rowData', [...sync.rows()]);
    const parts = [
      sync.dispose,
      trackLayout(api),
      paintRange(api, subscribe, useCrosscheckStore.getState()),
      ...(box
        ? [
            attachGridKeyboard(api, box, (cell) => openMenuAtCell(box, cell)),
            attachGridMouse(api, box, (x, y) => useCrosscheckStore.getState().openContextMenu(x, y)),
            attachClipboardEvents(box),
          ]
        : []),
    ];
    detach.current = () => parts.forEach((part) => part());
  }, []);

  const onGridPreDestroyed = useCallback(() => {
    detach.current?.();
    detach.current = null;
    rowsSync.current = null;
    registerGridApi(null);
  }, []);

  return (
    <div className="grid-container" data-testid="comparison-grid" ref={container}>
      <AgGridReact<GridRow>
        // suppressColumnVirtualisation is read once, when the grid is made: crossing the
        // threshold (the article that makes the columns too many to draw) makes a new grid.
        key={drawsAllColumns ? 'all-columns' : 'virtual-columns'}
        ref={grid}
        theme={theme}
        rowData={NO_ROWS}
        isExternalFilterPresent={isExternalFilterPresent}
        doesExternalFilterPass={doesExternalFilterPass}
        columnDefs={columnDefs}
        defaultColDef={DEFAULT_COL_DEF}
        getRowId={getRowId}
        isFullWidthRow={isFullWidthRow}
        fullWidthCellRenderer={GroupHeaderRow}
        postSortRows={postSortRows}
        readOnlyEdit
        onCellEditRequest={onCellEditRequest}
        onCellFocused={onCellFocused}
        onGridReady={onGridReady}
        onGridPreDestroyed={onGridPreDestroyed}
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
