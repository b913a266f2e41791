import { ArticleFileSchema } from '@shared/domain/dataset-schema';
import type { Channel, ChannelInput, ChannelOutput, DatasetSnapshot, WorkspaceError } from '@shared/ipc/contract';
import type { Workspace } from '@shared/workspace/workspace-schema';
import firstFile from '../../../electron/seed-data/ev-stake-ai-surge-2024.article.json';
import secondFile from '../../../electron/seed-data/alibaba-inter-asia-2025-05-26.article.json';
import type { IpcClient } from '../../../renderer/src/ipc/client';

export function seedSnapshot(): DatasetSnapshot {
  const files = [firstFile, secondFile].map((file) => ArticleFileSchema.parse(file));
  return { articles: files.map((file) => ({ ...file.article, text: '' })), figures: files.flatMap((file) => file.figures), problems: [], dataDir: '/seed' };
}

/**
 * The main side in memory: the seed dataset and a folder of workspaces, with one owner per
 * file. `saves` records every workspace the store sent to disk; `failSaves` makes saves fail.
 */
export class FakeMain implements IpcClient {
  readonly files = new Map<string, Workspace>();
  readonly owners = new Map<string, string>();
  readonly saves: { name: string; workspace: Workspace }[] = [];
  failSaves: WorkspaceError | null = null;
  lastOpened: string | null = null;
  /** While set, saves wait for it: a save "in flight" that the test releases. */
  holdSaves: Promise<void> | null = null;
  savesInFlight = 0;
  maxSavesInFlight = 0;

  async invoke<K extends Channel>(channel: K, input: ChannelInput<K>): Promise<ChannelOutput<K>> {
    if (channel === 'workspace:save') {
      this.savesInFlight++;
      this.maxSavesInFlight = Math.max(this.maxSavesInFlight, this.savesInFlight);
      try {
        if (this.holdSaves) await this.holdSaves;
        return this.handle(channel, input) as ChannelOutput<K>;
      } finally {
        this.savesInFlight--;
      }
    }
    return this.handle(channel, input) as ChannelOutput<K>;
  }

  private handle(channel: Channel, input: unknown): unknown {
    const args = input as { name: string; sessionId: string; workspace: Workspace; from: string; to: string; takeOver?: boolean };
    switch (channel) {
      case 'dataset:load':
        return seedSnapshot();
      case 'workspace:list':
        return { workspaces: [...this.files.keys()].map((name) => ({ name, savedAt: '2026-11-21T10:00:00.000Z', size: 1 })), state: { lastOpened: this.lastOpened, recent: [] } };
      case 'workspace:create':
        if (this.files.has(args.name)) return { ok: false, error: { kind: 'exists', message: `“${args.name}” exists.` } };
        this.files.set(args.name, args.workspace);
        this.owners.set(args.name, args.sessionId);
        return { ok: true, name: args.name, savedAt: '2026-11-21T10:00:00.000Z' };
      case 'workspace:open': {
        const workspace = this.files.get(args.name);
        if (!workspace) return { ok: false, error: { kind: 'not-found', message: 'not found' } };
        const owner = this.owners.get(args.name);
        if (owner && owner !== args.sessionId && !args.takeOver) return { ok: false, error: { kind: 'locked', message: 'open in another Crosscheck window', holder: 'window' } };
        this.owners.set(args.name, args.sessionId);
        return { ok: true, name: args.name, workspace, savedAt: '2026-11-21T10:00:00.000Z', migratedFrom: null, recovery: null };
      }
      case 'workspace:save':
        if (this.failSaves) return { ok: false, error: this.failSaves };
        if (this.owners.get(args.name) !== args.sessionId) return { ok: false, error: { kind: 'not-owner', message: 'Not saved: another window owns it.' } };
        this.files.set(args.name, args.workspace);
        this.saves.push({ name: args.name, workspace: args.workspace });
        return { ok: true, savedAt: '2026-11-21T10:00:01.000Z' };
      case 'workspace:save-as':
        this.files.set(args.to, args.workspace);
        this.owners.set(args.to, args.sessionId);
        this.owners.delete(args.from);
        return { ok: true, name: args.to, savedAt: '2026-11-21T10:00:02.000Z' };
      case 'workspace:close':
        if (this.owners.get(args.name) === args.sessionId) this.owners.delete(args.name);
        return { ok: true };
      default:
        throw new Error(`FakeMain does not serve ${channel}`);
    }
  }
}
