import { defaultColumnIds, orderColumns } from '@shared/domain/comparison-columns';
import { articleDeltaHeader, valueColumnHeader } from '@shared/export/comparison-sheet';
import { ARTICLE_DELTA_PREFIX, VALUE_COLUMN_PREFIX } from '@shared/export/export-input';
import { selectComparisonArticles } from '../../store/dataset-selectors';
import { useCrosscheckStore } from '../../store/store';
import { Modal } from './Modal';

const FIXED_NAMES: Record<string, string> = {
  entity: 'Company',
  segment: 'Segment',
  metric: 'Metric',
  latest: 'Latest',
  delta: 'Δ (latest other − baseline)',
  deltaPercent: 'Δ %',
  status: 'Status',
};

/**
 * Which columns the grid shows and in what order, kept in the workspace and used by "Export
 * as shown". Columns can also be dragged by their headers; this is the keyboard's way, and the
 * only way to hide one (AG Grid's column menu is not in Community).
 */
export function ColumnsDialog({ onClose }: { readonly onClose: () => void }) {
  const articles = useCrosscheckStore(selectComparisonArticles);
  const view = useCrosscheckStore((state) => state.workspace.view);
  const setColumnLayout = useCrosscheckStore((state) => state.setColumnLayout);
  const resetColumnLayout = useCrosscheckStore((state) => state.resetColumnLayout);
  if (!articles) return null;
  const order = orderColumns(defaultColumnIds(articles), view.columnOrder);
  const hidden = new Set(view.hiddenColumns);
  const nameOf = (id: string) => {
    if (id.startsWith(VALUE_COLUMN_PREFIX)) return valueColumnHeader(id.slice(VALUE_COLUMN_PREFIX.length), articles.refs, articles.baseline.id);
    if (id.startsWith(ARTICLE_DELTA_PREFIX)) return articleDeltaHeader(id.slice(ARTICLE_DELTA_PREFIX.length), articles.refs);
    return FIXED_NAMES[id] ?? id;
  };
  const move = (index: number, by: -1 | 1) => {
    const next = [...order];
    const [column] = next.splice(index, 1);
    next.splice(index + by, 0, column);
    setColumnLayout(next, [...hidden]);
  };
  const toggle = (id: string) => {
    const next = new Set(hidden);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setColumnLayout(order, [...next]);
  };
  return (
    <Modal title="Columns" onClose={onClose} testId="columns-dialog">
      <ol className="columns-list">
        {order.map((id, index) => (
          <li key={id} data-testid="columns-item" data-column-id={id}>
            <label>
              <input
                type="checkbox"
                checked={!hidden.has(id)}
                // The company column anchors every row: it cannot be hidden.
                disabled={id === 'entity'}
                onChange={() => toggle(id)}
                aria-label={`Show ${nameOf(id)}`}
              />{' '}
              {nameOf(id)}
            </label>
            <span className="columns-move">
              <button type="button" aria-label={`Move ${nameOf(id)} left`} disabled={index === 0} onClick={() => move(index, -1)}>↑</button>
              <button type="button" aria-label={`Move ${nameOf(id)} right`} disabled={index === order.length - 1} onClick={() => move(index, 1)}>↓</button>
            </span>
          </li>
        ))}
      </ol>
      <div className="dialog-buttons">
        <button type="button" onClick={resetColumnLayout}>Reset to default</button>
        <button type="button" onClick={onClose}>Done</button>
      </div>
    </Modal>
  );
}
