/**
 * A window's session: new on every page load, so a duplicated tab (which copies
 * sessionStorage) is a session of its own and is told the file is taken. A reload releases
 * the file as the page goes (see releaseWorkspace), so it can open it again.
 */
export function newSessionId(): string {
  return crypto.randomUUID().replace(/-/g, '');
}
