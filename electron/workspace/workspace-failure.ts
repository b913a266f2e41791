import type { WorkspaceError } from '@shared/ipc/contract';

export interface WorkspaceFailure {
  readonly ok: false;
  readonly error: WorkspaceError;
}

/** A failed outcome of `kind`; a 'corrupt' one made here has no location and offers no backup. */
export function failure(kind: 'invalid-name' | 'not-found' | 'exists' | 'not-owner' | 'read-failed' | 'corrupt', message: string): WorkspaceFailure;
export function failure(kind: 'write-failed', message: string, code: string): WorkspaceFailure;
export function failure(kind: Exclude<WorkspaceError['kind'], 'locked'>, message: string, code = 'UNKNOWN'): WorkspaceFailure {
  if (kind === 'write-failed') return { ok: false, error: { kind, message, code } };
  if (kind === 'corrupt') return { ok: false, error: { kind, message, location: null, backup: null } };
  if (kind === 'invalid') return { ok: false, error: { kind, message, location: null } };
  return { ok: false, error: { kind, message } };
}

/** The file is held elsewhere: by another window of this process, or by another process. */
export function locked(holder: 'window' | 'process', message: string): WorkspaceFailure {
  return { ok: false, error: { kind: 'locked', message, holder } };
}

export function notFound(name: string): WorkspaceFailure {
  return failure('not-found', `There is no workspace named “${name}” in the workspace folder.`);
}
