// A write that meets another process's write waits for it, says so, and then
// succeeds: it never fails with "database is locked".
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openLibrary, transaction } from '../../db/connection';
import { createEvent, listEvents } from '../../db/queries/events';
import { onLibraryWait } from '../../db/writeLock';
import type { ImportProgress } from '../../main/core/model';
import { startWebShell } from '../../main/web/server';
import { runImportInWorker } from '../../main/workers/runInWorker';
import { holdWriteLock } from '../fixtures/holdWriteLock';

describe('a write while another process writes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tally-lock-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('waits for the other process, announces the wait and its end, and is stored', async () => {
    const path = join(dir, 'library.sqlite');
    const db = openLibrary(path);
    const waits: string[] = [];
    onLibraryWait((waiting) => waits.push(waiting ? 'waiting' : 'done'));
    try {
      const { released } = await holdWriteLock(path, 1500);
      const started = Date.now();
      // reads first, then writes: the shape that failed at once with SQLITE_BUSY_SNAPSHOT before the lock was taken up front
      transaction(db, () => {
        listEvents(db);
        createEvent(db, 'Brussels attacks', '2016-03-22T10:00:00Z');
      });
      expect(Date.now() - started).toBeGreaterThan(1000);
      expect(waits).toEqual(['waiting', 'done']);
      expect(listEvents(db).map((e) => e.name)).toEqual(['Brussels attacks']);
      await released;
    } finally {
      onLibraryWait(null);
      db.close();
    }
  }, 30_000);

  it('an import in the app’s worker that must wait says so in its progress, then stores its version', async () => {
    const path = join(dir, 'worker.sqlite');
    openLibrary(path).close();
    const { released } = await holdWriteLock(path, 4000);
    const progress: ImportProgress[] = [];
    const report = await runImportInWorker(
      { batchId: 'w', target: { eventName: 'Carrow' }, inputs: [{ kind: 'paste', text: 'Police estimated the crowd at 18,000.', title: 'Carrow protest' }] },
      { libraryPath: path, onProgress: (p) => progress.push(p) },
    );
    await released;
    expect(progress.some((p) => p.waiting === true)).toBe(true);
    expect(report.imported).toHaveLength(1);
    expect(report.failed).toEqual([]);
  }, 60_000);

  it('a write from the page of `tally serve` that must wait says so on the event stream before it blocks, then is stored', async () => {
    const path = join(dir, 'served.sqlite');
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Tally</title>');
    const db = openLibrary(path);
    const shell = await startWebShell({ db, libraryPath: path, staticDir: dir, port: 0 });
    const token = new URL(shell.url).hash.replace('#token=', '');
    const host = { Host: `127.0.0.1:${shell.port}` };
    try {
      // the page is another process, as a browser is: this thread blocks on the lock, so a listener here would hear nothing until after
      const pushed: { waiting: boolean; at: number }[] = [];
      const listener = spawn(
        process.execPath,
        ['-e', `
          require('node:http').get({ host: '127.0.0.1', port: ${shell.port}, path: '/api/events?token=${token}', headers: { Host: '127.0.0.1:${shell.port}' } }, (res) => {
            res.setEncoding('utf8');
            res.on('data', (chunk) => {
              if (chunk.startsWith(': connected')) console.log('connected');
              for (const m of chunk.matchAll(/^event: library:waiting\\ndata: (.*)$/gm)) console.log(JSON.stringify({ ...JSON.parse(m[1]), at: Date.now() }));
            });
          });`],
        { stdio: ['ignore', 'pipe', 'inherit'] },
      );
      const streamOpen = new Promise<void>((resolve) => {
        listener.stdout.setEncoding('utf8');
        listener.stdout.on('data', (lines: string) => {
          for (const line of lines.split('\n').filter(Boolean)) {
            if (line === 'connected') resolve();
            else pushed.push(JSON.parse(line) as { waiting: boolean; at: number });
          }
        });
      });
      await streamOpen;
      const { released } = await holdWriteLock(path, 2000);
      const lockedAt = Date.now();
      const reply = await new Promise<string>((resolve, reject) => {
        const req = httpRequest(
          { host: '127.0.0.1', port: shell.port, path: '/api/invoke/events:create', method: 'POST', headers: { ...host, Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' } },
          (res) => {
            let body = '';
            res.setEncoding('utf8');
            res.on('data', (c: string) => (body += c));
            res.on('end', () => resolve(body));
          },
        );
        req.on('error', reject);
        req.end(JSON.stringify({ arg: { name: 'Brussels attacks' } }));
      });
      await released;
      expect(JSON.parse(reply)).toMatchObject({ ok: true, value: { name: 'Brussels attacks' } });
      await expect.poll(() => pushed.map((p) => p.waiting)).toEqual([true, false]);
      // the notice reached the page while the other process still held the lock, not after
      expect(pushed[0]!.at - lockedAt).toBeLessThan(1500);
      listener.kill();
    } finally {
      await shell.close();
      db.close();
    }
  }, 30_000);
});
