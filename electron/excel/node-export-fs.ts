import { createWriteStream } from 'node:fs';
import { access, mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import type { ExportFs } from './export-file';

export const nodeExportFs: ExportFs = {
  createWriteStream: (file) => createWriteStream(file, { flags: 'wx' }),
  async sync(file) {
    const handle = await open(file, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  rename,
  unlink,
  readFile,
  exists: (file) =>
    access(file).then(
      () => true,
      () => false,
    ),
};

/** The node file system, and a folder made on demand, for the export service. */
export const nodeExportServiceFs = {
  ...nodeExportFs,
  mkdir: async (dir: string) => {
    await mkdir(dir, { recursive: true });
  },
};
