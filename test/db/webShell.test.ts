// The loopback web shell over real HTTP: who may call it, and that it
// answers the contract (an import runs in the worker, with progress pushed).
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary, type WritableDb } from '../../db/connection';
import { listClaims, replaceAutoClaims } from '../../db/queries/claims';
import { getVersion } from '../../db/queries/versions';
import { extractClaims } from '../../main/core/extract';
import type { ClaimAction, ClaimRecord, ExtractedClaim, ExtractionReport, ImportProgress, ImportReport } from '../../main/core/model';
import { importBatch } from '../../main/library/import/importBatch';
import { startWebShell, type WebShell } from '../../main/web/server';
import { claimAt } from '../fixtures/claims';
import { corpusBytes, corpusPath } from '../fixtures/corpus';

let dir: string;
let db: WritableDb;
let shell: WebShell;
let token: string;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tally-web-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Tally</title>');
  const libraryPath = join(dir, 'library.sqlite');
  db = openLibrary(libraryPath);
  shell = await startWebShell({ db, libraryPath, staticDir: dir, port: 0 });
  token = new URL(shell.url).hash.replace('#token=', '');
});

afterEach(async () => {
  await shell.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: shell.port, path, method: options.method ?? 'GET', headers: { Host: `127.0.0.1:${shell.port}`, ...options.headers } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const invoke = (channel: string, arg: unknown, headers: Record<string, string> = {}): Promise<Answer> =>
  send(`/api/invoke/${channel}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ arg }),
  });

describe('who may talk to the web shell', () => {
  it('prints a loopback URL whose fragment carries the token', () => {
    expect(shell.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]{20,}$/);
  });

  it('serves the app with a strict Content-Security-Policy', async () => {
    const answer = await send('/');
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('<title>Tally</title>');
    expect(answer.headers['content-security-policy']).toContain("script-src 'self'");
    expect(answer.headers['content-security-policy']).toContain("default-src 'none'");
  });

  it('refuses a request whose Host is not this server (DNS rebinding)', async () => {
    const answer = await send('/', { headers: { Host: `evil.example:${shell.port}` } });
    expect(answer.status).toBe(421);
    expect((await invoke('events:list', undefined, { Host: `attacker.test:${shell.port}` })).status).toBe(421);
  });

  it('refuses API calls without the token, or with a wrong one', async () => {
    const none = await send('/api/invoke/events:list', { method: 'POST', body: '{}' });
    expect(none.status).toBe(401);
    expect(JSON.parse(none.body)).toMatchObject({ ok: false, error: { message: expect.stringContaining('token') } });
    expect((await invoke('events:list', undefined, { Authorization: 'Bearer guess' })).status).toBe(401);
    expect((await send(`/api/events?token=guess`)).status).toBe(401);
  });

  it('refuses a cross-origin call even with the token', async () => {
    expect((await invoke('events:list', undefined, { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await invoke('events:list', undefined, { Origin: `http://localhost:${shell.port}` })).status).toBe(200);
  });
});

describe('the contract over HTTP', () => {
  it('answers a channel with a Reply value', async () => {
    const answer = await invoke('events:create', { name: 'Carrow pension protest' });
    expect(JSON.parse(answer.body)).toMatchObject({ ok: true, value: { name: 'Carrow pension protest', articleCount: 0 } });
    expect(JSON.parse((await invoke('events:list', undefined)).body).value).toHaveLength(1);
  });

  it('answers bad arguments, unknown channels and broken JSON with a reason', async () => {
    expect(JSON.parse((await invoke('versions:get', { id: 'one' })).body)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(JSON.parse((await invoke('versions:get', { id: 999 })).body)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(JSON.parse((await invoke('library:drop', {})).body)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    const broken = await send('/api/invoke/events:list', { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: '{"arg":' });
    expect(broken.status).toBe(400);
  });

  it('refuses to import a path the page names: only uploads reach the engine in a browser', async () => {
    const secret = corpusPath('wire-bukamal.txt');
    const answer = await invoke('import:run', { batchId: 'p', target: { eventName: 'Stolen' }, inputs: [{ kind: 'path', path: secret }] });
    expect(JSON.parse(answer.body)).toEqual({
      ok: false,
      error: { code: 'invalid-argument', message: 'in the browser, Tally imports only files you pick or drop (uploads), never a path the page names' },
    });
    expect(JSON.parse((await invoke('events:list', undefined)).body).value).toEqual([]);
  });

  it('takes the token in the address for the event stream alone', async () => {
    const inAddress = await send(`/api/invoke/events:list?token=${token}`, { method: 'POST', body: '{}' });
    expect(inAddress.status).toBe(401);
  });

  it('has no native file picker to offer', async () => {
    expect(JSON.parse((await invoke('dialog:pickImportPaths', { folders: false })).body)).toMatchObject({ ok: false, error: { code: 'unsupported' } });
  });

  it('imports uploaded bytes in the worker and pushes progress over the event stream', async () => {
    const progress: ImportProgress[] = [];
    const stream = new Promise<void>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port: shell.port, path: `/api/events?token=${token}`, headers: { Host: `127.0.0.1:${shell.port}` } }, (res) => {
        res.setEncoding('utf8');
        let buffer = '';
        res.on('data', (chunk: string) => {
          buffer += chunk;
          for (const frame of buffer.split('\n\n').slice(0, -1)) {
            const data = /^data: (.*)$/m.exec(frame)?.[1];
            if (/^event: import:progress$/m.test(frame) && data) progress.push(JSON.parse(data) as ImportProgress);
          }
          buffer = buffer.slice(buffer.lastIndexOf('\n\n') + 2);
          if (progress.some((p) => p.done === 2)) {
            req.destroy();
            resolve();
          }
        });
      });
      req.on('error', (e) => (progress.some((p) => p.done === 2) ? resolve() : reject(e)));
      req.end();
    });
    await new Promise((r) => setTimeout(r, 100)); // the stream is open before the import starts

    const bytes = (name: 'protest-wire.txt' | 'wire-bukamal.html'): { $bytes: string } => ({ $bytes: Buffer.from(corpusBytes(name)).toString('base64') });
    const answer = await invoke('import:run', {
      batchId: 'upload-1',
      target: { eventName: 'Uploads' },
      inputs: [
        { kind: 'bytes', name: 'protest-wire.txt', bytes: bytes('protest-wire.txt') },
        { kind: 'bytes', name: 'wire-bukamal.html', bytes: bytes('wire-bukamal.html') },
      ],
    });
    const reply = JSON.parse(answer.body) as { ok: true; value: ImportReport };
    expect(reply.ok).toBe(true);
    expect(reply.value.imported.map((i) => [i.path, i.duplicate])).toEqual([
      ['protest-wire.txt', false],
      ['wire-bukamal.html', false],
    ]);
    await stream;
    expect(progress.every((p) => p.batchId === 'upload-1')).toBe(true);
    expect(progress.at(-1)).toMatchObject({ done: 2, total: 2 });
  });
});

