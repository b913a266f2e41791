import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, CHANNELS } from '@shared/ipc/contract';
import { dispatch } from '@shared/ipc/dispatch';
import { createHandlers } from '../../electron/handlers/create-handlers';
import { unusedExportService } from './support/unused-export-service';
import { createNodeWorkspaceRepository } from '../../electron/workspace/create-node-repository';

const handlers = createHandlers({
  dataDir: '/nowhere',
  loadDataset: async () => ({ articles: [], figures: [], problems: [], dataDir: '/data' }),
  workspaces: createNodeWorkspaceRepository(path.join(tmpdir(), `crosscheck-contract-${process.pid}`)),
  exports: unusedExportService(),
  mode: 'browser',
  version: '0.0.0-test',
});

describe('IPC contract', () => {
  it('has a handler for every channel, and no handler outside the contract', () => {
    expect(Object.keys(handlers).sort()).toEqual([...CHANNEL_NAMES].sort());
    expect(Object.keys(CHANNELS).sort()).toEqual([...CHANNEL_NAMES].sort());
  });

  it('refuses an unknown channel and invalid input before calling any handler', async () => {
    expect(await dispatch(handlers, 'fs:delete', {})).toEqual({ ok: false, error: 'Unknown channel "fs:delete".' });
    const invalid = await dispatch(handlers, 'app:info', { path: '/etc/passwd' });
    expect(invalid.ok).toBe(false);
    expect(invalid.ok ? '' : invalid.error).toMatch(/Invalid input for app:info/);
  });

  it('answers a valid request with the handler result', async () => {
    expect(await dispatch(handlers, 'app:info', {})).toEqual({
      ok: true,
      data: { mode: 'browser', version: '0.0.0-test', dataDir: '/nowhere' },
    });
  });

  it('turns a handler that throws into a message, not a crash', async () => {
    const throwing = { ...handlers, 'app:info': async () => { throw new Error('disk on fire'); } };
    expect(await dispatch(throwing, 'app:info', {})).toEqual({ ok: false, error: 'app:info failed: disk on fire' });
  });
});
