// Rearranging the library through the handlers as the app does, on a real
// library file: an event renamed, trashed (out of every list and search, its
// versions kept) and restored, an article moved to another event with its
// figures, and every step in the append-only log.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WritableDb } from '../../db/connection';
import { dispatch } from '../../main/ipc/dispatch';
import { handlers, type HandlerContext } from '../../main/ipc/handlers';
import { importBatch } from '../../main/library/import/importBatch';
import { openLibraryForWork } from '../../main/library/openLibraryForWork';
import { newsPath } from '../fixtures/corpus';
import { unpackFigures } from '../../main/core/compare/figurePack';

let dir: string;
let db: WritableDb;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tally-actions-'));
  db = openLibraryForWork(join(dir, 'library.sqlite'));
});

afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const ctx = (): HandlerContext => ({ db }) as HandlerContext;

async function importInto(eventName: string, files: string[]): Promise<number> {
  const report = await importBatch(db, { batchId: eventName, target: { eventName }, inputs: files.map((f) => ({ kind: 'path', path: newsPath(f) })) });
  return report.imported[0]!.eventId;
}

const log = (): { kind: string; detail: unknown }[] =>
  (db.prepare('SELECT kind, detail FROM library_actions ORDER BY id').all() as { kind: string; detail: string }[]).map((r) => ({ kind: r.kind, detail: JSON.parse(r.detail) }));

describe('rearranging the library', () => {
  it('renames an event, and refuses a name another event has, in one line', async () => {
    const nice = await importInto('Nice', ['nice_truck_attack_reuters.txt']);
    await importInto('Ecuador', ['ecuador_quake_reuters.txt']);
    expect(await handlers['events:rename']({ eventId: nice, name: 'Nice truck attack, July 2016' }, ctx())).toMatchObject({ name: 'Nice truck attack, July 2016' });
    expect(await dispatch(ctx(), 'events:rename', { eventId: nice, name: 'ecuador' })).toEqual({ ok: false, error: { code: 'invalid-argument', message: 'an event called "Ecuador" already exists' } });
    expect(log()).toEqual([{ kind: 'event-rename', detail: { eventId: nice, before: 'Nice', after: 'Nice truck attack, July 2016' } }]);
  });

  it('moves an event to the trash, out of the lists and search with its versions kept, and restores it', async () => {
    const nice = await importInto('Nice', ['nice_truck_attack_reuters.txt']);
    const versions = db.prepare('SELECT count(*) FROM versions').pluck().get();
    expect((await handlers['library:search']({ query: 'Bastille' }, ctx())).versions).toHaveLength(1);
    await handlers['events:trash']({ eventId: nice }, ctx());
    expect(await handlers['events:list'](undefined, ctx())).toEqual([]);
    expect((await handlers['events:trashed'](undefined, ctx())).map((e) => e.name)).toEqual(['Nice']);
    expect((await handlers['library:search']({ query: 'Bastille' }, ctx())).versions).toEqual([]);
    expect(db.prepare('SELECT count(*) FROM versions').pluck().get()).toBe(versions);
    // restoring brings the event back as it was
    expect(await dispatch(ctx(), 'events:restore', { eventId: nice })).toMatchObject({ ok: true, value: { name: 'Nice', articleCount: 1, trashedAt: null } });
    expect((await handlers['library:search']({ query: 'Bastille' }, ctx())).versions).toHaveLength(1);
    expect(log().map((l) => l.kind)).toEqual(['event-trash', 'event-restore']);
  });

  it('brings a trashed event back when an import names it', async () => {
    const nice = await importInto('Nice', ['nice_truck_attack_reuters.txt']);
    await handlers['events:trash']({ eventId: nice }, ctx());
    await importInto('nice', ['nice_truck_attack_nbc.txt']);
    expect((await handlers['events:list'](undefined, ctx())).map((e) => [e.name, e.articleCount])).toEqual([['Nice', 2]]);
  });

  it('moves an article with its versions and figures to another event, and back', async () => {
    const nice = await importInto('Nice', ['nice_truck_attack_reuters.txt', 'ecuador_quake_reuters.txt']);
    const ecuador = await importInto('Ecuador', ['ecuador_quake_nbc_day1.txt']);
    const stray = (await handlers['articles:list']({ eventId: nice }, ctx())).find((a) => a.title.startsWith('Hopes dim'))!;
    const deathToll = async (eventId: number): Promise<boolean> => unpackFigures(await handlers['events:figures']({ eventId }, ctx())).flatMap((f) => f.members).some((m) => m.value === 443);
    expect(await deathToll(nice)).toBe(true);

    await handlers['articles:move']({ articleId: stray.id, eventId: ecuador }, ctx());
    expect((await handlers['articles:list']({ eventId: nice }, ctx())).map((a) => a.id)).not.toContain(stray.id);
    expect((await handlers['articles:list']({ eventId: ecuador }, ctx())).map((a) => a.id)).toContain(stray.id);
    expect(await deathToll(nice)).toBe(false);
    expect(await deathToll(ecuador)).toBe(true);

    await handlers['articles:move']({ articleId: stray.id, eventId: nice }, ctx());
    expect(await deathToll(nice)).toBe(true);
    expect(log()).toEqual([
      { kind: 'article-move', detail: { articleId: stray.id, from: nice, to: ecuador } },
      { kind: 'article-move', detail: { articleId: stray.id, from: ecuador, to: nice } },
    ]);
    expect(() => db.prepare('DELETE FROM library_actions').run()).toThrow(/never deleted/);
  });
});
