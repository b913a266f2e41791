import type { ColDef, ValueFormatterParams, ValueGetterParams } from 'ag-grid-community';
import type { ArticleRef } from '@shared/domain/article-refs';
import type { ComparisonRow } from '@shared/domain/comparison';
import { formatDelta, formatPercentChange, formatValue } from '@shared/domain/format';
import { StatusCell, STATUS_LABELS } from './StatusCell';
import { ValueCell } from './ValueCell';
import { valueTooltip } from './value-tooltip';

export const VALUE_COLUMN_PREFIX = 'value:';

/** Nulls sort below every number, whichever way the column is sorted. */
function compareNullableNumbers(a: number | null, b: number | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  return a - b;
}

function valueColumn(ref: ArticleRef, title: string): ColDef<ComparisonRow> {
  return {
    colId: `${VALUE_COLUMN_PREFIX}${ref.id}`,
    headerName: ref.name.replace(/^article/, 'Article'),
    headerTooltip: title,
    valueGetter: (params: ValueGetterParams<ComparisonRow>) => params.data?.cells[ref.id]?.value ?? null,
    // What the editor opens with: the value as shown, which the parser reads back.
    valueFormatter: (params: ValueFormatterParams<ComparisonRow, number | null>) => {
      const cell = params.data?.cells[ref.id];
      return cell && params.value !== null && params.value !== undefined ? formatValue(params.value, cell.unit) : '';
    },
    cellDataType: false,
    editable: true,
    cellEditor: 'agTextCellEditor',
    cellEditorParams: { useFormatter: true },
    cellRenderer: ValueCell,
    cellRendererParams: { articleId: ref.id },
    tooltipValueGetter: (params) => (params.data ? valueTooltip(params.data, ref.id) : null),
    comparator: compareNullableNumbers,
    type: 'rightAligned',
    minWidth: 175,
    flex: 1,
    wrapHeaderText: true,
    autoHeaderHeight: true,
  };
}

/** Column definitions for a given set of articles: identity, one value column per article, deltas, status. */
export function buildColumnDefs(refs: readonly ArticleRef[], titles: ReadonlyMap<string, string>): ColDef<ComparisonRow>[] {
  return [
    { colId: 'entity', headerName: 'Company', field: 'entityName', pinned: 'left', width: 120, filter: true },
    { colId: 'segment', headerName: 'Segment', valueGetter: (p) => p.data?.segment ?? '', width: 130, filter: true, tooltipValueGetter: (p) => p.data?.segment ?? null },
    { colId: 'metric', headerName: 'Metric', field: 'metricLabel', width: 200, filter: true, tooltipField: 'metricLabel' },
    ...refs.map((ref) => valueColumn(ref, titles.get(ref.id) ?? ref.name)),
    {
      colId: 'delta',
      headerName: 'Δ',
      headerTooltip: 'Later article minus the baseline (the oldest), shown only where the two values are comparable',
      valueGetter: (p) => p.data?.delta ?? null,
      valueFormatter: (p: ValueFormatterParams<ComparisonRow, number | null>) => {
        const row = p.data;
        if (!row || p.value === null || p.value === undefined) return '';
        return formatDelta(p.value, row.cells[row.baseArticleId].unit);
      },
      comparator: compareNullableNumbers,
      cellDataType: false,
      type: 'rightAligned',
      width: 100,
      cellClassRules: { 'delta-negative': (p) => (p.value ?? 0) < 0, 'delta-positive': (p) => (p.value ?? 0) > 0 },
    },
    {
      colId: 'deltaPercent',
      headerName: 'Δ %',
      headerTooltip: 'The change relative to the baseline value',
      valueGetter: (p) => p.data?.deltaPercent ?? null,
      valueFormatter: (p: ValueFormatterParams<ComparisonRow, number | null>) =>
        p.value === null || p.value === undefined ? '' : formatPercentChange(p.value),
      comparator: compareNullableNumbers,
      cellDataType: false,
      type: 'rightAligned',
      width: 84,
      cellClassRules: { 'delta-negative': (p) => (p.value ?? 0) < 0, 'delta-positive': (p) => (p.value ?? 0) > 0 },
    },
    {
      colId: 'status',
      headerName: 'Status',
      valueGetter: (p) => (p.data ? STATUS_LABELS[p.data.status] : ''),
      // Quick filter and tooltip read the reasons too, so "currency" finds the rows it concerns.
      getQuickFilterText: (p) => (p.data ? `${STATUS_LABELS[p.data.status]} ${p.data.reasons.map((r) => r.message).join(' ')}` : ''),
      tooltipValueGetter: (p) => p.data?.reasons.map((reason) => reason.message).join('\n') || 'Comparable: same metric, unit, currency, period and basis.',
      cellRenderer: StatusCell,
      width: 190,
      filter: true,
    },
  ];
}
