import { useEffect, useRef } from 'react';
import type { ReviewedCandidate } from '@shared/workspace/workspace-schema';
import { describePeriod } from '../panels/sources/figure-labels';
import { candidateRowLabel, STATUS_LABELS } from './review-queue';
import { scrollIntoBox } from './scroll-into-box';

interface CandidateListProps {
  /** In text order. */
  readonly candidates: readonly ReviewedCandidate[];
  readonly currentId: string | null;
  readonly onSelect: (figureId: string) => void;
}

/** The queue: every candidate as written, where it would go, its status and how sure the extractor was. */
export function CandidateList({ candidates, currentId, onSelect }: CandidateListProps) {
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    const list = listRef.current;
    const current = list?.querySelector<HTMLElement>('[aria-current="true"]');
    if (list && current) scrollIntoBox(list, current, false);
  }, [currentId]);

  return (
    <ol ref={listRef} className="review-queue" aria-label="Figures to review" data-testid="review-queue">
      {candidates.map(({ figure, status, confidence }) => {
        const isCurrent = figure.id === currentId;
        return (
          <li
            key={figure.id}
            className={`review-candidate is-${status}${isCurrent ? ' is-current' : ''}`}
            data-testid="review-candidate"
            data-figure-id={figure.id}
            data-status={status}
            aria-current={isCurrent ? 'true' : undefined}
          >
            {/* Out of the tab order like the highlights: j/k move through the queue. */}
            <button type="button" tabIndex={-1} className="review-candidate-button" onClick={() => onSelect(figure.id)}>
              <span className="review-candidate-value">{figure.asWritten.text}</span>
              <span className={`review-badge is-${status}`}>{STATUS_LABELS[status]}</span>
              <span className="review-candidate-row">
                {candidateRowLabel(figure)} · {describePeriod(figure.period)}
              </span>
              <span className="review-confidence" title="How sure the extractor is that this is a figure worth comparing">
                {Math.round(confidence * 100)}%
              </span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
