import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import { createHandlers } from '../../electron/handlers/create-handlers';
import { unusedExportService } from './support/unused-export-service';
import { createNodeWorkspaceRepository } from '../../electron/workspace/create-node-repository';
import { createHostServer } from '../../electron/browser-host/server';

const TOKEN = 'test-token-0123456789';
let server: Server;
let port: number;
let root: string;

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request, so tests can send the Host and Origin headers a browser would not let them forge. */
function send(method: string, urlPath: string, headers: Record<string, string>, body?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path: urlPath, headers }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

const host = () => `127.0.0.1:${port}`;
const api = (extra: Record<string, string> = {}) => ({ Host: host(), 'X-Crosscheck-Token': TOKEN, 'Content-Type': 'application/json', ...extra });

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'crosscheck-host-'));
  const rendererDir = path.join(root, 'renderer');
  await mkdir(rendererDir);
  await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Crosscheck</title>');
  await writeFile(path.join(root, 'secret.txt'), 'not for the page');
  const handlers = createHandlers({
    dataDir: '/data',
    loadDataset: async () => ({ articles: [], figures: [], problems: [], dataDir: '/data' }),
    workspaces: createNodeWorkspaceRepository(path.join(root, 'workspaces')),
    exports: unusedExportService(),
    mode: 'browser',
    version: '9.9.9',
  });
  server = createHostServer({ handlers, rendererDir, token: TOKEN, maxBodyBytes: 1_000_000 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await rm(root, { recursive: true, force: true });
});

describe('browser-mode host', () => {
  it('answers a request with the right token through the handler table', async () => {
    const reply = await send('POST', '/ipc/app:info', api(), '{}');
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: true, data: { mode: 'browser', version: '9.9.9', dataDir: '/data' } });
  });

  it('refuses a missing or wrong token', async () => {
    const missing = await send('POST', '/ipc/app:info', { Host: host() }, '{}');
    expect(missing.status).toBe(401);
    const wrong = await send('POST', '/ipc/app:info', api({ 'X-Crosscheck-Token': 'guess' }), '{}');
    expect(wrong.status).toBe(401);
    expect(JSON.parse(wrong.body).error).toMatch(/session token/);
  });

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin', async () => {
    const rebinding = await send('POST', '/ipc/app:info', api({ Host: `evil.example:${port}` }), '{}');
    expect(rebinding.status).toBe(421);
    const origin = await send('POST', '/ipc/app:info', api({ Origin: 'http://evil.example' }), '{}');
    expect(origin.status).toBe(403);
    const page = await send('GET', '/', { Host: 'evil.example' });
    expect(page.status).toBe(421);
  });

  it('accepts its own origin, by address or as localhost', async () => {
    for (const origin of [`http://127.0.0.1:${port}`, `http://localhost:${port}`]) {
      const reply = await send('POST', '/ipc/app:info', api({ Origin: origin }), '{}');
      expect(reply.status).toBe(200);
    }
  });

  it('validates channel and input like Electron does', async () => {
    expect(JSON.parse((await send('POST', '/ipc/fs:read', api(), '{}')).body)).toEqual({ ok: false, error: 'Unknown channel "fs:read".' });
    expect(JSON.parse((await send('POST', '/ipc/app:info', api(), '{"path":"/"}')).body).error).toMatch(/Invalid input/);
    expect((await send('POST', '/ipc/app:info', api(), 'not json')).status).toBe(400);
    expect((await send('GET', '/ipc/app:info', api())).status).toBe(405);
  });

  it('refuses a body over the size limit', async () => {
    const reply = await send('POST', '/ipc/app:info', api(), JSON.stringify({ pad: 'x'.repeat(1_100_000) }));
    expect(reply.status).toBe(413);
    const after = await send('POST', '/ipc/app:info', api(), '{}');
    expect(after.status).toBe(200);
  });

  it('serves the renderer with the CSP, and nothing outside its folder', async () => {
    const page = await send('GET', '/', { Host: host() });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Crosscheck</title>');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).toContain("connect-src 'self'");
    for (const escape of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const reply = await send('GET', escape, { Host: host() });
      expect(reply.status).toBe(404);
      expect(reply.body).not.toContain('not for the page');
    }
  });
});

describe('browser-mode host, odd requests', () => {
  it('answers a malformed channel encoding with a message, not a crash', async () => {
    const reply = await send('POST', '/ipc/%E0%A4%A', api(), '{}');
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body).error).toMatch(/not valid URL encoding/);
  });
});
