import { useCallback, useEffect, useMemo, useRef } from 'react';
import { ENTITIES } from '@shared/domain/entities';
import { useCrosscheckStore } from '../store/store';
import { selectAllRowSources, selectRowSourceById } from '../store/row-source-selectors';
import { CandidateList } from './CandidateList';
import { CandidateReview } from './CandidateReview';
import { countStatuses, currentIndex, nextPendingId, stepFrom } from './review-queue';
import { ReviewArticleText } from './ReviewArticleText';
import { ReviewHeader } from './ReviewHeader';
import { REVIEW_KEY_HINTS } from './useReviewKeys';

/**
 * The review queue of one imported article: its text with every proposed figure marked on the
 * left, the queue and the current figure's editor on the right. Shown instead of the grid while
 * `reviewArticleId` is set; every decision is a workspace change, so Ctrl+Z undoes it.
 */
export function ReviewView() {
  const articleId = useCrosscheckStore((state) => state.reviewArticleId);
  const figureId = useCrosscheckStore((state) => state.reviewFigureId);
  const imported = useCrosscheckStore((state) => state.workspace.articles.find((article) => article.article.id === state.reviewArticleId));
  const rows = useCrosscheckStore(selectAllRowSources);
  const rowsById = useCrosscheckStore(selectRowSourceById);
  const openReview = useCrosscheckStore((state) => state.openReview);
  const setReviewFigure = useCrosscheckStore((state) => state.setReviewFigure);
  const removeArticle = useCrosscheckStore((state) => state.removeArticle);
  const rootRef = useRef<HTMLDivElement>(null);

  const candidates = useMemo(() => imported?.candidates ?? [], [imported]);
  const counts = useMemo(() => countStatuses(candidates), [candidates]);
  const index = currentIndex(candidates, figureId);
  const current = candidates[index];
  const entityOptions = useMemo(
    () => [...new Set([...Object.values(ENTITIES).map((entity) => entity.name), ...rows.map((row) => row.entityName)])].sort(new Intl.Collator('en').compare),
    [rows],
  );

  // Focus starts on the view, not on whatever opened it, so the queue's keys work at once.
  useEffect(() => rootRef.current?.focus({ preventScroll: true }), [articleId]);

  const focusQueue = useCallback(() => rootRef.current?.focus({ preventScroll: true }), []);

  /** After a decision: on to the next figure still waiting, read from the store as the decision left it. */
  const onDecided = useCallback(
    (fromId: string) => {
      const state = useCrosscheckStore.getState();
      const latest = state.workspace.articles.find((article) => article.article.id === state.reviewArticleId);
      setReviewFigure((latest && nextPendingId(latest.candidates, fromId)) ?? fromId);
      rootRef.current?.focus({ preventScroll: true });
    },
    [setReviewFigure],
  );

  if (!imported) {
    return (
      <div className="review-view is-empty" data-testid="review-view" ref={rootRef} tabIndex={-1}>
        <p>This article is no longer in the workspace: its import was undone or it was removed.</p>
        <button type="button" data-testid="review-close" onClick={() => openReview(null)}>
          Back to comparison
        </button>
      </div>
    );
  }

  return (
    <div className="review-view" data-testid="review-view" data-article-id={imported.article.id} ref={rootRef} tabIndex={-1}>
      <ReviewHeader imported={imported} counts={counts} onClose={() => openReview(null)} onRemove={() => removeArticle(imported.article.id)} />
      <p className="review-keys" data-testid="review-keys">
        {REVIEW_KEY_HINTS.map(([keys, action]) => (
          <span key={keys}>
            <kbd>{keys}</kbd> {action}
          </span>
        ))}
      </p>
      <div className="review-body">
        <ReviewArticleText title={imported.article.title} text={imported.text} candidates={candidates} currentId={current?.figure.id ?? null} onSelect={setReviewFigure} />
        <aside className="review-side" aria-label="Review queue">
          {candidates.length === 0 ? (
            <p className="muted review-none">No figures were found in this article. Remove it, or go back to the comparison.</p>
          ) : (
            <CandidateList candidates={candidates} currentId={current?.figure.id ?? null} onSelect={setReviewFigure} />
          )}
          {current && (
            <CandidateReview
              key={current.figure.id}
              articleId={imported.article.id}
              candidate={current}
              index={index}
              total={candidates.length}
              rows={rows}
              rowsById={rowsById}
              entityOptions={entityOptions}
              onNext={() => setReviewFigure(stepFrom(candidates, current.figure.id, 1))}
              onPrevious={() => setReviewFigure(stepFrom(candidates, current.figure.id, -1))}
              onDecided={onDecided}
              onLeave={focusQueue}
            />
          )}
        </aside>
      </div>
    </div>
  );
}
