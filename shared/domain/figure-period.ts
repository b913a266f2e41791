import type { Figure } from './dataset-schema';
import { knownEntity } from './figures';
import { formatDateRange, resolvePeriod, type ResolvedPeriod } from './periods';

function monthStart(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}-01`;
}

function monthEnd(year: number, month: number): string {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}

/** Year and month `months` after (or before) the given one. */
function shift(year: number, month: number, months: number): [number, number] {
  const index = year * 12 + (month - 1) + months;
  return [Math.floor(index / 12), (index % 12) + 1];
}

/**
 * Forward, trailing and target periods are relative to when the figure was written. Given the
 * article's month, they become date ranges too, so a forward multiple from November 2024 is
 * not taken for the same period as one from May 2025.
 */
function anchorToArticle(period: ResolvedPeriod, articleDate: string | null): ResolvedPeriod {
  const match = articleDate ? /^(\d{4})-(\d{2})/.exec(articleDate) : null;
  if (!match || (period.kind !== 'forward' && period.kind !== 'trailing' && period.kind !== 'target')) return period;
  const year = Number(match[1]);
  const month = Number(match[2]);
  let start: string;
  let end: string;
  let what: string;
  if (period.kind === 'forward') {
    const [fromYear, fromMonth] = shift(year, month, 1);
    const [toYear, toMonth] = shift(year, month, 12);
    [start, end, what] = [monthStart(fromYear, fromMonth), monthEnd(toYear, toMonth), 'Forward: the twelve months after the article’s month'];
  } else if (period.kind === 'trailing') {
    const [fromYear, fromMonth] = shift(year, month, -11);
    [start, end, what] = [monthStart(fromYear, fromMonth), monthEnd(year, month), 'Trailing: the twelve months up to the article’s month'];
  } else if (period.kind === 'target') {
    [start, end, what] = [monthStart(year, month), `${period.year}-12-31`, `A target by ${period.year}: from the article’s month to the end of ${period.year}`];
  } else {
    return period;
  }
  return {
    kind: 'range',
    start,
    end,
    basis: 'calendar',
    description: `${what}: ${formatDateRange(start, end)}`,
    isInferred: true,
    assumption: period.assumption ?? 'Read from the article’s date, to the month.',
  };
}

const memo = new WeakMap<Figure, { key: string; period: ResolvedPeriod }>();

/**
 * The period a figure is compared on: the analyst's correction if there is one, else the
 * article's label read on the company's fiscal year and the article's date. Memoized per
 * figure, since the same figures are compared on every edit.
 */
export function figurePeriod(figure: Figure, articleDate: string | null, override: string | undefined): ResolvedPeriod {
  const key = `${override ?? ''}\u0000${articleDate ?? ''}`;
  const cached = memo.get(figure);
  if (cached && cached.key === key) return cached.period;
  const entity = knownEntity(figure.entity);
  const resolved = resolvePeriod(override ?? figure.period.label, {
    fiscalYearEndMonth: entity?.fiscalYearEndMonth ?? 12,
    entityName: entity?.name ?? figure.entity,
    articleDate,
    // The article's note explains the article's label, not the analyst's correction.
    periodNote: override === undefined ? figure.period.note : undefined,
  });
  const period = anchorToArticle(resolved, articleDate);
  memo.set(figure, { key, period });
  return period;
}

/** The label a figure is compared on: the analyst's correction, or the article's. */
export function effectivePeriodLabel(figure: Figure, override: string | undefined): string | null {
  return override ?? figure.period.label;
}
