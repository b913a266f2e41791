import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WorkspaceError } from '@shared/ipc/contract';
import { DEFAULT_COMPARISON_VIEW, DEFAULT_WORKBENCH_LAYOUT, type Workspace } from '@shared/workspace/workspace-schema';
import type { AtomicFs } from '../../electron/workspace/atomic-write';
import { nodeAtomicFs } from '../../electron/workspace/node-atomic-fs';
import { createWorkspaceRepository, type WorkspaceRepository, type WorkspaceRepositoryDeps } from '../../electron/workspace/workspace-repository';
import { validateWorkspaceName } from '../../electron/workspace/workspace-names';

const PID = 4242;
const HOST = 'analyst-pc';
const NOW = new Date('2026-11-21T10:04:05.000Z');
const FILE = 'Plan.crosscheck.json';

function workspace(noteText: string | null = null): Workspace {
  return {
    schemaVersion: 4,
    createdAt: '2026-11-21T10:00:00.000Z',
    activeScenarioId: 'base',
    scenarios: [{ id: 'base', name: 'Base', assumptions: {}, fxRates: {} }],
    customRows: [],
    notes: noteText === null ? {} : { 'acme-revenue#@analyst': { text: noteText, setAt: '2026-11-21T10:01:00.000Z' } },
    history: {},
    periodOverrides: {},
    settings: { disagreementTolerance: 0.01, copyNumbers: 'display-scale' },
    articles: [],
    view: DEFAULT_COMPARISON_VIEW,
    layout: DEFAULT_WORKBENCH_LAYOUT,
  };
}

const asFile = (content: unknown) => `${JSON.stringify(content, null, 2)}\n`;

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'crosscheck-workspaces-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A repository on the temp folder, as process PID on HOST; `overrides` make it another process. */
function repository(overrides: Partial<WorkspaceRepositoryDeps> = {}): WorkspaceRepository {
  return createWorkspaceRepository({ dir, fs: nodeAtomicFs, now: () => NOW, pid: PID, hostname: HOST, isProcessAlive: () => true, ...overrides });
}

const inDir = (name: string) => path.join(dir, name);
const read = (name: string) => readFile(inDir(name), 'utf8');
const filesInDir = async () => (await readdir(dir)).sort();

/** Writes a file and dates it, so savedAt and the messages can be checked exactly. */
async function placeFile(name: string, text: string, mtime = new Date('2026-11-20T16:30:00.000Z')): Promise<void> {
  await writeFile(inDir(name), text);
  await utimes(inDir(name), mtime, mtime);
}

/** The same local wall-clock format the messages use. */
function localTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** The error of a result that must have failed. */
function errorOf(result: { ok: true } | { ok: false; error: WorkspaceError }): WorkspaceError {
  if (result.ok) throw new Error('expected a failure, got success');
  return result.error;
}

async function lockIn(name: string): Promise<unknown> {
  return JSON.parse(await read(`${name}.lock`));
}

describe('validateWorkspaceName', () => {
  it.each(['Q3 plan', 'Acme — base case (v2)', '预算 2026', 'a'.repeat(80), 'plan.v2'])('accepts %j', (name) => {
    expect(validateWorkspaceName(name)).toBeNull();
  });

  it.each([
    ['', 'Give the workspace a name'],
    ['   ', 'Give the workspace a name'],
    [' plan', 'cannot start or end with a space'],
    ['plan ', 'cannot start or end with a space'],
    ['a'.repeat(81), 'at most 80 characters; this one has 81'],
    ['../evil', 'cannot contain /'],
    ['a\\b', 'cannot contain \\'],
    ['a:b', 'cannot contain :'],
    ['what?', 'cannot contain ?'],
    ['<x>', 'cannot contain <'],
    ['a*b', 'cannot contain *'],
    ['a|b', 'cannot contain |'],
    ['a"b', 'cannot contain "'],
    ['a\u0000b', 'control characters'],
    ['tab\there', 'control characters'],
    ['.hidden', 'cannot start with a dot'],
    ['plan.', 'cannot end with a dot'],
    ['CON', 'reserved by Windows'],
    ['lpt1.notes', 'reserved by Windows'],
  ])('refuses %j', (name, reason) => {
    expect(validateWorkspaceName(name)).toContain(reason);
  });

  it('refuses a name whose file name would exceed what file systems allow', () => {
    expect(validateWorkspaceName('😀'.repeat(60))).toContain('too long for the file system');
  });
});

