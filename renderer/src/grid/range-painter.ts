import type { CellClassParams, GridApi } from 'ag-grid-community';
import type { CrosscheckState } from '../store/store';
import type { GridRow } from './groups/row-groups';
import { rangeBounds, type GridLayout, type RangeBounds } from './selection/cell-range';

/**
 * Draws the selected range like a spreadsheet: a fill on every cell and a border around the
 * rectangle, through cell classes. The classes read the range painted last; a new range
 * refreshes only the drawn rows it touches, old and new, so a drag over a large grid stays cheap.
 */
let painted: { bounds: RangeBounds | null; layout: GridLayout | null } = { bounds: null, layout: null };

function edges(params: CellClassParams<GridRow>): number {
  const { bounds, layout } = painted;
  const rowId = params.node.id;
  const colId = params.colDef.colId;
  if (!bounds || !layout || rowId === undefined || colId === undefined) return 0;
  const row = layout.rowIndex.get(rowId);
  const col = layout.colIndex.get(colId);
  if (row === undefined || col === undefined || row < bounds.top || row > bounds.bottom || col < bounds.left || col > bounds.right) return 0;
  return 1 | (row === bounds.top ? 2 : 0) | (row === bounds.bottom ? 4 : 0) | (col === bounds.left ? 8 : 0) | (col === bounds.right ? 16 : 0);
}

/** Added to every column: the range's fill and its four edges. */
export const RANGE_CLASS_RULES = {
  'in-range': (p: CellClassParams<GridRow>) => (edges(p) & 1) !== 0,
  'range-top': (p: CellClassParams<GridRow>) => (edges(p) & 2) !== 0,
  'range-bottom': (p: CellClassParams<GridRow>) => (edges(p) & 4) !== 0,
  'range-left': (p: CellClassParams<GridRow>) => (edges(p) & 8) !== 0,
  'range-right': (p: CellClassParams<GridRow>) => (edges(p) & 16) !== 0,
};

function rowSpan(bounds: RangeBounds | null): [number, number] | null {
  return bounds ? [bounds.top, bounds.bottom] : null;
}

/** Repaints the range whenever the selection or the layout changes; returns the unsubscribe. */
export function paintRange(api: GridApi<GridRow>, subscribe: (listener: (state: CrosscheckState) => void) => () => void, initial: CrosscheckState): () => void {
  let lastSelection = initial.selection;
  let lastLayout = initial.gridLayout;
  painted = { bounds: rangeBounds(lastSelection, lastLayout), layout: lastLayout };
  const unsubscribe = subscribe((state) => {
    if (state.selection === lastSelection && state.gridLayout === lastLayout) return;
    const before = rowSpan(painted.bounds);
    lastSelection = state.selection;
    lastLayout = state.gridLayout;
    painted = { bounds: rangeBounds(lastSelection, lastLayout), layout: lastLayout };
    const after = rowSpan(painted.bounds);
    const touches = (index: number | null) => index !== null && [before, after].some((span) => span !== null && index >= span[0] && index <= span[1]);
    const rowNodes = api.getRenderedNodes().filter((node) => touches(node.rowIndex));
    if (rowNodes.length > 0) api.refreshCells({ rowNodes });
  });
  return () => {
    unsubscribe();
    painted = { bounds: null, layout: null };
  };
}
