import { create } from 'zustand';
import { getIpcClient, type IpcClient } from '../ipc/client';
import { createAssumptionsSlice, type AssumptionsSlice } from './assumptions-slice';
import { createDatasetSlice, type DatasetSlice } from './dataset-slice';
import { createUiSlice, type UiSlice } from './ui-slice';

export type CrosscheckState = DatasetSlice & AssumptionsSlice & UiSlice;

export interface StoreDeps {
  readonly ipc: () => IpcClient;
  readonly now: () => Date;
}

/** Builds a store; tests pass their own IPC client and clock. */
export function createCrosscheckStore(deps: StoreDeps) {
  return create<CrosscheckState>()((...args) => ({
    ...createDatasetSlice(deps.ipc)(...args),
    ...createAssumptionsSlice(deps.now)(...args),
    ...createUiSlice(...args),
  }));
}

/** The app's one store. */
export const useCrosscheckStore = createCrosscheckStore({ ipc: getIpcClient, now: () => new Date() });
