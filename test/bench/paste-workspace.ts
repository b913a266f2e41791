import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { DeskFolders } from './browser';
import { BENCH_WORKSPACE, type DeskFiles } from './desk-files';

/**
 * The desk's workspace again, in a folder of its own, with the per-article Δ columns hidden: a
 * block pasted across five articles then lands on five value columns side by side, as an
 * analyst pasting a block would arrange them. The edit measures keep the desk as it is.
 */
export async function writePasteWorkspace(files: DeskFiles): Promise<DeskFolders> {
  const workspaceDir = path.join(files.root, 'workspaces-paste');
  await mkdir(workspaceDir, { recursive: true });
  const articleIds = (await readdir(files.dataDir)).filter((name) => name.endsWith('.article.json')).map((name) => name.replace(/\.article\.json$/, ''));
  const workspace = JSON.parse(await readFile(files.workspaceFile, 'utf8')) as { view?: { hiddenColumns?: string[] } };
  workspace.view = { ...workspace.view, hiddenColumns: articleIds.map((id) => `delta:${id}`) };
  await writeFile(path.join(workspaceDir, `${BENCH_WORKSPACE}.crosscheck.json`), `${JSON.stringify(workspace, null, 2)}\n`);
  await writeFile(path.join(workspaceDir, 'crosscheck-state.json'), `${JSON.stringify({ lastOpened: BENCH_WORKSPACE, recent: [BENCH_WORKSPACE] }, null, 2)}\n`);
  return { dataDir: files.dataDir, workspaceDir, exportDir: files.exportDir };
}
