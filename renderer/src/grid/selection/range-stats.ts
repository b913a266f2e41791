import { formatPercentChange, formatDelta, formatValue } from '@shared/domain/format';
import { isSameUnit, type Unit } from '@shared/domain/units';
import type { CellContent } from '../cell-content';

/**
 * Excel's status bar over the selected cells: Count (cells with anything), Numeric count, and
 * Sum, Average, Min and Max of the numbers, in the unit they share. Numbers of different units
 * (USD and CNY, a value and a percentage change) are never added: the figures then say why.
 */
export interface RangeStats {
  readonly count: number;
  readonly numericCount: number;
  /** Formatted in the shared unit; null when there are no numbers or their units differ. */
  readonly sum: string | null;
  readonly average: string | null;
  readonly min: string | null;
  readonly max: string | null;
  /** Why Sum and the rest are not shown although there are numbers. */
  readonly mixedUnits: boolean;
}

type NumberContent = Extract<CellContent, { kind: 'number' }>;

function sameKind(a: NumberContent, b: NumberContent): boolean {
  return a.role === b.role && isSameUnit(a.unit, b.unit);
}

function formatAs(value: number, unit: Unit, role: NumberContent['role']): string {
  if (role === 'change') return formatPercentChange(value);
  return role === 'delta' ? formatDelta(value, unit) : formatValue(value, unit);
}

export function rangeStats(cells: Iterable<CellContent>): RangeStats {
  let count = 0;
  let numericCount = 0;
  let first: NumberContent | null = null;
  let mixedUnits = false;
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const cell of cells) {
    if (cell.kind === 'empty') continue;
    count++;
    if (cell.kind !== 'number') continue;
    numericCount++;
    if (!first) first = cell;
    else if (!sameKind(first, cell)) mixedUnits = true;
    sum += cell.value;
    min = Math.min(min, cell.value);
    max = Math.max(max, cell.value);
  }
  if (!first || mixedUnits) return { count, numericCount, sum: null, average: null, min: null, max: null, mixedUnits };
  const show = (value: number) => formatAs(Number(value.toPrecision(12)), first.unit, first.role);
  return { count, numericCount, sum: show(sum), average: show(sum / numericCount), min: show(min), max: show(max), mixedUnits: false };
}