describe('create and save', () => {
  it('creates the file, takes the lock and answers revision 0 with the save time', async () => {
    const result = await repository().create('Plan', 'session-a', workspace());
    const mtime = (await nodeAtomicFs.stat(inDir(FILE))).mtime.toISOString();
    expect(result).toEqual({ ok: true, name: 'Plan', revision: 0, savedAt: mtime });
    expect(JSON.parse(await read(FILE))).toEqual(workspace());
    expect(await lockIn(FILE)).toEqual({ pid: PID, hostname: HOST, sessionId: 'session-a', since: NOW.toISOString() });
    expect(await filesInDir()).toEqual([FILE, `${FILE}.lock`]);
  });

  it('refuses to create over an existing workspace and leaves it as it was', async () => {
    await placeFile(FILE, asFile(workspace('keep me')));
    const result = await repository().create('Plan', 'session-a', workspace());
    expect(errorOf(result)).toEqual({ kind: 'exists', message: 'A workspace named “Plan” already exists; choose another name.' });
    expect(await read(FILE)).toBe(asFile(workspace('keep me')));
    expect(await filesInDir()).toEqual([FILE]);
  });

  it('refuses an invalid name without touching the disk', async () => {
    const repo = repository();
    expect(errorOf(await repo.create('../escape', 'session-a', workspace()))).toEqual({ kind: 'invalid-name', message: 'A workspace name cannot contain / (nor any of < > : " / \\ | ? *).' });
    expect(errorOf(await repo.open('.hidden', 'session-a'))).toMatchObject({ kind: 'invalid-name' });
    expect(errorOf(await repo.save('a:b', 'session-a', workspace()))).toMatchObject({ kind: 'invalid-name' });
    expect(await filesInDir()).toEqual([]);
    expect(await readdir(path.dirname(dir))).not.toContain('escape.crosscheck.json');
  });

  it('saves for the owner and keeps the previous content as .bak', async () => {
    const repo = repository();
    await repo.create('Plan', 'session-a', workspace('first'));
    const result = await repo.save('Plan', 'session-a', workspace('second'));
    expect(result).toEqual({ ok: true, savedAt: (await nodeAtomicFs.stat(inDir(FILE))).mtime.toISOString() });
    expect(await read(FILE)).toBe(asFile(workspace('second')));
    expect(await read(`${FILE}.bak`)).toBe(asFile(workspace('first')));
  });

  it('applies saves sent in a burst in the order they were sent', async () => {
    const repo = repository();
    await repo.create('Plan', 'session-a', workspace());
    const results = await Promise.all(['1', '2', '3', '4', '5'].map((text) => repo.save('Plan', 'session-a', workspace(text))));
    expect(results.every((result) => result.ok)).toBe(true);
    expect(await read(FILE)).toBe(asFile(workspace('5')));
    expect(await read(`${FILE}.bak`)).toBe(asFile(workspace('4')));
  });

  it('refuses a workspace that does not fit the schema, naming the path, and leaves the file alone', async () => {
    const repo = repository();
    await repo.create('Plan', 'session-a', workspace('first'));
    const result = await repo.save('Plan', 'session-a', { ...workspace(), activeScenarioId: 'bull' });
    const error = errorOf(result);
    expect(error).toMatchObject({ kind: 'invalid', location: 'activeScenarioId' });
    expect(error.message).toContain('not valid at activeScenarioId (no scenario has the id "bull")');
    expect(await read(FILE)).toBe(asFile(workspace('first')));
  });

  it('answers write-failed with the disk-full message when the disk is full, and leaves the file alone', async () => {
    await repository().create('Plan', 'session-a', workspace('first'));
    const fullDisk: AtomicFs = {
      ...nodeAtomicFs,
      open: async (filePath, flags) => {
        if (!filePath.includes('.tmp-')) return nodeAtomicFs.open(filePath, flags);
        throw Object.assign(new Error(`ENOSPC: no space left on device, open '${filePath}'`), { code: 'ENOSPC' });
      },
    };
    // The same process after a restart: it opens the file again, then the disk fills up.
    const repo = repository({ fs: fullDisk });
    await repo.close('Plan', 'session-a');
    expect((await repo.open('Plan', 'session-a')).ok).toBe(true);
    const error = errorOf(await repo.save('Plan', 'session-a', workspace('second')));
    expect(error).toEqual({
      kind: 'write-failed',
      code: 'ENOSPC',
      message: 'Could not save “Plan.crosscheck.json”: the disk is full. Your changes are kept in the app; free some space and they will be saved.',
    });
    expect(await read(FILE)).toBe(asFile(workspace('first')));
  });

  it('refuses to save a workspace this window has not opened', async () => {
    await placeFile(FILE, asFile(workspace('first')));
    const error = errorOf(await repository().save('Plan', 'session-a', workspace('second')));
    expect(error.kind).toBe('not-owner');
    expect(error.message).toContain('is not open in this window');
    expect(error.message).toContain('Your changes are kept here');
    expect(await read(FILE)).toBe(asFile(workspace('first')));
  });
});

