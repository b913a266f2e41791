import type { Figure } from '../domain/dataset-schema';

/**
 * A figure the extractor proposes from an article's text, before the analyst reviews it.
 * `figure` has exactly the shape of a dataset figure (value in base units, unit, currency,
 * scale, period, basis, qualifiers, the exact quote and character offsets), so an accepted
 * candidate joins the comparison as it is; its entity and metric are the extractor's guesses.
 */
export interface Candidate {
  readonly figure: Figure;
  /** What kind of number was read: it decides the unit and how the review explains it. */
  readonly kind: CandidateKind;
  /** 0..1: how sure the extractor is that this is a financial figure worth comparing. */
  readonly confidence: number;
  /** Words near the figure that its metric guess rests on ("revenue", "growth"), for ranking metric suggestions. */
  readonly metricWords: readonly string[];
}

export const CANDIDATE_KINDS = ['amount', 'percent', 'percentage-points', 'multiple', 'shares', 'count'] as const;
export type CandidateKind = (typeof CANDIDATE_KINDS)[number];

/** The entity a candidate is about when the text names none the extractor recognises. */
export const UNKNOWN_ENTITY = 'unknown';
/** The metric a candidate measures when no metric words are near it. */
export const UNKNOWN_METRIC = 'unspecified';
