import { z } from 'zod';
import type { Article, Figure } from '../domain/dataset-schema';
import { WorkspaceSchema, type Workspace } from '../workspace/workspace-schema';
import type { Channel } from './channels';
import {
  ExportStartSchema,
  ImportWorkbookSchema,
  JobIdSchema,
  type ExportJobStatus,
  type ExportStartOutcome,
  type ImportReadOutcome,
} from '../export/export-contract';
import { PrepareArticleSchema, type PrepareArticleOutcome } from '../intake/article-contract';

export { BRIDGE_NAME, CHANNEL_NAMES, isChannel, MENU_COMMANDS, type Channel, type MenuCommand } from './channels';
import type { MenuCommand } from './channels';

/**
 * The one IPC contract between the renderer and the main process (or the browser-mode
 * host, which serves the same handlers). Each channel is `domain:verb`, has an input
 * schema that the main side checks before anything else, and an output type below.
 * Handlers never throw across the boundary: they answer with an `IpcResult`.
 */
/** A window's session: random per browser tab or Electron window, kept across reloads. */
const SessionId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'must be 8-64 letters, digits, - or _');

export const CHANNELS = {
  /** The dataset: every article with its text, every figure, and what could not be loaded. */
  'dataset:load': { input: z.object({}).strict() },
  /** How the app is running: desktop or browser mode, version, where the data comes from. */
  'app:info': { input: z.object({}).strict() },
  /** The workspaces in the workspace folder, newest first, with the recent list. */
  'workspace:list': { input: z.object({}).strict() },
  /** Opens a workspace by name for this window's session; `takeOver` claims it from another window. */
  'workspace:open': { input: z.object({ name: z.string(), sessionId: SessionId, takeOver: z.boolean().optional() }).strict() },
  /** Creates a new workspace file; fails if the name is taken. */
  'workspace:create': { input: z.object({ name: z.string(), sessionId: SessionId, workspace: WorkspaceSchema }).strict() },
  /** Writes the workspace atomically (autosave and Save); only the owning session may. */
  'workspace:save': { input: z.object({ name: z.string(), sessionId: SessionId, workspace: WorkspaceSchema }).strict() },
  /** Writes the workspace under a new name and moves this session to it. */
  'workspace:save-as': { input: z.object({ from: z.string(), to: z.string(), sessionId: SessionId, workspace: WorkspaceSchema }).strict() },
  /** For a corrupt file: keeps it aside and opens the last good copy instead. */
  'workspace:restore-backup': { input: z.object({ name: z.string(), sessionId: SessionId }).strict() },
  /** Releases this session's hold on a workspace. */
  'workspace:close': { input: z.object({ name: z.string(), sessionId: SessionId }).strict() },
  /** Starts writing the comparison to an Excel workbook in the background; progress comes from export:status. */
  'export:start': { input: ExportStartSchema },
  'export:status': { input: JobIdSchema },
  'export:cancel': { input: JobIdSchema },
  /** Reads a workbook Crosscheck exported and the analyst edited; nothing is applied here. */
  'import:read-workbook': { input: ImportWorkbookSchema },
  /** Reduces an article file or pasted text to its text and proposes its figures; nothing is stored. */
  'article:prepare': { input: PrepareArticleSchema },
} as const satisfies Record<Channel, { input: z.ZodType }>;

/** A file of the dataset that could not be loaded, or loaded with a doubt. */
export interface DataProblem {
  readonly severity: 'error' | 'warning';
  /** The file's name inside the data folder. */
  readonly file: string;
  /** Where in the file: "line 3, column 14" or a path such as "figures[2].value"; null for the whole file. */
  readonly location: string | null;
  readonly message: string;
}

export interface DatasetSnapshot {
  readonly articles: readonly Article[];
  readonly figures: readonly Figure[];
  readonly problems: readonly DataProblem[];
  /** The folder the data came from, so a message can say where to look. */
  readonly dataDir: string;
}

export interface AppInfo {
  readonly mode: 'electron' | 'browser';
  readonly version: string;
  readonly dataDir: string;
}

export interface WorkspaceSummary {
  readonly name: string;
  /** ISO timestamp of the file's last save (its mtime). */
  readonly savedAt: string;
  readonly size: number;
}

