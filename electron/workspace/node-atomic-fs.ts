import { copyFile, link, mkdir, open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import type { AtomicFs } from './atomic-write';

/** The real file system for the workspace layer. Paths are built by the repository from checked names. */
export const nodeAtomicFs: AtomicFs = {
  open: async (filePath, flags) => {
    const handle = await open(filePath, flags);
    return {
      writeFile: (text) => handle.writeFile(text, 'utf8'),
      sync: () => handle.sync(),
      close: () => handle.close(),
    };
  },
  link: (existingPath, newPath) => link(existingPath, newPath),
  rename: (from, to) => rename(from, to),
  unlink: (filePath) => unlink(filePath),
  copyFile: (from, to) => copyFile(from, to),
  readFile: (filePath) => readFile(filePath, 'utf8'),
  readdir: (dir) => readdir(dir),
  mkdir: async (dir) => {
    await mkdir(dir, { recursive: true });
  },
  stat: async (filePath) => {
    const stats = await stat(filePath);
    return { mtime: stats.mtime, size: stats.size, isFile: stats.isFile() };
  },
};
