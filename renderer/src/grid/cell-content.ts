import { ANALYST_COLUMN, type ComparisonRow } from '@shared/domain/comparison';
import { ARTICLE_DELTA_PREFIX, LATEST_COLUMN, VALUE_COLUMN_PREFIX } from '@shared/domain/comparison-columns';
import { STATUS_LABELS } from '@shared/domain/status-labels';
import type { Unit } from '@shared/domain/units';

/**
 * What a grid cell holds, for copy, the status bar and Ctrl+arrow: a number with its unit and
 * what kind of number it is, a text, or nothing. Read from the row the grid draws, so a copy
 * gives what is on screen.
 */
export type CellContent =
  | { readonly kind: 'empty' }
  | { readonly kind: 'text'; readonly text: string }
  | {
      readonly kind: 'number';
      readonly value: number;
      readonly unit: Unit;
      /** A value; a difference of two values (a percentage's difference is in points); a relative change. */
      readonly role: 'value' | 'delta' | 'change';
    };

const EMPTY: CellContent = { kind: 'empty' };
const PERCENT: Unit = { kind: 'percent' };

function numberOrEmpty(value: number | null | undefined, unit: Unit | undefined, role: 'value' | 'delta' | 'change'): CellContent {
  return value === null || value === undefined || !unit ? EMPTY : { kind: 'number', value, unit, role };
}

function text(value: string | null | undefined): CellContent {
  return value ? { kind: 'text', text: value } : EMPTY;
}

/** The estimate columns of a scenario comparison are the grid's alone; they read from the other scenario. */
export type OtherScenarioRow = (rowId: string) => ComparisonRow | undefined;

export function cellContent(row: ComparisonRow, colId: string, otherScenario?: OtherScenarioRow): CellContent {
  const baseUnit = row.cells[row.baseArticleId]?.unit;
  if (colId.startsWith(VALUE_COLUMN_PREFIX)) {
    const cell = row.cells[colId.slice(VALUE_COLUMN_PREFIX.length)];
    return numberOrEmpty(cell?.value, cell?.unit, 'value');
  }
  if (colId.startsWith(ARTICLE_DELTA_PREFIX)) return numberOrEmpty(row.versus[colId.slice(ARTICLE_DELTA_PREFIX.length)]?.delta, baseUnit, 'delta');
  switch (colId) {
    case 'entity':
      return text(row.entityName);
    case 'segment':
      return text(row.segment);
    case 'metric':
      return text(`${row.metricLabel}${row.source.isCustom ? ' (yours)' : ''}`);
    case 'status':
      return text(STATUS_LABELS[row.status]);
    case LATEST_COLUMN:
      return row.latestArticleId ? numberOrEmpty(row.cells[row.latestArticleId]?.value, row.cells[row.latestArticleId]?.unit, 'value') : EMPTY;
    case 'delta':
      return numberOrEmpty(row.delta, baseUnit, 'delta');
    case 'deltaPercent':
      return numberOrEmpty(row.deltaPercent, PERCENT, 'change');
    case 'estimate-active':
      return numberOrEmpty(row.estimate, row.estimateUnit, 'value');
    case 'estimate-other': {
      const other = otherScenario?.(row.id);
      return numberOrEmpty(other?.estimate, other?.estimateUnit, 'value');
    }
    default:
      return EMPTY;
  }
}

/** The column of the analyst's own estimate, as the grid names it. */
export const ANALYST_VALUE_COLUMN = `${VALUE_COLUMN_PREFIX}${ANALYST_COLUMN}`;
