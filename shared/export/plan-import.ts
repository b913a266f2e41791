import { cellUnitContext, type ComparisonRow, type RowSource } from '../domain/comparison';
import { formatValue } from '../domain/format';
import { parseCellInput } from '../domain/parse-input';
import type { CurrencyCode, Unit } from '../domain/units';
import type { ReadCell, ReadWorkbook } from './export-contract';
import { COMPARISON_SHEET } from './comparison-sheet';

/**
 * What importing an edited workbook would change, decided in the window against its own
 * state: a cell counts as changed when the analyst changed it in Excel (it differs from what
 * was exported), and becomes a change only where it differs from the grid now.
 */
export interface ImportChange {
  readonly rowId: string;
  readonly columnId: string;
  /** "Alibaba · Cash", "Your estimate": what the preview shows. */
  readonly rowLabel: string;
  readonly columnLabel: string;
  /** Where in the workbook: "Comparison!E7". */
  readonly cell: string;
  readonly current: number | null;
  /** Null: the analyst emptied a cell holding their own value, which removes it. */
  readonly next: number | null;
  readonly unit: Unit;
  /** What the assumption records as typed: the cell's text, or the number as the app shows it. */
  readonly input: string;
  readonly currency?: CurrencyCode;
}

export interface ImportProblem {
  readonly cell: string | null;
  readonly message: string;
}

export interface ImportPlan {
  readonly fileName: string;
  readonly scenarioName: string;
  readonly exportedAt: string;
  readonly changes: readonly ImportChange[];
  readonly problems: readonly ImportProblem[];
  /** Cells read that match the grid already. */
  readonly unchanged: number;
  /** Set when the workbook came from another scenario than the one the changes go into. */
  readonly scenarioNote: string | null;
}

export interface ImportTarget {
  readonly rowSources: ReadonlyMap<string, RowSource>;
  readonly rows: ReadonlyMap<string, ComparisonRow>;
  readonly scenario: { readonly id: string; readonly name: string };
}

function isSameNumber(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

type CellReading = { kind: 'value'; value: number; input: string | null; currency?: CurrencyCode } | { kind: 'empty' } | { kind: 'problem'; message: string };

function readValue(cell: ReadCell, source: RowSource, columnId: string): CellReading {
  switch (cell.kind) {
    case 'empty':
      return { kind: 'empty' };
    case 'number':
      return { kind: 'value', value: cell.value, input: null };
    case 'unreadable':
      return { kind: 'problem', message: `holds ${cell.reason}.` };
    case 'text': {
      // Text typed over a number ("85B", "CNY 10.4B") is read as the grid reads it, in the cell's unit.
      const parsed = parseCellInput(cell.text, cellUnitContext(source, columnId));
      if (!parsed.ok) return { kind: 'problem', message: `“${cell.text}” cannot be read: ${parsed.message}` };
      return { kind: 'value', value: parsed.value, input: cell.text.trim(), ...(parsed.currency ? { currency: parsed.currency } : {}) };
    }
  }
}

export function planImport(workbook: ReadWorkbook, target: ImportTarget): ImportPlan {
  const changes: ImportChange[] = [];
  const problems: ImportProblem[] = [...workbook.problems];
  let unchanged = 0;
  for (const read of workbook.rows) {
    const rowId = read.rowId;
    if (rowId === null) continue;
    const source = target.rowSources.get(rowId);
    const row = target.rows.get(rowId);
    const exported = workbook.exported[rowId];
    if (!source || !row) {
      if (read.cells.some((cell) => cell && cell.kind !== 'empty')) problems.push({ cell: `${COMPARISON_SHEET}!${read.rowNumber}`, message: `Row ${read.rowNumber} (“${rowId}”) is not in the comparison any more: it was not read.` });
      continue;
    }
    if (!exported) {
      problems.push({ cell: `${COMPARISON_SHEET}!${read.rowNumber}`, message: `Row ${read.rowNumber} (“${rowId}”) was not in the export, so Crosscheck cannot tell what changed in it: it was not read.` });
      continue;
    }
    read.cells.forEach((cell, index) => {
      const column = workbook.valueColumns[index];
      if (!cell || !column?.letter) return;
      const address = `${COMPARISON_SHEET}!${column.letter}${read.rowNumber}`;
      const appCell = row.cells[column.id];
      if (!appCell) {
        if (cell.kind !== 'empty') problems.push({ cell: address, message: `The column “${column.header}” is not in the comparison any more: ${address} was not read.` });
        return;
      }
      const reading = readValue(cell, source, column.id);
      if (reading.kind === 'problem') {
        problems.push({ cell: address, message: `${address} ${reading.message}` });
        return;
      }
      const wasExported = exported[index] ?? null;
      const inFile = reading.kind === 'value' ? reading.value : null;
      if (isSameNumber(inFile, wasExported)) {
        unchanged++;
        return;
      }
      const base = { rowId, columnId: column.id, rowLabel: [row.entityName, row.segment, row.metricLabel].filter(Boolean).join(' · '), columnLabel: column.header, cell: address, current: appCell.value, unit: appCell.unit };
      if (reading.kind === 'empty') {
        if (!appCell.assumption) {
          problems.push({ cell: address, message: `${address} was emptied, but it holds an article’s figure, which import does not remove: it was left as it is.` });
          return;
        }
        changes.push({ ...base, next: null, input: '' });
        return;
      }
      if (isSameNumber(reading.value, appCell.value)) {
        unchanged++;
        return;
      }
      const unit: Unit = reading.currency ? { kind: 'currency', currency: reading.currency } : appCell.unit;
      changes.push({ ...base, next: reading.value, unit, input: reading.input ?? formatValue(reading.value, unit), ...(reading.currency ? { currency: reading.currency } : {}) });
    });
  }
  return {
    fileName: workbook.fileName,
    scenarioName: workbook.scenarioName,
    exportedAt: workbook.exportedAt,
    changes,
    problems,
    unchanged,
    scenarioNote:
      workbook.scenarioId && workbook.scenarioId !== target.scenario.id
        ? `This workbook was exported from the scenario “${workbook.scenarioName}”; its changes go into the active scenario, “${target.scenario.name}”.`
        : null,
  };
}
