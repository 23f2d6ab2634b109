// Who published each version and when, read at import and kept beside the
// immutable version on a real library file; read again on opening for the
// versions stored before (or by an older reader), with the same answers.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WritableDb } from '../../db/connection';
import { listArticles } from '../../db/queries/articles';
import { listEvents } from '../../db/queries/events';
import { getVersion } from '../../db/queries/versions';
import { importBatch } from '../../main/library/import/importBatch';
import { openLibraryForWork } from '../../main/library/openLibraryForWork';
import { corpusPath, NEWS_DIR, newsPath } from '../fixtures/corpus';

let dir: string;
let path: string;
let db: WritableDb;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tally-publication-'));
  path = join(dir, 'library.sqlite');
  db = openLibraryForWork(path);
});

afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

async function importFiles(eventName: string, files: string[]): Promise<void> {
  await importBatch(db, { batchId: eventName, target: { eventName }, inputs: files.map((p) => ({ kind: 'path', path: p })) });
}

function articleOutlets(eventName: string): Record<string, string | null> {
  const event = listEvents(db).find((e) => e.name === eventName)!;
  return Object.fromEntries(listArticles(db, event.id).map((a) => [a.title, a.outlet]));
}

describe('who published it, read at import', () => {
  it('names each news article’s outlet where its headline does, and no other', async () => {
    await importFiles('Syria coast bombings', ['syria_coast_bombings_reuters_v1.txt', 'syria_coast_bombings_reuters_v2.txt'].map(newsPath));
    await importFiles('Taiwan quake', ['taiwan_quake_bloomberg.txt', 'taiwan_quake_reuters_v2.txt'].map(newsPath));
    expect(articleOutlets('Syria coast bombings')).toEqual({
      'Bombs kill more than 140 in Syrian government-held cities: monitor': 'Reuters',
    });
    expect(articleOutlets('Taiwan quake')).toEqual({
      'Taiwan Quake Toll Climbs to 26 as Rescuers Search Rubble – Bloomberg': 'Bloomberg',
      'Taiwan quake kills at least 12, fells apartment block': null,
    });
  });

  it('gives a version its stated publication time, where it was read and what was settled for it', async () => {
    await importFiles('Bukamal', [corpusPath('monitor-bukamal.txt')]);
    const [article] = listArticles(db, listEvents(db)[0]!.id);
    const version = getVersion(db, article!.versions[0]!.id)!;
    expect(article!.versions[0]!.publishedAt).toBe('2021-02-25T23:40');
    expect(version).toMatchObject({
      publishedAt: '2021-02-25T23:40',
      publishedNote: 'year from the weekday named; time zone not stated: the outlet’s local time',
      statedIn: { publishedAt: { in: 'published line', words: 'Published Thursday 25 February, 23:40' }, outlet: null },
    });
  });
});

describe('who published it, read again on opening', () => {
  it('reads the versions a library stored before it could, and finds what import found', async () => {
    const files = readdirSync(NEWS_DIR).filter((f) => f.startsWith('nice_') || f.startsWith('ecuador_')).map(newsPath);
    await importFiles('Two events', files);
    const read = db.prepare('SELECT * FROM version_publication ORDER BY version_id').all();
    expect(read).toHaveLength(files.length);
    // as a library written before the reading existed: no publication rows at all
    db.exec('DELETE FROM version_publication');
    db.close();
    db = openLibraryForWork(path);
    expect(db.prepare('SELECT * FROM version_publication ORDER BY version_id').all()).toEqual(read);
  });

  it('reads again what an older reader read', async () => {
    await importFiles('Bukamal', [corpusPath('monitor-bukamal.txt')]);
    db.exec("UPDATE version_publication SET reader_version = 0, published_at = 'stale'");
    db.close();
    db = openLibraryForWork(path);
    expect(db.prepare('SELECT published_at AS publishedAt, reader_version AS reader FROM version_publication').get()).toEqual({ publishedAt: '2021-02-25T23:40', reader: 1 });
  });
});

describe('who published a pasted text', () => {
  it('takes the outlet, address and time the researcher gives with it, over what the text says', async () => {
    const report = await importBatch(db, {
      batchId: 'p',
      target: { eventName: 'Pasted' },
      inputs: [{ kind: 'paste', title: 'Toll rises – Reuters', text: 'Toll rises – Reuters\n\nTwenty-two people were killed.', outlet: 'Thomson Reuters', url: 'https://www.reuters.com/a', publishedAt: '26 February 2021 09:15 GMT' }],
    });
    const version = getVersion(db, report.imported[0]!.versionId)!;
    expect(version).toMatchObject({ outlet: 'Thomson Reuters', canonicalUrl: 'https://www.reuters.com/a', publishedAt: '2021-02-26T09:15:00.000Z' });
    expect(version.statedIn.outlet).toEqual({ in: 'paste form', words: 'Thomson Reuters' });
  });

  it('refuses a paste whose time cannot be read, in one line, and stores nothing', async () => {
    const report = await importBatch(db, { batchId: 'p', target: { eventName: 'Pasted' }, inputs: [{ kind: 'paste', text: 'Twenty-two people were killed.', publishedAt: 'teatime' }] });
    expect(report.imported).toEqual([]);
    expect(report.failed.map((f) => f.error)).toEqual(['“teatime” is not a time Tally can read: write it like 2016-03-22 10:05 GMT or 22 March 2016']);
    expect(db.prepare('SELECT count(*) FROM versions').pluck().get()).toBe(0);
  });
});
