import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary, type WritableDb } from '../../db/connection';
import { listArticles } from '../../db/queries/articles';
import { createEvent, listEvents } from '../../db/queries/events';
import { ftsQuery, searchVersions } from '../../db/queries/search';
import { SNIPPET_MARK_END, SNIPPET_MARK_START } from '../../main/core/model';
import { importBatch, type ImportHooks } from '../../main/library/import/importBatch';
import { CORPUS_DIR, corpusPath, type CorpusFile } from '../fixtures/corpus';

let db: WritableDb;

beforeEach(() => {
  db = openLibrary(':memory:');
});

afterEach(() => db.close());

async function importInto(eventName: string, files: CorpusFile[] | 'all', hooks?: ImportHooks): Promise<void> {
  const inputs = files === 'all' ? [{ kind: 'path' as const, path: CORPUS_DIR }] : files.map((f) => ({ kind: 'path' as const, path: corpusPath(f) }));
  const report = await importBatch(db, { batchId: 'q', target: { eventName }, inputs }, hooks);
  expect(report.failed).toEqual([]);
}

describe('ftsQuery', () => {
  it('quotes each term, splits figures into their number tokens and lets the last term be a prefix', () => {
    expect(ftsQuery('1,200 people')).toBe('"1 200" "people"*');
    expect(ftsQuery('500-pound bombs')).toBe('"500 pound" "bombs"*');
  });

  it('leaves no FTS syntax in the query', () => {
    expect(ftsQuery('"22 AND (')).toBe('"22" "AND"*');
    expect(ftsQuery('NEAR(toll OR "killed")')).toBe('"NEAR toll" "OR" "killed"*');
  });

  it('gives null when there is no word to search for', () => {
    expect(ftsQuery('  ( ) " *  ')).toBeNull();
  });
});

describe('searchVersions over the corpus', () => {
  beforeEach(() => importInto('US strikes near al Bukamal, Feb 2021', 'all'));

  it('finds "Observatory" in every version that names it, marking the match in the snippet', () => {
    const hits = searchVersions(db, 'Observatory');
    // cbs r1 and r2, the monitor's report, and the wire story as .html and .txt
    expect(hits).toHaveLength(5);
    for (const hit of hits) expect(hit.snippet).toContain(`${SNIPPET_MARK_START}Observatory${SNIPPET_MARK_END}`);
    expect(new Set(hits.map((h) => h.articleTitle))).toEqual(
      new Set([
        'US airstrikes target Iran-backed militias in Syria in Biden’s first military action',
        'US strikes Iran-backed militia sites near Syria-Iraq border',
        'Death toll from US strikes in eastern Syria rises to 22, monitor says',
      ]),
    );
  });

  it('matches a figure written with punctuation as its tokens side by side', () => {
    const hits = searchVersions(db, '500-pound');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.articleTitle === 'Death toll from US strikes in eastern Syria rises to 22, monitor says')).toBe(true);
  });

  it('completes the last word as a prefix', () => {
    expect(searchVersions(db, 'Observ').length).toBe(searchVersions(db, 'Observatory').length);
  });

  it('does not throw on FTS syntax characters', () => {
    expect(() => searchVersions(db, '"22 AND (')).not.toThrow();
    expect(() => searchVersions(db, 'toll NEAR( * ^ -')).not.toThrow();
    expect(searchVersions(db, '()"')).toEqual([]);
  });

  it('respects the limit', () => {
    expect(searchVersions(db, 'Syria', 2)).toHaveLength(2);
  });
});

describe('listArticles', () => {
  it('lists an article’s versions in capture order', async () => {
    await importInto('US strikes near al Bukamal, Feb 2021', ['cbs-bukamal-r1.txt', 'cbs-bukamal-r2.txt']);
    const [article, ...others] = listArticles(db, listEvents(db)[0]!.id);
    expect(others).toEqual([]);
    expect(article?.versions).toHaveLength(2);
    const [r1, r2] = article!.versions;
    expect(r1!.capturedAt <= r2!.capturedAt).toBe(true);
    expect(r1!.byteLength).toBe(3620);
    expect(r2!.byteLength).toBe(4147);
  });

  it('orders by capture time, not by when the row was written', async () => {
    const event = 'US strikes near al Bukamal, Feb 2021';
    await importInto(event, ['cbs-bukamal-r2.txt'], { now: () => '2021-02-26T12:00:00.000Z' });
    await importInto(event, ['cbs-bukamal-r1.txt'], { now: () => '2021-02-26T08:00:00.000Z' });
    const [article] = listArticles(db, listEvents(db)[0]!.id);
    expect(article?.versions.map((v) => v.capturedAt)).toEqual(['2021-02-26T08:00:00.000Z', '2021-02-26T12:00:00.000Z']);
    expect(article?.versions.map((v) => v.byteLength)).toEqual([3620, 4147]);
  });

  it('lists only the articles of the event asked for', async () => {
    await importInto('US strikes near al Bukamal, Feb 2021', ['wire-bukamal.txt']);
    await importInto('Carrow pension protest', ['protest-wire.txt']);
    const carrow = listEvents(db).find((e) => e.name === 'Carrow pension protest')!;
    expect(listArticles(db, carrow.id).map((a) => a.title)).toEqual(['Carrow pension protest draws crowd of 20,000, police say']);
  });
});

describe('listEvents', () => {
  it('counts each event’s articles and versions, newest event first', async () => {
    await importInto('US strikes near al Bukamal, Feb 2021', ['cbs-bukamal-r1.txt', 'cbs-bukamal-r2.txt', 'monitor-bukamal.txt', 'wire-bukamal.html', 'wire-bukamal.txt'], {
      now: () => '2021-02-27T00:00:00.000Z',
    });
    await importInto('Carrow pension protest', ['protest-citydaily-r1.txt', 'protest-citydaily-r2.txt', 'protest-wire.txt'], {
      now: () => '2021-03-16T00:00:00.000Z',
    });
    createEvent(db, 'Empty event', '2021-04-01T00:00:00.000Z');
    expect(listEvents(db).map(({ name, articleCount, versionCount }) => ({ name, articleCount, versionCount }))).toEqual([
      { name: 'Empty event', articleCount: 0, versionCount: 0 },
      { name: 'Carrow pension protest', articleCount: 2, versionCount: 3 },
      { name: 'US strikes near al Bukamal, Feb 2021', articleCount: 3, versionCount: 5 },
    ]);
  });
});