describe('open', () => {
  it('opens a saved workspace with its save time and no recovery note', async () => {
    await placeFile(FILE, asFile(workspace('hello')));
    const result = await repository().open('Plan', 'session-a');
    expect(result).toEqual({ ok: true, name: 'Plan', workspace: workspace('hello'), savedAt: '2026-11-20T16:30:00.000Z', migratedFrom: null, recovery: null });
  });

  it('answers not-found for a workspace that is not there, and creates no lock file', async () => {
    const error = errorOf(await repository().open('Plan', 'session-a'));
    expect(error).toEqual({ kind: 'not-found', message: 'There is no workspace named “Plan” in the workspace folder.' });
    expect(await filesInDir()).toEqual([]);
  });

  it('migrates a version 1 file on open, leaving the file itself as it was', async () => {
    const assumption = { value: 12e9, input: '12bn', setAt: '2026-01-05T09:00:00.000Z' };
    const v1 = asFile({ schemaVersion: 1, savedAt: '2026-01-05T09:00:00.000Z', assumptionsByRow: { 'acme-revenue': { '@analyst': assumption } } });
    await placeFile(FILE, v1);
    const result = await repository().open('Plan', 'session-a');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.migratedFrom).toBe(1);
    expect(result.workspace.schemaVersion).toBe(4);
    expect(result.workspace.createdAt).toBe('2026-01-05T09:00:00.000Z');
    expect(result.workspace.scenarios).toEqual([{ id: 'base', name: 'Base', assumptions: { 'acme-revenue': { '@analyst': assumption } }, fxRates: {} }]);
    expect(await read(FILE)).toBe(v1);
  });

  it('refuses a truncated file with its line and column, offers the last good copy, and changes nothing', async () => {
    const full = asFile(workspace('a note that was being written'));
    const truncated = full.slice(0, full.indexOf('"text"') + 10);
    const lastLine = truncated.split('\n').length;
    const bakTime = new Date('2026-11-21T09:59:58.000Z');
    await placeFile(FILE, truncated);
    await placeFile(`${FILE}.bak`, asFile(workspace()), bakTime);
    const before = await filesInDir();

    const error = errorOf(await repository().open('Plan', 'session-a'));
    if (error.kind !== 'corrupt') throw new Error(`expected corrupt, got ${error.kind}`);
    expect(error.location).toMatch(new RegExp(`^line ${lastLine}, column \\d+$`));
    expect(error.message).toContain('Could not open “Plan.crosscheck.json”.');
    expect(error.message).toContain(`At ${error.location}: `);
    expect(error.message).toContain('The file has not been changed.');
    expect(error.message).toContain(`The last good copy, saved ${localTime(bakTime)}, can be restored.`);
    expect(error.backup).toEqual({ savedAt: bakTime.toISOString() });
    expect(await read(FILE)).toBe(truncated);
    // Not held: the analyst may cancel; restoreBackup takes the lock itself.
    expect(await filesInDir()).toEqual(before);
  });

  it('offers no backup when there is none, or when the backup is damaged too', async () => {
    await placeFile(FILE, '');
    const none = errorOf(await repository().open('Plan', 'session-a'));
    expect(none).toMatchObject({ kind: 'corrupt', location: 'line 1, column 1', backup: null });
    expect(none.message).toContain('the file ends before the JSON is complete (is it truncated?)');
    expect(none.message).toContain('There is no earlier good copy to restore.');

    await placeFile(`${FILE}.bak`, '{"schemaVersion": 2');
    expect(errorOf(await repository().open('Plan', 'session-a'))).toMatchObject({ kind: 'corrupt', backup: null });
  });

  it('refuses a file that breaks the schema, naming the path', async () => {
    const broken = asFile({ ...workspace(), scenarios: [{ id: 'base', name: 5, assumptions: {}, fxRates: {} }] });
    await placeFile(FILE, broken);
    const error = errorOf(await repository().open('Plan', 'session-a'));
    expect(error).toMatchObject({ kind: 'corrupt', location: 'scenarios[0].name', backup: null });
    expect(error.message).toMatch(/^Could not open “Plan\.crosscheck\.json”\. At scenarios\[0\]\.name: invalid input: expected string/);
    expect(await read(FILE)).toBe(broken);
  });

  it('refuses a file from a newer Crosscheck', async () => {
    await placeFile(FILE, asFile({ ...workspace(), schemaVersion: 5 }));
    const error = errorOf(await repository().open('Plan', 'session-a'));
    expect(error).toMatchObject({ kind: 'corrupt', location: 'schemaVersion' });
    expect(error.message).toContain('written by a newer Crosscheck (version 5');
  });
});

