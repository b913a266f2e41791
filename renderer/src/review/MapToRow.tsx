import type { KeyboardEvent, RefObject } from 'react';
import type { RowSuggestion } from '@shared/extract/suggest-rows';
import { rowLabelOf } from '../panels/sources/article-figures';

interface MapToRowProps {
  /** Best first; keys 1–5 pick them in this order. */
  readonly suggestions: readonly RowSuggestion[];
  /** The row the draft points at now, if it is one of the suggestions. */
  readonly targetRowId: string | null;
  readonly isNewMetric: boolean;
  readonly onChoose: (suggestion: RowSuggestion) => void;
  readonly onNewMetric: () => void;
  /** Escape: back to the queue's keys. */
  readonly onLeave: () => void;
  /** The "m" key focuses the first option in here. */
  readonly containerRef: RefObject<HTMLDivElement | null>;
}

/** ↑/↓ move between the options, so the list is usable from the keyboard once "m" has focused it. */
function moveFocus(event: KeyboardEvent<HTMLDivElement>, onLeave: () => void): void {
  if (event.key === 'Escape') {
    event.preventDefault();
    onLeave();
    return;
  }
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const options = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button.review-map-option')];
  const index = options.findIndex((option) => option === document.activeElement);
  const next = options[Math.min(Math.max(index + (event.key === 'ArrowDown' ? 1 : -1), 0), options.length - 1)];
  // Kept from the queue's own ↑/↓, which would otherwise move to another candidate.
  event.preventDefault();
  event.stopPropagation();
  next?.focus();
}

/** The existing rows the candidate could join, ranked, and the way to start a new metric instead. */
export function MapToRow({ suggestions, targetRowId, isNewMetric, onChoose, onNewMetric, onLeave, containerRef }: MapToRowProps) {
  return (
    <div ref={containerRef} className="review-map" role="group" aria-label="Map to a row" onKeyDown={(event) => moveFocus(event, onLeave)}>
      <h4>
        Map to a row <kbd>m</kbd>
      </h4>
      {suggestions.length === 0 && <p className="muted review-map-none">No existing row fits this figure’s company, unit and words.</p>}
      <ol className="review-map-list">
        {suggestions.map((suggestion, index) => (
          <li key={suggestion.rowId}>
            <button
              type="button"
              className="review-map-option"
              data-testid="review-map-suggestion"
              data-row-id={suggestion.rowId}
              aria-pressed={suggestion.rowId === targetRowId}
              onClick={() => onChoose(suggestion)}
            >
              <kbd>{index + 1}</kbd>
              <span className="review-map-row">{rowLabelOf(suggestion)}</span>
              <span className="review-map-why">{suggestion.why}</span>
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="review-map-option review-map-new" data-testid="review-new-metric" aria-pressed={isNewMetric} onClick={onNewMetric}>
        New metric…
        <span className="review-map-why">named by the label above</span>
      </button>
    </div>
  );
}
