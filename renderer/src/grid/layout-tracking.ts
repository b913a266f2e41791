import type { GridApi } from 'ag-grid-community';
import { useCrosscheckStore } from '../store/store';
import type { GridRow } from './groups/row-groups';
import { makeLayout } from './selection/cell-range';

/**
 * Tells the store how the grid is displayed (rows after sort and filter, columns after moving
 * and hiding) whenever that changes, so ranges, copy and paste work on what the analyst sees.
 * An edit's setData changes no layout and does not come through here.
 */
export function trackLayout(api: GridApi<GridRow>): () => void {
  const report = () => {
    if (api.isDestroyed()) return;
    const rowIds: string[] = [];
    const count = api.getDisplayedRowCount();
    for (let index = 0; index < count; index++) {
      const id = api.getDisplayedRowAtIndex(index)?.id;
      if (id !== undefined) rowIds.push(id);
    }
    useCrosscheckStore.getState().setGridLayout(makeLayout(rowIds, api.getAllDisplayedColumns().map((column) => column.getColId())));
  };
  api.addEventListener('modelUpdated', report);
  api.addEventListener('displayedColumnsChanged', report);
  report();
  return () => {
    if (api.isDestroyed()) return;
    api.removeEventListener('modelUpdated', report);
    api.removeEventListener('displayedColumnsChanged', report);
  };
}
