// Archives that are damaged or lie: each gives a one-line reason naming the
// record or the file, what can still be read is read, and nothing already in
// the library is touched. The archives are written by warcio, then damaged.
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary, type WritableDb } from '../../db/connection';
import type { ImportInput, ImportReport } from '../../main/core/model';
import { importBatch } from '../../main/library/import/importBatch';
import { newsPath } from '../fixtures/corpus';
import { TAIWAN_CRAWL, TAIWAN_THREE, TAIWAN_URL, newsPage, warcBytes, writeWacz, writeWarc, type ArchiveCapture } from '../fixtures/webArchives';

let dir: string;
let db: WritableDb;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tally-damage-'));
  db = openLibrary(join(dir, 'library.sqlite'));
});

afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

function run(...paths: string[]): Promise<ImportReport> {
  const inputs: ImportInput[] = paths.map((path) => ({ kind: 'path', path }));
  return importBatch(db, { batchId: 'test', target: { eventName: 'Taiwan earthquake' }, inputs }, { onWarning: () => {} });
}

const versions = (): { id: number; captured_at: string; sha256: string }[] => db.prepare('SELECT id, captured_at, sha256 FROM versions ORDER BY id').all() as never;

/** Three page records, one per story, each its own gzip member or block. */
const THREE_PAGES: readonly ArchiveCapture[] = [
  { kind: 'page', url: 'https://news.example/taiwan', date: '2016-02-06T09:00:00Z', html: newsPage('taiwan_quake_reuters_v1_huffpost.txt') },
  { kind: 'page', url: 'https://news.example/syria', date: '2016-05-23T10:00:00Z', html: newsPage('syria_coast_bombings_reuters_v1.txt') },
  { kind: 'page', url: 'https://news.example/brussels', date: '2016-03-22T10:00:00Z', html: newsPage('brussels_attacks_reuters_v1.txt') },
];

/** The same WARC with one record's Content-Length changed by `by` bytes. */
function lyingLength(warc: Buffer, url: string, by: number): Buffer {
  const text = warc.toString('latin1');
  const at = text.indexOf(`WARC-Target-URI: ${url}`);
  const header = /Content-Length: (\d+)/.exec(text.slice(at))!;
  const start = at + header.index;
  return Buffer.concat([warc.subarray(0, start), Buffer.from(`Content-Length: ${Number(header[1]) + by}`, 'latin1'), warc.subarray(start + header[0].length)]);
}

