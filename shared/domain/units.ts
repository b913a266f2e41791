/**
 * Units a figure can be measured in. Values are always stored in base units:
 * money in whole currency units (83.6 billion dollars is 83600000000), percentages
 * as fractions (22% is 0.22), multiples as the multiple (18x is 18), share and other
 * counts as whole numbers. Formatting to "$83.6B" happens at the edge.
 */
export const UNIT_KINDS = ['currency', 'percent', 'multiple', 'shares', 'count'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** ISO 4217 codes the app knows how to read and show. */
export const CURRENCY_CODES = ['USD', 'CNY', 'HKD', 'EUR'] as const;
export type CurrencyCode = (typeof CURRENCY_CODES)[number];

/** Scale as the article wrote it; `one` when no scale word was used. */
export const SCALES = ['one', 'thousand', 'million', 'billion', 'trillion'] as const;
export type Scale = (typeof SCALES)[number];

export const SCALE_FACTORS: Record<Scale, number> = {
  one: 1,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};

/** A unit with its currency where it has one; two units are equal only if both parts are. */
export type Unit =
  | { kind: 'currency'; currency: CurrencyCode }
  | { kind: Exclude<UnitKind, 'currency'> };

/** Same kind, and for money the same currency. */
export function isSameUnit(a: Unit, b: Unit): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'currency' && b.kind === 'currency') return a.currency === b.currency;
  return true;
}

/** The unit in words for messages: "USD", "percent", "multiple (x)". */
export function describeUnit(unit: Unit): string {
  switch (unit.kind) {
    case 'currency':
      return unit.currency;
    case 'percent':
      return 'percent';
    case 'multiple':
      return 'multiple (x)';
    case 'shares':
      return 'shares';
    case 'count':
      return 'count';
  }
}
