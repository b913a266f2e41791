import type { PaneId } from '@shared/workspace/workspace-schema';

/**
 * Which panels the workbench draws, and the share each takes of its group. The grid is always
 * there; a pane is drawn when the analyst has it open and it has something to show (the
 * detail and sources of the selected row), so an empty pane takes no room.
 */

export interface PaneVisibility {
  readonly detail: boolean;
  readonly sources: boolean;
  readonly charts: boolean;
}

/** Shares, in percent of each group, before the analyst drags a splitter. */
export const DEFAULT_SIZES = { side: 22, sources: 25, detail: 55 } as const;

export function visiblePanes(closed: readonly PaneId[], hasSelectedRow: boolean): PaneVisibility {
  return {
    detail: hasSelectedRow && !closed.includes('detail'),
    sources: hasSelectedRow && !closed.includes('sources'),
    charts: !closed.includes('charts'),
  };
}

/** A saved share, or the default; kept within 5–95% so a pane never opens as a sliver or covers the grid. */
function shareOf(sizes: Readonly<Record<string, number>>, id: keyof typeof DEFAULT_SIZES): number {
  const saved = sizes[id];
  return saved === undefined || saved <= 0 ? DEFAULT_SIZES[id] : Math.min(95, Math.max(5, saved));
}

/**
 * The share each pane opens at, in percent of its group: the grid (and the charts below the
 * detail) take the rest. The detail alone in its column fills it.
 */
export function paneShares(sizes: Readonly<Record<string, number>>, visible: PaneVisibility): { side: number; sources: number; detail: number } {
  return { side: shareOf(sizes, 'side'), sources: shareOf(sizes, 'sources'), detail: visible.charts ? shareOf(sizes, 'detail') : 100 };
}

/** Panes a drag closed: a collapsible panel the analyst pulled down to nothing. */
export function panesClosedByDrag(layout: Readonly<Record<string, number>>): PaneId[] {
  const closed: PaneId[] = [];
  const isGone = (id: string) => id in layout && layout[id] < 0.5;
  if (isGone('side')) closed.push('detail', 'charts');
  if (isGone('detail')) closed.push('detail');
  if (isGone('charts')) closed.push('charts');
  if (isGone('sources')) closed.push('sources');
  return closed;
}

/** The shares worth keeping from a group's new layout: the panes', not the grid's remainder, and never a collapsed zero. */
export function sharesToKeep(layout: Readonly<Record<string, number>>): Record<string, number> {
  const kept: Record<string, number> = {};
  for (const id of ['side', 'sources', 'detail'] as const) {
    const size = layout[id];
    // The detail's share means something only beside the charts: alone it fills its column.
    if (id === 'detail' && !('charts' in layout)) continue;
    if (size !== undefined && size >= 0.5) kept[id] = size;
  }
  return kept;
}
