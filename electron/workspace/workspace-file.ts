import path from 'node:path';
import type { WorkspaceFolderState } from '@shared/ipc/contract';
import { formatIssuePath } from '@shared/domain/issue-path';
import { migrateWorkspace } from '@shared/workspace/migrations';
import { WorkspaceSchema, type Workspace } from '@shared/workspace/workspace-schema';
import { describeJsonSyntaxError } from '../data/json-location';
import { atomicWriteFile, errorCodeOf, WorkspaceWriteError, type AtomicFs } from './atomic-write';
import { formatLocalTime, lowerFirst, messageOf, sentence } from './messages';
import { backupFileOf, corruptFileOf, workspaceFileOf } from './workspace-names';
import { failure, type WorkspaceFailure } from './workspace-failure';

export type ReadOutcome =
  | { ok: true; workspace: Workspace; migratedFrom: number | null; mtime: Date; text: string }
  | { ok: false; kind: 'not-found'; detail: string }
  | { ok: false; kind: 'read-failed'; detail: string }
  | { ok: false; kind: 'corrupt'; detail: string; location: string | null };

export type WriteResult = { ok: true; savedAt: string } | WorkspaceFailure;

export interface WorkspaceFileDeps {
  readonly dir: string;
  readonly fs: AtomicFs;
  readonly now: () => Date;
}

/** Reading and writing the files of one workspace folder, with the messages for what goes wrong. */
export interface WorkspaceFiles {
  /** Reads, parses and migrates a workspace file (or its `.bak`); never throws on bad content. */
  read(filePath: string): Promise<ReadOutcome>;
  /** Replaces the file atomically, keeping the previous content as `.bak`. */
  write(filePath: string, text: string): Promise<WriteResult>;
  /** Whether something is at the path; an error other than "not there" counts as there. */
  exists(filePath: string): Promise<boolean>;
  /** The corrupt error for a file, offering `.bak` only if that opens cleanly. */
  corruptFailure(name: string, outcome: { detail: string; location: string | null }): Promise<WorkspaceFailure>;
  /** `<name>.crosscheck.corrupt-20261121T100405Z.json`, with -2, -3... if that is taken: a kept file is never replaced. */
  freeCorruptPath(name: string): Promise<string>;
}

export function createWorkspaceFiles(deps: WorkspaceFileDeps): WorkspaceFiles {
  const { fs } = deps;
  const fileOf = (name: string) => workspaceFileOf(deps.dir, name);

  async function read(filePath: string): Promise<ReadOutcome> {
    let text: string;
    let mtime: Date;
    try {
      mtime = (await fs.stat(filePath)).mtime;
      text = await fs.readFile(filePath);
    } catch (error) {
      return errorCodeOf(error) === 'ENOENT' ? { ok: false, kind: 'not-found', detail: messageOf(error) } : { ok: false, kind: 'read-failed', detail: messageOf(error) };
    }
    let json: unknown;
    try {
      // Editors on Windows may add a byte-order mark, which JSON.parse refuses.
      json = JSON.parse(text.replace(/^\uFEFF/u, ''));
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error;
      const { location, message } = describeJsonSyntaxError(text, error);
      return { ok: false, kind: 'corrupt', detail: message, location };
    }
    const migrated = migrateWorkspace(json);
    if (!migrated.ok) return { ok: false, kind: 'corrupt', detail: migrated.message, location: migrated.location };
    return { ok: true, workspace: migrated.workspace, migratedFrom: migrated.migratedFrom, mtime, text };
  }

  async function write(filePath: string, text: string): Promise<WriteResult> {
    try {
      await atomicWriteFile(filePath, text, fs);
    } catch (error) {
      if (error instanceof WorkspaceWriteError) return failure('write-failed', error.message, error.code);
      return failure('write-failed', `Could not save “${path.basename(filePath)}”: ${messageOf(error)}. Your changes are kept in the app.`, 'UNKNOWN');
    }
    const mtime = await fs.stat(filePath).then((stats) => stats.mtime, () => deps.now());
    return { ok: true, savedAt: mtime.toISOString() };
  }

  async function exists(filePath: string): Promise<boolean> {
    return fs.stat(filePath).then(() => true, (error: unknown) => errorCodeOf(error) !== 'ENOENT');
  }

  async function corruptFailure(name: string, outcome: { detail: string; location: string | null }): Promise<WorkspaceFailure> {
    const backup = await read(backupFileOf(deps.dir, name));
    const where = outcome.location ? `At ${outcome.location}: ${lowerFirst(outcome.detail)}` : outcome.detail;
    const offer = backup.ok ? ` The last good copy, saved ${formatLocalTime(backup.mtime)}, can be restored.` : ' There is no earlier good copy to restore.';
    return {
      ok: false,
      error: {
        kind: 'corrupt',
        message: `Could not open “${path.basename(fileOf(name))}”. ${sentence(where)} The file has not been changed.${offer}`,
        location: outcome.location,
        backup: backup.ok ? { savedAt: backup.mtime.toISOString() } : null,
      },
    };
  }

  async function freeCorruptPath(name: string): Promise<string> {
    const stamp = deps.now().toISOString().replace(/[-:]|\.\d+/gu, '');
    for (let n = 1; ; n++) {
      const candidate = corruptFileOf(deps.dir, name, stamp, n);
      if (!(await exists(candidate))) return candidate;
    }
  }

  return { read, write, exists, corruptFailure, freeCorruptPath };
}

/** The workspace as the schema reads it (unknown keys dropped), or why it cannot be saved. */
export function parseWorkspace(workspace: unknown): { ok: true; workspace: Workspace } | WorkspaceFailure {
  const parsed = WorkspaceSchema.safeParse(workspace);
  if (parsed.success) return { ok: true, workspace: parsed.data };
  const [issue] = parsed.error.issues;
  const location = formatIssuePath(issue.path) || null;
  return {
    ok: false,
    error: { kind: 'invalid', location, message: `Not saved: the workspace is not valid${location ? ` at ${location}` : ''} (${issue.message}). This is a bug in Crosscheck; your changes are kept here.` },
  };
}

export function serialize(content: Workspace | WorkspaceFolderState): string {
  // Indented, so a person can read a workspace file and a diff of two of them.
  return `${JSON.stringify(content, null, 2)}\n`;
}
