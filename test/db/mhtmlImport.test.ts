// Pages saved as MHTML files carry, in their message header, the address
// they were saved from and when: those are the version's address and capture
// time, so two saves of one page, imported in any order and under different
// headlines, are one article with its versions at the times they were saved,
// and the figure the page revised is a revision. The file's bytes are stored as
// saved. Real SQLite file; pages made from the news corpus's Syria revision pair.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WritableDb } from '../../db/connection';
import { getVersionBytes } from '../../db/queries/versions';
import { versionsForReading } from '../../db/queries/publication';
import { captureDocument } from '../../main/core/capture/captureDocument';
import { handlers, type HandlerContext } from '../../main/ipc/handlers';
import { diffVersions } from '../../main/library/diffVersions';
import { importBatch } from '../../main/library/import/importBatch';
import { openLibraryForWork } from '../../main/library/openLibraryForWork';
import { publicationOfStored } from '../../main/library/publications';
import { PIXEL, STYLE, mhtmlBytes, newsHtml, savedNewsPage } from '../fixtures/mhtml';
import { runTally } from '../fixtures/tallyCli';

const URL = 'https://www.reuters.com/article/us-mideast-crisis-syria-latakia-idUSKCN0YE0PB';
const EARLIER = 'Mon, 23 May 2016 14:57:39 GMT';
const LATER = 'Mon, 23 May 2016 19:02:34 GMT';

let dir: string;
let db: WritableDb;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tally-mhtml-'));
  db = openLibraryForWork(join(dir, 'library.sqlite'));
});

afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Writes a file into the test's folder; answers its path. */
function save(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

const context = (): HandlerContext => ({ db }) as HandlerContext;

describe('pages saved as MHTML', () => {
  it('are one article, its versions at the times the page was saved, its figure revised from 145 to 148', async () => {
    const laterBytes = savedNewsPage('syria_coast_bombings_reuters_v2.txt', URL, LATER);
    const later = save('bombs (2).mhtml', laterBytes);
    const earlier = save('bombs.mht', savedNewsPage('syria_coast_bombings_reuters_v1.txt', URL, EARLIER));
    // the later save imported first: the order of the saves, not of the import, is the article's
    const report = await importBatch(db, { batchId: 'b', target: { eventName: 'Syria coast bombings' }, inputs: [{ kind: 'path', path: later }, { kind: 'path', path: earlier }] }, { onWarning: () => {} });
    expect(report.failed).toEqual([]);
    const [second, first] = report.imported;
    expect(first!.articleId).toBe(second!.articleId);
    // joined by the address the header names, not by likeness of wording
    expect(first!.joinedBy).toBeUndefined();

    const [article] = await handlers['articles:list']({ eventId: first!.eventId }, context());
    expect(article!.versions.map((v) => [v.id, v.capturedAt, v.format])).toEqual([
      [first!.versionId, '2016-05-23T14:57:39.000Z', 'mhtml'],
      [second!.versionId, '2016-05-23T19:02:34.000Z', 'mhtml'],
    ]);
    const version = await handlers['versions:get']({ id: second!.versionId }, context());
    expect(version).toMatchObject({ canonicalUrl: URL, outlet: 'Reuters', title: 'Bombs kill nearly 150 in Syrian government-held cities: monitor – Reuters', origin: later });
    expect(version.statedIn.canonicalUrl?.in).toBe('saved page header');

    // the stored bytes are the file's, exactly
    expect(Buffer.from(getVersionBytes(db, second!.versionId)!)).toEqual(Buffer.from(laterBytes));
    expect(version.sha256).toBe(sha256(laterBytes));

    const diff = diffVersions(db, first!.versionId, second!.versionId);
    const killed = diff.figureChanges.find((c) => c.before?.value === 145);
    expect(killed).toMatchObject({ kind: 'changed', before: { value: 145 }, after: { value: 148 } });
  });

  it('read again from their stored bytes, give the same text and the same reading of when and where they were saved', async () => {
    // a page longer than the start of a file that a library's opening reads again: its header and title come first
    const { headline, html } = newsHtml('syria_coast_bombings_reuters_v1.txt');
    const footer = `<footer>${'<a href="/markets">Markets</a> <a href="/legal">Legal</a> '.repeat(2000)}</footer>`;
    const bytes = mhtmlBytes({ url: URL, date: EARLIER, subject: headline, parts: [{ type: 'text/html', location: URL, body: html.replace('</body>', `${footer}</body>`) }, STYLE] });
    expect(bytes.length).toBeGreaterThan(100_000);
    const path = save('bombs.mhtml', bytes);
    const report = await importBatch(db, { batchId: 'b', target: { eventName: 'Syria coast bombings' }, inputs: [{ kind: 'path', path }] }, { onWarning: () => {} });
    const id = report.imported[0]!.versionId;
    const stored = await handlers['versions:get']({ id }, context());
    expect(captureDocument(path, getVersionBytes(db, id)!).text).toBe(stored.text);
    const again = publicationOfStored(versionsForReading(db, [id])[0]!);
    expect(again.savedAt).toEqual({ value: '2016-05-23T14:57:39.000Z', in: 'saved page header', words: `Snapshot-Content-Location: ${URL}; Date: ${EARLIER}` });
    expect(again.canonicalUrl?.value).toBe(URL);
    expect(again.outlet).toMatchObject({ value: 'Reuters', in: 'page title' });
  });

  it('that hold no page, or are no MIME at all, each cost only themselves: the batch goes on and nothing stored is touched', async () => {
    const first = await importBatch(db, { batchId: 'a', target: { eventName: 'Syria coast bombings' }, inputs: [{ kind: 'path', path: save('bombs.mhtml', savedNewsPage('syria_coast_bombings_reuters_v1.txt', URL, EARLIER)) }] }, { onWarning: () => {} });
    const kept = first.imported[0]!;

    const noPage = save('styles only.mhtml', mhtmlBytes({ url: URL, date: LATER, subject: 'Bombs', parts: [STYLE, PIXEL] }));
    const notMime = save('notes.mht', new TextEncoder().encode('Call with the monitor: 148 killed, they said.\n'));
    const later = savedNewsPage('syria_coast_bombings_reuters_v2.txt', URL, LATER);
    const report = await importBatch(
      db,
      { batchId: 'b', target: { eventName: 'Syria coast bombings' }, inputs: [{ kind: 'path', path: noPage }, { kind: 'path', path: notMime }, { kind: 'bytes', name: 'bombs (2).mhtml', bytes: later }] },
      { onWarning: () => {} },
    );
    expect(report.failed).toEqual([
      { path: noPage, error: 'an MHTML file with no HTML page in it (only text/css, image/png)' },
      { path: notMime, error: 'not an MHTML file: it has no MIME header and no page in it' },
    ]);
    expect(report.imported.map((i) => [i.path, i.articleId])).toEqual([['bombs (2).mhtml', kept.articleId]]);
    const [article] = await handlers['articles:list']({ eventId: kept.eventId }, context());
    expect(article!.versions.map((v) => [v.id, v.sha256])).toEqual([
      [kept.versionId, kept.sha256],
      [report.imported[0]!.versionId, sha256(later)],
    ]);
  });

  it('are read by `tally extract` as an import reads them', async () => {
    const path = save('bombs.mhtml', savedNewsPage('syria_coast_bombings_reuters_v1.txt', URL, EARLIER));
    const run = await runTally(['extract', path, '--json'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { text: string; claims: { value: number | null }[] };
    expect(out.text).toMatch(/^Bombs kill more than 140 in Syrian government-held cities: monitor\n/);
    expect(out.claims.map((c) => c.value)).toContain(145);
  }, 60_000);
});