describe('claims over HTTP', () => {
  const value = async <T>(answer: Promise<Answer>): Promise<T> => {
    const reply = JSON.parse((await answer).body) as { ok: boolean; value: T; error?: unknown };
    expect(reply).toMatchObject({ ok: true });
    return reply.value;
  };
  const errorOf = async (answer: Promise<Answer>): Promise<unknown> => (JSON.parse((await answer).body) as { error: unknown }).error;

  let versionId: number;
  let text: string;
  beforeEach(async () => {
    const report = await importBatch(db, { batchId: 'w', target: { eventName: 'Strikes' }, inputs: [{ kind: 'path', path: corpusPath('wire-bukamal.txt') }] });
    versionId = report.imported[0]!.versionId;
    text = getVersion(db, versionId)!.text;
  });

  it('extracts a version again in the worker, keeping the claim the researcher confirmed', async () => {
    // Hand-made claims, so the test does not depend on what the extractor finds: one confirmed, one left automatic.
    replaceAutoClaims(db, versionId, [claimAt(text, '22', { value: 22 }), claimAt(text, '17', { value: 17 })], 'older', '2021-02-26T12:00:00Z');
    const [toll] = await value<ClaimRecord[]>(invoke('claims:list', { versionId }));
    expect(text.slice(toll!.start, toll!.end)).toBe('22');
    const { carriedTo, ...confirmed } = await value<ClaimRecord & { carriedTo: number[] }>(invoke('claims:review', { claimId: toll!.id, action: 'confirm' }));
    expect(confirmed.status).toBe('confirmed');
    // the version is its article's only one: the review reaches no other
    expect(carriedTo).toEqual([]);

    const report = await value<ExtractionReport>(invoke('claims:extract', { versionId }));

    const overlapsToll = (c: ExtractedClaim): boolean => c.start < confirmed.end && confirmed.start < c.end;
    const expected = extractClaims(text)
      .filter((c) => !overlapsToll(c))
      .sort((a, b) => a.start - b.start || a.end - b.end);
    expect(report).toEqual({ versions: 1, claims: expected.length, kept: 1 });
    const claims = await value<ClaimRecord[]>(invoke('claims:list', { versionId }));
    expect(claims.find((c) => c.id === confirmed.id)).toEqual(confirmed);
    const auto = claims.filter((c) => c.status === 'auto');
    expect(auto.map((c) => [c.start, c.end])).toEqual(expected.map((c) => [c.start, c.end]));
    expect(auto.every((c) => c.extractorVersion !== 'older')).toBe(true);
    expect(listClaims(db, versionId)).toEqual(claims);

    const history = await value<ClaimAction[]>(invoke('claims:history', { claimId: confirmed.id }));
    expect(history.map((a) => a.action)).toEqual(['confirm']);
  });

  it('edits a claim, refusing a range that would run backwards against the stored figure', async () => {
    replaceAutoClaims(db, versionId, [claimAt(text, '22', { value: 22, low: 20, high: 25 })], 'older', '2021-02-26T12:00:00Z');
    const [claim] = await value<ClaimRecord[]>(invoke('claims:list', { versionId }));
    expect(await errorOf(invoke('claims:review', { claimId: claim!.id, action: 'edit', changes: { low: 30 } }))).toMatchObject({
      code: 'invalid-argument',
      message: expect.stringContaining('low must not exceed high'),
    });
    const edited = await value<ClaimRecord>(invoke('claims:review', { claimId: claim!.id, action: 'edit', changes: { low: 21, subject: ' fighters killed ' } }));
    expect(edited).toMatchObject({ status: 'edited', low: 21, high: 25, subject: 'fighters killed' });
  });

  it('answers not-found for a version or a claim that does not exist', async () => {
    for (const [channel, arg] of [
      ['claims:list', { versionId: 999 }],
      ['claims:extract', { versionId: 999 }],
      ['claims:history', { claimId: 999 }],
      ['claims:review', { claimId: 999, action: 'reject' }],
    ] as const) {
      expect(await errorOf(invoke(channel, arg))).toMatchObject({ code: 'not-found' });
    }
  });
});
