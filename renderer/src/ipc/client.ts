import type { Channel, ChannelInput, ChannelOutput, CrosscheckBridge } from '@shared/ipc/contract';
import { createHttpBridge } from './http-bridge';

/** An IPC answer of `{ ok: false }`, carrying the main side's message for the analyst. */
export class IpcError extends Error {
  override name = 'IpcError';
}

/**
 * The renderer's one way to reach the main side. In Electron the preload's bridge is on
 * `window.crosscheck`; in browser mode the same contract goes over HTTP to the host.
 * Nothing else in the renderer knows which.
 */
export interface IpcClient {
  invoke<K extends Channel>(channel: K, input: ChannelInput<K>): Promise<ChannelOutput<K>>;
}

export function createIpcClient(bridge: CrosscheckBridge): IpcClient {
  return {
    async invoke(channel, input) {
      const result = await bridge.invoke(channel, input);
      if (!result.ok) throw new IpcError(result.error);
      return result.data;
    },
  };
}

let client: IpcClient | undefined;

export function getIpcClient(): IpcClient {
  client ??= createIpcClient(window.crosscheck ?? createHttpBridge(window.location, window.sessionStorage, window.history));
  return client;
}
