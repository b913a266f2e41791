import { useDeferredValue, useMemo } from 'react';
import { selectComparisonRowById } from '../store/comparison-selectors';
import { useCrosscheckStore } from '../store/store';
import { cellContent, type CellContent } from '../grid/cell-content';
import { isGroupRowId } from '../grid/groups/row-groups';
import { boundsCellCount, cellsIn, rangeBounds } from '../grid/selection/cell-range';
import { rangeStats } from '../grid/selection/range-stats';
import { PaneToggles } from '../layout/PaneToggles';

/** Above this many cells the figures are not worked out: a whole desk selected is a lot to walk on every change. */
const LIVE_STATS_LIMIT = 100_000;

/**
 * Under the grid, as in Excel: the last action's message on the left (a refusal never moves
 * the grid), and Count, Numeric count, Sum, Average, Min and Max of the selected cells.
 */
export function StatusBar() {
  // One step behind, like the panel: the figures never hold back the frame of an edit or a move.
  const selection = useDeferredValue(useCrosscheckStore((state) => state.selection));
  const layout = useDeferredValue(useCrosscheckStore((state) => state.gridLayout));
  // Recomputed when any row changes: the figures follow an edit inside the range.
  const rowsVersion = useDeferredValue(useCrosscheckStore((state) => state.workspace));
  const message = useCrosscheckStore((state) => state.statusMessage);
  const stats = useMemo(() => {
    const bounds = rangeBounds(selection, layout);
    if (!bounds || boundsCellCount(bounds) < 2) return null;
    if (boundsCellCount(bounds) > LIVE_STATS_LIMIT) return 'too-many' as const;
    const state = useCrosscheckStore.getState();
    const contents: CellContent[] = [];
    for (const row of cellsIn(bounds, layout, isGroupRowId)) {
      for (const cell of row) {
        const data = selectComparisonRowById(state, cell.rowId);
        if (data) contents.push(cellContent(data, cell.colId));
      }
    }
    return rangeStats(contents);
    // rowsVersion: a new workspace means values may have changed under the same range.
  }, [selection, layout, rowsVersion]);

  return (
    <footer className="status-bar" data-testid="status-bar">
      <span className={`status-message${message?.tone === 'refused' ? ' is-refused' : ''}`} role="status" data-testid="status-message" key={message?.id} title={message?.text}>
        {message?.text ?? ''}
      </span>
      {stats === 'too-many' && <span data-testid="stat-too-many">Over {LIVE_STATS_LIMIT.toLocaleString('en-US')} cells selected: no sum</span>}
      {stats && stats !== 'too-many' && (
        <span className="range-stats" data-testid="range-stats">
          <span data-testid="stat-count">Count: {stats.count}</span>
          {stats.numericCount > 0 && <span data-testid="stat-numeric-count">Numeric count: {stats.numericCount}</span>}
          {stats.mixedUnits ? (
            <span data-testid="stat-mixed">Mixed units: sum not shown</span>
          ) : (
            stats.sum !== null && (
              <>
                <span data-testid="stat-sum">Sum: {stats.sum}</span>
                <span data-testid="stat-average">Average: {stats.average}</span>
                <span data-testid="stat-min">Min: {stats.min}</span>
                <span data-testid="stat-max">Max: {stats.max}</span>
              </>
            )
          )}
        </span>
      )}
      <PaneToggles />
    </footer>
  );
}
