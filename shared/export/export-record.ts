import type { ComparisonRow } from '../domain/comparison';
import { cell, type PlannedRow, type SheetPlan } from './sheet-plan';

/**
 * A hidden sheet that records what was exported: which scenario, which value column has
 * which header, and each exported value. Import compares the analyst's cells with these,
 * so only what was changed in Excel becomes an assumption, whatever changed in the app since.
 */
export const RECORD_SHEET = '_crosscheck';
export const RECORD_MARK = 'crosscheck-export';
export const RECORD_FORMAT = 1;

/** Where things sit in the record sheet (1-based rows). */
export const RECORD_ROWS = { mark: 1, scenario: 2, exportedAt: 3, workspace: 4, columnIds: 5, headers: 6, firstValueRow: 8 } as const;

export interface RecordSheetInput {
  readonly scenarioId: string;
  readonly scenarioName: string;
  readonly exportedAt: string;
  readonly workspaceName: string | null;
  /** Article ids (or ANALYST_COLUMN) of the exported value columns, with their headers. */
  readonly valueColumns: readonly { readonly id: string; readonly header: string }[];
  readonly rows: readonly ComparisonRow[];
}

export function recordSheet(input: RecordSheetInput): SheetPlan {
  return {
    name: RECORD_SHEET,
    hidden: true,
    columns: [{ width: 30 }],
    rowCount: RECORD_ROWS.firstValueRow - 1 + input.rows.length,
    *rows(): Generator<PlannedRow> {
      yield [cell(RECORD_MARK), cell(RECORD_FORMAT)];
      yield [cell('scenario'), cell(input.scenarioId), cell(input.scenarioName)];
      yield [cell('exported at'), cell(input.exportedAt)];
      yield [cell('workspace'), cell(input.workspaceName)];
      yield [cell('value columns'), ...input.valueColumns.map((column) => cell(column.id))];
      yield [cell('headers'), ...input.valueColumns.map((column) => cell(column.header))];
      yield [cell('row id'), cell('exported values, in the order above')];
      for (const row of input.rows) yield [cell(row.id), ...input.valueColumns.map((column) => cell(row.cells[column.id]?.value ?? null))];
    },
  };
}
