import type { GridApi } from 'ag-grid-community';
import type { ComparisonRow } from '@shared/domain/comparison';
import type { ExportView } from '@shared/export/export-input';

/**
 * The grid as the analyst sees it, for "export what I see": the rows its filters and sort
 * leave, in order, and its visible columns in their (possibly rearranged) order. Only the
 * grid knows these; it registers its API here while mounted.
 */
let api: GridApi<ComparisonRow> | null = null;

export function registerGridApi(next: GridApi<ComparisonRow> | null): void {
  api = next;
}

export function currentGridView(): ExportView {
  if (!api || api.isDestroyed()) return { rowIds: [], columns: [] };
  const rowIds: string[] = [];
  api.forEachNodeAfterFilterAndSort((node) => {
    if (node.data) rowIds.push(node.data.id);
  });
  return { rowIds, columns: api.getAllDisplayedColumns().map((column) => column.getColId()) };
}
