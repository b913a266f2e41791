import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { DatasetSnapshot } from '@shared/ipc/contract';
import type { ChartImage, ExportError, ExportJobStatus, ExportStartOutcome } from '@shared/export/export-contract';
import type { ExportScope, ExportView } from '@shared/export/export-input';
import { planWorkbook } from '@shared/export/plan-workbook';
import type { Workspace } from '@shared/workspace/workspace-schema';
import { validateWorkspaceName } from '../workspace/workspace-names';
import { ExportFileFailure, writeFileWhole, type ExportFs } from './export-file';
import { writeWorkbook } from './write-workbook';

export interface ExportRequest {
  readonly fileName: string;
  readonly overwrite: boolean;
  readonly scope: ExportScope;
  readonly view: ExportView;
  readonly workspace: Workspace;
  readonly workspaceName: string | null;
  /** The window's charts as pictures, already checked at the IPC boundary (ExportStartSchema). */
  readonly charts?: readonly ChartImage[];
}

export interface ExportServiceDeps {
  /** Where exports go unless the desktop's save dialog says otherwise. */
  readonly exportDir: string;
  readonly loadDataset: () => Promise<DatasetSnapshot>;
  readonly fs: ExportFs & { mkdir(dir: string): Promise<void> };
  /** The desktop asks where to save (it asks about replacing, too); null when the analyst cancels. Absent in browser mode. */
  readonly chooseTarget?: (suggestedPath: string) => Promise<string | null>;
  readonly now?: () => Date;
}

export interface ExportService {
  start(request: ExportRequest): Promise<ExportStartOutcome>;
  status(jobId: string): ExportJobStatus | null;
  cancel(jobId: string): void;
  /** Resolves when the job ends; for the command line and tests. */
  settled(jobId: string): Promise<ExportJobStatus | null>;
}

interface Job {
  status: ExportJobStatus;
  readonly controller: AbortController;
  readonly finished: Promise<void>;
}

const KEPT_JOBS = 20;

/** "Q3 review" -> "Q3 review.xlsx"; null and a message when the name cannot be a file's. */
function fileNameOf(name: string): { file: string } | { error: ExportError } {
  const base = name.trim().replace(/\.xlsx$/iu, '');
  const problem = validateWorkspaceName(base);
  if (problem) return { error: { kind: 'invalid-name', message: problem.replace(/workspace name/gu, 'file name').replace('Give the workspace a name.', 'Give the file a name.') } };
  return { file: `${base}.xlsx` };
}

/**
 * Runs exports in the background of the main process (or the browser-mode host): the
 * workbook is written in batches of rows between which the process answers other requests
 * (progress, cancel, saves), so the window never waits on it.
 */
export function createExportService(deps: ExportServiceDeps): ExportService {
  const jobs = new Map<string, Job>();
  const now = deps.now ?? (() => new Date());

  const forget = () => {
    const done = [...jobs.entries()].filter(([, job]) => job.status.state !== 'running');
    for (const [id] of done.slice(0, Math.max(0, done.length - KEPT_JOBS))) jobs.delete(id);
  };

  async function resolveTarget(request: ExportRequest): Promise<{ target: string; overwrite: boolean } | { error: ExportError }> {
    const named = fileNameOf(request.fileName);
    if ('error' in named) return named;
    await deps.fs.mkdir(deps.exportDir);
    const suggested = path.join(deps.exportDir, named.file);
    if (!deps.chooseTarget) return { target: suggested, overwrite: request.overwrite };
    const chosen = await deps.chooseTarget(suggested);
    if (chosen === null) return { error: { kind: 'cancelled', message: 'The export was cancelled.' } };
    // The save dialog has already asked whether to replace an existing file.
    return { target: /\.xlsx$/iu.test(chosen) ? chosen : `${chosen}.xlsx`, overwrite: true };
  }

  return {
    async start(request) {
      const target = await resolveTarget(request);
      if ('error' in target) return { ok: false, error: target.error };
      if (!target.overwrite && (await deps.fs.exists(target.target))) {
        return { ok: false, error: { kind: 'exists', message: `“${path.basename(target.target)}” already exists in ${path.dirname(target.target)}.` } };
      }
      const dataset = await deps.loadDataset();
      if (dataset.articles.length === 0) return { ok: false, error: { kind: 'no-data', message: 'There are no articles to export.' } };
      const plan = planWorkbook({
        ...dataset,
        workspace: request.workspace,
        workspaceName: request.workspaceName,
        scope: request.scope,
        view: request.view,
        exportedAt: now().toISOString(),
        charts: request.charts,
      });
      const jobId = randomUUID();
      const controller = new AbortController();
      const status: ExportJobStatus = { jobId, state: 'running', done: 0, total: plan.rowCount, file: target.target, error: null, rows: plan.exportedRowCount };
      const update = (change: Partial<ExportJobStatus>) => {
        const job = jobs.get(jobId);
        if (job) job.status = { ...job.status, ...change };
      };
      const finished = writeFileWhole(
        target.target,
        (stream, signal) => writeWorkbook(plan, stream, { signal, onProgress: ({ done }) => update({ done }) }),
        deps.fs,
        { overwrite: target.overwrite, signal: controller.signal },
      ).then(
        () => update({ state: 'done', done: plan.rowCount }),
        (error: unknown) => {
          const failure: ExportError = error instanceof ExportFileFailure ? error.failure : { kind: 'write-failed', message: String(error) };
          update({ state: failure.kind === 'cancelled' ? 'cancelled' : 'failed', error: failure });
        },
      );
      jobs.set(jobId, { status, controller, finished });
      forget();
      return { ok: true, jobId, file: target.target, total: plan.rowCount };
    },
    status: (jobId) => jobs.get(jobId)?.status ?? null,
    cancel(jobId) {
      jobs.get(jobId)?.controller.abort();
    },
    async settled(jobId) {
      await jobs.get(jobId)?.finished;
      return jobs.get(jobId)?.status ?? null;
    },
  };
}
