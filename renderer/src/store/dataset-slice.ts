import type { StateCreator } from 'zustand';
import type { Article } from '@shared/domain/dataset-schema';
import { articleRefs, orderArticles, type ArticleRef } from '@shared/domain/article-refs';
import { buildRowSources, type RowSource } from '@shared/domain/comparison';
import type { DataProblem } from '@shared/ipc/contract';
import type { IpcClient } from '../ipc/client';
import type { CrosscheckState } from './store';

/** The source data as loaded from the main side. Never modified by the analyst's edits. */
export interface DatasetSlice {
  loadState: 'idle' | 'loading' | 'ready' | 'failed';
  /** Why the dataset could not be fetched at all (the main side's message). */
  loadError: string | null;
  /** Oldest first; the first is the baseline of the comparison. */
  articles: readonly Article[];
  articleRefs: readonly ArticleRef[];
  /** Rows of the dataset's figures; the analyst's own rows are added by selectAllRowSources. */
  rowSources: readonly RowSource[];
  /** Files of the data folder that could not be loaded, or loaded with a doubt. */
  problems: readonly DataProblem[];
  dataDir: string | null;
  loadDataset(): Promise<void>;
}

export const createDatasetSlice =
  (ipc: () => IpcClient): StateCreator<CrosscheckState, [], [], DatasetSlice> =>
  (set) => ({
    loadState: 'idle',
    loadError: null,
    articles: [],
    articleRefs: [],
    rowSources: [],
    problems: [],
    dataDir: null,
    async loadDataset() {
      set({ loadState: 'loading', loadError: null });
      try {
        const snapshot = await ipc().invoke('dataset:load', {});
        const rowSources = buildRowSources(snapshot.figures);
        set({
          loadState: 'ready',
          articles: orderArticles(snapshot.articles),
          articleRefs: articleRefs(snapshot.articles),
          rowSources,
          problems: snapshot.problems,
          dataDir: snapshot.dataDir,
        });
      } catch (error) {
        set({ loadState: 'failed', loadError: error instanceof Error ? error.message : String(error) });
      }
    },
  });
