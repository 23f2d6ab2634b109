// Versions put into the right articles and articles into the right events,
// through the handlers as the app does, on a real library file with real
// corpus texts: two articles merged, a version split out (the undoing of a
// join the import made, too), an article filed in a second event and taken
// out again; the captured rows never change, and every step is logged.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WritableDb } from '../../db/connection';
import { dispatch } from '../../main/ipc/dispatch';
import { handlers, type HandlerContext } from '../../main/ipc/handlers';
import { importBatch } from '../../main/library/import/importBatch';
import { moveVersions } from '../../main/library/rearrangeArticles';
import { openLibraryForWork } from '../../main/library/openLibraryForWork';
import type { ImportedItem } from '../../main/core/model';
import { newsPath } from '../fixtures/corpus';
import { unpackFigures } from '../../main/core/compare/figurePack';

let dir: string;
let db: WritableDb;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tally-rearrange-'));
  db = openLibraryForWork(join(dir, 'library.sqlite'));
});

afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const ctx = (): HandlerContext => ({ db }) as HandlerContext;

async function importInto(eventName: string, files: string[]): Promise<ImportedItem[]> {
  const report = await importBatch(db, { batchId: eventName, target: { eventName }, inputs: files.map((f) => ({ kind: 'path', path: newsPath(f) })) }, { onWarning: () => {} });
  return report.imported;
}

const articles = async (eventId: number) => (await handlers['articles:list']({ eventId }, ctx())).map((a) => ({ id: a.id, versions: a.versions.map((v) => v.id) }));
const log = (): { kind: string; detail: Record<string, unknown> }[] =>
  (db.prepare('SELECT kind, detail FROM library_actions ORDER BY id').all() as { kind: string; detail: string }[]).map((r) => ({ kind: r.kind, detail: JSON.parse(r.detail) }));
const capturedArticles = (): unknown[] => db.prepare('SELECT id, article_id FROM versions ORDER BY id').raw().all();

describe('merging two articles and splitting a version out', () => {
  it('merges an article into another: one article, its versions in reading order, the captured rows as they were', async () => {
    const [early, v1] = await importInto('Brussels', ['brussels_attacks_reuters_early.txt', 'indiana_primary_reuters_v1.txt']);
    const eventId = early!.eventId;
    expect((await articles(eventId)).length).toBe(2);
    const captured = capturedArticles();
    await handlers['articles:merge']({ from: v1!.articleId, into: early!.articleId }, ctx());
    expect(await articles(eventId)).toEqual([{ id: early!.articleId, versions: [early!.versionId, v1!.versionId] }]);
    expect((await handlers['versions:get']({ id: v1!.versionId }, ctx())).articleId).toBe(early!.articleId);
    expect((await handlers['events:list'](undefined, ctx()))[0]).toMatchObject({ articleCount: 1, versionCount: 2 });
    expect(capturedArticles()).toEqual(captured);
    expect(log()).toEqual([{ kind: 'article-merge', detail: { from: v1!.articleId, into: early!.articleId, versionIds: [v1!.versionId] } }]);
  });

  it('refuses a merge into itself, of articles in no event together, and of what is not there, in one line', async () => {
    const [a] = await importInto('Brussels', ['brussels_attacks_reuters_early.txt']);
    const [b] = await importInto('Indiana', ['indiana_primary_reuters_v1.txt']);
    expect(await dispatch(ctx(), 'articles:merge', { from: a!.articleId, into: a!.articleId })).toMatchObject({ ok: false, error: { code: 'invalid-argument', message: 'an article cannot be merged into itself' } });
    expect(await dispatch(ctx(), 'articles:merge', { from: a!.articleId, into: b!.articleId })).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument', message: `articles ${a!.articleId} and ${b!.articleId} are in no event together: move one first` },
    });
    expect(await dispatch(ctx(), 'articles:merge', { from: 999, into: a!.articleId })).toMatchObject({ ok: false, error: { code: 'not-found', message: 'no article 999' } });
    expect(log()).toEqual([]);
  });

  it('undoes a join the import made in one step: the revision becomes an article of its own, under its own headline', async () => {
    const [huffpost, revision] = await importInto('Taiwan quake', ['taiwan_quake_reuters_v1_huffpost.txt', 'taiwan_quake_reuters_v2.txt']);
    expect(revision!.joinedBy).toBe('wording');
    expect(log()).toEqual([{ kind: 'article-join', detail: { versionId: revision!.versionId, articleId: huffpost!.articleId, evidence: 'wording' } }]);
    const { articleId } = await handlers['articles:split']({ versionId: revision!.versionId }, ctx());
    const after = await handlers['articles:list']({ eventId: huffpost!.eventId }, ctx());
    expect(after.map((a) => ({ id: a.id, versions: a.versions.map((v) => v.id) }))).toEqual([
      { id: huffpost!.articleId, versions: [huffpost!.versionId] },
      { id: articleId, versions: [revision!.versionId] },
    ]);
    expect(after[1]!.title).toBe(revision!.title);
    expect(log().at(-1)).toEqual({ kind: 'article-split', detail: { versionId: revision!.versionId, from: huffpost!.articleId, into: articleId } });
    // the only version of an article cannot leave it
    expect(await dispatch(ctx(), 'articles:split', { versionId: huffpost!.versionId })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    // and moving it back is one step more, refused once the version has moved on
    moveVersions(db, [revision!.versionId], articleId, huffpost!.articleId, '2026-12-07T12:00:00Z', { undoes: 3 });
    expect((await articles(huffpost!.eventId)).map((a) => a.versions)).toEqual([[huffpost!.versionId, revision!.versionId]]);
    expect(() => moveVersions(db, [revision!.versionId], articleId, huffpost!.articleId, 'x')).toThrow(`version ${revision!.versionId} is no longer in article ${articleId}: it was moved since`);
  });
});

