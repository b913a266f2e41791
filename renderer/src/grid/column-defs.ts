import type { ColDef, ValueFormatterParams, ValueGetterParams } from 'ag-grid-community';
import type { ArticleRef } from '@shared/domain/article-refs';
import { ANALYST_COLUMN, type ComparisonRow } from '@shared/domain/comparison';
import { formatDelta, formatPercentChange, formatValue } from '@shared/domain/format';
import { isSameUnit } from '@shared/domain/units';
import { StatusCell, STATUS_LABELS } from './StatusCell';
import { ValueCell } from './ValueCell';
import { valueTooltip } from './value-tooltip';

export { VALUE_COLUMN_PREFIX } from '@shared/export/export-input';
import { VALUE_COLUMN_PREFIX } from '@shared/export/export-input';

/** Nulls sort below every number, whichever way the column is sorted. */
function compareNullableNumbers(a: number | null, b: number | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  return a - b;
}

const signClasses = {
  'delta-negative': (p: { value: number | null | undefined }) => (p.value ?? 0) < 0,
  'delta-positive': (p: { value: number | null | undefined }) => (p.value ?? 0) > 0,
};

/** An editable value column: one article's figures, or the analyst's own estimate. */
function valueColumn(columnId: string, headerName: string, headerTooltip: string): ColDef<ComparisonRow> {
  return {
    colId: `${VALUE_COLUMN_PREFIX}${columnId}`,
    headerName,
    headerTooltip,
    valueGetter: (params: ValueGetterParams<ComparisonRow>) => params.data?.cells[columnId]?.value ?? null,
    // What the editor opens with: the value as shown, which the parser reads back.
    valueFormatter: (params: ValueFormatterParams<ComparisonRow, number | null>) => {
      const cell = params.data?.cells[columnId];
      return cell && params.value !== null && params.value !== undefined ? formatValue(params.value, cell.unit) : '';
    },
    cellDataType: false,
    editable: true,
    cellEditor: 'agTextCellEditor',
    cellEditorParams: { useFormatter: true },
    cellRenderer: ValueCell,
    cellRendererParams: { articleId: columnId },
    // A changed row redraws this cell even when its number is the same: the conversion, the
    // period or the marks beside the number may have changed (a new FX rate, say).
    equals: () => false,
    tooltipValueGetter: (params) => (params.data ? valueTooltip(params.data, columnId) : null),
    comparator: compareNullableNumbers,
    type: 'rightAligned',
    minWidth: 165,
    flex: 1,
    wrapHeaderText: true,
    autoHeaderHeight: true,
  };
}

export interface CompareColumns {
  readonly activeName: string;
  readonly otherName: string;
  readonly rowsById: ReadonlyMap<string, ComparisonRow>;
}

