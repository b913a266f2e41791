import type { ComparisonView, CopyNumberFormat, GroupBy, Workspace } from './workspace-schema';

/**
 * The analyst's arrangement of the comparison: the baseline, and the columns' order and
 * visibility. Each returns the same workspace when nothing changes, so a grid event that
 * repeats the current layout makes no undo step and no save.
 */

function withView(workspace: Workspace, view: ComparisonView): Workspace {
  const current = workspace.view;
  const isSame =
    current.baselineArticleId === view.baselineArticleId &&
    sameList(current.columnOrder, view.columnOrder) &&
    sameList(current.hiddenColumns, view.hiddenColumns) &&
    current.groupBy === view.groupBy &&
    sameList(current.collapsedGroups, view.collapsedGroups);
  return isSame ? workspace : { ...workspace, view };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

/** Compares every article against this one; null goes back to the oldest. */
export function setBaseline(workspace: Workspace, articleId: string | null): Workspace {
  return withView(workspace, { ...workspace.view, baselineArticleId: articleId });
}

/** The columns' order (every column id, as the grid shows them) and which are hidden. */
export function setColumnLayout(workspace: Workspace, columnOrder: readonly string[], hiddenColumns: readonly string[]): Workspace {
  return withView(workspace, { ...workspace.view, columnOrder: [...columnOrder], hiddenColumns: [...new Set(hiddenColumns)].sort() });
}

/** Back to the default order with every column shown; the baseline stays. */
export function resetColumnLayout(workspace: Workspace): Workspace {
  return withView(workspace, { ...workspace.view, columnOrder: [], hiddenColumns: [] });
}

/** Groups rows by company (or company and segment), or not at all; a new grouping starts expanded. */
export function setGroupBy(workspace: Workspace, groupBy: GroupBy): Workspace {
  return workspace.view.groupBy === groupBy ? workspace : withView(workspace, { ...workspace.view, groupBy, collapsedGroups: [] });
}

/** Collapses or expands the groups with these keys. */
export function setGroupsCollapsed(workspace: Workspace, keys: readonly string[], isCollapsed: boolean): Workspace {
  const collapsed = new Set(workspace.view.collapsedGroups);
  for (const key of keys) {
    if (isCollapsed) collapsed.add(key);
    else collapsed.delete(key);
  }
  return withView(workspace, { ...workspace.view, collapsedGroups: [...collapsed].sort() });
}

/** How copied numbers go out (see CopyNumberFormat). */
export function setCopyNumbers(workspace: Workspace, copyNumbers: CopyNumberFormat): Workspace {
  return workspace.settings.copyNumbers === copyNumbers ? workspace : { ...workspace, settings: { ...workspace.settings, copyNumbers } };
}