describe('restoreBackup', () => {
  it('keeps the corrupt file under a .corrupt- name, puts the last good copy in place and opens it', async () => {
    const damaged = '{"schemaVersion": 2, "createdAt": "2026-11-21T10:00:00.000Z", "activeSc';
    const bakTime = new Date('2026-11-21T09:59:58.000Z');
    await placeFile(FILE, damaged);
    await placeFile(`${FILE}.bak`, asFile(workspace('last good')), bakTime);
    const repo = repository();

    const result = await repo.restoreBackup('Plan', 'session-a');
    const keptAs = 'Plan.crosscheck.corrupt-20261121T100405Z.json';
    expect(result).toEqual({
      ok: true,
      name: 'Plan',
      workspace: workspace('last good'),
      savedAt: bakTime.toISOString(),
      migratedFrom: null,
      recovery: `Restored “Plan” from its last good copy, saved ${localTime(bakTime)}. The damaged file is kept as “${keptAs}”.`,
    });
    expect(await read(keptAs)).toBe(damaged);
    expect(await read(FILE)).toBe(asFile(workspace('last good')));
    expect(await read(`${FILE}.bak`)).toBe(asFile(workspace('last good')));
    expect(await filesInDir()).toEqual([keptAs, FILE, `${FILE}.bak`, `${FILE}.lock`]);

    // The restoring window owns the file now.
    expect((await repo.save('Plan', 'session-a', workspace('after restore'))).ok).toBe(true);
    expect(await read(FILE)).toBe(asFile(workspace('after restore')));
    expect(await read(keptAs)).toBe(damaged);
  });

  it('never replaces an earlier kept file', async () => {
    await placeFile(FILE, 'second damage');
    await placeFile('Plan.crosscheck.corrupt-20261121T100405Z.json', 'first damage');
    await placeFile(`${FILE}.bak`, asFile(workspace()));
    expect((await repository().restoreBackup('Plan', 'session-a')).ok).toBe(true);
    expect(await read('Plan.crosscheck.corrupt-20261121T100405Z.json')).toBe('first damage');
    expect(await read('Plan.crosscheck.corrupt-20261121T100405Z-2.json')).toBe('second damage');
  });

  it('answers not-found when there is no backup, and leaves the damaged file where it is', async () => {
    await placeFile(FILE, '{');
    const error = errorOf(await repository().restoreBackup('Plan', 'session-a'));
    expect(error).toEqual({ kind: 'not-found', message: 'There is no earlier copy of “Plan” to restore.' });
    expect(await filesInDir()).toEqual([FILE]);
    expect(await read(FILE)).toBe('{');
  });
});

