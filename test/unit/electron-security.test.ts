import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, type Handlers } from '@shared/ipc/contract';
import { createHandlers } from '../../electron/handlers/create-handlers';
import { unusedExportService } from './support/unused-export-service';
import { isAppPage, registerIpc } from '../../electron/ipc/register-ipc';
import { createNodeWorkspaceRepository } from '../../electron/workspace/create-node-repository';
import { CONTENT_SECURITY_POLICY, isAllowedPermission, isAppUrl } from '../../electron/security';

const ROOT = '/opt/crosscheck/out/renderer';

describe('isAllowedPermission', () => {
  const page = 'file:///opt/crosscheck/out/renderer/index.html';
  it('gives the app’s own page the clipboard and nothing else', () => {
    expect(isAllowedPermission('clipboard-sanitized-write', page, ROOT, undefined)).toBe(true);
    expect(isAllowedPermission('clipboard-read', page, ROOT, undefined)).toBe(true);
    for (const permission of ['media', 'notifications', 'geolocation', 'openExternal', 'fullscreen']) expect(isAllowedPermission(permission, page, ROOT, undefined)).toBe(false);
  });

  it('gives a page that is not the app’s nothing, the clipboard included', () => {
    expect(isAllowedPermission('clipboard-read', 'https://example.com/', ROOT, undefined)).toBe(false);
    expect(isAllowedPermission('clipboard-sanitized-write', 'file:///etc/passwd', ROOT, undefined)).toBe(false);
  });
});

describe('isAppUrl', () => {
  it('accepts the bundled pages and nothing else', () => {
    expect(isAppUrl('file:///opt/crosscheck/out/renderer/index.html', ROOT, undefined)).toBe(true);
    expect(isAppUrl('file:///opt/crosscheck/out/renderer-evil/index.html', ROOT, undefined)).toBe(false);
    expect(isAppUrl('file:///etc/passwd', ROOT, undefined)).toBe(false);
    expect(isAppUrl('file://attacker/opt/crosscheck/out/renderer/index.html', ROOT, undefined)).toBe(false);
    expect(isAppUrl('https://example.com/', ROOT, undefined)).toBe(false);
    expect(isAppUrl('not a url', ROOT, undefined)).toBe(false);
  });

  it('in development, accepts only the dev server’s exact origin', () => {
    const dev = 'http://localhost:5173';
    expect(isAppUrl('http://localhost:5173/index.html', ROOT, dev)).toBe(true);
    expect(isAppUrl('http://localhost:5173.evil.com/', ROOT, dev)).toBe(false);
    expect(isAppUrl('http://localhost:51730/', ROOT, dev)).toBe(false);
  });
});

/** Just enough of an IPC event for the sender checks. */
function fakeEvent(url: string, isMainFrame: boolean): IpcMainInvokeEvent {
  const mainFrame = { url };
  const senderFrame = isMainFrame ? mainFrame : { url };
  return { senderFrame, sender: { mainFrame } } as unknown as IpcMainInvokeEvent;
}

describe('IPC sender checks', () => {
  const appUrl = (url: string) => isAppUrl(url, ROOT, undefined);

  it('trusts the app page’s main frame only', () => {
    expect(isAppPage(fakeEvent('file:///opt/crosscheck/out/renderer/index.html', true), appUrl)).toBe(true);
    expect(isAppPage(fakeEvent('file:///opt/crosscheck/out/renderer/index.html', false), appUrl)).toBe(false);
    expect(isAppPage(fakeEvent('https://example.com/', true), appUrl)).toBe(false);
  });

  it('registers every contract channel and refuses an untrusted sender before any handler runs', async () => {
    const registered = new Map<string, (event: IpcMainInvokeEvent, input: unknown) => Promise<unknown>>();
    let calls = 0;
    const real = createHandlers({
      dataDir: '/d',
      loadDataset: async () => ({ articles: [], figures: [], problems: [], dataDir: '/data' }),
      workspaces: createNodeWorkspaceRepository(path.join(tmpdir(), `crosscheck-security-${process.pid}`)),
      exports: unusedExportService(),
      mode: 'electron',
      version: '1',
    });
    const handlers: Handlers = {
      ...real,
      'app:info': async (input) => {
        calls++;
        return real['app:info'](input);
      },
    };
    registerIpc({ handle: (channel, listener) => void registered.set(channel, listener) }, handlers, (event) => isAppPage(event, appUrl));
    expect([...registered.keys()].sort()).toEqual([...CHANNEL_NAMES].sort());

    const fromFrame = await registered.get('app:info')?.(fakeEvent('file:///opt/crosscheck/out/renderer/index.html', false), {});
    expect(fromFrame).toEqual({ ok: false, error: "Refused app:info: the request did not come from the app's own page." });
    expect(calls).toBe(0);
    const fromApp = await registered.get('app:info')?.(fakeEvent('file:///opt/crosscheck/out/renderer/index.html', true), {});
    expect(fromApp).toEqual({ ok: true, data: { mode: 'electron', version: '1', dataDir: '/d' } });
    expect(calls).toBe(1);
  });
});

describe('the content security policy', () => {
  it('is the same in the page’s meta tag as in the headers (frame-ancestors only works as a header)', () => {
    const html = readFileSync(path.join(__dirname, '..', '..', 'renderer', 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    const header = CONTENT_SECURITY_POLICY.split('; ').filter((directive) => !directive.startsWith('frame-ancestors'));
    expect(meta?.split('; ').sort()).toEqual(header.sort());
  });

  it('allows no remote scripts, no eval and no connection but to the app itself', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'self';");
  });
});
