import type { Unit } from '@shared/domain/units';
import { formatValue } from '@shared/domain/format';
import { cellKey, type HistoryEntry } from '@shared/workspace/workspace-schema';
import { useCrosscheckStore } from '../store/store';

const ACTION_LABELS: Record<HistoryEntry['action'], string> = {
  edit: 'typed',
  reset: 'reset to source',
  restore: 'restored',
  undo: 'undo',
  redo: 'redo',
  import: 'imported',
};

interface CellHistoryProps {
  readonly rowId: string;
  readonly columnId: string;
  readonly unit: Unit;
  /** What the cell shows with no value of the analyst's: the article's value, or nothing. */
  readonly sourceLabel: string;
}

/** Every value the cell held in this scenario, newest first, each restorable. */
export function CellHistory({ rowId, columnId, unit, sourceLabel }: CellHistoryProps) {
  const scenarioId = useCrosscheckStore((state) => state.workspace.activeScenarioId);
  const entries = useCrosscheckStore((state) => state.workspace.history[scenarioId]?.[cellKey(rowId, columnId)]);
  const restore = useCrosscheckStore((state) => state.restoreCellValue);
  const show = (value: number | null) => (value === null ? sourceLabel : formatValue(value, unit));
  if (!entries || entries.length === 0) return <p className="muted">No changes to this cell yet.</p>;
  return (
    <ol className="cell-history" data-testid="cell-history" reversed>
      {[...entries].reverse().map((entry, index) => (
        <li key={`${entry.at}-${index}`}>
          <strong>{show(entry.value)}</strong>
          <span className="muted">
            {' '}
            {ACTION_LABELS[entry.action]} {new Date(entry.at).toLocaleString()}, replacing {show(entry.previous)}
          </span>{' '}
          {index > 0 && (
            <button type="button" className="link-button" onClick={() => restore(rowId, columnId, entry)}>
              Restore
            </button>
          )}
        </li>
      ))}
    </ol>
  );
}
