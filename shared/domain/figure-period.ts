import type { Figure } from './dataset-schema';
import { knownEntity } from './figures';
import { resolvePeriod, type ResolvedPeriod } from './periods';

/**
 * The period a figure is compared on: the analyst's correction if there is one, else the
 * article's label read on the company's fiscal year and the article's date. Memoized per
 * figure, since the same figures are compared on every edit.
 */
const memo = new WeakMap<Figure, { key: string; period: ResolvedPeriod }>();

export function figurePeriod(figure: Figure, articleDate: string | null, override: string | undefined): ResolvedPeriod {
  const key = `${override ?? ''}\u0000${articleDate ?? ''}`;
  const cached = memo.get(figure);
  if (cached && cached.key === key) return cached.period;
  const entity = knownEntity(figure.entity);
  const period = resolvePeriod(override ?? figure.period.label, {
    fiscalYearEndMonth: entity?.fiscalYearEndMonth ?? 12,
    entityName: entity?.name ?? figure.entity,
    articleDate,
    // The article's note explains the article's label, not the analyst's correction.
    periodNote: override === undefined ? figure.period.note : undefined,
  });
  memo.set(figure, { key, period });
  return period;
}

/** The label a figure is compared on: the analyst's correction, or the article's. */
export function effectivePeriodLabel(figure: Figure, override: string | undefined): string | null {
  return override ?? figure.period.label;
}
