import { ANALYST_COLUMN } from '@shared/domain/comparison';
import { selectRowSourceById } from '../store/row-source-selectors';
import { useCrosscheckStore } from '../store/store';
import { selectArticleRefs } from '../store/dataset-selectors';

/** Says why the last cell input was refused, and where, in a toast over the grid that never moves it; the cell itself is marked too. */
export function CellErrorMessage() {
  const cellError = useCrosscheckStore((state) => state.cellError);
  const source = useCrosscheckStore((state) => (cellError ? selectRowSourceById(state).get(cellError.rowId) : undefined));
  const articleName = useCrosscheckStore((state) =>
    cellError?.articleId === ANALYST_COLUMN ? 'your estimate' : selectArticleRefs(state).find((ref) => ref.id === cellError?.articleId)?.name,
  );
  const clear = useCrosscheckStore((state) => state.clearCellError);
  if (!cellError) return null;
  return (
    <div className="toast toast-error" role="alert" data-testid="cell-error">
      <strong>
        Not changed: {source ? `${source.entityName}${source.segment ? ` · ${source.segment}` : ''} · ${source.metricLabel}` : cellError.rowId}
        {articleName ? `, ${articleName}` : ''}.
      </strong>{' '}
      {cellError.message}{' '}
      <button type="button" onClick={() => clear(cellError.rowId, cellError.articleId)}>
        Dismiss
      </button>
    </div>
  );
}
