// main/web owns the loopback web shell: the same renderer and the same
// contract as the desktop app, over HTTP on 127.0.0.1, for machines without
// the desktop shell (and for the end-to-end tests).
//
//   GET  /…                    the built renderer (out/renderer)
//   POST /api/invoke/<channel>  {"arg": …} → Reply, bearer token required
//   GET  /api/events?token=…    push events (Server-Sent Events)
import { onLibraryWait } from '../../db/writeLock';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import type { WritableDb } from '../../db/connection';
import { CONTENT_SECURITY_POLICY } from '../core/contentSecurityPolicy';
import { isTaggedBytes, BYTES_TAG } from '../core/wire';
import type { Reply } from '../ipc/contract';
import { dispatch } from '../ipc/dispatch';
import type { HandlerContext } from '../ipc/handlers';
import { keepFiguresInWorker, runCheckInWorker, runDiffInWorker, runExtractionInWorker, runImportInWorker, runReportInWorker } from '../workers/runInWorker';
import { EventStream } from './eventStream';
import { openWithSystem } from './openWithSystem';
import { allowedHosts, EVENTS_PATH, hostAllowed, newToken, originAllowed, tokenMatches, tokenOf } from './security';
import { webPdfPrinter } from './webPdfPrinter';

export interface WebShellOptions {
  db: WritableDb;
  libraryPath: string;
  /** The built renderer to serve. */
  staticDir: string;
  /** 0 picks a free port. */
  port: number;
}

export interface WebShell {
  /** The address to open, with the secret token in its fragment (never sent over the wire by the browser). */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Uploads are base64 in JSON; the renderer splits batches to stay under this. */
export const MAX_BODY_BYTES = 128 * 1024 * 1024;

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...SECURITY_HEADERS });
  res.end(JSON.stringify(body));
}

function refuse(res: ServerResponse, status: number, message: string): void {
  send(res, status, { ok: false, error: { code: 'invalid-argument', message } } satisfies Reply<never>);
}

class BodyTooLarge extends Error {}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge();
    chunks.push(chunk);
  }
  if (size === 0) return {};
  return JSON.parse(Buffer.concat(chunks).toString('utf8'), (_key, value: unknown) =>
    isTaggedBytes(value) ? Buffer.from(value[BYTES_TAG], 'base64') : value,
  );
}

export async function startWebShell(options: WebShellOptions): Promise<WebShell> {
  const token = newToken();
  const events = new EventStream();
  // a write from the page that must wait for another Tally process says so on the stream before it blocks
  onLibraryWait((waiting) => events.emit('library:waiting', { waiting }));
  const ctx: HandlerContext = {
    db: options.db,
    libraryPath: options.libraryPath,
    shell: 'web',
    emit: (event, payload) => events.emit(event, payload),
    runImport: (arg, signal) =>
      runImportInWorker(arg, { libraryPath: options.libraryPath, onProgress: (p) => events.emit('import:progress', p), signal }),
    runExtraction: (versionIds) => runExtractionInWorker(versionIds, { libraryPath: options.libraryPath }),
    runReport: (event, onProgress, signal) => runReportInWorker(event, { libraryPath: options.libraryPath, onProgress, signal }),
    runCheck: () => runCheckInWorker({ libraryPath: options.libraryPath }),
    keepFigures: (eventId) => keepFiguresInWorker(eventId, { libraryPath: options.libraryPath }),
    runDiff: (before, after, diffOptions, signal) => runDiffInWorker(before, after, diffOptions, { libraryPath: options.libraryPath, signal }),
    printPdf: webPdfPrinter(),
    openPath: (path) => openWithSystem(path),
  };
  const serveStatic = sirv(options.staticDir, {
    single: true,
    etag: true,
    setHeaders: (res) => {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    },
  });
  let hosts = new Set<string>();

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (!hostAllowed(req, hosts)) return refuse(res, 421, 'this server answers only to 127.0.0.1 and localhost');
    if (!originAllowed(req, hosts)) return refuse(res, 403, 'cross-origin requests are refused');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!url.pathname.startsWith('/api/')) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'method not allowed');
      return serveStatic(req, res, () => refuse(res, 404, 'not found'));
    }
    if (!tokenMatches(tokenOf(req, url), token)) return refuse(res, 401, 'missing or wrong token: open the URL that `tally serve` printed');
    if (url.pathname === EVENTS_PATH && req.method === 'GET') return events.add(res);
    const channel = /^\/api\/invoke\/([\w:-]+)$/.exec(url.pathname)?.[1];
    if (!channel || req.method !== 'POST') return refuse(res, 404, 'not found');
    let body: unknown;
    try {
      body = await readJson(req);
    } catch (error) {
      return error instanceof BodyTooLarge
        ? refuse(res, 413, `request larger than ${MAX_BODY_BYTES / 1024 / 1024} MB`)
        : refuse(res, 400, 'the request body is not JSON');
    }
    const arg = typeof body === 'object' && body !== null ? (body as { arg?: unknown }).arg : undefined;
    send(res, 200, await dispatch(ctx, channel, arg === null ? undefined : arg));
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) refuse(res, 500, 'internal error');
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', resolve);
  });
  const port = (server.address() as AddressInfo).port;
  hosts = allowedHosts(port);
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        events.close();
        onLibraryWait(null);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
