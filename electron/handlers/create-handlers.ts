import type { AppInfo, Handlers } from '@shared/ipc/contract';
import { loadDataset, type DatasetFs } from '../data/load-dataset';

export interface HandlerDeps {
  readonly dataDir: string;
  readonly fs: DatasetFs;
  readonly mode: AppInfo['mode'];
  readonly version: string;
}

/**
 * The handler table, the same for Electron and for browser mode. Everything it touches
 * comes in through `deps`, so it runs in plain Node under test.
 */
export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    'dataset:load': async () => loadDataset(deps.dataDir, deps.fs),
    'app:info': async () => ({ mode: deps.mode, version: deps.version, dataDir: deps.dataDir }),
  } satisfies Handlers;
}
