import { z } from 'zod';
import type { Article, Figure } from '../domain/dataset-schema';
import type { Channel } from './channels';

export { BRIDGE_NAME, CHANNEL_NAMES, isChannel, type Channel } from './channels';

/**
 * The one IPC contract between the renderer and the main process (or the browser-mode
 * host, which serves the same handlers). Each channel is `domain:verb`, has an input
 * schema that the main side checks before anything else, and an output type below.
 * Handlers never throw across the boundary: they answer with an `IpcResult`.
 */
export const CHANNELS = {
  /** The dataset: every article with its text, every figure, and what could not be loaded. */
  'dataset:load': { input: z.object({}).strict() },
  /** How the app is running: desktop or browser mode, version, where the data comes from. */
  'app:info': { input: z.object({}).strict() },
} as const satisfies Record<Channel, { input: z.ZodType }>;

/** A file of the dataset that could not be loaded, or loaded with a doubt. */
export interface DataProblem {
  readonly severity: 'error' | 'warning';
  /** The file's name inside the data folder. */
  readonly file: string;
  /** Where in the file: "line 3, column 14" or a path such as "figures[2].value"; null for the whole file. */
  readonly location: string | null;
  readonly message: string;
}

export interface DatasetSnapshot {
  readonly articles: readonly Article[];
  readonly figures: readonly Figure[];
  readonly problems: readonly DataProblem[];
  /** The folder the data came from, so a message can say where to look. */
  readonly dataDir: string;
}

export interface AppInfo {
  readonly mode: 'electron' | 'browser';
  readonly version: string;
  readonly dataDir: string;
}

export interface ChannelOutputs {
  'dataset:load': DatasetSnapshot;
  'app:info': AppInfo;
}

export type ChannelInput<K extends Channel> = z.infer<(typeof CHANNELS)[K]['input']>;
export type ChannelOutput<K extends Channel> = ChannelOutputs[K];

/** What crosses the boundary: data, or a message a person can act on. */
export type IpcResult<T> = { ok: true; data: T } | { ok: false; error: string };

/** Whether a value has the shape of an IpcResult: what browser mode checks on each HTTP answer. */
export function isIpcResult(value: unknown): value is IpcResult<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  return value.ok === true ? 'data' in value : value.ok === false && 'error' in value && typeof value.error === 'string';
}

/** The main side's table: one handler per channel, each given already-validated input. */
export type Handlers = {
  [K in Channel]: (input: ChannelInput<K>) => Promise<ChannelOutput<K>>;
};

/** The API the preload exposes to the page as `window.crosscheck`. */
export interface CrosscheckBridge {
  invoke<K extends Channel>(channel: K, input: ChannelInput<K>): Promise<IpcResult<ChannelOutput<K>>>;
}
