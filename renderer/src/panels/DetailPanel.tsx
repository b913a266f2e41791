import { memo } from 'react';
import type { ComparisonRow } from '@shared/domain/comparison';
import { formatRate } from '@shared/domain/format';
import { selectComparisonRowById } from '../store/comparison-selectors';
import { useCrosscheckStore } from '../store/store';
import { STATUS_LABELS } from '../grid/StatusCell';
import { CellDetail } from './CellDetail';
import { CellWorkbench } from './CellWorkbench';
import { selectArticleRefs, selectArticles } from '../store/dataset-selectors';
import { useValueAfterPaint } from '../hooks/useValueAfterPaint';

/**
 * Everything behind the selected row: status with every reason, and each article's figures with
 * their quotes. An edit paints in the grid first and the panel catches up without holding that
 * frame back (the cursor's move after Enter waits for that frame too).
 */
export function DetailPanel() {
  const selectedRowId = useCrosscheckStore((state) => state.selectedRowId);
  const selectedColumnId = useCrosscheckStore((state) => state.selectedColumnId);
  const freshRow = useCrosscheckStore((state) => selectComparisonRowById(state, state.selectedRowId));
  // A new value in the shown row is drawn after the grid's frame; another row at once, so the
  // note field never belongs to the cell the cursor just left.
  const laterRow = useValueAfterPaint(freshRow);
  const row = laterRow?.id === freshRow?.id ? laterRow : freshRow;
  return <DetailPanelBody selectedRowId={selectedRowId} row={row} selectedColumnId={selectedColumnId} />;
}

interface BodyProps {
  readonly selectedRowId: string | null;
  readonly row: ComparisonRow | undefined;
  readonly selectedColumnId: string | null;
}

const DetailPanelBody = memo(function DetailPanelBody({ selectedRowId, row, selectedColumnId }: BodyProps) {
  const articles = useCrosscheckStore(selectArticles);
  const refs = useCrosscheckStore(selectArticleRefs);
  const deleteRow = useCrosscheckStore((state) => state.deleteRow);

  if (!selectedRowId || !row) {
    return (
      <aside className="detail-panel" data-testid="detail-panel">
        <p className="muted">Select a row to see where its numbers come from.</p>
      </aside>
    );
  }
  return (
    <aside className="detail-panel" data-testid="detail-panel">
      <h2>
        {row.entityName}
        {row.segment ? ` · ${row.segment}` : ''} · {row.metricLabel}
      </h2>
      <p className={`status status-${row.status}`} data-testid="detail-status">
        {STATUS_LABELS[row.status]}
      </p>
      {row.source.isCustom && (
        <p>
          Your own row.{' '}
          <button type="button" onClick={() => deleteRow(row.id)}>
            Delete this row
          </button>
        </p>
      )}
      {selectedColumnId && row.cells[selectedColumnId] && <CellWorkbench row={row} columnId={selectedColumnId} />}
      {row.conversion && (
        <p className="conversion-note" data-testid="conversion">
          Compared in {row.conversion.to}: 1 {row.conversion.from} = {formatRate(row.conversion.rate)} {row.conversion.to}, your rate as of{' '}
          {row.conversion.asOf}
          {row.conversion.note ? ` (${row.conversion.note})` : ''}
          {row.conversion.isInverted ? ', used inverted' : ''}. Change it in FX rates….
        </p>
      )}
      {row.caveats.map((caveat) => (
        <p className="muted" data-testid="caveat" key={caveat}>
          {caveat}
        </p>
      ))}
      {row.disagreement && (
        <p className="status status-conflict" data-testid="disagreement">
          {row.disagreement}
        </p>
      )}
      {row.reasons.length > 0 && (
        <ul className="reasons" data-testid="reasons">
          {row.reasons.map((reason) => (
            <li key={reason.message}>{reason.message}</li>
          ))}
        </ul>
      )}
      {refs.map((ref) => {
        const article = articles.find((a) => a.id === ref.id);
        const cell = row.cells[ref.id];
        return article && cell ? <CellDetail key={ref.id} row={row} cell={cell} article={article} name={ref.name} /> : null;
      })}
    </aside>
  );
});
