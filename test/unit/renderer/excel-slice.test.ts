import { describe, expect, it } from 'vitest';
import type { Channel, ChannelInput, ChannelOutput } from '@shared/ipc/contract';
import type { ExportJobStatus } from '@shared/export/export-contract';
import { createCrosscheckStore } from '../../../renderer/src/store/store';
import { FakeMain } from './fake-ipc';

/** The main side of an export: started once, then answering each status poll from `statuses` in turn. */
class ExportingMain extends FakeMain {
  constructor(private readonly statuses: (ExportJobStatus | null)[]) {
    super();
  }

  override async invoke<K extends Channel>(channel: K, input: ChannelInput<K>): Promise<ChannelOutput<K>> {
    if (channel === 'export:start') return { ok: true, jobId: 'job-1', file: '/exports/plan.xlsx', total: 10 } as ChannelOutput<K>;
    if (channel === 'export:status') return (this.statuses.length > 1 ? this.statuses.shift()! : this.statuses[0]) as ChannelOutput<K>;
    return super.invoke(channel, input);
  }
}

const running = (done: number): ExportJobStatus => ({ jobId: 'job-1', state: 'running', done, total: 10, file: '/exports/plan.xlsx', error: null, rows: 4 });

async function exportWith(main: FakeMain) {
  const store = createCrosscheckStore({ ipc: () => main, now: () => new Date('2026-11-21T10:00:00Z'), sessionId: 'session-one' });
  await store.getState().loadDataset();
  await store.getState().startExport({ fileName: 'plan', scope: 'all', overwrite: false }, { rowIds: [], columns: [] });
  return store.getState();
}

describe('following an export', () => {
  it('follows progress until the main side says it is done', async () => {
    const state = await exportWith(new ExportingMain([running(3), running(7), { ...running(10), state: 'done' }]));
    expect(state.exportJob).toMatchObject({ state: 'done', done: 10, file: '/exports/plan.xlsx' });
    expect(state.dialog).toBe('export-progress');
  });

  it('stops waiting, and says so, when the main side no longer knows the job', async () => {
    const state = await exportWith(new ExportingMain([running(3), null]));
    expect(state.exportJob?.state).toBe('failed');
    expect(state.exportJob?.error?.message).toContain('lost track of the export to /exports/plan.xlsx');
  });
});
