import type { Article, Figure } from '@shared/domain/dataset-schema';
import { describeArticleDate } from '@shared/domain/article-refs';
import { isQuoteAtOffsets } from '@shared/domain/figures';
import type { ArticleFigure } from './article-figures';
import { ArticleText } from './ArticleText';
import { FigureFacts } from './FigureFacts';

interface SourceColumnProps {
  readonly article: Article;
  /** The selected row's figures in this article, in text order. */
  readonly rowFigures: readonly Figure[];
  /** Every figure of this article. */
  readonly figures: readonly ArticleFigure[];
  readonly selectedRowId: string;
  readonly onSelectRow: (rowId: string) => void;
}

/** One article beside the others: what it is, what it says for the selected row, then its text. */
export function SourceColumn({ article, rowFigures, figures, selectedRowId, onSelectRow }: SourceColumnProps) {
  const unplacedOthers = figures.filter((entry) => !entry.isPlaced && entry.rowId !== selectedRowId).length;
  return (
    <section className="source-column" data-testid={`source-column-${article.id}`} aria-label={article.title}>
      <header className="source-header">
        <h3 className="source-title" title={article.title}>
          {article.title}
        </h3>
        <p className="source-meta muted">
          {article.publisher ? `${article.publisher} · ` : ''}
          <span title={article.dateNote}>{describeArticleDate(article)}</span>
        </p>
        <ul className="source-facts">
          {rowFigures.map((figure) => (
            <FigureFacts key={figure.id} figure={figure} isPlaced={isQuoteAtOffsets(article.text, figure)} />
          ))}
        </ul>
        {unplacedOthers > 0 && (
          <p className="source-meta muted" data-testid="unplaced-figures">
            {unplacedOthers === 1 ? '1 other figure is' : `${unplacedOthers} other figures are`} not at their recorded position and not marked.
          </p>
        )}
      </header>
      <ArticleText article={article} figures={figures} selectedRowId={selectedRowId} onSelectRow={onSelectRow} />
    </section>
  );
}