describe('one owner per file', () => {
  it('tells a second window the file is open elsewhere; takeOver moves it, and the first window may no longer save', async () => {
    await placeFile(FILE, asFile(workspace('start')));
    const repo = repository();
    expect((await repo.open('Plan', 'window-1')).ok).toBe(true);

    expect(errorOf(await repo.open('Plan', 'window-2'))).toEqual({
      kind: 'locked',
      holder: 'window',
      message: '“Plan” is open in another Crosscheck window. Switch to that window, or open it here to move it to this window.',
    });

    const taken = await repo.open('Plan', 'window-2', { takeOver: true });
    expect(taken).toMatchObject({ ok: true, workspace: workspace('start'), recovery: null });
    expect(await lockIn(FILE)).toMatchObject({ pid: PID, sessionId: 'window-2' });

    expect(errorOf(await repo.save('Plan', 'window-1', workspace('from window 1')))).toEqual({
      kind: 'not-owner',
      message: 'Not saved: “Plan” was opened in another window, which now owns it. Your changes are kept here; use Save As to keep them under a new name.',
    });
    expect(await read(FILE)).toBe(asFile(workspace('start')));
    expect((await repo.save('Plan', 'window-2', workspace('from window 2'))).ok).toBe(true);
    expect(await read(FILE)).toBe(asFile(workspace('from window 2')));
  });

  it('releases on close: the lock file goes and another window opens without taking over', async () => {
    await placeFile(FILE, asFile(workspace()));
    const repo = repository();
    await repo.open('Plan', 'window-1');
    expect(await repo.close('Plan', 'window-1')).toEqual({ ok: true });
    expect(await filesInDir()).toEqual([FILE]);
    expect((await repo.open('Plan', 'window-2')).ok).toBe(true);
    // Closing from a window that does not own it changes nothing.
    await repo.close('Plan', 'window-1');
    expect(await lockIn(FILE)).toMatchObject({ sessionId: 'window-2' });
  });

  it('says which live process holds the file, and touches neither the file nor its lock', async () => {
    const since = '2026-11-21T08:15:00.000Z';
    const lock = JSON.stringify({ pid: 1234, hostname: HOST, sessionId: 'theirs', since });
    await placeFile(FILE, asFile(workspace()));
    await placeFile(`${FILE}.lock`, lock);
    const repo = repository({ isProcessAlive: (pid) => pid === 1234 });

    const error = errorOf(await repo.open('Plan', 'session-a', { takeOver: true }));
    expect(error).toEqual({
      kind: 'locked',
      holder: 'process',
      message: `“Plan” is open in another Crosscheck (process 1234 on host ${HOST} since ${localTime(new Date(since))}). Close it there first.`,
    });
    expect(await read(`${FILE}.lock`)).toBe(lock);
    expect(await read(FILE)).toBe(asFile(workspace()));
  });

  it('keeps two processes on one folder apart', async () => {
    await placeFile(FILE, asFile(workspace()));
    const first = repository({ pid: 1111 });
    const second = repository({ pid: 2222, isProcessAlive: (pid) => pid === 1111 });
    expect((await first.open('Plan', 'session-a')).ok).toBe(true);
    const error = errorOf(await second.open('Plan', 'session-b'));
    expect(error.kind).toBe('locked');
    expect(error.message).toContain('(process 1111 on host analyst-pc since');
    expect((await first.save('Plan', 'session-a', workspace('mine'))).ok).toBe(true);
  });

  it('treats a lock from another computer as held, since it cannot be checked, and says how to clear it', async () => {
    await placeFile(FILE, asFile(workspace()));
    await placeFile(`${FILE}.lock`, JSON.stringify({ pid: 77, hostname: 'laptop-2', sessionId: 'x', since: '2026-11-21T08:15:00.000Z' }));
    const error = errorOf(await repository({ isProcessAlive: () => false }).open('Plan', 'session-a'));
    expect(error.kind).toBe('locked');
    expect(error.message).toContain('(process 77 on host laptop-2 since');
    expect(error.message).toContain('delete “Plan.crosscheck.json.lock”');
  });

  it('refuses a save once another process has taken the lock from under this one', async () => {
    const repo = repository();
    await repo.create('Plan', 'session-a', workspace('mine'));
    await writeFile(inDir(`${FILE}.lock`), JSON.stringify({ pid: 9999, hostname: HOST, sessionId: 'theirs', since: NOW.toISOString() }));
    const error = errorOf(await repo.save('Plan', 'session-a', workspace('late')));
    expect(error).toEqual({
      kind: 'not-owner',
      message: `Not saved: “Plan” was opened in another Crosscheck (process 9999 on host ${HOST}), which now owns it. Your changes are kept here; use Save As to keep them under a new name.`,
    });
    expect(await read(FILE)).toBe(asFile(workspace('mine')));
  });

  it('skips a save while its lock cannot be read, and saves once it can', async () => {
    const repo = repository();
    await repo.create('Plan', 'session-a', workspace('mine'));
    const lock = await read(`${FILE}.lock`);
    await writeFile(inDir(`${FILE}.lock`), '{"pid": 99');
    const error = errorOf(await repo.save('Plan', 'session-a', workspace('later')));
    expect(error).toMatchObject({ kind: 'write-failed', code: 'ELOCKUNREADABLE' });
    expect(error.message).toContain('Your changes are kept here');
    expect(await read(FILE)).toBe(asFile(workspace('mine')));
    await writeFile(inDir(`${FILE}.lock`), lock);
    expect((await repo.save('Plan', 'session-a', workspace('later'))).ok).toBe(true);
  });

  it('claims the lock again when it was deleted by hand while the file was open', async () => {
    const repo = repository();
    await repo.create('Plan', 'session-a', workspace());
    await rm(inDir(`${FILE}.lock`));
    expect((await repo.save('Plan', 'session-a', workspace('again'))).ok).toBe(true);
    expect(await lockIn(FILE)).toMatchObject({ pid: PID, sessionId: 'session-a' });
  });
});

