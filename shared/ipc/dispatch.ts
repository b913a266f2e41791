import { z } from 'zod';
import { CHANNELS, isChannel, type Channel, type ChannelInput, type Handlers, type IpcResult } from './contract';

/**
 * Runs one request against the handler table: checks the channel name and the input
 * against the contract, then calls the handler. Electron's `ipcMain.handle` and the
 * browser-mode HTTP host both go through here, so both validate the same way. Only a
 * message crosses back (Electron keeps nothing else of a thrown error anyway).
 */
export async function dispatch(handlers: Handlers, channel: unknown, input: unknown): Promise<IpcResult<unknown>> {
  if (!isChannel(channel)) {
    return { ok: false, error: `Unknown channel ${JSON.stringify(channel)}.` };
  }
  const parsed = CHANNELS[channel].input.safeParse(input ?? {});
  if (!parsed.success) {
    return { ok: false, error: `Invalid input for ${channel}: ${z.prettifyError(parsed.error)}` };
  }
  try {
    const data = await callHandler(handlers, channel, parsed.data);
    return { ok: true, data };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `${channel} failed: ${message}` };
  }
}

function callHandler<K extends Channel>(handlers: Handlers, channel: K, input: ChannelInput<K>) {
  const handler: (input: ChannelInput<K>) => Promise<unknown> = handlers[channel];
  return handler(input);
}
