// Outlets as a list the researcher keeps, through the handlers as the app
// does, on a real library file: a name renamed, two merged, the lists and
// the figures showing the outlet as named, and the merge undone exactly.
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
  dir = mkdtempSync(join(tmpdir(), 'tally-outlets-'));
  db = openLibraryForWork(join(dir, 'library.sqlite'));
});

afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const ctx = (): HandlerContext => ({ db }) as HandlerContext;

describe('outlets', () => {
  it('lists the names the captures give, renames one, merges two, and undoes the merge name by name', async () => {
    const report = await importBatch(db, {
      batchId: 'b',
      target: { eventName: 'Taiwan quake' },
      inputs: ['taiwan_quake_bloomberg.txt', 'taiwan_quake_reuters_v1_huffpost.txt', 'syria_coast_bombings_reuters_v2.txt'].map((f) => ({ kind: 'path', path: newsPath(f) })),
    });
    const eventId = report.imported[0]!.eventId;
    const list = async () => (await handlers['outlets:list'](undefined, ctx())).map((o) => [o.name, o.shownAs, o.articles]);
    expect(await list()).toEqual([
      ['Bloomberg', null, 1],
      ['Huffington Post', null, 1],
      ['Reuters', null, 1],
    ]);

    await handlers['outlets:rename']({ from: 'Huffington Post', to: 'HuffPost' }, ctx());
    await handlers['outlets:rename']({ from: 'Bloomberg', to: 'Reuters' }, ctx());
    expect(await list()).toEqual([
      ['Huffington Post', 'HuffPost', 1],
      ['Bloomberg', 'Reuters', 1],
      ['Reuters', null, 1],
    ]);
    const outlets = (await handlers['articles:list']({ eventId }, ctx())).map((a) => a.outlet).sort();
    expect(outlets).toEqual(['HuffPost', 'Reuters', 'Reuters']);
    const members = unpackFigures(await handlers['events:figures']({ eventId }, ctx())).flatMap((f) => f.members);
    expect(new Set(members.map((m) => m.outlet))).toEqual(new Set(['HuffPost', 'Reuters']));

    // the merge undone as the app does it: each name given back what it was shown as
    await handlers['outlets:rename']({ from: 'Reuters', to: 'Bloomberg', only: ['Bloomberg'] }, ctx());
    expect((await list()).find(([name]) => name === 'Bloomberg')).toEqual(['Bloomberg', 'Bloomberg', 1]);
    expect((await list()).find(([name]) => name === 'Reuters')).toEqual(['Reuters', null, 1]);
    expect(db.prepare("SELECT count(*) FROM library_actions WHERE kind = 'outlet-rename'").pluck().get()).toBe(3);
  });

  it('refuses a name no outlet has, in one line, and logs nothing', async () => {
    expect(await dispatch(ctx(), 'outlets:rename', { from: 'Nobody', to: 'Somebody' })).toEqual({ ok: false, error: { code: 'not-found', message: 'no outlet is called "Nobody"' } });
    expect(db.prepare('SELECT count(*) FROM library_actions').pluck().get()).toBe(0);
  });
});
