import type { ArticleRef } from '../domain/article-refs';
import { findConversion, type ComparisonContext } from '../domain/comparability';
import { effectivePeriodLabel, figurePeriod } from '../domain/figure-period';
import type { Cell, ComparisonRow } from '../domain/comparison';
import { formatRate, formatValue } from '../domain/format';
import { describeUnit, type CurrencyCode, type Unit } from '../domain/units';

/**
 * One metric across companies: every row with that metric (a company, or a company's
 * segment), each article's value side by side. Only values that share a unit, a period basis
 * and a currency (or have the analyst's rate to one) go on the axis; the rest are listed
 * with the reason, never drawn as if they compared.
 */

export interface MetricValue {
  readonly value: number;
  readonly formatted: string;
  /** The figure's period as the article states it, for the tooltip. */
  readonly period: string;
  readonly isOwn: boolean;
  readonly isConverted: boolean;
}

export interface MetricCategory {
  readonly rowId: string;
  /** "Alibaba", "Alibaba · Cloud Intelligence Group". */
  readonly label: string;
  /** By article id. */
  readonly values: Readonly<Record<string, MetricValue>>;
}

export type MetricChart =
  | {
      readonly kind: 'chart';
      readonly metric: string;
      readonly metricLabel: string;
      readonly unit: Unit;
      /** "forward", "a stated period", "no stated period". */
      readonly periodBasis: string;
      /** The articles with a value on the axis, in article order. */
      readonly series: readonly ArticleRef[];
      readonly categories: readonly MetricCategory[];
      readonly conversions: readonly string[];
      readonly leftOut: readonly { readonly label: string; readonly reason: string }[];
    }
  | { readonly kind: 'no-chart'; readonly metric: string; readonly metricLabel: string; readonly reason: string };

export interface MetricOption {
  readonly metric: string;
  readonly label: string;
  /** Rows (companies or segments) with at least one value. */
  readonly rowCount: number;
}

/** Every metric with a value somewhere, by label; the chart's picker. */
export function metricOptions(rows: readonly ComparisonRow[], refs: readonly ArticleRef[]): MetricOption[] {
  const byMetric = new Map<string, { label: string; rowCount: number }>();
  for (const row of rows) {
    if (!refs.some((ref) => row.cells[ref.id]?.value != null)) continue;
    const entry = byMetric.get(row.metric) ?? { label: row.metricLabel, rowCount: 0 };
    entry.rowCount++;
    byMetric.set(row.metric, entry);
  }
  const collator = new Intl.Collator('en');
  return [...byMetric].map(([metric, entry]) => ({ metric, ...entry })).sort((a, b) => collator.compare(a.label, b.label));
}

/** The metric the chart opens on: the one most companies report, so it says the most. */
export function defaultMetric(options: readonly MetricOption[]): string | null {
  let best: MetricOption | null = null;
  for (const option of options) if (!best || option.rowCount > best.rowCount) best = option;
  return best?.metric ?? null;
}

const PERIOD_BASIS: Record<string, string> = {
  forward: 'forward',
  trailing: 'trailing',
  range: 'a stated period',
  target: 'a target year',
  span: 'a span of years',
  unknown: 'a period read as unknown',
};

/** What kind of period a value is for, read from its label alone: a forward P/E stays forward, not the dates it covers. */
function periodBasisOf(cell: Cell, context: ComparisonContext): string {
  const figure = cell.sourceFigure;
  if (cell.assumption || !figure) return 'your value';
  const override = context.periodOverrides[figure.id];
  if (effectivePeriodLabel(figure, override) === null) return 'no stated period';
  const kind = figurePeriod(figure, null, override).kind;
  return PERIOD_BASIS[kind] ?? kind;
}

function basisOf(cell: Cell): string {
  return cell.assumption || !cell.sourceFigure ? '' : [...cell.sourceFigure.basis].sort().join('+');
}

interface Candidate {
  readonly row: ComparisonRow;
  readonly ref: ArticleRef;
  readonly cell: Cell & { readonly value: number };
  readonly periodBasis: string;
  readonly basis: string;
}

/** The most frequent key, ties to the first met: the axis most values can share. */
function mostCommon<T>(items: readonly T[], keyOf: (item: T) => string): string | null {
  const counts = new Map<string, number>();
  let best: string | null = null;
  for (const item of items) {
    const key = keyOf(item);
    const count = (counts.get(key) ?? 0) + 1;
    counts.set(key, count);
    if (best === null || count > (counts.get(best) ?? 0)) best = key;
  }
  return best;
}

