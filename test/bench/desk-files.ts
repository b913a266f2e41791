import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { SyntheticDesk } from '../support/synthetic-desk';

/** The workspace the bench opens, and the folder state that makes the app reopen it. */
export const BENCH_WORKSPACE = 'Desk';

export interface DeskFiles {
  readonly root: string;
  readonly dataDir: string;
  readonly workspaceDir: string;
  readonly exportDir: string;
  readonly workspaceFile: string;
}

/**
 * Writes a synthetic desk as the app finds it on disk: the data folder's article files and
 * texts, and a workspace folder whose last-opened workspace holds the analyst's values.
 */
export async function writeDeskFiles(desk: SyntheticDesk): Promise<DeskFiles> {
  const root = await mkdtemp(path.join(tmpdir(), 'crosscheck-bench-'));
  const dataDir = path.join(root, 'data');
  const workspaceDir = path.join(root, 'workspaces');
  const exportDir = path.join(root, 'exports');
  await Promise.all([mkdir(dataDir), mkdir(workspaceDir), mkdir(exportDir)]);
  for (const { file, text } of desk.articles) {
    await writeFile(path.join(dataDir, `${file.article.id}.article.json`), JSON.stringify(file, null, 2));
    await writeFile(path.join(dataDir, file.article.textFile), text);
  }
  const workspaceFile = path.join(workspaceDir, `${BENCH_WORKSPACE}.crosscheck.json`);
  await writeFile(workspaceFile, `${JSON.stringify(desk.workspace, null, 2)}\n`);
  await writeFile(path.join(workspaceDir, 'crosscheck-state.json'), `${JSON.stringify({ lastOpened: BENCH_WORKSPACE, recent: [BENCH_WORKSPACE] }, null, 2)}\n`);
  return { root, dataDir, workspaceDir, exportDir, workspaceFile };
}