describe('a damaged WARC', () => {
  it('a .warc.gz cut short keeps the records before the cut, says where it stopped, and leaves the library’s other versions alone', async () => {
    const earlier = join(dir, 'earlier.txt');
    writeFileSync(earlier, readFileSync(newsPath('us_jobs_may_reuters.txt')));
    await run(earlier);
    const before = versions();

    const whole = await warcBytes(THREE_PAGES, true);
    const path = join(dir, 'cut.warc.gz');
    writeFileSync(path, whole.subarray(0, whole.length - 400));
    const report = await run(path);

    expect(report.imported).toHaveLength(2);
    expect(report.failed).toHaveLength(1);
    expect(report.failed[0]!.path).toBe(path);
    expect(report.failed[0]!.error).toMatch(/^cut\.warc\.gz: truncated or damaged data after 3 records \(byte \d+\); the records before it were read$/);
    expect(report.failed[0]!.error).not.toContain('\n');
    expect(report.archives![0]).toMatchObject({ recordsRead: 3, pagesKept: 2 });
    expect(versions().slice(0, before.length)).toEqual(before);
    expect(versions()).toHaveLength(before.length + 2);
  });

  it('a plain WARC cut inside a record refuses that record, naming it, and keeps the ones before', async () => {
    const whole = await warcBytes(THREE_PAGES, false);
    const path = join(dir, 'cut.warc');
    writeFileSync(path, whole.subarray(0, whole.length - 300));
    const report = await run(path);
    expect(report.imported).toHaveLength(2);
    expect(report.failed.map((f) => f.error)).toEqual([
      expect.stringMatching(/^cut\.warc: record <urn:uuid:[0-9a-f-]+> \(https:\/\/news\.example\/brussels\) at byte \d+: it declares \d+ bytes but the archive holds \d+$/),
    ]);
  });

  it('a record whose Content-Length is too long is refused by its payload digest; the archive goes on after the record it spoilt', async () => {
    const pages = [...THREE_PAGES, { kind: 'page', url: 'https://news.example/nice', date: '2016-07-15T10:00:00Z', html: newsPage('nice_truck_attack_reuters.txt') } as const];
    const path = join(dir, 'lying.warc');
    writeFileSync(path, lyingLength(await warcBytes(pages, false), 'https://news.example/syria', 40));
    const report = await run(path);
    expect(report.failed[0]!.error).toMatch(/^lying\.warc: record <urn:uuid:[0-9a-f-]+> \(https:\/\/news\.example\/syria\) at byte \d+: its payload does not match its WARC-Payload-Digest \(a wrong Content-Length, or damaged bytes\)$/);
    const kept = db.prepare('SELECT canonical_url FROM versions ORDER BY id').pluck().all();
    expect(kept).toContain('https://news.example/taiwan');
    expect(kept).toContain('https://news.example/nice');
    expect(kept).not.toContain('https://news.example/syria');
  });

  it('a record whose Content-Length is too short is refused, the bytes it leaves over are passed over, and the next record is read', async () => {
    const path = join(dir, 'short.warc');
    writeFileSync(path, lyingLength(await warcBytes(THREE_PAGES, false), 'https://news.example/syria', -200));
    const report = await run(path);
    expect(report.failed.map((f) => f.error)).toEqual([
      expect.stringMatching(/https:\/\/news\.example\/syria\) at byte \d+: its payload does not match/),
      // what the short length left over is no record: passed over to the next one
      expect.stringMatching(/^short\.warc: damaged data at byte \d+ that is no WARC record \(a wrong Content-Length before it, or a cut\), passed over$/),
    ]);
    expect(db.prepare('SELECT canonical_url FROM versions ORDER BY id').pluck().all()).toEqual(['https://news.example/taiwan', 'https://news.example/brussels']);
  });

  it('a file that is no archive at all fails alone, and the other inputs of the batch are imported', async () => {
    const bad = join(dir, 'notes.warc.gz');
    writeFileSync(bad, 'these are my notes, not an archive');
    const good = join(dir, 'good.warc.gz');
    await writeWarc(good, TAIWAN_CRAWL);
    const report = await run(bad, good);
    expect(report.failed.map((f) => f.path)).toEqual([bad]);
    expect(report.failed[0]!.error).toMatch(/^notes\.warc\.gz: /);
    expect(report.imported).toHaveLength(2);
  });
});

describe('a damaged WACZ', () => {
  it('a file that is no ZIP is refused in one line naming it', async () => {
    const path = join(dir, 'broken.wacz');
    const wacz = await writeWacz(path, { 'data.warc.gz': TAIWAN_THREE });
    // the end of the ZIP, where its directory is, is lost
    writeFileSync(path, wacz.subarray(0, wacz.length - 200));
    const report = await run(path);
    expect(report.imported).toEqual([]);
    expect(report.failed).toEqual([{ path, error: expect.stringMatching(/^broken\.wacz: not a readable ZIP file, so no WACZ \(.+\)$/) }]);
  });

  it('a WARC that does not match datapackage.json is refused whole, and the other WARCs are read', async () => {
    const path = join(dir, 'altered.wacz');
    const other: ArchiveCapture[] = [{ kind: 'page', url: 'https://news.example/syria', date: '2016-05-23T10:00:00Z', html: newsPage('syria_coast_bombings_reuters_v1.txt') }];
    await writeWacz(
      path,
      { 'data-1.warc': TAIWAN_THREE, 'data-2.warc': other },
      {
        pages: [TAIWAN_URL, 'https://news.example/syria'],
        // a figure changed after the archive was sealed
        alter: (name, bytes) => (name === 'archive/data-1.warc' ? Buffer.from(bytes.toString('latin1').replace('at least 14', 'at least 41'), 'latin1') : bytes),
      },
    );
    const report = await run(path);
    expect(report.failed).toEqual([{ path, error: 'altered.wacz: archive/data-1.warc does not match the SHA-256 datapackage.json gives it' }]);
    expect(db.prepare('SELECT canonical_url FROM versions').pluck().all()).toEqual(['https://news.example/syria']);
    expect(report.archives![0]).toMatchObject({ pagesKept: 1 });
  });

  it('a page list that does not match datapackage.json is not trusted: every HTML page is read as a page instead', async () => {
    const path = join(dir, 'pages.wacz');
    await writeWacz(path, { 'data.warc.gz': TAIWAN_THREE }, { alter: (name, bytes) => (name === 'pages/pages.jsonl' ? Buffer.concat([bytes, Buffer.from('{"url":"https://elsewhere.example/"}\n')]) : bytes) });
    const report = await run(path);
    expect(report.failed).toEqual([
      { path, error: 'pages.wacz: pages/pages.jsonl does not match the SHA-256 datapackage.json gives it: every HTML page of the archive is read as a page instead' },
    ]);
    expect(report.archives![0]).toMatchObject({ pagesKept: 3, unchanged: 1, subResourcesSkipped: 3 });
  });

  it('a WACZ with no datapackage.json is no WACZ', async () => {
    const path = join(dir, 'bare.wacz');
    await writeWacz(path, { 'data.warc.gz': TAIWAN_CRAWL });
    const zip = readFileSync(path);
    // renamed inside the ZIP (same length), so the directory no longer names it
    const renamed = Buffer.from(zip.toString('latin1').replaceAll('datapackage.json', 'datapackage.jsoX'), 'latin1');
    writeFileSync(path, renamed);
    const report = await run(path);
    expect(report.failed).toEqual([{ path, error: 'bare.wacz: no datapackage.json inside, so no WACZ' }]);
  });
});

