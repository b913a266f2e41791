import type { StateCreator } from 'zustand';
import type { Article, Figure } from '@shared/domain/dataset-schema';
import type { DataProblem } from '@shared/ipc/contract';
import type { IpcClient } from '../ipc/client';
import type { CrosscheckState } from './store';

/**
 * The shipped dataset as loaded from the main side; never modified by the analyst. Imported
 * articles live in the workspace; dataset-selectors.ts joins the two.
 */
export interface DatasetSlice {
  loadState: 'idle' | 'loading' | 'ready' | 'failed';
  /** Why the dataset could not be fetched at all (the main side's message). */
  loadError: string | null;
  shipped: { readonly articles: readonly Article[]; readonly figures: readonly Figure[] };
  /** Files of the data folder that could not be loaded, or loaded with a doubt. */
  problems: readonly DataProblem[];
  dataDir: string | null;
  /**
   * Fetches the dataset. With `applyAfter`, the fetched data goes into the store only once
   * that promise settles: at start the workspace and the dataset are fetched side by side,
   * and the rows are computed once, for both, instead of once for each.
   */
  loadDataset(options?: { readonly applyAfter?: Promise<unknown> }): Promise<void>;
}

const NOTHING_LOADED: DatasetSlice['shipped'] = { articles: [], figures: [] };

export const createDatasetSlice =
  (ipc: () => IpcClient): StateCreator<CrosscheckState, [], [], DatasetSlice> =>
  (set) => ({
    loadState: 'idle',
    loadError: null,
    shipped: NOTHING_LOADED,
    problems: [],
    dataDir: null,
    async loadDataset(options) {
      set({ loadState: 'loading', loadError: null });
      try {
        const snapshot = await ipc().invoke('dataset:load', {});
        await options?.applyAfter?.catch(() => undefined);
        set({
          loadState: 'ready',
          shipped: { articles: snapshot.articles, figures: snapshot.figures },
          problems: snapshot.problems,
          dataDir: snapshot.dataDir,
        });
      } catch (error) {
        set({ loadState: 'failed', loadError: error instanceof Error ? error.message : String(error) });
      }
    },
  });