describe('recovery after a crash', () => {
  it('takes over a lock left by a dead process and says what was restored', async () => {
    const savedAt = new Date('2026-11-21T10:03:59.000Z');
    await placeFile(FILE, asFile(workspace('acknowledged edit')), savedAt);
    await placeFile(`${FILE}.lock`, JSON.stringify({ pid: 1234, hostname: HOST, sessionId: 'crashed', since: '2026-11-21T08:00:00.000Z' }));
    const repo = repository({ isProcessAlive: (pid) => pid !== 1234 });

    const result = await repo.open('Plan', 'session-a');
    expect(result).toEqual({
      ok: true,
      name: 'Plan',
      workspace: workspace('acknowledged edit'),
      savedAt: savedAt.toISOString(),
      migratedFrom: null,
      recovery: `Crosscheck did not close cleanly last time (process 1234). Restored “Plan” as last saved at ${localTime(savedAt)}; every change saved before then is here.`,
    });
    expect(await lockIn(FILE)).toEqual({ pid: PID, hostname: HOST, sessionId: 'session-a', since: NOW.toISOString() });
    expect((await repo.save('Plan', 'session-a', workspace('next'))).ok).toBe(true);
  });

  it('takes over a lock that cannot be read (the crash came while it was being written)', async () => {
    await placeFile(FILE, asFile(workspace()));
    await placeFile(`${FILE}.lock`, '');
    const result = await repository().open('Plan', 'session-a');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.recovery).toMatch(/^Crosscheck did not close cleanly last time\. Restored “Plan” as last saved at /);
  });

  it('takes over a lock with this process id left by an earlier run', async () => {
    await placeFile(FILE, asFile(workspace()));
    await placeFile(`${FILE}.lock`, JSON.stringify({ pid: PID, hostname: HOST, sessionId: 'before-reboot', since: '2026-11-01T08:00:00.000Z' }));
    const result = await repository().open('Plan', 'session-a');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.recovery).toContain(`(process ${PID})`);
  });
});

