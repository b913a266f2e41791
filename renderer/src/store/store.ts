import { create } from 'zustand';
import { getIpcClient, type IpcClient } from '../ipc/client';
import { createArticleImportSlice, type ArticleImportSlice } from './article-import-slice';
import { createDatasetSlice, type DatasetSlice } from './dataset-slice';
import { createExcelSlice, type ExcelSlice } from './excel-slice';
import { createEditingSlice, type EditingSlice } from './editing-slice';
import { createPersistenceSlice, type PersistenceSlice } from './persistence-slice';
import { createUiSlice, type UiSlice } from './ui-slice';
import { createViewSlice, type ViewSlice } from './view-slice';
import { createWorkspaceSlice, type WorkspaceSlice } from './workspace-slice';
import { createSelectionSlice, type SelectionSlice } from './selection-slice';
import { createLayoutSlice, type LayoutSlice } from './layout-slice';
import { newSessionId } from './session-id';

export type CrosscheckState = DatasetSlice & WorkspaceSlice & PersistenceSlice & EditingSlice & UiSlice & ExcelSlice & ViewSlice & ArticleImportSlice & SelectionSlice & LayoutSlice;

export interface StoreDeps {
  readonly ipc: () => IpcClient;
  readonly now: () => Date;
  /** This window's session: owns the open workspace file. */
  readonly sessionId: string;
}

/** Builds a store; tests pass their own IPC client, clock and session. */
export function createCrosscheckStore(deps: StoreDeps) {
  return create<CrosscheckState>()((...args) => ({
    ...createDatasetSlice(deps.ipc)(...args),
    ...createWorkspaceSlice(deps.now)(...args),
    ...createPersistenceSlice(deps.ipc, deps.sessionId, deps.now)(...args),
    ...createEditingSlice(deps.now)(...args),
    ...createUiSlice(...args),
    ...createExcelSlice(deps.ipc, deps.now)(...args),
    ...createViewSlice(...args),
    ...createArticleImportSlice(deps.ipc, deps.now)(...args),
    ...createSelectionSlice(...args),
    ...createLayoutSlice(...args),
  }));
}

/** The app's one store. */
export const useCrosscheckStore = createCrosscheckStore({ ipc: getIpcClient, now: () => new Date(), sessionId: newSessionId() });
