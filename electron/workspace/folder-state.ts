import path from 'node:path';
import { z } from 'zod';
import type { WorkspaceFolderState } from '@shared/ipc/contract';
import type { AtomicFs } from './atomic-write';
import type { WorkspaceFailure } from './workspace-failure';
import { serialize, type WorkspaceFiles } from './workspace-file';
import { validateWorkspaceName } from './workspace-names';

/** The folder's last-opened and recent list, beside the workspaces. */
export const STATE_FILE_NAME = 'crosscheck-state.json';
const RECENT_LIMIT = 10;

const StateSchema = z.object({ lastOpened: z.string().nullable(), recent: z.array(z.string()) });
const EMPTY_STATE: WorkspaceFolderState = { lastOpened: null, recent: [] };

export interface FolderStateDeps {
  readonly dir: string;
  readonly fs: AtomicFs;
  readonly files: Pick<WorkspaceFiles, 'write'>;
}

/** `crosscheck-state.json`: which workspace to reopen, and the recent list. */
export interface FolderStateFile {
  /** A missing or broken state file reads as empty; names that cannot be workspaces are dropped. */
  read(): Promise<WorkspaceFolderState>;
  /** Puts `name` first in the recent list and makes it the last opened. The caller runs these one at a time. */
  recordOpened(name: string): Promise<{ readonly ok: true; readonly state: WorkspaceFolderState } | WorkspaceFailure>;
}

export function createFolderStateFile(deps: FolderStateDeps): FolderStateFile {
  const statePath = path.join(deps.dir, STATE_FILE_NAME);

  async function read(): Promise<WorkspaceFolderState> {
    try {
      const parsed = StateSchema.safeParse(JSON.parse(await deps.fs.readFile(statePath)));
      if (!parsed.success) return EMPTY_STATE;
      const recent = parsed.data.recent.filter((name) => validateWorkspaceName(name) === null).slice(0, RECENT_LIMIT);
      return { lastOpened: parsed.data.lastOpened, recent };
    } catch {
      return EMPTY_STATE;
    }
  }

  async function recordOpened(name: string): Promise<{ readonly ok: true; readonly state: WorkspaceFolderState } | WorkspaceFailure> {
    const previous = await read();
    const state: WorkspaceFolderState = { lastOpened: name, recent: [name, ...previous.recent.filter((other) => other !== name)].slice(0, RECENT_LIMIT) };
    await deps.fs.mkdir(deps.dir).catch(() => undefined);
    const written = await deps.files.write(statePath, serialize(state));
    return written.ok ? { ok: true, state } : written;
  }

  return { read, recordOpened };
}
