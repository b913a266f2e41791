import { formatValue } from '@shared/domain/format';
import { figureUnit } from '@shared/domain/figures';
import type { ArticleFigure, ArticleMark } from './article-figures';
import type { ArticleSegment, MarkSegment } from './segment-article';

interface ArticleSegmentsProps {
  readonly segments: readonly ArticleSegment<ArticleMark>[];
  readonly onSelectRow: (rowId: string) => void;
}

/**
 * Article pieces as React text nodes inside marks. Strings are never parsed as HTML here,
 * so markup or script in an article shows as the characters it is.
 */
export function ArticleSegments({ segments, onSelectRow }: ArticleSegmentsProps) {
  return segments.map((segment) =>
    segment.type === 'text' ? segment.text : <MarkPiece key={`${segment.mark.id}@${segment.start}`} segment={segment} onSelectRow={onSelectRow} />,
  );
}

function MarkPiece({ segment, onSelectRow }: { segment: MarkSegment<ArticleMark>; onSelectRow: (rowId: string) => void }) {
  const { kind, entry } = segment.mark;
  const children = <ArticleSegments segments={segment.children} onSelectRow={onSelectRow} />;
  if (kind === 'selected-quote') {
    return (
      <mark className="source-quote" data-testid="selected-quote" data-figure-id={entry.figure.id}>
        {children}
      </mark>
    );
  }
  if (kind === 'selected-figure') {
    return (
      <mark className="source-figure is-selected" data-testid="selected-figure" data-figure-id={entry.figure.id}>
        {children}
      </mark>
    );
  }
  return (
    <button
      type="button"
      className="source-figure"
      data-testid="figure-mark"
      data-row-id={entry.rowId}
      data-figure-id={entry.figure.id}
      // The visible words first, so a voice command that says them reaches the button.
      aria-label={`${entry.figure.asWritten.text}: go to ${entry.rowLabel}`}
      title={figureFacts(entry)}
      onClick={() => onSelectRow(entry.rowId)}
    >
      {children}
    </button>
  );
}

/** What a marked figure says, on hover: the row, the value, its period, basis and qualifiers. */
function figureFacts(entry: ArticleFigure): string {
  const { figure } = entry;
  const parts = [
    `${entry.rowLabel}: ${formatValue(figure.value, figureUnit(figure))}`,
    `period ${figure.period.label ?? 'not stated'}${figure.period.source === 'inferred' ? ' (inferred)' : ''}`,
    ...(figure.basis.length > 0 ? [`basis ${figure.basis.join(', ')}`] : []),
    ...(figure.qualifiers.length > 0 ? [figure.qualifiers.join(', ')] : []),
  ];
  return `${parts.join(' · ')}. Click to go to its row.`;
}
