import type { StateCreator } from 'zustand';
import { resetColumnLayout, setBaseline, setColumnLayout, setCopyNumbers, setGroupBy, setGroupsCollapsed } from '@shared/workspace/view-operations';
import type { CopyNumberFormat, GroupBy } from '@shared/workspace/workspace-schema';
import type { CrosscheckState } from './store';

/**
 * How the analyst arranges the comparison: the baseline and the columns. Kept in the
 * workspace (saved with it, exported so) and undoable like any other change.
 */
export interface ViewSlice {
  setBaseline(articleId: string | null): void;
  setColumnLayout(order: readonly string[], hidden: readonly string[]): void;
  resetColumnLayout(): void;
  setGroupBy(groupBy: GroupBy): void;
  /** Collapsing and expanding in a row make one undo step. */
  setGroupsCollapsed(keys: readonly string[], isCollapsed: boolean): void;
  setCopyNumbers(format: CopyNumberFormat): void;
}

export const createViewSlice: StateCreator<CrosscheckState, [], [], ViewSlice> = (_set, get) => ({
  setBaseline: (articleId) => get().change('Change baseline', (workspace) => setBaseline(workspace, articleId)),
  setColumnLayout: (order, hidden) => get().change('Arrange columns', (workspace) => setColumnLayout(workspace, order, hidden)),
  resetColumnLayout: () => get().change('Reset columns', resetColumnLayout),
  setGroupBy: (groupBy) => get().change(groupBy === 'none' ? 'Ungroup rows' : 'Group rows', (workspace) => setGroupBy(workspace, groupBy)),
  setGroupsCollapsed: (keys, isCollapsed) =>
    get().change(isCollapsed ? 'Collapse groups' : 'Expand groups', (workspace) => setGroupsCollapsed(workspace, keys, isCollapsed), 'edit', 'collapse-groups'),
  setCopyNumbers: (format) => get().change('Copy numbers setting', (workspace) => setCopyNumbers(workspace, format)),
});
