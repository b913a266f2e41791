import { isIpcResult, type ChannelOutput, type CrosscheckBridge, type IpcResult } from '@shared/ipc/contract';

const TOKEN_KEY = 'crosscheck.token';

/**
 * Browser mode's bridge. The host hands the page a per-launch token in the URL fragment
 * (#token=...); it is kept in sessionStorage so a reload still works, and wiped from the
 * address bar so it is not copied around with the URL.
 */
export function takeToken(location: Pick<Location, 'hash' | 'pathname' | 'search'>, storage: Storage, history: Pick<History, 'replaceState'>): string | null {
  const fromHash = new URLSearchParams(location.hash.replace(/^#/, '')).get('token');
  if (fromHash) {
    storage.setItem(TOKEN_KEY, fromHash);
    history.replaceState(null, '', `${location.pathname}${location.search}`);
    return fromHash;
  }
  return storage.getItem(TOKEN_KEY);
}

export function createHttpBridge(location: Location, storage: Storage, history: History): CrosscheckBridge {
  const token = takeToken(location, storage, history);
  return {
    async invoke(channel, input) {
      if (!token) {
        return { ok: false, error: 'This page has no session token. Open the full URL that `npm start` printed (it ends in #token=…).' };
      }
      let response: Response;
      try {
        const body = JSON.stringify(input);
        response = await fetch(`/ipc/${encodeURIComponent(channel)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Crosscheck-Token': token },
          body,
          // Small requests outlive the page, so "let go of the file" still arrives as a tab closes.
          // Browsers cap keepalive bodies at 64 KB; a workspace save may be larger.
          keepalive: body.length < 60_000,
        });
      } catch {
        return { ok: false, error: 'Cannot reach the Crosscheck host. Is `npm start` still running?' };
      }
      const body: unknown = await response.json().catch(() => null);
      if (!isIpcResult(body)) return { ok: false, error: `The Crosscheck host gave an unexpected answer (HTTP ${response.status}).` };
      return body as IpcResult<ChannelOutput<typeof channel>>;
    },
  };
}
