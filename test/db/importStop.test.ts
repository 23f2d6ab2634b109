// Stopping an import: in the batch itself, through the library worker the
// shells run it in, and from the command line with Ctrl+C. What was stored
// before the stop stays, sound and whole; importing the same inputs again
// recognises it and goes on with the rest.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openLibrary } from '../../db/connection';
import { checkLibrary } from '../../db/integrity';
import type { ImportProgress } from '../../main/core/model';
import { importBatch } from '../../main/library/import/importBatch';
import { runImportInWorker } from '../../main/workers/runInWorker';
import { NEWS_DIR } from '../fixtures/corpus';
import { newsPage, writeWarc, type ArchiveCapture } from '../fixtures/webArchives';
import { readdirSync } from 'node:fs';

const dir = mkdtempSync(join(tmpdir(), 'tally-stop-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A crawl of `pages` stories, each on its own address: enough records that an import is stopped well before its end. */
function crawl(pages: number): ArchiveCapture[] {
  const texts = readdirSync(NEWS_DIR).filter((n) => n.endsWith('.txt'));
  return Array.from({ length: pages }, (_, p) => ({
    kind: 'page' as const,
    url: `https://news.example.com/story/${p}`,
    date: new Date(Date.UTC(2016, 2, 1, 8, 0, p % 60)).toISOString().replace('.000', ''),
    html: newsPage(texts[p % texts.length]!).replace('</h1>', `</h1><p>Story ${p} of the crawl.</p>`),
  }));
}

const versionsIn = (path: string): number => {
  const db = openLibrary(path);
  try {
    return db.prepare('SELECT count(*) FROM versions').pluck().get() as number;
  } finally {
    db.close();
  }
};

describe('stopping an import', () => {
  it('ends at a commit: what was stored stays, the rest is counted as not read, and a second import goes on from there', async () => {
    const warc = join(dir, 'batch.warc');
    await writeWarc(warc, crawl(120));
    const path = join(dir, 'batch.sqlite');
    const db = openLibrary(path);
    try {
      const stop = new AbortController();
      const request = { batchId: 'stop', target: { eventName: 'Crawl' }, inputs: [{ kind: 'path' as const, path: warc }] };
      const first = await importBatch(db, request, {
        onWarning: () => {},
        signal: stop.signal,
        onProgress: (p) => p.last?.outcome === 'imported' && stop.abort(),
      });
      expect(first.stopped).toEqual({ notRead: 1 });
      expect(first.imported.length).toBeGreaterThan(0);
      expect(first.imported.length).toBeLessThan(120);
      expect(db.prepare('SELECT count(*) FROM versions').pluck().get()).toBe(first.imported.length);
      expect(checkLibrary(db).problems).toEqual([]);

      const second = await importBatch(db, request, { onWarning: () => {} });
      expect(second.stopped).toBeUndefined();
      expect(second.imported.filter((i) => i.duplicate)).toHaveLength(first.imported.length);
      expect(db.prepare('SELECT count(*) FROM versions').pluck().get()).toBe(120);
    } finally {
      db.close();
    }
  }, 120_000);

  it('through the library worker the shells use, answers with what it stored, marked stopped', async () => {
    const warc = join(dir, 'worker.warc');
    await writeWarc(warc, crawl(150));
    const path = join(dir, 'worker.sqlite');
    openLibrary(path).close();
    const stop = new AbortController();
    const progress: ImportProgress[] = [];
    const report = await runImportInWorker(
      { batchId: 'w', target: { eventName: 'Crawl' }, inputs: [{ kind: 'path', path: warc }] },
      {
        libraryPath: path,
        signal: stop.signal,
        onProgress: (p) => {
          progress.push(p);
          if (p.last?.outcome === 'imported') stop.abort();
        },
      },
    );
    expect(report.stopped).toEqual({ notRead: 1 });
    expect(report.imported.length).toBeGreaterThan(0);
    expect(report.imported.length).toBeLessThan(150);
    expect(versionsIn(path)).toBe(report.imported.length);
  }, 120_000);

  it('on the command line, Ctrl+C stops at the next commit and says what was not read', async () => {
    const warc = join(dir, 'cli.warc');
    await writeWarc(warc, crawl(400));
    const path = join(dir, 'cli.sqlite');
    openLibrary(path).close();
    const child = spawn(process.execPath, ['scripts/tally.mjs', 'import', warc, '--library', path, '--event', 'Crawl'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    // interrupted once the first pages are stored
    while (versionsIn(path) === 0) await new Promise((resolve) => setTimeout(resolve, 50));
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(2);
    expect(out).toMatch(/^stopped: 1 of the inputs not read \(or not to their end\)/m);
    const stored = Number(/^(\d+) new,/m.exec(out)![1]);
    expect(stored).toBeLessThan(400);
    expect(versionsIn(path)).toBe(stored);
  }, 120_000);
});
