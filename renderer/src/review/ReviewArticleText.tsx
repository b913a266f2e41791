import { useEffect, useMemo, useRef } from 'react';
import { isQuoteAtOffsets } from '@shared/domain/figures';
import type { ReviewedCandidate } from '@shared/workspace/workspace-schema';
import { segmentArticle, type ArticleSegment, type TextMark } from '../panels/sources/segment-article';
import { candidateRowLabel, STATUS_LABELS } from './review-queue';
import { valueTextOf } from './candidate-draft';
import { scrollIntoBox } from './scroll-into-box';

interface ReviewArticleTextProps {
  readonly title: string;
  readonly text: string;
  /** In text order. */
  readonly candidates: readonly ReviewedCandidate[];
  readonly currentId: string | null;
  readonly onSelect: (figureId: string) => void;
}

interface CandidateMark extends TextMark {
  readonly kind: 'quote' | 'figure';
  readonly candidate: ReviewedCandidate;
}

/** The current candidate's sentence encloses every figure inside it, its own included. */
function marksOf(candidates: readonly ReviewedCandidate[], currentId: string | null, text: string): CandidateMark[] {
  const marks: CandidateMark[] = [];
  for (const candidate of candidates) {
    const { figure } = candidate;
    // The schema checks offsets on load; this guards a text edited outside the app all the same.
    if (!isQuoteAtOffsets(text, figure)) continue;
    if (figure.id === currentId) marks.push({ id: `quote:${figure.id}`, start: figure.quote.start, end: figure.quote.end, layer: 0, kind: 'quote', candidate });
    marks.push({ id: `figure:${figure.id}`, start: figure.asWritten.start, end: figure.asWritten.end, layer: 1, kind: 'figure', candidate });
  }
  return marks;
}

/**
 * The article's text with every candidate highlighted where it stands, coloured by its review
 * status, the current one strongly and scrolled into view. Rendered as text, never as HTML.
 */
export function ReviewArticleText({ title, text, candidates, currentId, onSelect }: ReviewArticleTextProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const segments = useMemo(() => segmentArticle(text, marksOf(candidates, currentId, text)), [text, candidates, currentId]);

  useEffect(() => {
    const container = containerRef.current;
    const current = container?.querySelector<HTMLElement>('.review-highlight.is-current');
    if (container && current) scrollIntoBox(container, current, true);
    // Only a move to another candidate scrolls; accepting one in place leaves the text where the analyst is reading.
  }, [currentId]);

  return (
    <div ref={containerRef} className="review-text" data-testid="review-text" role="region" aria-label={`Text of “${title}”`} tabIndex={0}>
      <Segments segments={segments} currentId={currentId} onSelect={onSelect} />
    </div>
  );
}

interface SegmentsProps {
  readonly segments: readonly ArticleSegment<CandidateMark>[];
  readonly currentId: string | null;
  readonly onSelect: (figureId: string) => void;
}

function Segments({ segments, currentId, onSelect }: SegmentsProps) {
  return segments.map((segment) => {
    if (segment.type === 'text') return segment.text;
    const { kind, candidate } = segment.mark;
    const children = <Segments segments={segment.children} currentId={currentId} onSelect={onSelect} />;
    const key = `${segment.mark.id}@${segment.start}`;
    if (kind === 'quote') {
      return (
        <mark key={key} className="review-quote">
          {children}
        </mark>
      );
    }
    const { figure, status } = candidate;
    const isCurrent = figure.id === currentId;
    return (
      // Out of the tab order: thirty stops in the text would bury the editor; j/k and clicks reach them.
      <button
        key={key}
        type="button"
        tabIndex={-1}
        className={`review-highlight is-${status}${isCurrent ? ' is-current' : ''}`}
        data-testid="review-highlight"
        data-figure-id={figure.id}
        data-status={status}
        aria-current={isCurrent ? 'true' : undefined}
        title={`${valueTextOf(figure)}: ${candidateRowLabel(figure)} (${STATUS_LABELS[status].toLowerCase()})`}
        onClick={() => onSelect(figure.id)}
      >
        {children}
      </button>
    );
  });
}
