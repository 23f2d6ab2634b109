// Importing web archives: a WARC's page records become versions captured
// when their records say, revisits are kept as "unchanged", sub-resources
// are counted and passed over. The archives are real ones written by warcio.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary, type WritableDb } from '../../db/connection';
import { listArchiveCaptures } from '../../db/queries/archiveCaptures';
import { getVersion, getVersionBytes } from '../../db/queries/versions';
import type { ImportInput, ImportProgress, ImportReport } from '../../main/core/model';
import { importBatch } from '../../main/library/import/importBatch';
import { runTally } from '../fixtures/tallyCli';
import { TAIWAN_CRAWL, TAIWAN_URL, newsPage, writeWarc } from '../fixtures/webArchives';

let dir: string;
let db: WritableDb;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tally-archive-'));
  db = openLibrary(join(dir, 'library.sqlite'));
});

afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

function run(inputs: ImportInput[], onProgress?: (p: ImportProgress) => void): Promise<ImportReport> {
  return importBatch(db, { batchId: 'test', target: { eventName: 'Taiwan earthquake' }, inputs }, { onProgress, onWarning: () => {} });
}

const count = (table: string): number => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

describe.each(['crawl.warc.gz', 'crawl.warc'])('importing %s', (name) => {
  it('makes each page capture a version of one article, captured at its WARC-Date, with its record as its origin', async () => {
    const path = join(dir, name);
    const archive = await writeWarc(path, TAIWAN_CRAWL);
    const progress: ImportProgress[] = [];
    const report = await run([{ kind: 'path', path }], (p) => progress.push(p));

    expect(report.failed).toEqual([]);
    // read to its last byte
    expect(report.archives).toEqual([{ path, sha256: sha256(archive), recordsRead: 8, pagesKept: 2, unchanged: 1, subResourcesSkipped: 3, bytes: archive.length, bytesRead: archive.length }]);
    expect(report.imported.map((i) => i.duplicate)).toEqual([false, false]);
    const [first, second] = report.imported.map((i) => getVersion(db, i.versionId)!);
    expect(first!.articleId).toBe(second!.articleId);
    expect([first!.capturedAt, second!.capturedAt]).toEqual(['2016-02-06T09:00:00.000Z', '2016-02-07T09:00:00.000Z']);
    // the stored bytes are the record's HTTP payload, exactly
    const page = new TextEncoder().encode(newsPage('taiwan_quake_reuters_v1_huffpost.txt'));
    expect(Buffer.from(getVersionBytes(db, first!.id)!)).toEqual(Buffer.from(page));
    expect(first!.sha256).toBe(sha256(page));
    expect(first!.title).toMatch(/At Least 2 Dead/);
    expect(second!.title).toMatch(/kills at least 12/);

    const row = db.prepare('SELECT origin, origin_kind AS kind FROM versions WHERE id = ?').get(first!.id) as { origin: string; kind: string };
    expect(row.kind).toBe('file');
    expect(row.origin).toMatch(new RegExp(`^${path.replace(/[.]/g, '\\.')} \\(WARC record <urn:uuid:[0-9a-f-]+> at byte \\d+\\)$`));

    // the first capture was found unchanged six hours later: a capture, no new version
    const kept = listArchiveCaptures(db, first!.id);
    expect(kept.map((c) => [c.kind, c.capturedAt, c.targetUri])).toEqual([
      ['response', '2016-02-06T09:00:00.000Z', TAIWAN_URL],
      ['revisit', '2016-02-06T15:00:00.000Z', TAIWAN_URL],
    ]);
    expect(kept.every((c) => c.archiveSha256 === sha256(archive) && c.archivePath === path)).toBe(true);
    expect(kept[0]!.payloadDigest).toBe(`sha256:${sha256(page)}`);
    expect(row.origin).toContain(kept[0]!.recordId);
    expect(first!.unchangedAt).toEqual(['2016-02-06T15:00:00.000Z']);
    expect(second!.unchangedAt).toEqual([]);
    expect(count('versions')).toBe(2);

    // the progress counted the archive's records as they were read, and the archive as one input
    expect(progress.at(-1)).toMatchObject({ done: 1, total: 1 });
    expect(progress.some((p) => p.archive?.pagesKept === 1 && p.archive.recordsRead >= 2)).toBe(true);
  });

  it('reads the same archive a second time as captures already held, storing nothing new', async () => {
    const path = join(dir, name);
    await writeWarc(path, TAIWAN_CRAWL);
    await run([{ kind: 'path', path }]);
    const before = { versions: count('versions'), captures: count('archive_captures') };
    const again = await run([{ kind: 'path', path }]);
    expect(again.imported.map((i) => i.duplicate)).toEqual([true, true]);
    expect(again.archives![0]).toMatchObject({ recordsRead: 8, pagesKept: 2, unchanged: 1, subResourcesSkipped: 3 });
    expect({ versions: count('versions'), captures: count('archive_captures') }).toEqual(before);
  });
});

