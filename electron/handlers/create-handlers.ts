import type { AppInfo, DatasetSnapshot, Handlers } from '@shared/ipc/contract';
import type { WorkspaceRepository } from '../workspace/workspace-repository';
import type { ExportService } from '../excel/export-service';
import { readExportedWorkbook } from '../excel/read-workbook';
import { prepareImport } from '@shared/intake/prepare-import';

export interface HandlerDeps {
  readonly dataDir: string;
  /** The data folder's articles; see dataset-source.ts for why it is not read on every call. */
  readonly loadDataset: () => Promise<DatasetSnapshot>;
  readonly workspaces: WorkspaceRepository;
  readonly exports: ExportService;
  readonly mode: AppInfo['mode'];
  readonly version: string;
}

/**
 * The handler table, the same for Electron and for browser mode. Everything it touches
 * comes in through `deps`, so it runs in plain Node under test. Workspaces are named, never
 * given as paths: the repository keeps them in its own folder.
 */
export function createHandlers(deps: HandlerDeps): Handlers {
  const { workspaces } = deps;
  /** Opening, creating or saving as a workspace makes it the one to reopen next time. */
  const remember = async <R extends { ok: boolean }>(result: R, name: string): Promise<R> => {
    if (result.ok) await workspaces.recordOpened(name);
    return result;
  };
  return {
    'dataset:load': async () => deps.loadDataset(),
    'app:info': async () => ({ mode: deps.mode, version: deps.version, dataDir: deps.dataDir }),
    'workspace:list': async () => ({ workspaces: await workspaces.list(), state: await workspaces.readState() }),
    'workspace:open': async ({ name, sessionId, takeOver }) => remember(await workspaces.open(name, sessionId, { takeOver }), name),
    'workspace:create': async ({ name, sessionId, workspace }) => remember(await workspaces.create(name, sessionId, workspace), name),
    'workspace:save': async ({ name, sessionId, workspace }) => workspaces.save(name, sessionId, workspace),
    'workspace:save-as': async ({ from, to, sessionId, workspace }) => remember(await workspaces.saveAs(from, to, sessionId, workspace), to),
    'workspace:restore-backup': async ({ name, sessionId }) => remember(await workspaces.restoreBackup(name, sessionId), name),
    'workspace:close': async ({ name, sessionId }) => workspaces.close(name, sessionId),
    'export:start': async (request) => deps.exports.start(request),
    'export:status': async ({ jobId }) => deps.exports.status(jobId),
    'export:cancel': async ({ jobId }) => {
      deps.exports.cancel(jobId);
      return { ok: true } as const;
    },
    'import:read-workbook': async ({ fileName, base64 }) => readExportedWorkbook(fileName, Buffer.from(base64, 'base64')),
    'article:prepare': async (input) => prepareImport(input),
  } satisfies Handlers;
}
