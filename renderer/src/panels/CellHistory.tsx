import { useDeferredValue, useState } from 'react';
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

/** One formatter for every date shown: toLocaleString builds a new one per call. */
const WHEN = new Intl.DateTimeFormat(undefined, { dateStyle: 'short', timeStyle: 'medium' });
/** Newest entries shown at first; a cell edited hundreds of times lists the rest on request. */
const SHOWN_AT_FIRST = 20;

interface CellHistoryProps {
  readonly rowId: string;
  readonly columnId: string;
  readonly unit: Unit;
  /** What the cell shows with no value of the analyst's: the article's value, or nothing. */
  readonly sourceLabel: string;
}

/**
 * Every value the cell held in this scenario, newest first, each restorable. It follows an edit
 * one step behind (a deferred value), so the grid's frame never waits for it.
 */
export function CellHistory({ rowId, columnId, unit, sourceLabel }: CellHistoryProps) {
  const scenarioId = useCrosscheckStore((state) => state.workspace.activeScenarioId);
  const entries = useDeferredValue(useCrosscheckStore((state) => state.workspace.history[scenarioId]?.[cellKey(rowId, columnId)]));
  const restore = useCrosscheckStore((state) => state.restoreCellValue);
  const [showsAll, setShowsAll] = useState(false);
  const show = (value: number | null) => (value === null ? sourceLabel : formatValue(value, unit));
  if (!entries || entries.length === 0) return <p className="muted">No changes to this cell yet.</p>;
  const newestFirst = entries.slice(showsAll ? 0 : Math.max(0, entries.length - SHOWN_AT_FIRST)).reverse();
  return (
    <>
      <ol className="cell-history" data-testid="cell-history" reversed start={entries.length}>
        {newestFirst.map((entry, index) => (
          <li key={`${entry.at}-${entries.length - index}`}>
            <strong>{show(entry.value)}</strong>
            <span className="muted">
              {' '}
              {ACTION_LABELS[entry.action]} {WHEN.format(new Date(entry.at))}, replacing {show(entry.previous)}
            </span>{' '}
            {index > 0 && (
              <button type="button" className="link-button" onClick={() => restore(rowId, columnId, entry)}>
                Restore
              </button>
            )}
          </li>
        ))}
      </ol>
      {entries.length > newestFirst.length && (
        <button type="button" className="link-button" onClick={() => setShowsAll(true)}>
          Show all {entries.length} values
        </button>
      )}
    </>
  );
}