export function buildMetricChart(rows: readonly ComparisonRow[], metric: string, refs: readonly ArticleRef[], context: ComparisonContext): MetricChart {
  const metricRows = rows.filter((row) => row.metric === metric);
  const metricLabel = metricRows[0]?.metricLabel ?? metric;
  const candidates: Candidate[] = [];
  for (const row of metricRows) {
    for (const ref of refs) {
      const cell = row.cells[ref.id];
      if (!cell || cell.value === null) continue;
      candidates.push({ row, ref, cell: cell as Candidate['cell'], periodBasis: periodBasisOf(cell, context), basis: basisOf(cell) });
    }
  }
  if (candidates.length === 0) return { kind: 'no-chart', metric, metricLabel, reason: `No article gives a value for ${metricLabel}.` };

  const unitKind = mostCommon(candidates, (candidate) => candidate.cell.unit.kind);
  const currencies = candidates.flatMap((candidate) => (candidate.cell.unit.kind === 'currency' ? [candidate.cell.unit.currency] : []));
  const currency = (mostCommon(currencies, (code) => code) ?? 'USD') as CurrencyCode;
  const unit: Unit = unitKind === 'currency' ? { kind: 'currency', currency } : ({ kind: unitKind } as Unit);
  // Periods and bases are compared among values in the axis's unit kind only.
  const sameKind = candidates.filter((candidate) => candidate.cell.unit.kind === unit.kind);
  const periodBasis = mostCommon(sameKind, (candidate) => candidate.periodBasis) ?? 'no stated period';
  const basis = mostCommon(
    sameKind.filter((candidate) => candidate.periodBasis === periodBasis),
    (candidate) => candidate.basis,
  ) ?? '';

  const categories = new Map<string, { rowId: string; label: string; values: Record<string, MetricValue> }>();
  const leftOut: { label: string; reason: string }[] = [];
  const conversions = new Set<string>();
  const seriesIds = new Set<string>();
  for (const { row, ref, cell, periodBasis: itsBasis, basis: itsFigureBasis } of candidates) {
    const label = `${row.entityName}${row.segment ? ` · ${row.segment}` : ''}`;
    let value = cell.value;
    let isConverted = false;
    let reason: string | null = null;
    if (cell.unit.kind !== unit.kind) {
      reason = `in ${describeUnit(cell.unit)}, not ${describeUnit(unit)}`;
    } else if (cell.unit.kind === 'currency' && unit.kind === 'currency' && cell.unit.currency !== unit.currency) {
      const conversion = findConversion(context.fxRates, cell.unit.currency, unit.currency);
      if (conversion) {
        value *= conversion.rate;
        isConverted = true;
        conversions.add(`1 ${conversion.from} = ${formatRate(conversion.rate)} ${conversion.to}, your rate as of ${conversion.asOf}`);
      } else {
        reason = `in ${cell.unit.currency}, and no ${cell.unit.currency}/${unit.currency} rate is set (FX rates…)`;
      }
    }
    if (!reason && itsBasis !== periodBasis) reason = `${itsBasis}, not ${periodBasis}`;
    if (!reason && itsFigureBasis !== basis && itsFigureBasis !== '' && basis !== '') reason = `on a ${itsFigureBasis} basis, not ${basis}`;
    if (reason) {
      leftOut.push({ label: `${label}, ${ref.name}`, reason: `${formatValue(cell.value, cell.unit)}: ${reason}.` });
      continue;
    }
    const category = categories.get(row.id) ?? { rowId: row.id, label, values: {} };
    category.values[ref.id] = {
      value,
      formatted: formatValue(value, unit),
      period: cell.assumption ? 'your value' : (cell.sourceFigure?.period.label ?? 'not stated'),
      isOwn: cell.assumption !== null,
      isConverted,
    };
    categories.set(row.id, category);
    seriesIds.add(ref.id);
  }
  if (categories.size === 0) return { kind: 'no-chart', metric, metricLabel, reason: `No two values of ${metricLabel} share a unit, period basis and currency.` };
  return {
    kind: 'chart',
    metric,
    metricLabel,
    unit,
    periodBasis,
    series: refs.filter((ref) => seriesIds.has(ref.id)),
    categories: [...categories.values()],
    conversions: [...conversions],
    leftOut,
  };
}
