import type { ArticleRef } from '../domain/article-refs';
import { ANALYST_COLUMN, cellUnitContext, type ComparisonArticles, type ComparisonRow } from '../domain/comparison';
import { defaultColumnIds, orderColumns } from '../domain/comparison-columns';
import type { Figure } from '../domain/dataset-schema';
import { formatValue } from '../domain/format';
import { STATUS_LABELS } from '../domain/status-labels';
import type { Workspace } from '../workspace/workspace-schema';
import { cellKey } from '../workspace/workspace-schema';
import { ARTICLE_DELTA_PREFIX, IDENTITY_COLUMNS, LATEST_COLUMN, VALUE_COLUMN_PREFIX, type ExportInput } from './export-input';
import { fxName } from './assumptions-sheet';
import { deltaCellFactor, deltaFormat, PERCENT_CHANGE_FORMAT, valueFormat } from './number-formats';
import { SOURCES_SHEET, type SourcesLayout } from './sources-sheet';
import { cell, columnLetter, headerRow, type PlannedCell, type PlannedRow, type SheetPlan } from './sheet-plan';

export const COMPARISON_SHEET = 'Comparison';
export const STATUS_DETAIL_HEADER = 'Why (status detail)';
/** The column import finds each row by; sorting or filtering in Excel keeps it with its row. */
export const ROW_ID_HEADER = 'Crosscheck row ID (keep for import)';

export function valueColumnHeader(columnId: string, refs: readonly ArticleRef[], baselineId?: string): string {
  if (columnId === ANALYST_COLUMN) return 'Your estimate';
  const ref = refs.find((candidate) => candidate.id === columnId);
  if (!ref) return columnId;
  const name = ref.name.replace(/^article/, 'Article');
  return ref.id === baselineId ? `${name} · baseline` : name;
}

/** "Δ article 3 (Mar 2025)": one article against the baseline. */
export function articleDeltaHeader(articleId: string, refs: readonly ArticleRef[]): string {
  const ref = refs.find((candidate) => candidate.id === articleId);
  return `Δ ${ref ? ref.name : articleId} vs baseline`;
}

const FIXED_HEADERS: Record<string, { header: string; width: number }> = {
  entity: { header: 'Company', width: 16 },
  segment: { header: 'Segment', width: 14 },
  metric: { header: 'Metric', width: 30 },
  [LATEST_COLUMN]: { header: 'Latest value', width: 18 },
  delta: { header: 'Δ (latest other − baseline)', width: 18 },
  deltaPercent: { header: 'Δ %', width: 10 },
  status: { header: 'Status', width: 24 },
};

/**
 * The grid columns this export writes, in order: the view's (its order, hidden columns left
 * out), or every column in the analyst's order.
 */
export function exportedColumns(input: Pick<ExportInput, 'scope' | 'view' | 'workspace'>, articles: ComparisonArticles): string[] {
  const all = orderColumns(defaultColumnIds(articles), input.workspace.view.columnOrder);
  if (input.scope === 'all') return all;
  const known = new Set(all);
  // Columns the sheet cannot hold (the scenario comparison's) are left out; the dialog says so.
  return input.view.columns.filter((id, index, columns) => known.has(id) && columns.indexOf(id) === index);
}

export function exportedRows(input: Pick<ExportInput, 'scope' | 'view'>, rows: readonly ComparisonRow[]): ComparisonRow[] {
  if (input.scope === 'all') return [...rows];
  const byId = new Map(rows.map((row) => [row.id, row]));
  return input.view.rowIds.flatMap((id) => byId.get(id) ?? []);
}

interface SheetContext {
  readonly sources: SourcesLayout;
  readonly workspace: Workspace;
  /** Column letter of each exported value column, by article id (or ANALYST_COLUMN). */
  readonly valueLetters: ReadonlyMap<string, string>;
}

function quoteNote(figure: Figure, articleName: string, articleTitle: string): string {
  return [
    `${articleName}: ${articleTitle}`,
    `“${figure.quote.text}”`,
    `As written: ${figure.asWritten.text} (characters ${figure.quote.start}–${figure.quote.end} of the article)`,
    `Period: ${figure.period.label ?? 'not stated'}${figure.basis.length ? ` · basis: ${figure.basis.join(', ')}` : ''}`,
  ].join('\n');
}