/** Two scenarios side by side: each one's estimate for the row, and the difference. */
function compareColumnDefs(compare: CompareColumns): ColDef<ComparisonRow>[] {
  const otherRow = (row: ComparisonRow | undefined) => (row ? compare.rowsById.get(row.id) : undefined);
  const other = (row: ComparisonRow | undefined) => otherRow(row)?.estimate ?? null;
  const unitOf = (row: ComparisonRow) => row.estimateUnit;
  return [
    {
      colId: 'estimate-active',
      headerName: `Estimate · ${compare.activeName}`,
      headerTooltip: 'Your estimate in the active scenario, or the latest article’s value where you gave none',
      valueGetter: (p) => p.data?.estimate ?? null,
      valueFormatter: (p: ValueFormatterParams<ComparisonRow, number | null>) => (p.data && p.value != null ? formatValue(p.value, unitOf(p.data)) : ''),
      comparator: compareNullableNumbers,
      cellDataType: false,
      type: 'rightAligned',
      width: 130,
    },
    {
      colId: 'estimate-other',
      headerName: `Estimate · ${compare.otherName}`,
      valueGetter: (p) => other(p.data),
      valueFormatter: (p: ValueFormatterParams<ComparisonRow, number | null>) => {
        const theirs = otherRow(p.data);
        return theirs && p.value != null ? formatValue(p.value, theirs.estimateUnit) : '';
      },
      comparator: compareNullableNumbers,
      cellDataType: false,
      type: 'rightAligned',
      width: 130,
    },
    {
      colId: 'estimate-difference',
      headerName: `${compare.otherName} − ${compare.activeName}`,
      valueGetter: (p) => {
        const mine = p.data?.estimate ?? null;
        const theirs = otherRow(p.data);
        // Two estimates in different currencies are not subtracted.
        if (!p.data || mine === null || !theirs || theirs.estimate === null || !isSameUnit(p.data.estimateUnit, theirs.estimateUnit)) return null;
        return Number((theirs.estimate - mine).toPrecision(12));
      },
      valueFormatter: (p: ValueFormatterParams<ComparisonRow, number | null>) => (p.data && p.value != null ? formatDelta(p.value, unitOf(p.data)) : ''),
      comparator: compareNullableNumbers,
      cellDataType: false,
      type: 'rightAligned',
      width: 120,
      cellClassRules: signClasses,
    },
  ];
}

/** Column definitions: identity, one value column per article, the analyst's estimate, deltas, status. */
export function buildColumnDefs(refs: readonly ArticleRef[], titles: ReadonlyMap<string, string>, compare: CompareColumns | null): ColDef<ComparisonRow>[] {
  return [
    { colId: 'entity', headerName: 'Company', field: 'entityName', pinned: 'left', width: 120, filter: true },
    { colId: 'segment', headerName: 'Segment', valueGetter: (p) => p.data?.segment ?? '', width: 110, filter: true, tooltipValueGetter: (p) => p.data?.segment ?? null },
    {
      colId: 'metric',
      headerName: 'Metric',
      valueGetter: (p) => (p.data ? `${p.data.metricLabel}${p.data.source.isCustom ? ' (yours)' : ''}` : ''),
      width: 200,
      filter: true,
      tooltipValueGetter: (p) => p.data?.metricLabel ?? null,
    },
    ...refs.map((ref) => valueColumn(ref.id, ref.name.replace(/^article/, 'Article'), titles.get(ref.id) ?? ref.name)),
    valueColumn(ANALYST_COLUMN, 'Your estimate', 'Your own value for this row, in this scenario'),
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
      cellClassRules: signClasses,
    },
    {
      colId: 'deltaPercent',
      headerName: 'Δ %',
      headerTooltip: 'The change relative to the baseline value',
      valueGetter: (p) => p.data?.deltaPercent ?? null,
      valueFormatter: (p: ValueFormatterParams<ComparisonRow, number | null>) => (p.value === null || p.value === undefined ? '' : formatPercentChange(p.value)),
      comparator: compareNullableNumbers,
      cellDataType: false,
      type: 'rightAligned',
      width: 84,
      cellClassRules: signClasses,
    },
    ...(compare ? compareColumnDefs(compare) : []),
    {
      colId: 'status',
      headerName: 'Status',
      valueGetter: (p) => (p.data ? STATUS_LABELS[p.data.status] : ''),
      // Quick filter and tooltip read the reasons too, so "currency" finds the rows it concerns.
      getQuickFilterText: (p) => (p.data ? `${STATUS_LABELS[p.data.status]} ${p.data.reasons.map((r) => r.message).join(' ')}` : ''),
      tooltipValueGetter: (p) => {
        if (!p.data) return null;
        if (p.data.reasons.length > 0) return p.data.reasons.map((reason) => reason.message).join('\n');
        return [p.data.disagreement ?? 'Comparable: same metric, unit and currency, and no stated period or basis differs.', ...p.data.caveats].join('\n');
      },
      cellRenderer: StatusCell,
      width: 190,
      filter: true,
    },
  ];
}
