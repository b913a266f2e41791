import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/**
 * Browser mode listens on loopback only, but any page in any browser on this machine can
 * still send requests there. The Host check stops DNS rebinding, the Origin check stops
 * other sites, and the per-launch token (given to the page in the URL fragment, which is
 * never sent over the network) stops everything else.
 */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export type GuardVerdict = { ok: true } | { ok: false; status: number; message: string };

export function checkHost(headers: IncomingHttpHeaders, port: number): GuardVerdict {
  if (!headers.host || !allowedHosts(port).includes(headers.host)) {
    return { ok: false, status: 421, message: `Refused: unexpected Host header ${JSON.stringify(headers.host ?? '')}.` };
  }
  return { ok: true };
}

export function checkApiRequest(headers: IncomingHttpHeaders, port: number, token: string): GuardVerdict {
  const host = checkHost(headers, port);
  if (!host.ok) return host;
  const origin = headers.origin;
  if (origin !== undefined && !allowedHosts(port).some((allowed) => origin === `http://${allowed}`)) {
    return { ok: false, status: 403, message: `Refused: requests from ${origin} are not allowed.` };
  }
  const presented = headers['x-crosscheck-token'];
  if (typeof presented !== 'string' || !sameSecret(presented, token)) {
    return { ok: false, status: 401, message: 'Refused: missing or wrong session token. Open the URL that `npm start` printed.' };
  }
  return { ok: true };
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
