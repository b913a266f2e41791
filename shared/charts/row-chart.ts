import type { ArticleRef } from '../domain/article-refs';
import { findConversion, type ComparisonContext, type Conversion } from '../domain/comparability';
import { ANALYST_COLUMN, type ComparisonRow } from '../domain/comparison';
import { formatRate, formatValue } from '../domain/format';
import { STATUS_LABELS } from '../domain/status-labels';
import { isSameUnit, type Unit } from '../domain/units';

/**
 * The selected row as a chart: each article's value in article order, the baseline marked,
 * and the analyst's estimates beside them, all in the baseline's unit. Built from the same
 * comparison row the grid draws, so the chart can never say something the grid does not.
 */

export type RowChartRole = 'baseline' | 'article' | 'estimate' | 'compared-estimate';

export interface RowChartPoint {
  /** The article id, or the estimate's scenario id. */
  readonly id: string;
  /** "article 1 (Nov 2024, inferred)", "Your estimate · Base". */
  readonly label: string;
  readonly role: RowChartRole;
  /** In the chart's unit (the baseline's), converted when the source was in another currency. */
  readonly value: number;
  readonly formatted: string;
  /** How the value was put into the chart's currency; null when it needed no conversion. */
  readonly conversion: Conversion | null;
  /** A value the analyst typed rather than an article's figure. */
  readonly isOwn: boolean;
}

export type RowChart =
  | {
      readonly kind: 'chart';
      readonly title: string;
      readonly unit: Unit;
      readonly points: readonly RowChartPoint[];
      /** Each conversion used, in words: "1 CNY = 0.138 USD, your rate as of 2025-05-26". */
      readonly conversions: readonly string[];
      /** Articles with a value that cannot share the axis, and why. */
      readonly leftOut: readonly { readonly label: string; readonly reason: string }[];
    }
  | { readonly kind: 'no-chart'; readonly title: string; readonly reason: string };

export interface RowChartInput {
  readonly row: ComparisonRow;
  readonly refs: readonly ArticleRef[];
  readonly fxRates: ComparisonContext['fxRates'];
  readonly activeScenarioName: string;
  /** The scenario shown beside the active one, with this row in it; null when none is. */
  readonly compared: { readonly id: string; readonly name: string; readonly row: ComparisonRow } | null;
}

/** Statuses whose values honestly share one axis with the baseline's. */
const DRAWABLE = new Set(['comparable', 'disagreement']);

export function rowChartTitle(row: Pick<ComparisonRow, 'entityName' | 'segment' | 'metricLabel'>): string {
  return `${row.entityName}${row.segment ? ` · ${row.segment}` : ''} · ${row.metricLabel}`;
}

function describeConversion(conversion: Conversion): string {
  return `1 ${conversion.from} = ${formatRate(conversion.rate)} ${conversion.to}, your rate as of ${conversion.asOf}${conversion.isInverted ? ' (used inverted)' : ''}`;
}

/** An estimate in the chart's unit, or why it cannot be drawn on it. */
function estimatePoint(
  value: number | null,
  unit: Unit,
  chartUnit: Unit,
  fxRates: ComparisonContext['fxRates'],
): { value: number; conversion: Conversion | null } | { reason: string } | null {
  if (value === null) return null;
  if (isSameUnit(unit, chartUnit)) return { value, conversion: null };
  if (unit.kind === 'currency' && chartUnit.kind === 'currency') {
    const conversion = findConversion(fxRates, unit.currency, chartUnit.currency);
    if (conversion) return { value: value * conversion.rate, conversion };
    return { reason: `in ${unit.currency}, and no ${unit.currency}/${chartUnit.currency} rate is set (FX rates…)` };
  }
  return { reason: `in ${unit.kind}, not ${chartUnit.kind}` };
}

export function buildRowChart({ row, refs, fxRates, activeScenarioName, compared }: RowChartInput): RowChart {
  const title = rowChartTitle(row);
  const base = row.cells[row.baseArticleId];
  const baseRef = refs.find((ref) => ref.id === row.baseArticleId);
  if (!base || !baseRef) return { kind: 'no-chart', title, reason: 'The baseline article is not loaded.' };
  if (!DRAWABLE.has(row.status) || base.value === null) {
    const why = row.reasons[0]?.message ?? row.disagreement ?? 'The values do not compare.';
    return { kind: 'no-chart', title, reason: `${STATUS_LABELS[row.status]}: ${why} A chart would put them on one axis as if they did.` };
  }
  const unit = base.unit;
  const points: RowChartPoint[] = [];
  const leftOut: { label: string; reason: string }[] = [];
  const conversions = new Set<string>();
  for (const ref of refs) {
    const cell = row.cells[ref.id];
    if (!cell || cell.value === null) continue;
    if (ref.id === row.baseArticleId) {
      points.push({ id: ref.id, label: ref.name, role: 'baseline', value: cell.value, formatted: formatValue(cell.value, unit), conversion: null, isOwn: cell.assumption !== null });
      continue;
    }
    const versus = row.versus[ref.id];
    if (!versus || !DRAWABLE.has(versus.status)) {
      leftOut.push({ label: ref.name, reason: versus?.reasons[0]?.message ?? STATUS_LABELS[versus?.status ?? 'no-values'] });
      continue;
    }
    const value = versus.convertedValue ?? cell.value;
    if (versus.conversion) conversions.add(describeConversion(versus.conversion));
    points.push({ id: ref.id, label: ref.name, role: 'article', value, formatted: formatValue(value, unit), conversion: versus.conversion, isOwn: cell.assumption !== null });
  }
  const estimates: { id: string; label: string; role: RowChartRole; value: number | null; unit: Unit; isOwn: boolean }[] = [];
  const analyst = row.cells[ANALYST_COLUMN];
  if (compared) {
    // Two scenarios side by side: each one's estimate (the analyst's value, else the latest article's).
    estimates.push({ id: 'active', label: `Estimate · ${activeScenarioName}`, role: 'estimate', value: row.estimate, unit: row.estimateUnit, isOwn: analyst?.value != null });
    const other = compared.row;
    estimates.push({ id: compared.id, label: `Estimate · ${compared.name}`, role: 'compared-estimate', value: other.estimate, unit: other.estimateUnit, isOwn: other.cells[ANALYST_COLUMN]?.value != null });
  } else if (analyst && analyst.value !== null) {
    estimates.push({ id: 'active', label: `Your estimate · ${activeScenarioName}`, role: 'estimate', value: analyst.value, unit: analyst.unit, isOwn: true });
  }
  for (const estimate of estimates) {
    const placed = estimatePoint(estimate.value, estimate.unit, unit, fxRates);
    if (placed === null) continue;
    if ('reason' in placed) {
      leftOut.push({ label: estimate.label, reason: `Your value is ${placed.reason}.` });
      continue;
    }
    if (placed.conversion) conversions.add(describeConversion(placed.conversion));
    points.push({ id: estimate.id, label: estimate.label, role: estimate.role, value: placed.value, formatted: formatValue(placed.value, unit), conversion: placed.conversion, isOwn: estimate.isOwn });
  }
  return { kind: 'chart', title, unit, points, conversions: [...conversions], leftOut };
}
