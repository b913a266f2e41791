import type { Basis, Figure, Qualifier } from '@shared/domain/dataset-schema';

/** Words for the schema's basis codes; a Record so a new code fails the type check until it has one. */
const BASIS_LABELS: Record<Basis, string> = {
  yoy: 'year on year',
  qoq: 'quarter on quarter',
  'non-hkfrs': 'non-HKFRS',
  gaap: 'GAAP',
  'non-gaap': 'non-GAAP',
  adjusted: 'adjusted',
  forward: 'forward',
};

const QUALIFIER_LABELS: Record<Qualifier, string> = {
  approximately: 'approximately',
  over: 'over',
  under: 'under',
  'up-to': 'up to',
  target: 'target',
  'range-low': 'low end of a range',
  'range-high': 'high end of a range',
  estimate: 'estimate',
};

/** "Q3 2024 (inferred)", "mid-term (stated)" or "period not stated". */
export function describePeriod(period: Figure['period']): string {
  return period.label === null ? 'period not stated' : `${period.label} (${period.source})`;
}

export function describeBasis(basis: readonly Basis[]): string {
  return basis.map((code) => BASIS_LABELS[code]).join(', ');
}

export function describeQualifiers(qualifiers: readonly Qualifier[]): string {
  return qualifiers.map((code) => QUALIFIER_LABELS[code]).join(', ');
}