export interface WorkspaceFolderState {
  readonly lastOpened: string | null;
  /** Most recent first, at most 10. */
  readonly recent: readonly string[];
}

/** Why a workspace operation did not happen, in words for the analyst. */
export type WorkspaceError =
  | { readonly kind: 'not-found' | 'exists' | 'not-owner' | 'invalid-name' | 'read-failed'; readonly message: string }
  | {
      readonly kind: 'locked';
      readonly message: string;
      /** Another window of this app (it can be taken over) or another running Crosscheck (it cannot). */
      readonly holder: 'window' | 'process';
    }
  | {
      readonly kind: 'invalid';
      readonly message: string;
      /** Where the schema refused the workspace, such as "scenarios[0].name"; null for the whole of it. */
      readonly location: string | null;
    }
  | {
      readonly kind: 'write-failed';
      readonly message: string;
      /** The file system's error code (ENOSPC, EACCES, ...), 'ELOCKUNREADABLE' or 'UNKNOWN'. */
      readonly code: string;
    }
  | {
      readonly kind: 'corrupt';
      readonly message: string;
      /** "line 3, column 14" or a path such as "scenarios[0].name"; null for the whole file. */
      readonly location: string | null;
      /** The last good copy (`.bak`), offered when it opens cleanly. */
      readonly backup: { readonly savedAt: string } | null;
    };

export type WorkspaceOutcome<T> = ({ readonly ok: true } & T) | { readonly ok: false; readonly error: WorkspaceError };

export interface OpenedWorkspace {
  readonly name: string;
  readonly workspace: Workspace;
  /** ISO time the content was saved (the file's mtime). */
  readonly savedAt: string;
  /** The file's older schema version, if it was migrated on open; the file itself is untouched. */
  readonly migratedFrom: number | null;
  /** What was recovered, in a sentence, after an unclean exit or a restore; null otherwise. */
  readonly recovery: string | null;
}

export interface ChannelOutputs {
  'dataset:load': DatasetSnapshot;
  'app:info': AppInfo;
  'workspace:list': { readonly workspaces: readonly WorkspaceSummary[]; readonly state: WorkspaceFolderState };
  'workspace:open': WorkspaceOutcome<OpenedWorkspace>;
  'workspace:create': WorkspaceOutcome<{ readonly name: string; readonly savedAt: string }>;
  'workspace:save': WorkspaceOutcome<{ readonly savedAt: string }>;
  'workspace:save-as': WorkspaceOutcome<{ readonly name: string; readonly savedAt: string }>;
  'workspace:restore-backup': WorkspaceOutcome<OpenedWorkspace>;
  'workspace:close': { readonly ok: true };
  'export:start': ExportStartOutcome;
  'export:status': ExportJobStatus | null;
  'export:cancel': { readonly ok: true };
  'import:read-workbook': ImportReadOutcome;
  'article:prepare': PrepareArticleOutcome;
}

export type ChannelInput<K extends Channel> = z.infer<(typeof CHANNELS)[K]['input']>;
export type ChannelOutput<K extends Channel> = ChannelOutputs[K];

/** What crosses the boundary: data, or a message a person can act on. */
export type IpcResult<T> = { ok: true; data: T } | { ok: false; error: string };

/** Whether a value has the shape of an IpcResult: what browser mode checks on each HTTP answer. */
export function isIpcResult(value: unknown): value is IpcResult<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  return value.ok === true ? 'data' in value : value.ok === false && 'error' in value && typeof value.error === 'string';
}

/** The main side's table: one handler per channel, each given already-validated input. */
export type Handlers = {
  [K in Channel]: (input: ChannelInput<K>) => Promise<ChannelOutput<K>>;
};

/** The API the preload exposes to the page as `window.crosscheck`. */
export interface CrosscheckBridge {
  invoke<K extends Channel>(channel: K, input: ChannelInput<K>): Promise<IpcResult<ChannelOutput<K>>>;
  /** The desktop menu's commands; returns the unsubscribe. Absent in browser mode, which has no native menu. */
  onMenuCommand?(listener: (command: MenuCommand) => void): () => void;
}