function valueCell(row: ComparisonRow, columnId: string, context: SheetContext): PlannedCell {
  const data = row.cells[columnId];
  const { displayScale } = cellUnitContext(row.source, columnId);
  const figure = data?.sourceFigure ?? null;
  const article = figure ? context.sources.articleById.get(figure.articleId) : undefined;
  const notes: string[] = [];
  if (data?.assumption) {
    const was = figure ? `the article’s value is ${formatValue(figure.value, data.unit)}` : 'no article gives this value';
    notes.push(`Your value: you typed “${data.assumption.input}” on ${data.assumption.setAt.slice(0, 10)}; ${was}.`);
  }
  const analystNote = context.workspace.notes[cellKey(row.id, columnId)]?.text;
  if (analystNote) notes.push(`Your note: ${analystNote}`);
  if (figure && article) notes.push(quoteNote(figure, context.sources.articleName.get(article.id) ?? article.id, article.title));
  const figureRow = figure ? context.sources.figureRow.get(figure.id) : undefined;
  return cell(data?.value ?? null, {
    numFmt: valueFormat(data?.unit ?? row.unit, displayScale),
    style: data?.assumption ? 'assumption' : 'figure',
    note: notes.length ? notes.join('\n\n') : undefined,
    link: figureRow === undefined ? undefined : `${SOURCES_SHEET}!A${figureRow}`,
  });
}

/**
 * An article's value in the baseline's currency, as a formula over the value cells: "E5" or
 * "E5*FX_CNY_USD" (or "/FX_USD_CNY" when the analyst gave the rate the other way round).
 * Null when a value column the delta needs is not in the sheet.
 */
function deltaOperands(row: ComparisonRow, otherId: string | null, conversion: ComparisonRow['conversion'], rowNumber: number, context: SheetContext): { base: string; other: string } | null {
  const baseLetter = context.valueLetters.get(row.baseArticleId);
  const otherLetter = otherId ? context.valueLetters.get(otherId) : undefined;
  if (!baseLetter || !otherLetter) return null;
  const rate = !conversion ? '' : conversion.isInverted ? `/${fxName(conversion.to, conversion.from)}` : `*${fxName(conversion.from, conversion.to)}`;
  return { base: `${baseLetter}${rowNumber}`, other: `${otherLetter}${rowNumber}${rate}` };
}

function deltaCell(row: ComparisonRow, comparison: Pick<ComparisonRow, 'delta' | 'conversion'> & { articleId: string | null }, rowNumber: number, context: SheetContext): PlannedCell {
  if (comparison.delta === null) return cell(null);
  const baseCell = row.cells[row.baseArticleId];
  const factor = deltaCellFactor(baseCell.unit);
  const numFmt = deltaFormat(baseCell.unit, cellUnitContext(row.source, row.baseArticleId).displayScale);
  const operands = deltaOperands(row, comparison.articleId, comparison.conversion, rowNumber, context);
  const expected = comparison.delta * factor;
  if (!operands) return cell(expected, { numFmt });
  const difference = `${operands.other}-${operands.base}`;
  return cell({ formula: factor === 1 ? difference : `(${difference})*${factor}`, expected }, { numFmt });
}

function deltaPercentCell(row: ComparisonRow, rowNumber: number, context: SheetContext): PlannedCell {
  if (row.deltaPercent === null) return cell(null);
  const operands = deltaOperands(row, row.otherArticleId, row.conversion, rowNumber, context);
  if (!operands) return cell(row.deltaPercent, { numFmt: PERCENT_CHANGE_FORMAT });
  return cell(
    { formula: `IF(${operands.base}=0,"",(${operands.other}-${operands.base})/ABS(${operands.base}))`, expected: row.deltaPercent },
    { numFmt: PERCENT_CHANGE_FORMAT },
  );
}

/** The latest value: the latest article, the baseline included, that gives the row one, as its cell shows it. */
function latestCell(row: ComparisonRow, context: SheetContext): PlannedCell {
  return row.latestArticleId === null ? cell(null) : valueCell(row, row.latestArticleId, context);
}

function statusDetail(row: ComparisonRow): string {
  return [...row.reasons.map((reason) => reason.message), ...(row.disagreement ? [row.disagreement] : []), ...row.caveats].join(' ');
}

