import type { StateCreator } from 'zustand';
import { clipSelection, makeLayout, type CellSelection, type GridLayout } from '../grid/selection/cell-range';
import type { WritePlan } from '../grid/editing/write-plan';
import type { CrosscheckState } from './store';

/** A line in the status bar: what an action did, or why it was refused. Never moves the grid. */
export interface StatusMessage {
  readonly text: string;
  readonly tone: 'info' | 'refused';
  /** Bumped per message, so the same text said twice still shows as new. */
  readonly id: number;
}

/**
 * The grid's cell range and the grid as displayed, both as data. The grid reports its layout
 * (rows after sort and filter, columns after hiding and moving); the range is kept by row and
 * column id, so it survives a delta update and is clipped when rows leave by a filter.
 */
export interface SelectionSlice {
  selection: CellSelection | null;
  gridLayout: GridLayout;
  statusMessage: StatusMessage | null;
  /** A paste or fill with cells it cannot write, waiting for the analyst's choice. */
  pendingPlan: WritePlan | null;
  /** Where the grid's context menu is open, in window coordinates. */
  contextMenu: { readonly x: number; readonly y: number } | null;
  openContextMenu(x: number, y: number): void;
  closeContextMenu(): void;
  setSelection(selection: CellSelection | null): void;
  setGridLayout(layout: GridLayout): void;
  showStatus(text: string, tone?: StatusMessage['tone']): void;
  /** Applies a plan at once when every cell can be written; otherwise holds it for the report. */
  proposePlan(plan: WritePlan): void;
  /** The report's answer: apply the cells that can be written, or nothing. */
  resolvePendingPlan(apply: boolean): void;
}

const EMPTY_LAYOUT = makeLayout([], []);
let messageId = 0;

export const createSelectionSlice: StateCreator<CrosscheckState, [], [], SelectionSlice> = (set, get) => ({
  selection: null,
  gridLayout: EMPTY_LAYOUT,
  statusMessage: null,
  pendingPlan: null,
  contextMenu: null,
  openContextMenu: (x, y) => set({ contextMenu: { x, y } }),
  closeContextMenu: () => {
    if (get().contextMenu) set({ contextMenu: null });
  },
  setSelection: (selection) => {
    if (selection !== get().selection) set({ selection });
  },
  setGridLayout: (gridLayout) => set((state) => ({ gridLayout, selection: clipSelection(state.selection, gridLayout) })),
  showStatus: (text, tone = 'info') => set({ statusMessage: { text, tone, id: ++messageId } }),
  proposePlan: (plan) => {
    if (plan.refusals.length > 0 || plan.overflow) {
      set({ pendingPlan: plan });
      return;
    }
    applyPlan(get, plan);
  },
  resolvePendingPlan: (apply) => {
    const plan = get().pendingPlan;
    set({ pendingPlan: null });
    if (plan && apply) applyPlan(get, plan);
    else if (plan) get().showStatus(`${plan.label}: cancelled, nothing changed.`);
  },
});

function applyPlan(get: () => CrosscheckState, plan: WritePlan): void {
  const state = get();
  if (plan.writes.length === 0) {
    state.showStatus(`${plan.label}: nothing to change.`, 'refused');
    return;
  }
  state.writeCells(plan.label, plan.writes);
  const skipped = plan.refusals.length;
  state.showStatus(`${plan.label}${skipped > 0 ? `; ${skipped} cell${skipped === 1 ? '' : 's'} left as they were` : ''}.`);
}
