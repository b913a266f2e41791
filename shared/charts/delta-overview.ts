import type { ComparisonRow } from '../domain/comparison';
import { formatPercentChange } from '../domain/format';
import { rowChartTitle } from './row-chart';

/**
 * "Where do the sources disagree most": the rows in view with a Δ % against the baseline,
 * largest change first, disagreements and conflicts told apart, rows with the analyst's own
 * values marked. Rows without a Δ % (they do not compare) are counted, not drawn.
 */

export type DeltaTone = 'comparable' | 'disagreement' | 'conflict';

export interface DeltaBar {
  readonly rowId: string;
  readonly label: string;
  readonly deltaPercent: number;
  readonly formatted: string;
  readonly tone: DeltaTone;
  /** The row's delta uses a value the analyst typed. */
  readonly isOwn: boolean;
}

export interface DeltaOverview {
  readonly bars: readonly DeltaBar[];
  /** Rows in view with a Δ %, drawn or not. */
  readonly withDelta: number;
  /** Rows in view without one. */
  readonly withoutDelta: number;
  readonly disagreements: number;
}

/** A chart of more bars than this is unreadable on a laptop; the rest are counted. */
export const DELTA_OVERVIEW_LIMIT = 30;

function toneOf(row: ComparisonRow): DeltaTone {
  if (row.status === 'conflict' || Object.values(row.versus).some((entry) => entry.status === 'conflict')) return 'conflict';
  return row.status === 'disagreement' || row.disagreement !== null ? 'disagreement' : 'comparable';
}

const collator = new Intl.Collator('en');

/** Larger change first; ties by label, then id, so the order never depends on the grid's sort. */
function isBefore(a: ComparisonRow, b: ComparisonRow): boolean {
  const difference = Math.abs(b.deltaPercent ?? 0) - Math.abs(a.deltaPercent ?? 0);
  if (difference !== 0) return difference < 0;
  return (collator.compare(rowChartTitle(a), rowChartTitle(b)) || (a.id < b.id ? -1 : 1)) < 0;
}

/**
 * The overview of `rows` (the grid's rows in view, in any order). One pass that keeps only the
 * largest `limit`: at 100,000 figures the rows in view are tens of thousands, and sorting them
 * all on every edit would cost the edit its frame.
 */
export function buildDeltaOverview(rows: readonly ComparisonRow[], limit = DELTA_OVERVIEW_LIMIT): DeltaOverview {
  const top: ComparisonRow[] = [];
  let withDelta = 0;
  let disagreements = 0;
  for (const row of rows) {
    if (row.deltaPercent === null || !Number.isFinite(row.deltaPercent)) continue;
    withDelta++;
    if (toneOf(row) !== 'comparable') disagreements++;
    if (top.length === limit && !isBefore(row, top[limit - 1])) continue;
    let index = top.length;
    while (index > 0 && isBefore(row, top[index - 1])) index--;
    top.splice(index, 0, row);
    if (top.length > limit) top.pop();
  }
  const bars = top.map((row): DeltaBar => ({
    rowId: row.id,
    label: rowChartTitle(row),
    deltaPercent: row.deltaPercent ?? 0,
    formatted: formatPercentChange(row.deltaPercent ?? 0),
    tone: toneOf(row),
    isOwn: row.hasAssumption,
  }));
  return { bars, withDelta, withoutDelta: rows.length - withDelta, disagreements };
}
