const KEY = 'crosscheck.sessionId';

/**
 * A window's session id, kept in sessionStorage: a reload keeps ownership of the open
 * workspace, while a second tab or window is a new session and is told the file is taken.
 */
export function windowSessionId(storage: Pick<Storage, 'getItem' | 'setItem'> | undefined = globalThis.sessionStorage): string {
  const existing = storage?.getItem(KEY);
  if (existing && /^[A-Za-z0-9_-]{8,64}$/.test(existing)) return existing;
  const fresh = crypto.randomUUID().replace(/-/g, '');
  storage?.setItem(KEY, fresh);
  return fresh;
}
