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

/** Whether a URL is one of the app's own pages: the bundled files, or the dev server in development. */
export function isAppUrl(url: string, rendererRoot: string, devServerUrl: string | undefined): boolean {
  if (devServerUrl && url.startsWith(devServerUrl)) return true;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'file:') return false;
    const rootUrl = new URL(`file://${rendererRoot.endsWith('/') ? rendererRoot : `${rendererRoot}/`}`);
    return decodeURIComponent(parsed.pathname).startsWith(decodeURIComponent(rootUrl.pathname));
  } catch {
    return false;
  }
}
