import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Handlers, IpcResult } from '@shared/ipc/contract';
import { dispatch } from '@shared/ipc/dispatch';
import { CONTENT_SECURITY_POLICY } from '../security';
import { checkApiRequest, checkHost } from './request-guard';
import { readStaticFile } from './static-files';

export interface HostOptions {
  readonly handlers: Handlers;
  readonly rendererDir: string;
  readonly token: string;
  /** Larger request bodies are refused (413); MAX_BODY_BYTES unless a test sets a small one. */
  readonly maxBodyBytes?: number;
}

/** Larger bodies are refused before they are read whole. A workbook to import arrives base64-encoded: the 50 MB limit is about 67 MB here. */
export const MAX_BODY_BYTES = 96 * 1024 * 1024;
export const API_PREFIX = '/ipc/';

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

/**
 * Browser mode's host: the built renderer as static files, and the same handler table
 * as Electron's main process at POST /ipc/<channel>. Listen on 127.0.0.1 only.
 */
export function createHostServer(options: HostOptions): Server {
  const server = createServer((request, response) => {
    const port = (server.address() as { port: number } | null)?.port ?? 0;
    handle(request, response, port, options).catch((error: unknown) => {
      send(response, 500, 'text/plain; charset=utf-8', `Internal error: ${error instanceof Error ? error.message : String(error)}`);
    });
  });
  return server;
}

async function handle(request: IncomingMessage, response: ServerResponse, port: number, options: HostOptions) {
  const url = new URL(request.url ?? '/', 'http://placeholder');
  if (url.pathname.startsWith(API_PREFIX)) {
    if (request.method !== 'POST') return send(response, 405, 'text/plain; charset=utf-8', 'Use POST.');
    const verdict = checkApiRequest(request.headers, port, options.token);
    if (!verdict.ok) return sendJson(response, verdict.status, { ok: false, error: verdict.message });
    const body = await readBody(request, options.maxBodyBytes ?? MAX_BODY_BYTES);
    if (body === null) return sendJson(response, 413, { ok: false, error: 'Refused: request body too large.' });
    let input: unknown;
    try {
      input = body === '' ? {} : JSON.parse(body);
    } catch {
      return sendJson(response, 400, { ok: false, error: 'Refused: the request body is not JSON.' });
    }
    let channel: string;
    try {
      channel = decodeURIComponent(url.pathname.slice(API_PREFIX.length));
    } catch {
      return sendJson(response, 400, { ok: false, error: 'Refused: the channel name is not valid URL encoding.' });
    }
    return send(response, 200, JSON_TYPE, serializeResult(await dispatch(options.handlers, channel, input)));
  }
  const hostVerdict = checkHost(request.headers, port);
  if (!hostVerdict.ok) return send(response, hostVerdict.status, 'text/plain; charset=utf-8', hostVerdict.message);
  if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'text/plain; charset=utf-8', 'Use GET.');
  const file = await readStaticFile(options.rendererDir, url.pathname);
  if (!file) return send(response, 404, 'text/plain; charset=utf-8', 'Not found.');
  return send(response, 200, file.type, file.body);
}

/** Reads the body as text; null once it passes the limit (the rest is drained, not kept). */
function readBody(request: IncomingMessage, maxBytes: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let isTooLarge = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) isTooLarge = true;
      if (!isTooLarge) chunks.push(chunk);
    });
    request.on('end', () => resolve(isTooLarge ? null : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer) {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type });
  response.end(body);
}

const JSON_TYPE = 'application/json; charset=utf-8';

function sendJson(response: ServerResponse, status: number, value: unknown) {
  send(response, status, JSON_TYPE, JSON.stringify(value));
}

/**
 * A frozen result (the dataset snapshot, 50 MB of JSON for a desk of 200 articles) cannot
 * change, so it is serialized once and the text reused for every later request.
 */
const serializedResults = new WeakMap<object, string>();
function serializeResult(result: IpcResult<unknown>): string {
  if (!result.ok || typeof result.data !== 'object' || result.data === null || !Object.isFrozen(result.data)) return JSON.stringify(result);
  let data = serializedResults.get(result.data);
  if (data === undefined) {
    data = JSON.stringify(result.data);
    serializedResults.set(result.data, data);
  }
  return `{"ok":true,"data":${data}}`;
}
