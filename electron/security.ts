import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The page may load only its own bundled files. AG Grid injects <style> tags, so styles
 * need 'unsafe-inline'; scripts do not. connect-src 'self' lets browser mode talk to its
 * own host and nothing else: the app makes no other network request.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/**
 * Whether a URL is one of the app's own pages: a bundled file under the renderer folder
 * (on this machine: a file: URL with a host would be a network share), or the dev server's
 * origin in development.
 */
export function isAppUrl(url: string, rendererRoot: string, devServerUrl: string | undefined): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (devServerUrl) return parsed.origin === new URL(devServerUrl).origin;
  if (parsed.protocol !== 'file:' || parsed.host !== '') return false;
  const root = pathToFileURL(rendererRoot.endsWith(path.sep) ? rendererRoot : `${rendererRoot}${path.sep}`);
  return parsed.pathname.startsWith(root.pathname);
}

/** The only permissions the page gets: the clipboard, for the grid's menus' Copy with headers, Cut and Paste. */
const CLIPBOARD_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-read', 'clipboard-sanitized-write']);

/**
 * Whether the app's own page may have a permission: only the clipboard's, and only for its own
 * pages (never for anything the window might be made to show).
 */
export function isAllowedPermission(permission: string, requestingUrl: string, rendererRoot: string, devServerUrl: string | undefined): boolean {
  return CLIPBOARD_PERMISSIONS.has(permission) && isAppUrl(requestingUrl, rendererRoot, devServerUrl);
}
