import { ANALYST_COLUMN, type ComparisonRow } from '@shared/domain/comparison';
import { formatValue } from '@shared/domain/format';
import { useCrosscheckStore } from '../store/store';
import { CellHistory } from './CellHistory';
import { CellNote } from './CellNote';
import { selectArticleRefs } from '../store/dataset-selectors';

/** The focused cell: its note and its history, reachable from the cell by selecting it. */
export function CellWorkbench({ row, columnId }: { row: ComparisonRow; columnId: string }) {
  const columnName = useCrosscheckStore((state) =>
    columnId === ANALYST_COLUMN ? 'Your estimate' : (selectArticleRefs(state).find((ref) => ref.id === columnId)?.name.replace(/^article/, 'Article') ?? columnId),
  );
  const cell = row.cells[columnId];
  if (!cell) return null;
  const sourceLabel = cell.sourceFigure ? `${formatValue(cell.sourceFigure.value, cell.unit)} (article)` : 'empty';
  return (
    <section className="cell-workbench" data-testid="cell-workbench">
      <h3>Cell · {columnName}</h3>
      <CellNote key={`${row.id}#${columnId}`} rowId={row.id} columnId={columnId} />
      <h4>History</h4>
      <CellHistory rowId={row.id} columnId={columnId} unit={cell.unit} sourceLabel={sourceLabel} />
    </section>
  );
}
