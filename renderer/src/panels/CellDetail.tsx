import type { Cell, ComparisonRow } from '@shared/domain/comparison';
import type { Article } from '@shared/domain/dataset-schema';
import { formatValue } from '@shared/domain/format';
import { describeArticleDate } from '@shared/domain/article-refs';
import { useCrosscheckStore } from '../store/store';
import { PeriodLine } from './PeriodLine';
import { QuoteView } from './QuoteView';

interface CellDetailProps {
  readonly row: ComparisonRow;
  readonly cell: Cell;
  readonly article: Article;
  readonly name: string;
}

/** One article's side of the selected row: its value, every mention with its quote, and the analyst's assumption. */
export function CellDetail({ row, cell, article, name }: CellDetailProps) {
  const resetCell = useCrosscheckStore((state) => state.resetCell);
  const figures = row.source.figuresByArticle[cell.articleId] ?? [];
  return (
    <section className="cell-detail" data-testid={`cell-detail-${cell.articleId}`}>
      <h3>{name.replace(/^article/, 'Article')}</h3>
      <p className="article-title">
        {article.title} <span className="muted">· {describeArticleDate(article)}</span>
      </p>
      {cell.assumption && (
        <div className="assumption-box" data-testid="assumption">
          <strong>Your assumption: {formatValue(cell.assumption.value, cell.unit)}</strong>
          <span className="muted"> (typed “{cell.assumption.input}”, {new Date(cell.assumption.setAt).toLocaleString()})</span>
          <div>
            {cell.sourceFigure ? `The article says ${formatValue(cell.sourceFigure.value, cell.unit)}.` : 'The article gives no value here.'}{' '}
            <button type="button" onClick={() => resetCell(row.id, cell.articleId)}>
              {cell.sourceFigure ? 'Reset to source' : 'Clear'}
            </button>
          </div>
        </div>
      )}
      {figures.length === 0 && <p className="muted">Not in this article.</p>}
      {figures.map((figure) => (
        <div className="figure" key={figure.id}>
          <div>
            <strong>{formatValue(figure.value, cell.unit)}</strong> <span className="muted">as written “{figure.asWritten.text}”</span>
          </div>
          <dl className="figure-facts">
            <dt>Period</dt>
            <dd>
              <PeriodLine figure={figure} articleDate={article.date} />
            </dd>
            {figure.basis.length > 0 && (
              <>
                <dt>Basis</dt>
                <dd>{figure.basis.join(', ')}</dd>
              </>
            )}
            {figure.qualifiers.length > 0 && (
              <>
                <dt>Qualifiers</dt>
                <dd>{figure.qualifiers.join(', ')}</dd>
              </>
            )}
            {figure.note && (
              <>
                <dt>Note</dt>
                <dd>{figure.note}</dd>
              </>
            )}
          </dl>
          <QuoteView figure={figure} />
        </div>
      ))}
    </section>
  );
}
