import { useMemo, useRef, useState } from 'react';
import type { RowSource } from '@shared/domain/comparison';
import { rowIdFor } from '@shared/domain/figures';
import { UNKNOWN_ENTITY, UNKNOWN_METRIC } from '@shared/extract/candidate';
import { suggestRows, type RowSuggestion } from '@shared/extract/suggest-rows';
import type { ReviewedCandidate } from '@shared/workspace/workspace-schema';
import { rowLabelOf } from '../panels/sources/article-figures';
import { useCrosscheckStore } from '../store/store';
import { CandidateEditor } from './CandidateEditor';
import { CandidateFacts } from './CandidateFacts';
import { draftOf, draftOnRow, figureOfDraft, isSameDraft, probeOf, type CandidateDraft, type DraftField } from './candidate-draft';
import { MapToRow } from './MapToRow';
import { candidateRowLabel } from './review-queue';
import { useReviewKeys } from './useReviewKeys';

interface CandidateReviewProps {
  readonly articleId: string;
  readonly candidate: ReviewedCandidate;
  /** 0-based place in the queue, and the queue's length, for "3 of 30". */
  readonly index: number;
  readonly total: number;
  /** Every comparison row, by id: suggestions rank them, and the target line names the one the figure joins. */
  readonly rows: readonly RowSource[];
  readonly rowsById: ReadonlyMap<string, RowSource>;
  readonly entityOptions: readonly string[];
  readonly onNext: () => void;
  readonly onPrevious: () => void;
  /** A decision was made on this candidate: go on to the next one waiting. */
  readonly onDecided: (figureId: string) => void;
  /** Focus back to the queue, so its keys work again. */
  readonly onLeave: () => void;
}

type EditorError = { readonly message: string; readonly field: DraftField | null };

/**
 * The candidate the queue is on: its quote, the decisions, and its editor with the rows it
 * could map to. Owns the draft; it starts again from the stored figure whenever that changes
 * (another candidate, or an undo).
 */
export function CandidateReview({ articleId, candidate, index, total, rows, rowsById, entityOptions, onNext, onPrevious, onDecided, onLeave }: CandidateReviewProps) {
  const { figure, metricWords, status } = candidate;
  const reviewCandidate = useCrosscheckStore((state) => state.reviewCandidate);
  const editCandidate = useCrosscheckStore((state) => state.editCandidate);
  const [draft, setDraft] = useState(() => draftOf(figure));
  // What suggestions are ranked by: what the analyst typed, not the row a suggestion filled in,
  // so choosing suggestion 3 does not reorder the list under the analyst's hand.
  const [rankedBy, setRankedBy] = useState(draft);
  const [error, setError] = useState<EditorError | null>(null);
  const [draftFor, setDraftFor] = useState(figure);
  if (draftFor !== figure) {
    setDraftFor(figure);
    setDraft(draftOf(figure));
    setRankedBy(draftOf(figure));
    setError(null);
  }
  const valueRef = useRef<HTMLInputElement>(null);
  const labelRef = useRef<HTMLInputElement>(null);
  const entityRef = useRef<HTMLInputElement>(null);
  const mapRef = useRef<HTMLDivElement>(null);

  const suggestions = useMemo(() => suggestRows(probeOf(figure, rankedBy), metricWords, rows), [figure, rankedBy, metricWords, rows]);
  const resolved = figureOfDraft(figure, draft);
  const targetRow = resolved.ok ? rowsById.get(rowIdFor(resolved.figure)) : undefined;
  const target = resolved.ok ? { label: targetRow ? rowLabelOf(targetRow) : candidateRowLabel(resolved.figure), isExisting: targetRow !== undefined } : null;
  const isDirty = !isSameDraft(draft, draftOf(figure));

  const focusMap = () => mapRef.current?.querySelector<HTMLButtonElement>('button.review-map-option')?.focus();
  const focusField = (field: DraftField | null) => {
    if (field === 'metric') {
      focusMap();
      return;
    }
    const input = field === 'label' ? labelRef.current : field === 'value' ? valueRef.current : field === 'entity' ? entityRef.current : null;
    input?.focus();
    input?.select();
  };

  /** Accepts the figure as this draft says; false (with the reason shown) when it cannot. */
  const saveDraft = (next: CandidateDraft): boolean => {
    const result = figureOfDraft(figure, next);
    if (!result.ok) {
      setError({ message: result.message, field: result.field });
      focusField(result.field);
      return false;
    }
    const refused = editCandidate(articleId, figure.id, result.figure);
    if (refused) {
      setError({ message: refused, field: null });
      return false;
    }
    onDecided(figure.id);
    return true;
  };

  const accept = () => {
    // Accepting with unsaved edits saves them: the analyst sees the edited figure, so that is what
    // they accept. A placeholder company or metric goes the same way, to be refused with its reason.
    if (isDirty || figure.entity === UNKNOWN_ENTITY || figure.metric === UNKNOWN_METRIC) {
      saveDraft(draft);
      return;
    }
    reviewCandidate(articleId, figure.id, 'accepted');
    onDecided(figure.id);
  };

  const decide = (decision: 'rejected' | 'pending') => {
    reviewCandidate(articleId, figure.id, decision);
    if (decision === 'rejected') onDecided(figure.id);
  };

  const leave = () => {
    setDraft(draftOf(figure));
    setRankedBy(draftOf(figure));
    setError(null);
    onLeave();
  };

  const chooseRow = (suggestion: RowSuggestion) => {
    setDraft(draftOnRow(draft, suggestion));
    setError(null);
  };

  useReviewKeys({
    next: onNext,
    previous: onPrevious,
    accept,
    reject: () => decide('rejected'),
    backToPending: () => decide('pending'),
    edit: () => focusField('value'),
    focusMap,
    pickSuggestion: (n) => {
      const suggestion = suggestions[n];
      if (suggestion) saveDraft(draftOnRow(draft, suggestion));
    },
  });

  return (
    <section className="review-current" aria-label="Current figure" data-testid="review-current" data-figure-id={figure.id} data-status={status}>
      <CandidateFacts candidate={candidate} index={index} total={total} />
      <div className="review-actions">
        <button type="button" className="review-accept" data-testid="review-accept" onClick={accept}>
          {isDirty ? 'Save and accept' : 'Accept'} <kbd>a</kbd>
        </button>
        <button type="button" className="review-reject" data-testid="review-reject" onClick={() => decide('rejected')}>
          Reject <kbd>r</kbd>
        </button>
        {status !== 'pending' && (
          <button type="button" data-testid="review-unreview" onClick={() => decide('pending')}>
            Back to pending <kbd>u</kbd>
          </button>
        )}
      </div>
      <CandidateEditor
        figure={figure}
        draft={draft}
        onChange={(next) => {
          setDraft(next);
          setRankedBy(next);
        }}
        onSave={() => saveDraft(draft)}
        onLeave={leave}
        error={error}
        target={target}
        entityOptions={entityOptions}
        valueRef={valueRef}
        labelRef={labelRef}
        entityRef={entityRef}
        mapTo={
          <MapToRow
            suggestions={suggestions}
            targetRowId={targetRow?.id ?? null}
            isNewMetric={draft.metric === null}
            onChoose={chooseRow}
            onNewMetric={() => {
              setDraft({ ...draft, metric: null });
              setError(null);
              focusField('label');
            }}
            onLeave={onLeave}
            containerRef={mapRef}
          />
        }
      />
    </section>
  );
}
