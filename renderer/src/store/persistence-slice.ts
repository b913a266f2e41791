import type { StateCreator } from 'zustand';
import type { OpenedWorkspace, WorkspaceError, WorkspaceFolderState, WorkspaceSummary } from '@shared/ipc/contract';
import { newWorkspace } from '@shared/workspace/operations';
import { describeWorkspaceContents } from '@shared/workspace/summary';
import type { IpcClient } from '../ipc/client';
import type { CrosscheckState } from './store';

/** An open that needs the analyst's decision: a locked or corrupt file, and what to offer. */
export interface WorkspaceProblem {
  readonly name: string;
  readonly error: WorkspaceError;
}

export interface Notice {
  readonly tone: 'info' | 'warning';
  readonly text: string;
}

/** How long after a failed save to try again (the host may be restarting, the disk freed). */
const RETRY_AFTER_MS = 3_000;
/** How long a reloaded page waits for its previous self to let go of the file. */
const RELOAD_GRACE_MS = 400;

/**
 * The workspace file: which one is open, and autosave. Every change is sent at once (a save
 * in flight coalesces the ones behind it), so a change reaches the disk well within a second
 * without blocking typing; `savedRevision` says which changes the disk has acknowledged.
 */
export interface PersistenceSlice {
  readonly sessionId: string;
  fileName: string | null;
  savedRevision: number;
  saveState: 'idle' | 'saving' | 'failed';
  saveError: string | null;
  notice: Notice | null;
  workspaceProblem: WorkspaceProblem | null;
  folder: { workspaces: readonly WorkspaceSummary[]; state: WorkspaceFolderState } | null;
  /** Opens the last workspace, or creates one, when the app starts. */
  startWorkspace(): Promise<void>;
  refreshFolder(): Promise<void>;
  openWorkspace(name: string, options?: { takeOver?: boolean }): Promise<boolean>;
  createWorkspace(name: string): Promise<boolean>;
  saveWorkspaceAs(name: string): Promise<boolean>;
  restoreBackup(name: string): Promise<boolean>;
  scheduleSave(): void;
  /** Starts a save scheduleSave is holding for the next frame, now: the window is going. */
  startPendingSave(): void;
  /** Writes now, joining a save in flight; resolves when the disk has the latest revision or a save failed. */
  saveNow(): Promise<void>;
  /** File > Save: writes now, or asks for a name when no workspace file is open. */
  save(): void;
  /** Lets go of the open file as the window goes, so a reload or another window can open it. */
  releaseWorkspace(): void;
  dismissNotice(): void;
  dismissProblem(): void;
}

function untitledName(existing: readonly WorkspaceSummary[]): string {
  const taken = new Set(existing.map((summary) => summary.name));
  let name = 'Untitled';
  for (let n = 2; taken.has(name); n++) name = `Untitled ${n}`;
  return name;
}

/** A change is on its way to the disk within this long even when no frame is drawn. */
const SAVE_AT_THE_LATEST_MS = 50;

