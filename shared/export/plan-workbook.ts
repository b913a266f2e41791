import { buildComparison } from '../domain/build-comparison';
import { scenarioById } from '../workspace/operations';
import { assumptionsSheet, fxDefinedNames } from './assumptions-sheet';
import { chartsSheet } from './charts-sheet';
import { comparisonHeaders, comparisonSheet, exportedColumns, exportedRows, valueColumnHeader } from './comparison-sheet';
import { VALUE_COLUMN_PREFIX, type ExportInput } from './export-input';
import { recordSheet } from './export-record';
import type { WorkbookPlan } from './sheet-plan';
import { layoutSources, sourcesSheet } from './sources-sheet';

/** The whole workbook for an export: Comparison, Charts (if any), Sources, Assumptions, and the hidden record import reads. */
export function planWorkbook(input: ExportInput): WorkbookPlan & { readonly rowCount: number; readonly exportedRowCount: number } {
  const scenario = scenarioById(input.workspace, input.workspace.activeScenarioId) ?? input.workspace.scenarios[0];
  const comparison = buildComparison(input, input.workspace, scenario);
  const baselineId = comparison.baseline?.id ?? null;
  const columns = comparison.baseline ? exportedColumns(input, { refs: comparison.refs, baseline: comparison.baseline }) : [];
  const rows = exportedRows(input, comparison.rows);
  // Sources lists the imported articles and their accepted figures too: every value links to its quote.
  const sources = layoutSources(comparison.dataset.articles, comparison.dataset.figures);
  const headers = comparisonHeaders(columns, comparison.refs, baselineId);
  const valueColumns = columns.flatMap((id, index) => (id.startsWith(VALUE_COLUMN_PREFIX) ? [{ id: id.slice(VALUE_COLUMN_PREFIX.length), header: headers[index] }] : []));
  const charts = chartsSheet({ charts: input.charts ?? [], unavailable: input.chartsUnavailable });
  const sheets = [
    comparisonSheet({ refs: comparison.refs, baselineId, rows, columns, sources, workspace: input.workspace }),
    ...(charts ? [charts] : []),
    sourcesSheet(sources),
    assumptionsSheet({
      workspace: input.workspace,
      scenario,
      rowsById: new Map(comparison.rows.map((row) => [row.id, row])),
      columnHeader: (columnId) => valueColumnHeader(columnId, comparison.refs, baselineId ?? undefined),
      figuresById: new Map(comparison.dataset.figures.map((figure) => [figure.id, figure])),
      articleName: sources.articleName,
    }),
    recordSheet({ scenarioId: scenario.id, scenarioName: scenario.name, exportedAt: input.exportedAt, workspaceName: input.workspaceName, valueColumns, rows }),
  ];
  return {
    sheets,
    definedNames: fxDefinedNames(scenario),
    rowCount: sheets.reduce((sum, sheet) => sum + sheet.rowCount, 0),
    exportedRowCount: rows.length,
  };
}
