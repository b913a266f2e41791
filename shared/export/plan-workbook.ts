import { buildComparison } from '../domain/build-comparison';
import { scenarioById } from '../workspace/operations';
import { assumptionsSheet, fxDefinedNames } from './assumptions-sheet';
import { comparisonHeaders, comparisonSheet, exportedColumns, exportedRows, valueColumnHeader } from './comparison-sheet';
import { VALUE_COLUMN_PREFIX, type ExportInput } from './export-input';
import { recordSheet } from './export-record';
import type { WorkbookPlan } from './sheet-plan';
import { layoutSources, sourcesSheet } from './sources-sheet';

/** The whole workbook for an export: Comparison, Sources, Assumptions, and the hidden record import reads. */
export function planWorkbook(input: ExportInput): WorkbookPlan & { readonly rowCount: number; readonly exportedRowCount: number } {
  const scenario = scenarioById(input.workspace, input.workspace.activeScenarioId) ?? input.workspace.scenarios[0];
  const comparison = buildComparison(input, input.workspace, scenario);
  const columns = exportedColumns(input, comparison.refs);
  const rows = exportedRows(input, comparison.rows);
  const sources = layoutSources(input.articles, input.figures);
  const headers = comparisonHeaders(columns, comparison.refs);
  const valueColumns = columns.flatMap((id, index) => (id.startsWith(VALUE_COLUMN_PREFIX) ? [{ id: id.slice(VALUE_COLUMN_PREFIX.length), header: headers[index] }] : []));
  const sheets = [
    comparisonSheet({ refs: comparison.refs, rows, columns, sources, workspace: input.workspace }),
    sourcesSheet(sources),
    assumptionsSheet({
      workspace: input.workspace,
      scenario,
      rowsById: new Map(comparison.rows.map((row) => [row.id, row])),
      columnHeader: (columnId) => valueColumnHeader(columnId, comparison.refs),
      figuresById: new Map(input.figures.map((figure) => [figure.id, figure])),
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
