import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { StampedDatasetFs } from './dataset-source';

/** The real file system for the loader. Names come from the folder listing or a schema-checked plain file name. */
export const nodeDatasetFs: StampedDatasetFs = {
  listFiles: (dir) => readdir(dir),
  readText: (dir, name) => readFile(path.join(dir, path.basename(name)), 'utf8'),
  async folderStamp(dir) {
    const names = (await readdir(dir)).sort();
    const stamps = await Promise.all(
      names.map(async (name) => {
        const info = await stat(path.join(dir, name)).catch(() => null);
        return info ? `${name}:${info.size}:${info.mtimeMs}` : `${name}:gone`;
      }),
    );
    return stamps.join('\n');
  },
};