describe('saveAs', () => {
  it('writes the new name, owns it, and lets go of the old one', async () => {
    const repo = repository();
    await repo.create('Plan', 'window-1', workspace('v1'));
    const result = await repo.saveAs('Plan', 'Plan bull', 'window-1', workspace('bull'));
    expect(result).toEqual({ ok: true, name: 'Plan bull', savedAt: (await nodeAtomicFs.stat(inDir('Plan bull.crosscheck.json'))).mtime.toISOString() });
    expect(await read('Plan bull.crosscheck.json')).toBe(asFile(workspace('bull')));
    expect(await read(FILE)).toBe(asFile(workspace('v1')));
    expect((await repo.open('Plan', 'window-2')).ok).toBe(true);
    expect((await repo.save('Plan bull', 'window-1', workspace('bull 2'))).ok).toBe(true);
  });

  it('keeps the changes of a window that lost its file under a new name', async () => {
    await placeFile(FILE, asFile(workspace()));
    const repo = repository();
    await repo.open('Plan', 'window-1');
    await repo.open('Plan', 'window-2', { takeOver: true });
    expect((await repo.saveAs('Plan', 'Plan copy', 'window-1', workspace('rescued'))).ok).toBe(true);
    expect(await read('Plan copy.crosscheck.json')).toBe(asFile(workspace('rescued')));
    // window-2 still owns the original.
    expect((await repo.save('Plan', 'window-2', workspace('theirs'))).ok).toBe(true);
  });

  it('refuses a name that is taken, keeping both files and the old ownership', async () => {
    const repo = repository();
    await repo.create('Plan', 'window-1', workspace('v1'));
    await placeFile('Other.crosscheck.json', asFile(workspace('other')));
    expect(errorOf(await repo.saveAs('Plan', 'Other', 'window-1', workspace('v2'))).kind).toBe('exists');
    expect(await read('Other.crosscheck.json')).toBe(asFile(workspace('other')));
    expect((await repo.save('Plan', 'window-1', workspace('v2'))).ok).toBe(true);
  });
});