export const createPersistenceSlice =
  (ipc: () => IpcClient, sessionId: string, now: () => Date): StateCreator<CrosscheckState, [], [], PersistenceSlice> =>
  (set, get) => {
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let flushing: Promise<void> | null = null;
    /** A save asked for and about to start (see scheduleSave). */
    let saveSoon: { timer: ReturnType<typeof setTimeout> } | null = null;
    const startSoonSave = () => {
      if (!saveSoon) return;
      clearTimeout(saveSoon.timer);
      saveSoon = null;
      void get().saveNow();
    };
    /** Bumped whenever another document replaces this one: a save reply for an older one means nothing now. */
    let generation = 0;

    /** Sends the latest revision until the disk has it, or a save fails (then retries later). */
    const flush = async (): Promise<void> => {
      for (;;) {
        const { fileName, workspace, revision, savedRevision } = get();
        if (!fileName || revision === savedRevision) {
          if (get().saveState === 'saving') set({ saveState: 'idle' });
          return;
        }
        clearTimeout(retryTimer);
        const sentFor = generation;
        set({ saveState: 'saving' });
        let failure: string | null = null;
        let isFinal = false;
        try {
          const result = await ipc().invoke('workspace:save', { name: fileName, sessionId, workspace });
          if (!result.ok) {
            failure = result.error.message;
            // Another window owns the file now: retrying would only fail again.
            isFinal = result.error.kind === 'not-owner';
          }
        } catch (error) {
          failure = `Not saved: ${error instanceof Error ? error.message : String(error)} Your changes are kept here and will be saved when the app can write again.`;
        }
        if (sentFor !== generation) return;
        if (failure !== null) {
          set({ saveState: 'failed', saveError: failure });
          if (!isFinal) retryTimer = setTimeout(() => void get().saveNow(), RETRY_AFTER_MS);
          return;
        }
        set({ savedRevision: Math.max(get().savedRevision, revision), saveState: 'idle', saveError: null });
      }
    };

    /** Makes an opened workspace the current one; `earlier` is a note from before the switch to keep showing. */
    const adopt = (opened: OpenedWorkspace, earlier: string | null = null) => {
      generation++;
      clearTimeout(retryTimer);
      get().replaceWorkspace(opened.workspace);
      set({ fileName: opened.name, savedRevision: 0, saveState: 'idle', saveError: null, workspaceProblem: null });
      const notes = [
        earlier,
        opened.recovery ? `${opened.recovery} ${describeWorkspaceContents(opened.workspace)}` : null,
        opened.migratedFrom !== null
          ? `“${opened.name}” was written by an older Crosscheck (format ${opened.migratedFrom}); it is shown in the current format and will be saved in it.`
          : null,
      ].filter((text): text is string => text !== null);
      set({ notice: notes.length > 0 ? { tone: opened.recovery ? 'warning' : 'info', text: notes.join(' ') } : null });
    };

    /**
     * Before another workspace replaces this one, make sure nothing typed is dropped: changes
     * made with no file open go to a new workspace of their own, and changes the open file has
     * not acknowledged are saved first. Returns false (with the reason shown) if that fails.
     */
    const secureUnsavedChanges = async (): Promise<{ ok: boolean; note: string | null }> => {
      const state = get();
      if (state.revision === state.savedRevision && state.fileName) return { ok: true, note: null };
      if (!state.fileName) {
        if (state.revision === 0) return { ok: true, note: null };
        const name = `Unsaved changes ${now().toISOString().slice(0, 19).replace('T', ' ').replace(/:/g, '.')}`;
        const created = await ipc().invoke('workspace:create', { name, sessionId, workspace: state.workspace });
        if (!created.ok) {
          set({ notice: { tone: 'warning', text: `Your changes could not be kept as “${name}”: ${created.error.message} Use Save As… before opening another workspace.` } });
          return { ok: false, note: null };
        }
        await ipc().invoke('workspace:close', { name, sessionId }).catch(() => undefined);
        return { ok: true, note: `Your changes made while no workspace was open are kept in “${name}”.` };
      }
      await state.saveNow();
      if (get().revision === get().savedRevision) return { ok: true, note: null };
      set({ notice: { tone: 'warning', text: `The last changes to “${state.fileName}” are not saved yet (${get().saveError ?? 'the save did not finish'}), so it stays open. Use Save As… to keep them under another name.` } });
      return { ok: false, note: null };
    };

    const release = async () => {
      // A change made just before the file is let go still goes to it first, before the close.
      startSoonSave();
      if (flushing) await flushing.catch(() => undefined);
      const { fileName } = get();
      if (fileName) await ipc().invoke('workspace:close', { name: fileName, sessionId }).catch(() => undefined);
    };

    return {
      sessionId,
      fileName: null,
      savedRevision: 0,
      saveState: 'idle',
      saveError: null,
      notice: null,
      workspaceProblem: null,
      folder: null,

      async startWorkspace() {
        await get().refreshFolder();
        const folder = get().folder;
        if (!folder) return;
        const last = folder.state.lastOpened;
        if (last && folder.workspaces.some((summary) => summary.name === last)) {
          await get().openWorkspace(last);
        } else {
          await get().createWorkspace(untitledName(folder.workspaces));
        }
      },

      async refreshFolder() {
        try {
          set({ folder: await ipc().invoke('workspace:list', {}) });
        } catch (error) {
          set({ notice: { tone: 'warning', text: `The workspace folder cannot be read: ${error instanceof Error ? error.message : String(error)}` } });
        }
      },

      async openWorkspace(name, options = {}) {
        const secured = get().fileName === name ? { ok: true, note: null } : await secureUnsavedChanges();
        if (!secured.ok) return false;
        let result = await ipc().invoke('workspace:open', { name, sessionId, takeOver: options.takeOver });
        if (!result.ok && result.error.kind === 'locked' && result.error.holder === 'window') {
          // After a reload, the previous page's release may still be on its way: one more try.
          await new Promise((resolve) => setTimeout(resolve, RELOAD_GRACE_MS));
          result = await ipc().invoke('workspace:open', { name, sessionId, takeOver: options.takeOver });
        }
        if (!result.ok) {
          set({ workspaceProblem: { name, error: result.error } });
          return false;
        }
        if (get().fileName !== result.name) await release();
        adopt(result, secured.note);
        void get().refreshFolder();
        return true;
      },

      async createWorkspace(name) {
        const secured = await secureUnsavedChanges();
        if (!secured.ok) return false;
        const workspace = newWorkspace(now());
        const result = await ipc().invoke('workspace:create', { name, sessionId, workspace });
        if (!result.ok) {
          set({ workspaceProblem: { name, error: result.error } });
          return false;
        }
        await release();
        adopt({ name: result.name, workspace, savedAt: result.savedAt, migratedFrom: null, recovery: null }, secured.note);
        void get().refreshFolder();
        return true;
      },

      async saveWorkspaceAs(name) {
        const { fileName, workspace, revision } = get();
        const result = fileName
          ? await ipc().invoke('workspace:save-as', { from: fileName, to: name, sessionId, workspace })
          : await ipc().invoke('workspace:create', { name, sessionId, workspace });
        if (!result.ok) {
          set({ workspaceProblem: { name, error: result.error } });
          return false;
        }
        // The document and its undo stay as they are: only the file behind them changed.
        set({ fileName: result.name, savedRevision: revision, saveState: 'idle', saveError: null, workspaceProblem: null });
        void get().refreshFolder();
        get().scheduleSave();
        return true;
      },

      async restoreBackup(name) {
        const secured = await secureUnsavedChanges();
        if (!secured.ok) return false;
        const result = await ipc().invoke('workspace:restore-backup', { name, sessionId });
        if (!result.ok) {
          set({ workspaceProblem: { name, error: result.error } });
          return false;
        }
        adopt(result, secured.note);
        const kept = `Opened the last good copy of “${name}”. The damaged file was kept beside it, renamed, and was not overwritten.`;
        set({ notice: { tone: 'warning', text: [secured.note, kept].filter(Boolean).join(' ') } });
        void get().refreshFolder();
        return true;
      },

      scheduleSave() {
        if (flushing || saveSoon) return;
        // The save starts right after the frame that shows the change: serializing the workspace
        // inside the key press that made it would hold that frame back. A timer as well as the
        // frame, because a hidden window draws no frames and must still save; and a window that
        // is closing starts it at once (startPendingSave).
        saveSoon = { timer: setTimeout(startSoonSave, SAVE_AT_THE_LATEST_MS) };
        if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(startSoonSave, 0));
      },

      startPendingSave: startSoonSave,

      saveNow() {
        // One flush at a time: a second call (Ctrl+S during an autosave) joins the running one,
        // which keeps going until the disk has the latest revision, so saves never overlap.
        flushing ??= flush().finally(() => {
          flushing = null;
        });
        return flushing;
      },

      releaseWorkspace() {
        void release();
      },

      save() {
        if (get().fileName) return void get().saveNow();
        get().openDialog('save-as');
      },

      dismissNotice: () => set({ notice: null }),
      dismissProblem: () => set({ workspaceProblem: null }),
    };
  };
