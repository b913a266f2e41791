import type { StateCreator } from 'zustand';
import { MAX_WORKBOOK_BYTES, type ChartImage, type ExportError, type ExportJobStatus } from '@shared/export/export-contract';
import type { ExportScope, ExportView } from '@shared/export/export-input';
import { planImport, type ImportPlan } from '@shared/export/plan-import';
import { activeScenario, setCellAssumption } from '@shared/workspace/operations';
import type { IpcClient } from '../ipc/client';
import { selectComparisonRows } from './comparison-selectors';
import { selectRowSourceById } from './row-source-selectors';
import type { CrosscheckState } from './store';

/** How often a running export is asked for its progress. */
const POLL_MS = 150;
/** Polls in a row that may fail (about 5 s) before the export counts as lost. */
const MAX_MISSED_POLLS = 33;

export interface ExportOptions {
  readonly fileName: string;
  readonly scope: ExportScope;
  readonly overwrite: boolean;
  /** The Charts sheet's pictures, drawn by the window (the store draws nothing itself). */
  readonly charts?: readonly ChartImage[];
}

/**
 * Excel export and import. An export runs on the main side; this slice starts it, follows
 * its progress and can cancel it. An import is read on the main side and planned here
 * against the grid's current state, shown as a preview, and applied as one undo step.
 */
export interface ExcelSlice {
  exportJob: ExportJobStatus | null;
  /** Why the last export did not start (a name taken, say): shown in the export dialog. */
  exportError: ExportError | null;
  importPlan: ImportPlan | null;
  importState: 'idle' | 'reading' | 'failed';
  importError: string | null;
  startExport(options: ExportOptions, view: ExportView): Promise<void>;
  cancelExport(): void;
  dismissExport(): void;
  readImportFile(file: Pick<File, 'name' | 'size' | 'arrayBuffer'>): Promise<void>;
  applyImport(): void;
  dismissImport(): void;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // In chunks: String.fromCharCode with a whole file's bytes as arguments overflows the stack.
  for (let offset = 0; offset < bytes.length; offset += 0x8000) binary += String.fromCharCode(...bytes.subarray(offset, offset + 0x8000));
  return btoa(binary);
}

export const createExcelSlice =
  (ipc: () => IpcClient, now: () => Date): StateCreator<CrosscheckState, [], [], ExcelSlice> =>
  (set, get) => ({
    exportJob: null,
    exportError: null,
    importPlan: null,
    importState: 'idle',
    importError: null,

    async startExport(options, view) {
      const state = get();
      set({ exportError: null });
      let started;
      try {
        started = await ipc().invoke('export:start', { ...options, view, workspace: state.workspace, workspaceName: state.fileName, charts: [...(options.charts ?? [])] });
      } catch (error) {
        set({ exportError: { kind: 'write-failed', message: error instanceof Error ? error.message : String(error) } });
        return;
      }
      if (!started.ok) {
        // Cancelling the desktop's save dialog is not an error to show.
        set({ exportError: started.error.kind === 'cancelled' ? null : started.error });
        if (started.error.kind === 'cancelled') get().openDialog(null);
        return;
      }
      set({ exportJob: { jobId: started.jobId, state: 'running', done: 0, total: started.total, file: started.file, error: null, rows: 0 } });
      get().openDialog('export-progress');
      let missedPolls = 0;
      while (get().exportJob?.jobId === started.jobId && get().exportJob?.state === 'running') {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        let status: ExportJobStatus | null;
        try {
          status = await ipc().invoke('export:status', { jobId: started.jobId });
        } catch {
          // A busy or restarting host may miss a poll; one gone for good ends the wait.
          if (++missedPolls < MAX_MISSED_POLLS) continue;
          status = null;
        }
        const job = get().exportJob;
        if (job?.jobId !== started.jobId) return;
        set({
          exportJob: status ?? { ...job, state: 'failed', error: { kind: 'write-failed', message: `Crosscheck lost track of the export to ${job.file}; check whether the file is complete, or export again.` } },
        });
        missedPolls = 0;
      }
    },

    cancelExport() {
      const job = get().exportJob;
      if (job?.state === 'running') void ipc().invoke('export:cancel', { jobId: job.jobId }).catch(() => undefined);
    },

    dismissExport() {
      set({ exportJob: null, exportError: null });
      get().openDialog(null);
    },

    async readImportFile(file) {
      if (file.size > MAX_WORKBOOK_BYTES) {
        set({ importState: 'failed', importError: `${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB, larger than the ${MAX_WORKBOOK_BYTES / 1024 / 1024} MB limit for workbooks.`, importPlan: null });
        get().openDialog('import-preview');
        return;
      }
      set({ importState: 'reading', importError: null, importPlan: null });
      get().openDialog('import-preview');
      try {
        const base64 = toBase64(new Uint8Array(await file.arrayBuffer()));
        const read = await ipc().invoke('import:read-workbook', { fileName: file.name, base64 });
        if (!read.ok) {
          set({ importState: 'failed', importError: read.message });
          return;
        }
        const state = get();
        const scenario = activeScenario(state.workspace);
        const rows = new Map(selectComparisonRows(state).map((row) => [row.id, row]));
        set({ importState: 'idle', importPlan: planImport(read.workbook, { rowSources: selectRowSourceById(state), rows, scenario }) });
      } catch (error) {
        set({ importState: 'failed', importError: error instanceof Error ? error.message : String(error) });
      }
    },

    applyImport() {
      const plan = get().importPlan;
      if (!plan || plan.changes.length === 0) return;
      const scenarioId = get().workspace.activeScenarioId;
      const setAt = now().toISOString();
      // Every change of the workbook is one step: one undo takes the whole import back.
      get().change(
        `Import ${plan.changes.length} value${plan.changes.length === 1 ? '' : 's'} from ${plan.fileName}`,
        (workspace) =>
          plan.changes.reduce(
            (next, change) =>
              setCellAssumption(
                next,
                scenarioId,
                change.rowId,
                change.columnId,
                change.next === null ? null : { value: change.next, input: change.input, setAt, ...(change.currency ? { currency: change.currency } : {}) },
              ),
            workspace,
          ),
        'import',
      );
      set({ importPlan: null, importState: 'idle' });
      get().openDialog(null);
    },

    dismissImport() {
      set({ importPlan: null, importState: 'idle', importError: null });
      get().openDialog(null);
    },
  });
