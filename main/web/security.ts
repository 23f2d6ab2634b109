// Who may talk to the loopback web shell. It listens on 127.0.0.1 only, but
// any page in the user's browser can send requests there, so:
// - the Host header must name this server (stops DNS rebinding: a hostile
//   page whose domain resolves to 127.0.0.1 sends its own Host);
// - a cross-site Origin is refused;
// - every API request carries the per-launch secret printed in the URL, which
//   other pages cannot know.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function hostAllowed(req: IncomingMessage, hosts: ReadonlySet<string>): boolean {
  return hosts.has((req.headers.host ?? '').toLowerCase());
}

export function originAllowed(req: IncomingMessage, hosts: ReadonlySet<string>): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true; // same-origin GETs and non-browser clients send none
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' && hosts.has(url.host.toLowerCase());
  } catch {
    return false;
  }
}

export function tokenMatches(given: string | null | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The one request that may carry the token in its address: a browser's EventSource cannot set a header. */
export const EVENTS_PATH = '/api/events';

/**
 * The token from `Authorization: Bearer …`, or from `?token=` on the event
 * stream alone: an address ends up in logs, history and Referer headers, so
 * no call that reads or writes the library takes the token there.
 */
export function tokenOf(req: IncomingMessage, url: URL): string | null {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice('Bearer '.length).trim();
  return url.pathname === EVENTS_PATH && req.method === 'GET' ? url.searchParams.get('token') : null;
}