describe('archives among other inputs', () => {
  it('finds archives in a folder, orders an article by capture time however the archives are named, and joins pages of one address', async () => {
    const folder = join(dir, 'crawls');
    mkdirSync(folder);
    // the later crawl sorts first by name
    await writeWarc(join(folder, 'a-later.warc.gz'), [
      { kind: 'page', url: TAIWAN_URL, date: '2016-02-08T12:00:00Z', html: newsPage('taiwan_quake_reuters_v2.txt').replace('at least 12', 'at least 14') },
    ]);
    await writeWarc(join(folder, 'b-earlier.warc'), TAIWAN_CRAWL);
    const report = await run([{ kind: 'path', path: folder }]);
    expect(report.failed).toEqual([]);
    expect(report.skipped).toEqual([]);
    expect(report.archives!.map((a) => a.pagesKept)).toEqual([1, 2]);
    const articles = new Set(report.imported.map((i) => i.articleId));
    expect(articles.size).toBe(1);
    const times = db.prepare('SELECT captured_at FROM versions ORDER BY captured_at').pluck().all();
    expect(times).toEqual(['2016-02-06T09:00:00.000Z', '2016-02-07T09:00:00.000Z', '2016-02-08T12:00:00.000Z']);
  });

  it('stores a page sent in chunks as the page itself, whether its digest covers the page or the chunks as sent', async () => {
    const path = join(dir, 'chunked.warc.gz');
    const html = newsPage('syria_coast_bombings_reuters_v1.txt');
    await writeWarc(path, [{ kind: 'page', url: 'https://news.example/syria', date: '2016-05-23T10:00:00Z', html, chunked: true }]);
    const report = await run([{ kind: 'path', path }]);
    expect(report.failed).toEqual([]);
    expect(Buffer.from(getVersionBytes(db, report.imported[0]!.versionId)!).toString('utf8')).toBe(html);
  });

  it('passes over a page answer that is no success (a redirect, a 404) without a version', async () => {
    const path = join(dir, 'missing.warc.gz');
    await writeWarc(path, [{ kind: 'page', url: TAIWAN_URL, date: '2016-02-06T09:00:00Z', html: '<p>Not found</p>', status: 404 }]);
    const report = await run([{ kind: 'path', path }]);
    expect(report.imported).toEqual([]);
    expect(report.failed).toEqual([]);
    expect(report.archives![0]).toMatchObject({ recordsRead: 2, pagesKept: 0, unchanged: 0, subResourcesSkipped: 0 });
  });
});

describe('tally import on a web archive', () => {
  it('reports the archive’s counts with --json', async () => {
    const path = join(dir, 'crawl.warc.gz');
    await writeWarc(path, TAIWAN_CRAWL);
    const library = join(dir, 'cli.sqlite');
    const result = await runTally(['import', path, '--library', library, '--event', 'Taiwan earthquake', '--json'], dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout) as { imported: unknown[]; archives: unknown[] };
    expect(out.imported).toHaveLength(2);
    expect(out.archives).toEqual([expect.objectContaining({ path, recordsRead: 8, pagesKept: 2, unchanged: 1, subResourcesSkipped: 3 })]);
  });
});