function columnCell(columnId: string, row: ComparisonRow, rowNumber: number, context: SheetContext): PlannedCell {
  if (columnId.startsWith(VALUE_COLUMN_PREFIX)) return valueCell(row, columnId.slice(VALUE_COLUMN_PREFIX.length), context);
  if (columnId.startsWith(ARTICLE_DELTA_PREFIX)) {
    const versus = row.versus[columnId.slice(ARTICLE_DELTA_PREFIX.length)];
    return versus ? deltaCell(row, versus, rowNumber, context) : cell(null);
  }
  switch (columnId) {
    case LATEST_COLUMN:
      return latestCell(row, context);
    case 'entity':
      return cell(row.entityName);
    case 'segment':
      return cell(row.segment);
    case 'metric':
      return cell(row.source.isCustom ? `${row.metricLabel} (yours)` : row.metricLabel);
    case 'delta':
      return deltaCell(row, { delta: row.delta, conversion: row.conversion, articleId: row.otherArticleId }, rowNumber, context);
    case 'deltaPercent':
      return deltaPercentCell(row, rowNumber, context);
    case 'status':
      return cell(STATUS_LABELS[row.status]);
    default:
      return cell(null);
  }
}

export interface ComparisonSheetInput {
  readonly refs: readonly ArticleRef[];
  readonly baselineId: string | null;
  readonly rows: readonly ComparisonRow[];
  readonly columns: readonly string[];
  readonly sources: SourcesLayout;
  readonly workspace: Workspace;
}

/** The header of every column of the Comparison sheet, in order; import finds columns by these. */
export function comparisonHeaders(columns: readonly string[], refs: readonly ArticleRef[], baselineId: string | null = null): string[] {
  const headers = columns.map((id) => {
    if (id.startsWith(VALUE_COLUMN_PREFIX)) return valueColumnHeader(id.slice(VALUE_COLUMN_PREFIX.length), refs, baselineId ?? undefined);
    if (id.startsWith(ARTICLE_DELTA_PREFIX)) return articleDeltaHeader(id.slice(ARTICLE_DELTA_PREFIX.length), refs);
    return FIXED_HEADERS[id].header;
  });
  return [...headers, STATUS_DETAIL_HEADER, ROW_ID_HEADER];
}

export function comparisonSheet(input: ComparisonSheetInput): SheetPlan {
  const valueLetters = new Map<string, string>();
  input.columns.forEach((id, index) => {
    if (id.startsWith(VALUE_COLUMN_PREFIX)) valueLetters.set(id.slice(VALUE_COLUMN_PREFIX.length), columnLetter(index + 1));
  });
  const context: SheetContext = { sources: input.sources, workspace: input.workspace, valueLetters };
  const headers = comparisonHeaders(input.columns, input.refs, input.baselineId);
  const lastRow = input.rows.length + 1;
  const signed = input.columns.flatMap((id, index) => (id === 'delta' || id === 'deltaPercent' || id.startsWith(ARTICLE_DELTA_PREFIX) ? [columnLetter(index + 1)] : []));
  const identityCount = input.columns.findIndex((id) => !(IDENTITY_COLUMNS as readonly string[]).includes(id));
  return {
    name: COMPARISON_SHEET,
    columns: [
      ...input.columns.map((id) => ({ width: id.startsWith(VALUE_COLUMN_PREFIX) || id.startsWith(ARTICLE_DELTA_PREFIX) ? 20 : FIXED_HEADERS[id].width })),
      { width: 60 },
      { width: 28 },
    ],
    frozen: { rows: 1, columns: identityCount === -1 ? input.columns.length : identityCount },
    autoFilter: `A1:${columnLetter(headers.length)}${lastRow}`,
    signFormatting: input.rows.length > 0 ? signed.map((letter) => ({ range: `${letter}2:${letter}${lastRow}` })) : [],
    rowCount: lastRow,
    *rows(): Generator<PlannedRow> {
      yield headerRow(headers);
      let rowNumber = 2;
      for (const row of input.rows) {
        yield [
          ...input.columns.map((id) => columnCell(id, row, rowNumber, context)),
          cell(statusDetail(row) || null, { style: 'muted' }),
          cell(row.id, { style: 'muted' }),
        ];
        rowNumber++;
      }
    },
  };
}