describe('an archive larger than 2 GB', () => {
  it('is streamed past a 2.1 GB video it captured: the pages before and after it are kept, the video counted, memory bounded', async () => {
    // the video's bytes are a hole in a sparse file: 2.1 GB to read, nothing written to the disk
    const video = 2_100 * 1024 * 1024;
    const http = Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: video/mp4\r\nContent-Length: ${video}\r\n\r\n`);
    const head = Buffer.from(
      'WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://video.example-news.com/quake.mp4\r\n' +
        'WARC-Date: 2016-02-06T09:00:02Z\r\nWARC-Record-ID: <urn:uuid:5b0a8f8e-4d1a-4c61-9f2e-2f6a3c1d7e01>\r\n' +
        `Content-Type: application/http; msgtype=response\r\nContent-Length: ${http.length + video}\r\n\r\n`,
    );
    const [before, after] = [TAIWAN_THREE.slice(0, 2), TAIWAN_THREE.slice(-1)];
    const first = await warcBytes(before, false);
    const last = (await warcBytes(after, false)).subarray((await warcBytes([], false)).length);
    const path = join(dir, 'with-video.warc');
    const fd = openSync(path, 'w');
    try {
      writeSync(fd, Buffer.concat([first, head, http]));
      writeSync(fd, Buffer.concat([Buffer.from('\r\n\r\n'), last]), 0, undefined, first.length + head.length + http.length + video);
    } finally {
      closeSync(fd);
    }
    expect(statSync(path).size).toBeGreaterThan(2 * 1024 ** 3);

    let peak = process.memoryUsage().rss;
    const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
    const report = await run(path).finally(() => clearInterval(sample));
    expect(report.failed).toEqual([]);
    expect(report.archives![0]).toMatchObject({ pagesKept: 2, subResourcesSkipped: 1 });
    expect(versions().map((v) => v.captured_at)).toEqual(['2016-02-06T09:00:00.000Z', '2016-02-08T12:00:00.000Z']);
    // the video was never held whole
    expect(peak).toBeLessThan(1024 ** 3);
  }, 180_000);
});

describe('a file named as a WARC that holds something else', () => {
  it('is refused at once, before it is read through: 400 MB of zeros named .warc', async () => {
    const path = join(dir, 'disk-image.warc');
    // a sparse file: 400 MB to read, nothing written to the disk
    const fd = openSync(path, 'w');
    closeSync(fd);
    truncateSync(path, 400 * 1024 * 1024);
    const report = await run(path);
    expect(report.failed).toEqual([{ path, error: 'disk-image.warc: not a WARC: it does not begin with a WARC record (WARC/1.x) or a gzip member' }]);
    expect(versions()).toEqual([]);
  }, 60_000);
});
