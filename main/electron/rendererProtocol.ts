// Serves the built renderer from app://tally/ rather than file://, so the
// page has a real origin for its Content-Security-Policy ('self' means the
// app and nothing else) and cannot read arbitrary files.
import { net, protocol } from 'electron';
import { relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../core/contentSecurityPolicy';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = 'app://tally';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const path = resolve(rendererDir, `.${decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)}`);
    const inside = relative(rendererDir, path);
    if (url.host !== 'tally' || inside.startsWith('..') || inside.includes(`..${sep}`)) {
      return new Response('not found', { status: 404 });
    }
    const file = await net.fetch(pathToFileURL(path).href);
    const headers = new Headers(file.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(file.body, { status: file.status, headers });
  });
}
