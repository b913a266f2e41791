import type { ComparisonRow } from '@shared/domain/comparison';
import { formatValue } from '@shared/domain/format';
import { STATUS_LABELS } from '@shared/domain/status-labels';
import { selectComparisonRows } from '../store/comparison-selectors';
import type { CrosscheckState } from '../store/store';
import type { RowFilter } from '../store/ui-slice';
import { isGroupRow, type GridRow, type GroupedRows } from './groups/row-groups';

/** Whether a row passes the analyst's row filter (the Show choice). */
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

/** What the quick filter searches in a row: names, status and its reasons, and the values as shown. Once per row object. */
const searchTexts = new WeakMap<ComparisonRow, string>();
function searchText(row: ComparisonRow): string {
  let text = searchTexts.get(row);
  if (text === undefined) {
    const values = Object.values(row.cells).map((cell) => (cell.value === null ? '' : formatValue(cell.value, cell.unit)));
    text = [row.entityName, row.segment ?? '', row.metricLabel, row.source.isCustom ? '(yours)' : '', STATUS_LABELS[row.status], ...row.reasons.map((reason) => reason.message), ...values]
      .join(' ')
      .toLowerCase();
    searchTexts.set(row, text);
  }
  return text;
}

/** Every word of the quick filter (lower-cased) must be found in the row, as AG Grid's quick filter does. */
export function matchesQuickFilter(row: ComparisonRow, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const text = searchText(row);
  return words.every((word) => text.includes(word));
}

/**
 * The grid's one filter: the Show choice, the quick filter and the collapsed groups. It is
 * ours rather than AG Grid's quick filter because a group header must stay while any of its
 * rows is shown, which only we know.
 */
export function makeRowFilter(state: CrosscheckState, grouped: GroupedRows | null): (row: GridRow) => boolean {
  const words = state.quickFilter.toLowerCase().split(/\s+/).filter(Boolean);
  const rowFilter = state.rowFilter;
  const passesData = (row: ComparisonRow) => passesRowFilter(rowFilter, row) && matchesQuickFilter(row, words);
  if (!grouped || grouped.groupOf.size === 0) return (row) => !isGroupRow(row) && passesData(row);
  const collapsed = new Set(state.workspace.view.collapsedGroups);
  const shownGroups = new Set<string>();
  for (const row of selectComparisonRows(state)) {
    const key = grouped.groupOf.get(row.id);
    if (key !== undefined && !shownGroups.has(key) && passesData(row)) shownGroups.add(key);
  }
  return (row) => (isGroupRow(row) ? shownGroups.has(row.key) : passesData(row) && !collapsed.has(grouped.groupOf.get(row.id) ?? ''));
}
