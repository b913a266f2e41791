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
        response = await fetch(`/ipc/${encodeURIComponent(channel)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Crosscheck-Token': token },
          body: JSON.stringify(input),
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
