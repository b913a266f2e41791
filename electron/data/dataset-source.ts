import type { DatasetSnapshot } from '@shared/ipc/contract';
import { loadDataset, type DatasetFs } from './load-dataset';

/** The loader's file calls, plus a cheap fingerprint of the folder (names, sizes, change times). */
export interface StampedDatasetFs extends DatasetFs {
  folderStamp(dir: string): Promise<string>;
}

/**
 * The data folder, loaded once and again only when a file in it changed. Validating 100,000
 * figures takes longer than the rest of a start together; a page reload, an export or
 * "Reload data" with nothing changed on disk gets the same snapshot, and an edited, added
 * or removed file is read afresh because the folder's fingerprint moved.
 *
 * The snapshot is frozen: callers share it, and the browser host serializes it only once.
 */
export function createDatasetSource(dataDir: string, fs: StampedDatasetFs): () => Promise<DatasetSnapshot> {
  let cached: { stamp: string; snapshot: Promise<DatasetSnapshot> } | null = null;
  return async () => {
    let stamp: string;
    try {
      stamp = await fs.folderStamp(dataDir);
    } catch {
      // An unreadable folder is the loader's to report, every time it is asked.
      return loadDataset(dataDir, fs);
    }
    if (cached?.stamp !== stamp) {
      const snapshot = loadDataset(dataDir, fs).then((loaded) => Object.freeze(loaded));
      cached = { stamp, snapshot };
      // A failed read is not kept: the next request tries again.
      snapshot.catch(() => {
        if (cached?.snapshot === snapshot) cached = null;
      });
    }
    return cached.snapshot;
  };
}
