import type { Figure } from '@shared/domain/dataset-schema';
import { knownEntity, knownMetric } from '@shared/domain/figures';
import type { ReviewedCandidate, ReviewStatus } from '@shared/workspace/workspace-schema';

/** Moving through an article's review queue, which is in text order. Pure, for the review view. */

export type StatusCounts = Readonly<Record<ReviewStatus, number>>;

export function countStatuses(candidates: readonly ReviewedCandidate[]): StatusCounts {
  const counts = { pending: 0, accepted: 0, rejected: 0 };
  for (const candidate of candidates) counts[candidate.status]++;
  return counts;
}

/** The candidate of that id; the first one when the id is gone (undone, or never set). */
export function currentIndex(candidates: readonly ReviewedCandidate[], figureId: string | null): number {
  const index = candidates.findIndex((candidate) => candidate.figure.id === figureId);
  return index >= 0 ? index : 0;
}

/** The id one step before or after, stopping at either end rather than wrapping. */
export function stepFrom(candidates: readonly ReviewedCandidate[], figureId: string | null, step: 1 | -1): string | null {
  if (candidates.length === 0) return null;
  const index = Math.min(Math.max(currentIndex(candidates, figureId) + step, 0), candidates.length - 1);
  return candidates[index].figure.id;
}

/**
 * The next candidate still waiting after this one, wrapping to the start, so figures skipped
 * earlier come round again; null when none is left.
 */
export function nextPendingId(candidates: readonly ReviewedCandidate[], figureId: string | null): string | null {
  const from = currentIndex(candidates, figureId);
  for (let offset = 1; offset <= candidates.length; offset++) {
    const candidate = candidates[(from + offset) % candidates.length];
    if (candidate.status === 'pending' && candidate.figure.id !== figureId) return candidate.figure.id;
  }
  return null;
}

/** "Alibaba · Cloud Intelligence Group · Revenue growth": the row the figure would join, as the grid names rows. */
export function candidateRowLabel(figure: Pick<Figure, 'entity' | 'segment' | 'metric' | 'label'>): string {
  const entity = knownEntity(figure.entity)?.name ?? figure.entity;
  const metric = knownMetric(figure.metric)?.label ?? figure.label;
  return [entity, figure.segment, metric].filter((part) => part).join(' · ');
}

export const STATUS_LABELS: Record<ReviewStatus, string> = { pending: 'Pending', accepted: 'Accepted', rejected: 'Rejected' };
