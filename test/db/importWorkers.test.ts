// A batch large enough for the capture workers stores what a file-by-file
// import stores: the same versions, in the same articles, with the same
// claims, in the inputs' order, a bad input costing only itself.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openLibrary, type WritableDb } from '../../db/connection';
import { importBatch } from '../../main/library/import/importBatch';
import { walkInputs } from '../../main/library/import/walkInputs';
import { NEWS_DIR } from '../fixtures/corpus';

interface Stored {
  sha256: string;
  title: string;
  article: string;
  claims: string;
}

/** Each version by its hash: its article (named by the article's first version) and its claims. */
function stored(db: WritableDb): Stored[] {
  return db
    .prepare(
      `SELECT v.sha256, v.title,
              (SELECT f.sha256 FROM versions f WHERE f.article_id = v.article_id ORDER BY f.id LIMIT 1) AS article,
              (SELECT group_concat(kind || ':' || ifnull(value, '') || ':' || start || ':' || end || ':' || ifnull(source, ''), '|')
                 FROM (SELECT * FROM claims c WHERE c.version_id = v.id ORDER BY c.start, c.end, c.kind)) AS claims
       FROM versions v ORDER BY v.sha256`,
    )
    .all() as Stored[];
}

describe('an import read ahead by the capture workers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tally-workers-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const folder = join(dir, 'captures');
  mkdirSync(folder);
  const news = readdirSync(NEWS_DIR).filter((n) => n.endsWith('.txt')).sort();
  for (const name of news) copyFileSync(join(NEWS_DIR, name), join(folder, name));
  // one of the news texts twice, an empty file and one that is not text, among the others
  copyFileSync(join(NEWS_DIR, news[3]!), join(folder, `${news[3]!.replace('.txt', '')}-again.txt`));
  writeFileSync(join(folder, 'empty.txt'), '');
  writeFileSync(join(folder, 'photo.txt'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 0, 0, 0, 0]));

  it('stores what one-by-one imports store, in the inputs order, each bad input failing alone', async () => {
    const files = (await walkInputs([folder])).files;
    const together = openLibrary(':memory:');
    const batch = await importBatch(together, { batchId: 'all', target: { eventName: 'News' }, inputs: [{ kind: 'path', path: folder }] }, { onWarning: () => {} });
    expect(files.length).toBeGreaterThanOrEqual(16);
    expect(batch.imported.map((i) => i.path)).toEqual(files.filter((f) => !f.endsWith('empty.txt') && !f.endsWith('photo.txt')));
    expect(batch.imported.filter((i) => i.duplicate)).toHaveLength(1);
    expect(batch.failed.map((f) => f.path).sort()).toEqual([join(folder, 'empty.txt'), join(folder, 'photo.txt')]);
    expect(batch.failed.find((f) => f.path.endsWith('empty.txt'))!.error).toBe('empty file (0 bytes)');

    const oneByOne = openLibrary(':memory:');
    for (const file of files) {
      await importBatch(oneByOne, { batchId: file, target: { eventName: 'News' }, inputs: [{ kind: 'path', path: file }] }, { onWarning: () => {} });
    }
    const expected = stored(oneByOne);
    expect(expected.length).toBe(news.length);
    expect(expected.every((v) => v.claims)).toBe(true);
    expect(stored(together)).toEqual(expected);
    // every version was read with its claims, in the transaction that stored it
    expect(together.prepare('SELECT count(*) AS n FROM versions v WHERE NOT EXISTS (SELECT 1 FROM extractions e WHERE e.version_id = v.id)').get()).toEqual({ n: 0 });
  }, 120_000);

  it('a version the library refuses as it is stored fails alone, whatever shares its commit', async () => {
    const db = openLibrary(':memory:');
    // the library refuses one version as it is stored, after it was read: in the middle of a shared commit
    const refused = news[5]!;
    db.exec(`CREATE TEMP TRIGGER refuse BEFORE INSERT ON versions WHEN new.origin LIKE '%${refused}' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END`);
    const batch = await importBatch(db, { batchId: 'refuse', target: { eventName: 'News' }, inputs: [{ kind: 'path', path: folder }] }, { onWarning: () => {} });
    expect(batch.failed.find((f) => f.path.endsWith(`/${refused}`))?.error).toBe('refused by the test');
    const expected = (await walkInputs([folder])).files.filter((f) => !/(empty|photo)\.txt$/.test(f) && !f.endsWith(`/${refused}`));
    expect(batch.imported.map((i) => i.path)).toEqual(expected);
    expect(db.prepare('SELECT count(*) AS n FROM versions').get()).toEqual({ n: news.length - 1 });
    expect(db.prepare('SELECT count(*) AS n FROM versions v WHERE NOT EXISTS (SELECT 1 FROM extractions e WHERE e.version_id = v.id)').get()).toEqual({ n: 0 });
  }, 120_000);
});
