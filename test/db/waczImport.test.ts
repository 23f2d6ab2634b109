// Importing a WACZ: the WARCs inside are read through the ZIP's directory,
// its page list decides which records are pages, and every capture keeps the
// WACZ's SHA-256 and the WARC it came from. Real archives, written by warcio
// and zipped in the WACZ layout.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary, type WritableDb } from '../../db/connection';
import { listArchiveCaptures } from '../../db/queries/archiveCaptures';
import { getVersion } from '../../db/queries/versions';
import type { ImportInput, ImportReport } from '../../main/core/model';
import { importBatch } from '../../main/library/import/importBatch';
import { runTally } from '../fixtures/tallyCli';
import { TAIWAN_CRAWL, TAIWAN_THREE, TAIWAN_URL, newsPage, warcBytes, waczBytes, writeWacz } from '../fixtures/webArchives';

let dir: string;
let db: WritableDb;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tally-wacz-'));
  db = openLibrary(join(dir, 'library.sqlite'));
});

afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

function run(path: string): Promise<ImportReport> {
  return importBatch(db, { batchId: 'test', target: { eventName: 'Taiwan earthquake' }, inputs: [{ kind: 'path', path }] }, { onWarning: () => {} });
}

describe('importing a WACZ', () => {
  it('makes three captures of one page one article with three versions, at their capture times, each naming the WACZ and the WARC inside', async () => {
    const path = join(dir, 'taiwan.wacz');
    const wacz = await writeWacz(path, { 'data.warc.gz': TAIWAN_THREE });
    const report = await run(path);
    expect(report.failed).toEqual([]);
    expect(report.archives).toEqual([{ path, sha256: sha256(wacz), recordsRead: 9, pagesKept: 3, unchanged: 1, subResourcesSkipped: 3 }]);
    const versions = report.imported.map((i) => getVersion(db, i.versionId)!);
    expect(new Set(versions.map((v) => v.articleId)).size).toBe(1);
    expect(versions.map((v) => v.capturedAt)).toEqual(['2016-02-06T09:00:00.000Z', '2016-02-07T09:00:00.000Z', '2016-02-08T12:00:00.000Z']);
    const origin = db.prepare('SELECT origin FROM versions WHERE id = ?').pluck().get(versions[0]!.id) as string;
    expect(origin).toMatch(/^.*taiwan\.wacz \(archive\/data\.warc\.gz, WARC record <urn:uuid:[0-9a-f-]+> at byte \d+\)$/);
    const captures = listArchiveCaptures(db, versions[0]!.id);
    expect(captures.map((c) => [c.kind, c.archiveMember, c.archiveSha256])).toEqual([
      ['response', 'archive/data.warc.gz', sha256(wacz)],
      ['revisit', 'archive/data.warc.gz', sha256(wacz)],
    ]);
  });

  it('reads every WARC inside, in order, and lets the page list decide which records are pages', async () => {
    const path = join(dir, 'two.wacz');
    const advert = 'https://ads.example-news.com/frame.html';
    await writeWacz(
      path,
      {
        'data-1.warc.gz': TAIWAN_CRAWL,
        'data-2.warc': [
          { kind: 'page', url: advert, date: '2016-02-07T09:00:02Z', html: '<html><body><p>Buy 2 get 1 free</p></body></html>' },
          { kind: 'page', url: TAIWAN_URL, date: '2016-02-08T12:00:00Z', html: newsPage('taiwan_quake_reuters_v2.txt').replace(/at least 12/g, 'at least 14') },
        ],
      },
      { pages: [TAIWAN_URL] },
    );
    const report = await run(path);
    expect(report.failed).toEqual([]);
    // the advert frame is HTML but no page of the crawl: skipped with the scripts and styles
    expect(report.archives![0]).toMatchObject({ recordsRead: 11, pagesKept: 3, unchanged: 1, subResourcesSkipped: 4 });
    const members = db.prepare('SELECT archive_member FROM archive_captures ORDER BY id').pluck().all();
    expect(members).toEqual(['archive/data-1.warc.gz', 'archive/data-1.warc.gz', 'archive/data-1.warc.gz', 'archive/data-2.warc']);
  });

  it('reads an uploaded WACZ and WARC (the browser app) from memory, naming the upload in each origin', async () => {
    const wacz = await waczBytes({ 'data.warc.gz': TAIWAN_THREE });
    const warc = await warcBytes([{ kind: 'page', url: 'https://news.example/syria', date: '2016-05-23T10:00:00Z', html: newsPage('syria_coast_bombings_reuters_v1.txt') }], true);
    const inputs: ImportInput[] = [
      { kind: 'bytes', name: 'taiwan.wacz', bytes: new Uint8Array(wacz) },
      { kind: 'bytes', name: 'syria.warc.gz', bytes: new Uint8Array(warc) },
    ];
    const report = await importBatch(db, { batchId: 'test', target: { eventName: 'Uploads' }, inputs }, { onWarning: () => {} });
    expect(report.failed).toEqual([]);
    expect(report.archives!.map((a) => [a.path, a.sha256, a.pagesKept])).toEqual([
      ['taiwan.wacz', sha256(wacz), 3],
      ['syria.warc.gz', sha256(warc), 1],
    ]);
    const origins = db.prepare('SELECT origin FROM versions ORDER BY id').pluck().all() as string[];
    expect(origins[0]).toMatch(/^taiwan\.wacz \(archive\/data\.warc\.gz, WARC record /);
    expect(origins[3]).toMatch(/^syria\.warc\.gz \(WARC record /);
  });

  it('is reported by tally import --json with the same counts', async () => {
    const path = join(dir, 'taiwan.wacz');
    await writeWacz(path, { 'data.warc.gz': TAIWAN_THREE });
    const result = await runTally(['import', path, '--library', join(dir, 'cli.sqlite'), '--event', 'Taiwan earthquake', '--json'], dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout) as { imported: unknown[]; archives: unknown[] };
    expect(out.imported).toHaveLength(3);
    expect(out.archives).toEqual([expect.objectContaining({ path, recordsRead: 9, pagesKept: 3, unchanged: 1, subResourcesSkipped: 3 })]);
  });
});
