import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { DatasetFs } from './load-dataset';

/** The real file system for the loader. Names come from the folder listing or a schema-checked plain file name. */
export const nodeDatasetFs: DatasetFs = {
  listFiles: (dir) => readdir(dir),
  readText: (dir, name) => readFile(path.join(dir, path.basename(name)), 'utf8'),
};
