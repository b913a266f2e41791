import type { ColDef, ValueFormatterParams, ValueGetterParams } from 'ag-grid-community';
import { ANALYST_COLUMN, type ArticleDelta, type ComparisonArticles, type ComparisonRow } from '@shared/domain/comparison';
import { ARTICLE_DELTA_PREFIX, defaultColumnIds, LATEST_COLUMN, orderColumns } from '@shared/domain/comparison-columns';
import type { ComparisonView } from '@shared/workspace/workspace-schema';
import { formatDelta, formatPercentChange, formatValue } from '@shared/domain/format';
import { isSameUnit } from '@shared/domain/units';
import { ArticleHeaderLabel, articleHeaderParts, type ArticleHeaderParts } from './ArticleHeaderLabel';
import { StatusCell, STATUS_LABELS } from './StatusCell';
import { ValueCell } from './ValueCell';
import { valueTooltip } from './value-tooltip';
import { isGroupRow, type GridRow } from './groups/row-groups';
import { RANGE_CLASS_RULES } from './range-painter';

export { VALUE_COLUMN_PREFIX } from '@shared/export/export-input';
import { VALUE_COLUMN_PREFIX } from '@shared/export/export-input';

/** The comparison row a cell draws; undefined for a group header, which has no cells. */
function rowOf(params: { readonly data?: GridRow | undefined }): ComparisonRow | undefined {
  return isGroupRow(params.data) ? undefined : params.data;
}

/**
 * As in a spreadsheet, blank cells sort last whichever way the column is sorted (the grid
 * flips the comparator's sign for a descending sort, so blanks flip with it here). Values are
 * numbers in base units, so $83.6B sorts above $516M whatever their display scale.
 */
function compareNullableNumbers(a: number | null | undefined, b: number | null | undefined, _nodeA?: unknown, _nodeB?: unknown, isDescending = false): number {
  const isBlankA = a === null || a === undefined;
  const isBlankB = b === null || b === undefined;
  if (isBlankA || isBlankB) {
    if (isBlankA && isBlankB) return 0;
    return (isBlankA ? 1 : -1) * (isDescending ? -1 : 1);
  }
  return a - b;
}

const signClasses = {
  'delta-negative': (p: { value: number | null | undefined }) => (p.value ?? 0) < 0,
  'delta-positive': (p: { value: number | null | undefined }) => (p.value ?? 0) > 0,
};

