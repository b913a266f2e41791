import { useEffect, useMemo, useRef } from 'react';
import type { Article } from '@shared/domain/dataset-schema';
import { articleMarks, type ArticleFigure } from './article-figures';
import { ArticleSegments } from './ArticleSegments';
import { segmentArticle } from './segment-article';

interface ArticleTextProps {
  readonly article: Article;
  /** Every figure of this article, in text order (see selectArticleFigures). */
  readonly figures: readonly ArticleFigure[];
  /** The row whose quotes are highlighted; its figures are marked strongly, the others lightly. */
  readonly selectedRowId: string | null;
  readonly onSelectRow: (rowId: string) => void;
}

/**
 * Brings the first highlighted quote into view inside the text's own scroll box. Not
 * scrollIntoView: that would also scroll the window and the grid around it.
 */
function scrollToQuote(container: HTMLElement): void {
  const quote = container.querySelector<HTMLElement>('.source-quote');
  if (!quote) return;
  const box = container.getBoundingClientRect();
  const target = quote.getBoundingClientRect();
  // Centred when it fits; a long quote starts near the top so its beginning is read first.
  const margin = Math.max(8, (container.clientHeight - target.height) / 2);
  const top = container.scrollTop + target.top - box.top - margin;
  const isReducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  container.scrollTo({ top: Math.max(0, top), behavior: isReducedMotion ? 'auto' : 'smooth' });
}

/** An article's full text, line breaks kept, with the selected row's quotes and every placed figure marked. */
export function ArticleText({ article, figures, selectedRowId, onSelectRow }: ArticleTextProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const segments = useMemo(() => segmentArticle(article.text, articleMarks(figures, selectedRowId)), [article.text, figures, selectedRowId]);

  useEffect(() => {
    if (containerRef.current) scrollToQuote(containerRef.current);
  }, [segments]);

  return (
    // Focusable so the text scrolls from the keyboard; a region so it is announced by its article.
    <div
      ref={containerRef}
      className="source-text"
      data-testid={`article-text-${article.id}`}
      role="region"
      aria-label={`Text of “${article.title}”`}
      tabIndex={0}
    >
      <ArticleSegments segments={segments} onSelectRow={onSelectRow} />
    </div>
  );
}