describe('filing an article in a second event', () => {
  it('shows it in both events with its figures, takes it out again, and keeps it in its own', async () => {
    const [zika] = await importInto('Zika', ['zika_outbreak_reuters.txt']);
    const [other] = await importInto('Health', ['us_jobs_may_reuters.txt']);
    const figuresIn = async (eventId: number) => unpackFigures(await handlers['events:figures']({ eventId }, ctx())).flatMap((f) => f.members.map((m) => m.versionId));
    expect(await figuresIn(other!.eventId)).not.toContain(zika!.versionId);
    await handlers['articles:file']({ articleId: zika!.articleId, eventId: other!.eventId }, ctx());
    expect((await articles(other!.eventId)).map((a) => a.id)).toEqual([zika!.articleId, other!.articleId]);
    expect((await articles(zika!.eventId)).map((a) => a.id)).toEqual([zika!.articleId]);
    expect(await figuresIn(other!.eventId)).toContain(zika!.versionId);
    expect((await handlers['events:list'](undefined, ctx())).map((e) => [e.name, e.articleCount])).toEqual([['Health', 2], ['Zika', 1]]);
    expect(await dispatch(ctx(), 'articles:file', { articleId: zika!.articleId, eventId: other!.eventId })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await dispatch(ctx(), 'articles:unfile', { articleId: zika!.articleId, eventId: zika!.eventId })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    await handlers['articles:unfile']({ articleId: zika!.articleId, eventId: other!.eventId }, ctx());
    expect((await articles(other!.eventId)).map((a) => a.id)).toEqual([other!.articleId]);
    expect(log().map((l) => l.kind)).toEqual(['article-file', 'article-unfile']);
  });

  it('moving an article into an event it is filed in makes that its own event, and says so in the log', async () => {
    const [zika] = await importInto('Zika', ['zika_outbreak_reuters.txt']);
    const [other] = await importInto('Health', ['us_jobs_may_reuters.txt']);
    await handlers['articles:file']({ articleId: zika!.articleId, eventId: other!.eventId }, ctx());
    await handlers['articles:move']({ articleId: zika!.articleId, eventId: other!.eventId }, ctx());
    expect((await articles(other!.eventId)).map((a) => a.id)).toEqual([zika!.articleId, other!.articleId]);
    expect(await articles(zika!.eventId)).toEqual([]);
    expect(log().at(-1)).toEqual({ kind: 'article-move', detail: { articleId: zika!.articleId, from: zika!.eventId, to: other!.eventId, wasFiled: true } });
  });
});

describe('undoing the rearranging from the history', () => {
  const libraryEntries = async () => (await handlers['history:list']({}, ctx())).entries.filter((e) => e.ref.log === 'library');

  it('tells each step in words and undoes it, an undo of an undo doing it again', async () => {
    const [huffpost, revision, bloomberg] = await importInto('Taiwan quake', ['taiwan_quake_reuters_v1_huffpost.txt', 'taiwan_quake_reuters_v2.txt', 'taiwan_quake_bloomberg.txt']);
    const eventId = huffpost!.eventId;
    const [join] = await libraryEntries();
    expect(join!.description).toMatch(/^The import joined .+ to “.+”, the same story by its wording$/);

    // the join undone: the revision is an article of its own
    await handlers['history:undo']({ entry: join!.ref }, ctx());
    expect((await articles(eventId)).map((a) => a.versions)).toEqual([[huffpost!.versionId], [bloomberg!.versionId], [revision!.versionId]]);

    // a merge, undone, then done again by undoing the undo
    const { actionId } = await handlers['articles:merge']({ from: bloomberg!.articleId, into: huffpost!.articleId }, ctx());
    const merge = (await libraryEntries())[0]!;
    expect(merge.ref).toEqual({ log: 'library', id: actionId });
    expect(merge.description).toMatch(/^Merged “.+” into “.+” \(1 version\)$/);
    const undone = await handlers['history:undo']({ entry: merge.ref }, ctx());
    expect((await articles(eventId)).map((a) => a.id)).toContain(bloomberg!.articleId);
    await handlers['history:undo']({ entry: undone.entry.ref }, ctx());
    expect((await articles(eventId)).map((a) => a.id)).not.toContain(bloomberg!.articleId);

    // a filing undone
    const [other] = await importInto('Asia', ['ecuador_quake_reuters.txt']);
    await handlers['articles:file']({ articleId: huffpost!.articleId, eventId: other!.eventId }, ctx());
    const file = (await libraryEntries())[0]!;
    expect(file.description).toBe(`Filed “${huffpost!.title}” in “Asia” as well`);
    await handlers['history:undo']({ entry: file.ref }, ctx());
    expect((await articles(other!.eventId)).map((a) => a.id)).toEqual([other!.articleId]);
  });

  it('refuses to undo a merge once a later step moved its versions on, naming that step', async () => {
    const [a, b] = await importInto('Brussels', ['brussels_attacks_reuters_early.txt', 'indiana_primary_reuters_v1.txt']);
    const { actionId } = await handlers['articles:merge']({ from: b!.articleId, into: a!.articleId }, ctx());
    await handlers['articles:split']({ versionId: b!.versionId }, ctx());
    const result = await dispatch(ctx(), 'history:undo', { entry: { log: 'library', id: actionId } });
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringMatching(/Split/) } });
  });
});