/** An editable value column: one article's figures, or the analyst's own estimate. */
function valueColumn(columnId: string, headerName: string, headerTooltip: string, label?: ArticleHeaderParts): ColDef<GridRow> {
  return {
    colId: `${VALUE_COLUMN_PREFIX}${columnId}`,
    headerName,
    headerTooltip,
    ...(label ? { headerComponentParams: { innerHeaderComponent: ArticleHeaderLabel, innerHeaderComponentParams: label } } : {}),
    valueGetter: (params: ValueGetterParams<GridRow>) => rowOf(params)?.cells[columnId]?.value ?? null,
    // What the editor opens with: the value as shown, which the parser reads back.
    valueFormatter: (params: ValueFormatterParams<GridRow, number | null>) => {
      const cell = rowOf(params)?.cells[columnId];
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
    tooltipValueGetter: (params) => {
      const row = rowOf(params);
      return row ? valueTooltip(row, columnId) : null;
    },
    comparator: compareNullableNumbers,
    type: 'rightAligned',
    // Narrow enough that a 1366-pixel laptop shows both articles, the estimate, Δ, Δ % and the
    // status beside the side panes; wider screens share the room among the value columns.
    minWidth: 118,
    flex: 1,
    wrapHeaderText: true,
  };
}

export interface CompareColumns {
  readonly activeName: string;
  readonly otherName: string;
  readonly rowsById: ReadonlyMap<string, ComparisonRow>;
}

/** Two scenarios side by side: each one's estimate for the row, and the difference. */
function compareColumnDefs(compare: CompareColumns): ColDef<GridRow>[] {
  const otherRow = (row: ComparisonRow | undefined) => (row ? compare.rowsById.get(row.id) : undefined);
  const other = (row: ComparisonRow | undefined) => otherRow(row)?.estimate ?? null;
  const unitOf = (row: ComparisonRow) => row.estimateUnit;
  return [
    {
      colId: 'estimate-active',
      headerName: `Estimate · ${compare.activeName}`,
      headerTooltip: 'Your estimate in the active scenario, or the latest article’s value where you gave none',
      valueGetter: (p) => rowOf(p)?.estimate ?? null,
      valueFormatter: (p: ValueFormatterParams<GridRow, number | null>) => {
        const row = rowOf(p);
        return row && p.value != null ? formatValue(p.value, unitOf(row)) : '';
      },
      comparator: compareNullableNumbers,
      cellDataType: false,
      type: 'rightAligned',
      width: 130,
    },
    {
      colId: 'estimate-other',
      headerName: `Estimate · ${compare.otherName}`,
      valueGetter: (p) => other(rowOf(p)),
      valueFormatter: (p: ValueFormatterParams<GridRow, number | null>) => {
        const theirs = otherRow(rowOf(p));
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
        const row = rowOf(p);
        const mine = row?.estimate ?? null;
        const theirs = otherRow(row);
        // Two estimates in different currencies are not subtracted.
        if (!row || mine === null || !theirs || theirs.estimate === null || !isSameUnit(row.estimateUnit, theirs.estimateUnit)) return null;
        return Number((theirs.estimate - mine).toPrecision(12));
      },
      valueFormatter: (p: ValueFormatterParams<GridRow, number | null>) => {
        const row = rowOf(p);
        return row && p.value != null ? formatDelta(p.value, unitOf(row)) : '';
      },
      comparator: compareNullableNumbers,
      cellDataType: false,
      type: 'rightAligned',
      width: 120,
      cellClassRules: signClasses,
    },
  ];
}

/** "−$23.6B (−28.2%)", or why this article's value does not compare with the baseline's. */
function formatArticleDelta(versus: ArticleDelta, row: ComparisonRow): string {
  if (versus.delta === null) return STATUS_LABELS[versus.status];
  const change = formatDelta(versus.delta, row.cells[row.baseArticleId].unit);
  return versus.deltaPercent === null ? change : `${change} (${formatPercentChange(versus.deltaPercent)})`;
}

/** One article against the baseline: its delta and delta %, or why there is none. */
function articleDeltaColumn(articleId: string, articleName: string): ColDef<GridRow> {
  const versusOf = (row: ComparisonRow | undefined) => row?.versus[articleId];
  return {
    colId: `${ARTICLE_DELTA_PREFIX}${articleId}`,
    headerName: `Δ ${articleName}`,
    headerTooltip: `${articleName} minus the baseline, where the two values are comparable`,
    valueGetter: (p) => versusOf(rowOf(p))?.delta ?? null,
    valueFormatter: (p: ValueFormatterParams<GridRow, number | null>) => {
      const row = rowOf(p);
      const versus = versusOf(row);
      return row && versus ? formatArticleDelta(versus, row) : '';
    },
    tooltipValueGetter: (p) => {
      const versus = versusOf(rowOf(p));
      if (!versus) return null;
      return versus.reasons.length > 0 ? versus.reasons.map((reason) => reason.message).join('\n') : [versus.disagreement, ...versus.caveats].filter(Boolean).join('\n') || null;
    },
    cellClassRules: { ...signClasses, 'delta-not-comparable': (p) => versusOf(rowOf(p))?.delta === null },
    comparator: compareNullableNumbers,
    cellDataType: false,
    type: 'rightAligned',
    width: 150,
    wrapHeaderText: true,
  };
}

/** The latest value: the latest article, the baseline included, that gives this row one. */
const latestColumn: ColDef<GridRow> = {
  colId: LATEST_COLUMN,
  headerName: 'Latest',
  headerTooltip: 'The value of the latest article that gives one',
  valueGetter: (p) => {
    const row = rowOf(p);
    return row?.latestArticleId ? (row.cells[row.latestArticleId]?.value ?? null) : null;
  },
  valueFormatter: (p: ValueFormatterParams<GridRow, number | null>) => {
    const row = rowOf(p);
    return row?.latestArticleId && p.value != null ? formatValue(p.value, row.cells[row.latestArticleId].unit) : '';
  },
  comparator: compareNullableNumbers,
  cellDataType: false,
  type: 'rightAligned',
  width: 120,
};

export interface ColumnDefsInput {
  readonly articles: ComparisonArticles;
  /** Article titles by id, for header tooltips. */
  readonly titles: ReadonlyMap<string, string>;
  readonly compare: CompareColumns | null;
  readonly columnOrder: ComparisonView['columnOrder'];
  readonly hiddenColumns: ComparisonView['hiddenColumns'];
}

/**
 * Column definitions: identity, one value column per article (each later one followed by its
 * delta against the baseline from three articles on), the analyst's estimate, the summary and
 * status, in the analyst's order and with the columns they hid hidden.
 */
export function buildColumnDefs({ articles, titles, compare, columnOrder, hiddenColumns }: ColumnDefsInput): ColDef<GridRow>[] {
  const byId = new Map<string, ColDef<GridRow>>();
  const add = (def: ColDef<GridRow>) => byId.set(def.colId ?? '', def);
  add({ colId: 'entity', headerName: 'Company', field: 'entityName', pinned: 'left', width: 100, filter: true, lockPinned: true });
  add({ colId: 'segment', headerName: 'Segment', valueGetter: (p) => rowOf(p)?.segment ?? '', width: 88, filter: true, tooltipValueGetter: (p) => rowOf(p)?.segment ?? null });
  add({
    colId: 'metric',
    headerName: 'Metric',
    valueGetter: (p) => {
      const row = rowOf(p);
      return row ? `${row.metricLabel}${row.source.isCustom ? ' (yours)' : ''}` : '';
    },
    width: 160,
    filter: true,
    tooltipValueGetter: (p) => rowOf(p)?.metricLabel ?? null,
  });
  for (const ref of articles.refs) {
    const name = ref.name.replace(/^article/, 'Article');
    const isBaseline = ref.id === articles.baseline.id;
    add(
      valueColumn(
        ref.id,
        isBaseline ? `${name} · baseline` : name,
        `${titles.get(ref.id) ?? ref.name}${isBaseline ? '\nThe baseline: every delta is against this article.' : ''}`,
        articleHeaderParts(ref.name, isBaseline),
      ),
    );
    add(articleDeltaColumn(ref.id, ref.name));
  }
  add(valueColumn(ANALYST_COLUMN, 'Your estimate', 'Your own value for this row, in this scenario'));
  add(latestColumn);
  add({
    colId: 'delta',
    headerName: 'Δ',
    headerTooltip: 'The latest article other than the baseline that gives a value, minus the baseline; shown only where the two values are comparable',
    valueGetter: (p) => rowOf(p)?.delta ?? null,
    valueFormatter: (p: ValueFormatterParams<GridRow, number | null>) => {
      const row = rowOf(p);
      if (!row || p.value === null || p.value === undefined) return '';
      return formatDelta(p.value, row.cells[row.baseArticleId].unit);
    },
    comparator: compareNullableNumbers,
    cellDataType: false,
    type: 'rightAligned',
    width: 86,
    cellClassRules: signClasses,
  });
  add({
    colId: 'deltaPercent',
    headerName: 'Δ %',
    headerTooltip: 'The change relative to the baseline value',
    valueGetter: (p) => rowOf(p)?.deltaPercent ?? null,
    valueFormatter: (p: ValueFormatterParams<GridRow, number | null>) => (p.value === null || p.value === undefined ? '' : formatPercentChange(p.value)),
    comparator: compareNullableNumbers,
    cellDataType: false,
    type: 'rightAligned',
    width: 80,
    cellClassRules: signClasses,
  });
  const compareDefs = compare ? compareColumnDefs(compare) : [];
  compareDefs.forEach(add);
  add({
    colId: 'status',
    headerName: 'Status',
    valueGetter: (p) => {
      const row = rowOf(p);
      return row ? STATUS_LABELS[row.status] : '';
    },
    // The label first: a narrow column cuts it off, and the tooltip says it whole, then why.
    tooltipValueGetter: (p) => {
      const row = rowOf(p);
      if (!row) return null;
      const label = STATUS_LABELS[row.status];
      if (row.reasons.length > 0) return [label, ...row.reasons.map((reason) => reason.message)].join('\n');
      return [label, row.disagreement ?? 'Comparable: same metric, unit and currency, and no stated period or basis differs.', ...row.caveats].join('\n');
    },
    cellRenderer: StatusCell,
    width: 140,
    filter: true,
  });
  // The scenario comparison's columns sit before Status; they are the grid's alone (not exported).
  const defaults = defaultColumnIds(articles);
  const withCompare = [...defaults.slice(0, -1), ...compareDefs.map((def) => def.colId ?? ''), ...defaults.slice(-1)];
  const hidden = new Set(hiddenColumns);
  return orderColumns(withCompare, columnOrder).flatMap((id) => {
    const def = byId.get(id);
    return def ? [{ ...def, hide: hidden.has(id), cellClassRules: { ...RANGE_CLASS_RULES, ...def.cellClassRules } }] : [];
  });
}
