import type { ComparisonView, Workspace } from './workspace-schema';

/**
 * The analyst's arrangement of the comparison: the baseline, and the columns' order and
 * visibility. Each returns the same workspace when nothing changes, so a grid event that
 * repeats the current layout makes no undo step and no save.
 */

function withView(workspace: Workspace, view: ComparisonView): Workspace {
  const current = workspace.view;
  const isSame =
    current.baselineArticleId === view.baselineArticleId && sameList(current.columnOrder, view.columnOrder) && sameList(current.hiddenColumns, view.hiddenColumns);
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
