import { useState } from 'react';
import { describeArticleDate } from '@shared/domain/article-refs';
import type { ImportedArticle } from '@shared/workspace/workspace-schema';
import type { StatusCounts } from './review-queue';

interface ReviewHeaderProps {
  readonly imported: ImportedArticle;
  readonly counts: StatusCounts;
  readonly onClose: () => void;
  readonly onRemove: () => void;
}

/** The article under review, how far the review has come, and the ways out of it. */
export function ReviewHeader({ imported, counts, onClose, onRemove }: ReviewHeaderProps) {
  const { article } = imported;
  // Asked in place rather than with window.confirm: it stays in the app's look and in reach of its keys.
  const [isConfirming, setConfirming] = useState(false);
  return (
    <header className="review-header">
      <div className="review-title-block">
        <h2 className="review-title" title={article.title}>
          {article.title}
        </h2>
        <p className="review-meta muted">
          {article.publisher ? `${article.publisher} · ` : ''}
          <span title={article.dateNote}>{describeArticleDate(article)}</span> · from {imported.sourceName}
        </p>
      </div>
      <p
        className="review-counts"
        data-testid="review-counts"
        data-pending={counts.pending}
        data-accepted={counts.accepted}
        data-rejected={counts.rejected}
        aria-live="polite"
      >
        <span className="review-badge is-pending">{counts.pending} pending</span>
        <span className="review-badge is-accepted">{counts.accepted} accepted</span>
        <span className="review-badge is-rejected">{counts.rejected} rejected</span>
        {counts.pending === 0 && <span className="muted"> · all reviewed</span>}
      </p>
      <div className="review-header-buttons">
        {isConfirming ? (
          <span className="review-remove-confirm" role="group" aria-label="Confirm removal">
            Remove this article{counts.accepted > 0 ? ` and its ${counts.accepted} accepted figure${counts.accepted === 1 ? '' : 's'}` : ''}? Ctrl+Z undoes it.
            <button type="button" className="review-danger" data-testid="review-remove-confirm" onClick={onRemove}>
              Remove
            </button>
            <button type="button" data-testid="review-remove-cancel" onClick={() => setConfirming(false)} autoFocus>
              Keep
            </button>
          </span>
        ) : (
          <button type="button" data-testid="review-remove" onClick={() => setConfirming(true)}>
            Remove article…
          </button>
        )}
        <button type="button" data-testid="review-close" onClick={onClose}>
          Back to comparison
        </button>
      </div>
    </header>
  );
}
