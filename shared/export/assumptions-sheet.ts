import { ANALYST_COLUMN, cellUnitContext, type ComparisonRow } from '../domain/comparison';
import type { Figure } from '../domain/dataset-schema';
import type { CurrencyCode } from '../domain/units';
import type { Scenario, Workspace } from '../workspace/workspace-schema';
import { cellKey } from '../workspace/workspace-schema';
import { RATE_FORMAT, valueFormat } from './number-formats';
import { cell, EMPTY_ROW, headerRow, type DefinedName, type PlannedRow, type SheetPlan } from './sheet-plan';

export const ASSUMPTIONS_SHEET = 'Assumptions';

/** The workbook name of the analyst's rate 1 `from` = x `to`, which conversion formulas use. */
export function fxName(from: CurrencyCode, to: CurrencyCode): string {
  return `FX_${from}_${to}`;
}

/** FX rates come first, so their rows (and names) are known before anything is written. */
const FIRST_RATE_ROW = 3;
const RATE_COLUMN = 'D';

export function fxDefinedNames(scenario: Scenario): DefinedName[] {
  return sortedRates(scenario).map((rate, index) => ({ name: fxName(rate.from, rate.to), ref: `${ASSUMPTIONS_SHEET}!$${RATE_COLUMN}$${FIRST_RATE_ROW + index}` }));
}

function sortedRates(scenario: Scenario) {
  return Object.values(scenario.fxRates).sort((a, b) => `${a.from}/${a.to}`.localeCompare(`${b.from}/${b.to}`));
}

export interface AssumptionsSheetInput {
  readonly workspace: Workspace;
  readonly scenario: Scenario;
  /** Every row of the scenario's comparison, not just the exported ones: every assumption is listed. */
  readonly rowsById: ReadonlyMap<string, ComparisonRow>;
  readonly columnHeader: (columnId: string) => string;
  readonly figuresById: ReadonlyMap<string, Figure>;
  readonly articleName: ReadonlyMap<string, string>;
}

function assumptionRows(input: AssumptionsSheetInput): PlannedRow[] {
  const rows: PlannedRow[] = [];
  for (const [rowId, byColumn] of Object.entries(input.scenario.assumptions)) {
    const row = input.rowsById.get(rowId);
    for (const [columnId, assumption] of Object.entries(byColumn)) {
      const data = row?.cells[columnId];
      const unit = data?.unit ?? row?.unit ?? null;
      const scale = row ? cellUnitContext(row.source, columnId).displayScale : 'one';
      const numFmt = unit ? valueFormat(unit, scale) : undefined;
      rows.push([
        cell(row?.entityName ?? null),
        cell(row?.segment ?? null),
        cell(row?.metricLabel ?? rowId),
        cell(columnId === ANALYST_COLUMN ? 'Your estimate' : input.columnHeader(columnId)),
        cell(data?.sourceFigure?.value ?? null, { numFmt }),
        cell(assumption.value, { numFmt, style: 'assumption' }),
        cell(assumption.input),
        cell(input.workspace.notes[cellKey(rowId, columnId)]?.text ?? null, { style: 'wrap' }),
        cell(assumption.setAt),
        cell(rowId, { style: 'muted' }),
      ]);
    }
  }
  return rows;
}

function periodRows(input: AssumptionsSheetInput): PlannedRow[] {
  return Object.entries(input.workspace.periodOverrides).map(([figureId, override]) => {
    const figure = input.figuresById.get(figureId);
    return [
      cell(figureId),
      cell(figure ? (input.articleName.get(figure.articleId) ?? figure.articleId) : null),
      cell(figure?.label ?? null),
      cell(figure?.period.label ?? 'not stated'),
      cell(override.label, { style: 'assumption' }),
      cell(override.setAt),
    ];
  });
}

/** Everything of the analyst's that shapes the comparison: FX rates (as named cells), values, corrected periods. */
export function assumptionsSheet(input: AssumptionsSheetInput): SheetPlan {
  const rates = sortedRates(input.scenario);
  const values = assumptionRows(input);
  const periods = periodRows(input);
  return {
    name: ASSUMPTIONS_SHEET,
    columns: [16, 14, 30, 26, 18, 18, 18, 40, 26, 28].map((width) => ({ width })),
    rowCount: 2 + rates.length + 3 + values.length + 3 + periods.length,
    *rows() {
      yield [cell(`Exchange rates · scenario “${input.scenario.name}” · the Comparison sheet’s conversions use these named cells`, { style: 'title' })];
      yield headerRow(['Name', 'From', 'To', 'Rate (1 From = Rate To)', 'As of', 'Source', 'Set at']);
      for (const rate of rates) {
        yield [
          cell(fxName(rate.from, rate.to)),
          cell(rate.from),
          cell(rate.to),
          cell(rate.rate, { numFmt: RATE_FORMAT, style: 'assumption' }),
          cell(rate.asOf),
          cell(rate.note),
          cell(rate.setAt),
        ];
      }
      yield EMPTY_ROW;
      yield [cell(`Your values · scenario “${input.scenario.name}”`, { style: 'title' })];
      yield headerRow(['Company', 'Segment', 'Metric', 'Column', 'Source value', 'Your value', 'You typed', 'Your note', 'Set at', 'Row ID']);
      yield* values;
      yield EMPTY_ROW;
      yield [cell('Periods you corrected', { style: 'title' })];
      yield headerRow(['Figure ID', 'Article', 'Figure', 'Period as written', 'Your period', 'Set at']);
      yield* periods;
    },
  };
}
