import type { StateCreator } from 'zustand';
import { resetColumnLayout, setBaseline, setColumnLayout } from '@shared/workspace/view-operations';
import type { CrosscheckState } from './store';

/**
 * How the analyst arranges the comparison: the baseline and the columns. Kept in the
 * workspace (saved with it, exported so) and undoable like any other change.
 */
export interface ViewSlice {
  setBaseline(articleId: string | null): void;
  setColumnLayout(order: readonly string[], hidden: readonly string[]): void;
  resetColumnLayout(): void;
}

export const createViewSlice: StateCreator<CrosscheckState, [], [], ViewSlice> = (_set, get) => ({
  setBaseline: (articleId) => get().change('Change baseline', (workspace) => setBaseline(workspace, articleId)),
  setColumnLayout: (order, hidden) => get().change('Arrange columns', (workspace) => setColumnLayout(workspace, order, hidden)),
  resetColumnLayout: () => get().change('Reset columns', resetColumnLayout),
});