describe('list', () => {
  it('lists workspaces newest first and ignores backups, temp, lock, corrupt and state files', async () => {
    await placeFile('Older.crosscheck.json', asFile(workspace()), new Date('2026-11-01T12:00:00.000Z'));
    await placeFile('Newer.crosscheck.json', asFile(workspace('a longer one')), new Date('2026-11-20T12:00:00.000Z'));
    for (const side of [
      'Newer.crosscheck.json.bak',
      'Newer.crosscheck.json.bak.new',
      'Newer.crosscheck.json.tmp-4242-0',
      'Newer.crosscheck.json.lock',
      'Newer.crosscheck.corrupt-20261121T100405Z.json',
      'crosscheck-state.json',
      'notes.json',
      '.hidden.crosscheck.json',
    ]) {
      await placeFile(side, 'x', new Date('2026-11-21T00:00:00.000Z'));
    }
    expect(await repository().list()).toEqual([
      { name: 'Newer', savedAt: '2026-11-20T12:00:00.000Z', size: asFile(workspace('a longer one')).length },
      { name: 'Older', savedAt: '2026-11-01T12:00:00.000Z', size: asFile(workspace()).length },
    ]);
  });

  it('lists a folder that does not exist yet as empty', async () => {
    expect(await repository({ dir: path.join(dir, 'not-yet') }).list()).toEqual([]);
  });
});

describe('folder state', () => {
  it('starts empty, then records the last opened and the recent list, most recent first', async () => {
    const repo = repository();
    expect(await repo.readState()).toEqual({ lastOpened: null, recent: [] });
    await repo.recordOpened('Alpha');
    await repo.recordOpened('Beta');
    const result = await repo.recordOpened('Alpha');
    expect(result).toEqual({ ok: true, state: { lastOpened: 'Alpha', recent: ['Alpha', 'Beta'] } });
    expect(await repository().readState()).toEqual({ lastOpened: 'Alpha', recent: ['Alpha', 'Beta'] });
    expect(JSON.parse(await read('crosscheck-state.json'))).toEqual({ lastOpened: 'Alpha', recent: ['Alpha', 'Beta'] });
  });

  it('keeps at most 10 recent names', async () => {
    const repo = repository();
    for (let n = 1; n <= 12; n++) await repo.recordOpened(`W${n}`);
    expect(await repo.readState()).toEqual({ lastOpened: 'W12', recent: ['W12', 'W11', 'W10', 'W9', 'W8', 'W7', 'W6', 'W5', 'W4', 'W3'] });
  });

  it.each([
    ['truncated JSON', '{"lastOpened": "Alpha", "rec'],
    ['the wrong shape', '{"lastOpened": 5, "recent": "Alpha"}'],
    ['not an object', '[]'],
  ])('treats a state file with %s as empty, and writes a good one next time', async (_label, text) => {
    await placeFile('crosscheck-state.json', text);
    const repo = repository();
    expect(await repo.readState()).toEqual({ lastOpened: null, recent: [] });
    expect(await repo.recordOpened('Alpha')).toEqual({ ok: true, state: { lastOpened: 'Alpha', recent: ['Alpha'] } });
    expect(await repo.readState()).toEqual({ lastOpened: 'Alpha', recent: ['Alpha'] });
  });

  it('refuses to record an invalid name', async () => {
    expect(errorOf(await repository().recordOpened('a/b')).kind).toBe('invalid-name');
    expect(await filesInDir()).toEqual([]);
  });
});

describe('a clean shutdown', () => {
  it('lets go of every file, so the next start reports no crash', async () => {
    await placeFile(FILE, asFile(workspace()));
    await placeFile('Other.crosscheck.json', asFile(workspace()));
    const repo = repository();
    expect((await repo.open('Plan', 'session-a')).ok).toBe(true);
    expect((await repo.open('Other', 'session-b')).ok).toBe(true);
    expect((await filesInDir()).filter((name) => name.endsWith('.lock'))).toHaveLength(2);
    await repo.closeAll();
    expect((await filesInDir()).filter((name) => name.endsWith('.lock'))).toEqual([]);
    const next = await repository({ pid: PID + 1 }).open('Plan', 'session-c');
    expect(next.ok && next.recovery).toBeNull();
  });
});
