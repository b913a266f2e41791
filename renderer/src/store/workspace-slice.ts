import type { StateCreator } from 'zustand';
import { appendHistories, changedCells, newWorkspace, withHistoryOf, type ChangedCell } from '@shared/workspace/operations';
import { withLayoutOf } from '@shared/workspace/layout-operations';
import { cellKey, type HistoryEntry, type Workspace } from '@shared/workspace/workspace-schema';
import type { CrosscheckState } from './store';

/** Undo keeps this many steps (the issue asks for at least 1,000). */
export const UNDO_LIMIT = 2_000;

interface UndoStep {
  /** The whole document before (undo stack) or after (redo stack) the step. */
  readonly workspace: Workspace;
  readonly label: string;
  /** Changes with the same key in a row (typing one note) make one step. */
  readonly mergeKey?: string;
}

type HistoryAction = HistoryEntry['action'];

/**
 * The analyst's document and its undo. Every change goes through `change`, so undo covers
 * every kind of change alike. Undo lives here, not in AG Grid, whose own undo a sort or a
 * filter clears. Versions share unchanged parts, so a deep stack costs little.
 */
export interface WorkspaceSlice {
  workspace: Workspace;
  /** Bumped by every change, undo and redo; autosave acknowledges revisions. */
  revision: number;
  undoStack: readonly UndoStep[];
  redoStack: readonly UndoStep[];
  change(label: string, apply: (workspace: Workspace) => Workspace, action?: HistoryAction, mergeKey?: string): void;
  /** A change to the window's arrangement: saved with the workspace, never an undo step. */
  changeLayout(apply: (workspace: Workspace) => Workspace): void;
  undo(): void;
  redo(): void;
  /** Replaces the document (after open or new); clears undo, which belonged to the other one. */
  replaceWorkspace(workspace: Workspace): void;
}

export const createWorkspaceSlice =
  (now: () => Date): StateCreator<CrosscheckState, [], [], WorkspaceSlice> =>
  (set, get) => {
    /** The cells a step changed, logged in their per-cell history. */
    const logChanges = (workspace: Workspace, changes: readonly ChangedCell[], action: HistoryAction): Workspace => {
      const at = now().toISOString();
      return appendHistories(
        workspace,
        changes.map((change) => ({
          scenarioId: change.scenarioId,
          key: cellKey(change.rowId, change.columnId),
          entry: { at, value: change.after?.value ?? null, previous: change.before?.value ?? null, input: change.after?.input ?? null, action },
        })),
      );
    };

    const step = (from: 'undoStack' | 'redoStack', to: 'undoStack' | 'redoStack', action: 'undo' | 'redo') => {
      const state = get();
      const target = state[from].at(-1);
      if (!target) return;
      const restored = withLayoutOf(withHistoryOf(target.workspace, state.workspace), state.workspace);
      set({
        workspace: logChanges(restored, changedCells(state.workspace, restored), action),
        revision: state.revision + 1,
        [from]: state[from].slice(0, -1),
        [to]: [...state[to], { workspace: state.workspace, label: target.label }].slice(-UNDO_LIMIT),
      });
      get().scheduleSave();
    };

    return {
      workspace: newWorkspace(now()),
      revision: 0,
      undoStack: [],
      redoStack: [],
      change(label, apply, action = 'edit', mergeKey) {
        const current = get().workspace;
        const next = apply(current);
        if (next === current) return;
        const top = get().undoStack.at(-1);
        // Continuing the same change keeps the step that holds the state before it began.
        const isContinuation = mergeKey !== undefined && top?.mergeKey === mergeKey && get().redoStack.length === 0;
        set((state) => ({
          workspace: logChanges(next, changedCells(current, next), action),
          revision: state.revision + 1,
          undoStack: isContinuation ? state.undoStack : [...state.undoStack, { workspace: current, label, mergeKey }].slice(-UNDO_LIMIT),
          redoStack: [],
        }));
        get().scheduleSave();
      },
      changeLayout(apply) {
        const current = get().workspace;
        const next = apply(current);
        if (next === current) return;
        set((state) => ({ workspace: next, revision: state.revision + 1 }));
        get().scheduleSave();
      },
      undo: () => step('undoStack', 'redoStack', 'undo'),
      redo: () => step('redoStack', 'undoStack', 'redo'),
      replaceWorkspace(workspace) {
        // A review open on the other workspace's article has nothing to show in this one.
        set({ workspace, revision: 0, undoStack: [], redoStack: [], reviewArticleId: null, reviewFigureId: null });
      },
    };
  };
