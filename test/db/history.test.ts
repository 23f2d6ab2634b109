// The history over the four logs, through the handlers as the app uses them,
// on a real library file: every kind of every log undone (and the library
// back as it was), an undo of an undo redoing, a refusal when something later
// changed the same thing, Ctrl+Z walking back, and the logs append-only.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WritableDb } from '../../db/connection';
import type { HistoryEntry, HistoryRef } from '../../main/core/history/historyModel';
import type { ClaimRecord, ClaimSpan, EventFigure, FigureAction, FigureMember } from '../../main/core/model';
import { dispatch } from '../../main/ipc/dispatch';
import { handlers, type HandlerContext } from '../../main/ipc/handlers';
import { importBatch } from '../../main/library/import/importBatch';
import { openLibraryForWork } from '../../main/library/openLibraryForWork';
import { corpusPath, newsPath, type CorpusFile } from '../fixtures/corpus';
import { unpackFigures } from '../../main/core/compare/figurePack';

let dir: string;
let db: WritableDb;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tally-history-'));
  db = openLibraryForWork(join(dir, 'library.sqlite'));
});

afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const ctx = (): HandlerContext => ({ db }) as HandlerContext;
const BUKAMAL: CorpusFile[] = ['cbs-bukamal-r1.txt', 'cbs-bukamal-r2.txt', 'monitor-bukamal.txt', 'wire-bukamal.txt'];

async function importNews(eventName: string, files: string[]): Promise<{ eventId: number; articleId: number; versionId: number }> {
  const report = await importBatch(db, { batchId: eventName, target: { eventName }, inputs: files.map((f) => ({ kind: 'path', path: newsPath(f) })) });
  return report.imported[0]!;
}

async function importBukamal(): Promise<{ eventId: number; versions: Record<string, { versionId: number; articleId: number }> }> {
  const report = await importBatch(db, { batchId: 'b', target: { eventName: 'Bukamal' }, inputs: BUKAMAL.map((f) => ({ kind: 'path', path: corpusPath(f) })) });
  return { eventId: report.imported[0]!.eventId, versions: Object.fromEntries(report.imported.map((item, i) => [BUKAMAL[i]!, item])) };
}

const history = async (): Promise<HistoryEntry[]> => (await handlers['history:list']({}, ctx())).entries;
const newest = async (): Promise<HistoryEntry> => (await history())[0]!;
const undo = async (entry: HistoryRef) => handlers['history:undo']({ entry }, ctx());
const events = async (): Promise<string[]> => (await handlers['events:list'](undefined, ctx())).map((e) => e.name);
const act = async (eventId: number, action: FigureAction): Promise<EventFigure[]> => unpackFigures(await handlers['figures:act']({ eventId, action }, ctx()));
const figures = async (eventId: number): Promise<EventFigure[]> => unpackFigures(await handlers['events:figures']({ eventId }, ctx()));
const claims = async (versionId: number): Promise<ClaimRecord[]> => handlers['claims:list']({ versionId }, ctx());
const spanOf = (m: FigureMember): ClaimSpan => ({ versionId: m.versionId, start: m.start, end: m.end });

/** How many rows each log holds: an undo only ever adds. */
const logSizes = (): number[] =>
  ['library_actions', 'metadata_edits', 'claim_actions', 'curation_actions', 'history_undos'].map((t) => db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number);

describe('the library’s rearranging, undone from the history', () => {
  it('renames an event back, redoes it, and refuses while a later rename stands', async () => {
    const { eventId } = await importNews('Quake', ['ecuador_quake_reuters.txt']);
    await handlers['events:rename']({ eventId, name: 'Ecuador quake' }, ctx());
    const renamed = await newest();
    expect(renamed).toMatchObject({ description: 'Renamed event “Quake” to “Ecuador quake”', eventName: 'Ecuador quake', canUndo: true, isUndo: false });

    await handlers['events:rename']({ eventId, name: 'Ecuador quake, April 2016' }, ctx());
    expect((await history())[1]).toMatchObject({ canUndo: false, why: 'Changed again later (Renamed event “Ecuador quake” to “Ecuador quake, April 2016”): undo that first.' });
    expect(await dispatch(ctx(), 'history:undo', { entry: renamed.ref })).toEqual({
      ok: false,
      error: { code: 'failed', message: 'Changed again later (Renamed event “Ecuador quake” to “Ecuador quake, April 2016”): undo that first.' },
    });

    // the later one undone first, the earlier one can be undone too
    const second = await undo((await newest()).ref);
    expect(second.entry).toMatchObject({ description: 'Undid: Renamed event “Ecuador quake” to “Ecuador quake, April 2016”', isUndo: true });
    expect(await events()).toEqual(['Ecuador quake']);
    await undo(renamed.ref);
    expect(await events()).toEqual(['Quake']);

    // an undo of the undo redoes
    const undoneEntry = (await history()).find((e) => e.undoes?.id === renamed.ref.id)!;
    const redone = await undo(undoneEntry.ref);
    expect(redone.entry).toMatchObject({ description: 'Redid: Renamed event “Quake” to “Ecuador quake”', isUndo: false });
    expect(await events()).toEqual(['Ecuador quake']);
  });

  it('refuses, in one line, to give an event back a name another event has taken since', async () => {
    const { eventId } = await importNews('Quake', ['ecuador_quake_reuters.txt']);
    await handlers['events:rename']({ eventId, name: 'Ecuador quake' }, ctx());
    const renamed = await newest();
    await handlers['events:create']({ name: 'Quake' }, ctx());
    const before = logSizes();
    expect(await dispatch(ctx(), 'history:undo', { entry: renamed.ref })).toEqual({ ok: false, error: { code: 'failed', message: 'another event is called “Quake” now: rename that one first' } });
    // a refused undo leaves nothing behind
    expect(logSizes()).toEqual(before);
    expect(await dispatch(ctx(), 'history:undo', { entry: { log: 'claims', id: 999 } })).toEqual({ ok: false, error: { code: 'not-found', message: 'no entry claims 999 in the history' } });
  });

  it('restores an event moved to the trash, and asks before undoing a restore', async () => {
    const { eventId } = await importNews('Nice', ['nice_truck_attack_reuters.txt']);
    await handlers['events:trash']({ eventId }, ctx());
    expect(await newest()).toMatchObject({ description: 'Moved event “Nice” to the trash', asks: null });
    await undo((await newest()).ref);
    expect(await events()).toEqual(['Nice']);
    expect(await newest()).toMatchObject({ description: 'Undid: Moved event “Nice” to the trash', asks: expect.stringContaining('to the trash again?') as string });

    await handlers['events:trash']({ eventId }, ctx());
    await handlers['events:restore']({ eventId }, ctx());
    await undo((await newest()).ref);
    expect(await events()).toEqual([]);
  });

  it('moves an article back, and gives renamed outlets back their names', async () => {
    const nice = await importNews('Nice', ['nice_truck_attack_reuters.txt']);
    const quake = await importNews('Quake', ['ecuador_quake_reuters.txt']);
    await handlers['articles:move']({ articleId: nice.articleId, eventId: quake.eventId }, ctx());
    expect(await newest()).toMatchObject({ description: expect.stringMatching(/^Moved “.+” from “Nice” to “Quake”$/) as string, eventName: 'Quake' });
    await undo((await newest()).ref);
    expect((await handlers['articles:list']({ eventId: nice.eventId }, ctx())).map((a) => a.id)).toEqual([nice.articleId]);

    await handlers['metadata:edit']({ edits: [{ target: { articleId: nice.articleId }, field: 'outlet', value: 'REUTERS' }] }, ctx());
    const outlets = await handlers['outlets:list'](undefined, ctx());
    await handlers['outlets:rename']({ from: 'REUTERS', to: 'Reuters' }, ctx());
    expect(await newest()).toMatchObject({ description: 'Renamed outlet “REUTERS” to “Reuters”', eventId: null, eventName: null });
    expect((await handlers['outlets:list'](undefined, ctx())).map((o) => o.shownAs)).toEqual(['Reuters']);
    await undo((await newest()).ref);
    expect((await handlers['outlets:list'](undefined, ctx())).map((o) => o.shownAs ?? o.name)).toEqual(outlets.map((o) => o.shownAs ?? o.name));
  });
});

describe('corrections of details, undone from the history', () => {
  it('tells several fields corrected at once as one action, and puts each back', async () => {
    const { articleId, versionId } = await importNews('Nice', ['nice_truck_attack_reuters.txt']);
    const before = await handlers['versions:get']({ id: versionId }, ctx());
    await handlers['metadata:edit']({ edits: [{ target: { articleId }, field: 'title', value: 'Truck attack in Nice' }, { target: { versionId }, field: 'byline', value: 'Jane Doe' }] }, ctx());
    expect((await newest()).description).toBe('Corrected the headline and byline of “Truck attack in Nice” and 1 more');
    await handlers['metadata:edit']({ edits: [{ target: { articleId }, field: 'title', value: 'Nice: the truck attack' }] }, ctx());
    expect((await newest()).description).toBe('Changed the headline of an article to “Nice: the truck attack”');

    await undo((await newest()).ref);
    expect((await handlers['articles:list']({ eventId: (await newest()).eventId! }, ctx()))[0]!.title).toBe('Truck attack in Nice');
    await undo((await history())[2]!.ref);
    const after = await handlers['versions:get']({ id: versionId }, ctx());
    expect([after.title, after.byline]).toEqual([before.title, before.byline]);
  });
  it('puts each field back, the outlet, the address and the publication time too', async () => {
    const { versionId } = await importNews('Nice', ['nice_truck_attack_reuters.txt']);
    const before = await handlers['versions:get']({ id: versionId }, ctx());
    const edits = [
      { field: 'outlet', value: 'Reuters' },
      { field: 'url', value: 'https://www.reuters.com/article/nice' },
      { field: 'published', value: '2016-07-15 01:00 GMT' },
    ] as const;
    for (const { field, value } of edits) {
      await handlers['metadata:edit']({ edits: [{ target: { versionId }, field, value }] }, ctx());
      expect((await newest()).description).toMatch(/^Set the (outlet|address|publication time) of .+ to “.+”$/);
    }
    for (let i = 0; i < edits.length; i++) await handlers['history:undoLatest'](undefined, ctx());
    const after = await handlers['versions:get']({ id: versionId }, ctx());
    expect([after.outlet, after.canonicalUrl, after.publishedAt]).toEqual([before.outlet, before.canonicalUrl, before.publishedAt]);
  });
});

describe('claim reviews, undone from the history', () => {
  it('undoes a rejection carried to another version as one action, and each other review', async () => {
    const { versions } = await importBukamal();
    const v1 = versions['cbs-bukamal-r1.txt']!.versionId;
    const v2 = versions['cbs-bukamal-r2.txt']!.versionId;
    const carried = (await claims(v1)).find((c) => c.kind === 'figure')!;
    const reviewed = await handlers['claims:review']({ claimId: carried.id, action: 'reject' }, ctx());
    expect(reviewed.carriedTo.length).toBeGreaterThan(0);
    expect((await newest()).description).toMatch(/^Rejected .+ in .+ v1 \(and 1 other version\)$/);
    await undo((await newest()).ref);
    for (const id of [carried.id, ...reviewed.carriedTo]) {
      const c = [...(await claims(v1)), ...(await claims(v2))].find((x) => x.id === id)!;
      expect(c.status).toBe('auto');
    }

    // an edit comes back with its amount; a confirm, a reject after it and a reopen go back a step each
    await handlers['claims:review']({ claimId: carried.id, action: 'edit', changes: { value: 9999 }, thisVersionOnly: true }, ctx());
    expect((await newest()).description).toMatch(/^Corrected .+ to 9,999 .+ in /);
    await undo((await newest()).ref);
    expect((await claims(v1)).find((c) => c.id === carried.id)).toMatchObject({ status: 'auto', value: carried.value });

    await handlers['claims:review']({ claimId: carried.id, action: 'confirm', thisVersionOnly: true }, ctx());
    expect((await newest()).description).toMatch(/^Confirmed .+ in .+ v1$/);
    await undo((await newest()).ref);
    expect((await claims(v1)).find((c) => c.id === carried.id)!.status).toBe('auto');
    await handlers['claims:review']({ claimId: carried.id, action: 'confirm', thisVersionOnly: true }, ctx());
    await handlers['claims:review']({ claimId: carried.id, action: 'reject', thisVersionOnly: true }, ctx());
    await undo((await newest()).ref);
    expect((await claims(v1)).find((c) => c.id === carried.id)!.status).toBe('confirmed');
    await handlers['claims:review']({ claimId: carried.id, action: 'reopen', thisVersionOnly: true }, ctx());
    await undo((await newest()).ref);
    expect((await claims(v1)).find((c) => c.id === carried.id)!.status).toBe('confirmed');
  });

  it('takes back an added value, and an override with its note as one action', async () => {
    const { versions } = await importBukamal();
    const v1 = versions['cbs-bukamal-r1.txt']!.versionId;
    const text = (await handlers['versions:get']({ id: v1 }, ctx())).text;
    const at = text.indexOf('two');
    const added = await handlers['claims:add']({ versionId: v1, start: at, end: at + 3, value: 2, low: null, high: null, approx: false, source: null, subject: 'people hurt', figure: null }, ctx());
    expect((await newest()).description).toMatch(/^Added 2 people hurt in /);
    await undo((await newest()).ref);
    expect((await claims(v1)).find((c) => c.id === added.id)!.status).toBe('rejected');

    const target = (await claims(v1)).find((c) => c.kind === 'figure' && c.status === 'auto')!;
    const { noteId } = await handlers['claims:override']({ claimId: target.id, changes: { value: 77 }, note: 'the ministry corrected it' }, ctx());
    expect((await newest()).description).toMatch(/^Corrected .+ to 77.*; noted on a claim: “the ministry corrected it”$/);
    await undo((await newest()).ref);
    expect((await claims(v1)).find((c) => c.id === target.id)).toMatchObject({ status: 'auto', value: target.value });
    expect(db.prepare('SELECT count(*) FROM notes WHERE id = ?').pluck().get(noteId)).toBe(0);
  });
});

describe('curation of figures and sources, undone from the history', () => {
  it('undoes a rename, a best value, a move, a split and a merge', async () => {
    const { eventId } = await importBukamal();
    const first = (await figures(eventId))[0]!;
    await act(eventId, { kind: 'rename', figure: first.ref, label: 'the toll' });
    expect((await newest()).description).toBe(`Renamed figure “${first.label}” to “the toll”`);
    await undo((await newest()).ref);
    const id = (await figures(eventId)).find((f) => f.keys.includes(first.keys[0]!))!;
    expect(id.label).toBe(first.label);

    await act(eventId, { kind: 'best', figure: id.ref, best: { low: 5, high: 5 } });
    await act(eventId, { kind: 'best', figure: id.ref, best: { low: 5, high: 7 } });
    expect((await newest()).description).toBe(`Chose 5–7 as the best value of “${first.label}”`);
    await undo((await newest()).ref);
    expect((await figures(eventId)).find((f) => f.ref === id.ref)!.best).toEqual({ low: 5, high: 5 });

    const [a, b] = await figures(eventId);
    const member = a!.members[0]!;
    await act(eventId, { kind: 'move', claims: [spanOf(member)], to: b!.ref });
    expect((await newest()).description).toMatch(/^Moved 1 claim to “.+”$/);
    await undo((await newest()).ref);
    const home = (await figures(eventId)).find((f) => f.members.some((m) => m.claimId === member.claimId))!;
    expect(home.keys).toEqual(a!.keys);

    await act(eventId, { kind: 'split', figure: a!.ref, claims: [spanOf(member)], label: 'apart' });
    expect((await newest()).description).toMatch(/^Split 1 claim off “.+” into “apart”$/);
    await undo((await newest()).ref);
    expect((await figures(eventId)).find((f) => f.members.some((m) => m.claimId === member.claimId))!.keys).toEqual(a!.keys);

    // a merge taken apart gives back the figure with its claims and notes; undoing that merges again
    const now = await figures(eventId);
    const [kept, gone] = [now[0]!, now[1]!];
    await act(eventId, { kind: 'note', figure: gone.ref, claim: null, body: 'on the merged one' });
    await act(eventId, { kind: 'merge', figures: [gone.ref], into: kept.ref });
    expect((await figures(eventId)).length).toBe(now.length - 1);
    const merged = await newest();
    expect(merged).toMatchObject({ description: `Merged “${gone.label}” into “${kept.label}”`, canUndo: true });
    await undo(merged.ref);
    const apart = await figures(eventId);
    expect(apart.length).toBe(now.length);
    const back = apart.find((f) => f.keys.includes(gone.keys[0]!))!;
    expect(back.members.map((m) => m.claimId).sort()).toEqual(gone.members.map((m) => m.claimId).sort());
    expect(back.notes.map((n) => n.body)).toEqual(['on the merged one']);
    expect((await newest()).description).toBe(`Undid: Merged “${gone.label}” into “${kept.label}”`);
    await undo((await newest()).ref);
    expect((await figures(eventId)).length).toBe(now.length - 1);
  });

  it('deletes a note undone as added (asking first), edits it back, and writes a deleted note again', async () => {
    const { eventId } = await importBukamal();
    const figure = (await figures(eventId))[0]!;
    await act(eventId, { kind: 'note', figure: figure.ref, claim: null, body: 'check the ministry' });
    const noted = await newest();
    expect(noted).toMatchObject({ description: `Noted on “${figure.label}”: “check the ministry”`, asks: 'Delete the note “check the ministry”? It stays in the history, and Redo brings it back.' });
    const noteId = db.prepare('SELECT max(id) FROM notes').pluck().get() as number;
    await act(eventId, { kind: 'note-edit', noteId, body: 'ask the ministry' });
    await undo((await newest()).ref);
    expect(db.prepare('SELECT body FROM notes WHERE id = ?').pluck().get(noteId)).toBe('check the ministry');
    await act(eventId, { kind: 'note-delete', noteId });
    await undo((await newest()).ref);
    expect(db.prepare('SELECT body FROM notes WHERE id = ?').pluck().get(noteId)).toBe('check the ministry');
    // the note is back under its own id: the note as first added can be undone again, deleting it
    expect((await history()).find((e) => e.ref.id === noted.ref.id)!.canUndo).toBe(true);
    await undo(noted.ref);
    expect(db.prepare('SELECT count(*) FROM notes WHERE id = ?').pluck().get(noteId)).toBe(0);
  });

  it('undoes aliases, grades and copy marks', async () => {
    const { versions } = await importBukamal();
    await handlers['sources:edit']({ kind: 'alias', source: 'Syrian Observatory for Human Rights', alias: 'the war monitor' }, ctx());
    expect((await newest()).description).toBe('Added “Syrian Observatory for Human Rights” to the sources; named “the war monitor” as “Syrian Observatory for Human Rights”');
    await undo((await newest()).ref);
    expect((await handlers['sources:list'](undefined, ctx()))[0]!.aliases).toEqual([]);
    await undo((await newest()).ref); // redo
    await handlers['sources:edit']({ kind: 'alias-remove', alias: 'the war monitor' }, ctx());
    await undo((await newest()).ref);
    expect((await handlers['sources:list'](undefined, ctx()))[0]!.aliases).toEqual(['the war monitor']);

    await handlers['sources:edit']({ kind: 'grade', source: 'Syrian Observatory for Human Rights', grade: 'B' }, ctx());
    await handlers['sources:edit']({ kind: 'grade', source: 'Syrian Observatory for Human Rights', grade: 'E' }, ctx());
    expect((await newest()).description).toBe('Graded “Syrian Observatory for Human Rights” E (was B)');
    await undo((await newest()).ref);
    expect((await handlers['sources:list'](undefined, ctx()))[0]!.grade).toBe('B');

    const cbs = versions['cbs-bukamal-r1.txt']!.articleId;
    const monitor = versions['monitor-bukamal.txt']!.articleId;
    await handlers['articles:markCopy']({ articleId: monitor, copyOf: cbs }, ctx());
    await handlers['articles:markCopy']({ articleId: monitor, copyOf: null }, ctx());
    await undo((await newest()).ref);
    expect(db.prepare('SELECT copy_of FROM article_copies WHERE article_id = ?').pluck().get(monitor)).toBe(cbs);
    await undo((await history()).find((e) => e.description.startsWith('Marked'))!.ref);
    expect(db.prepare('SELECT count(*) FROM article_copies WHERE article_id = ?').pluck().get(monitor)).toBe(0);
  });
});

describe('the history as a whole', () => {
  it('walks back with undoLatest, never undoing its own undo, and says when there is nothing left', async () => {
    const { eventId } = await importNews('Quake', ['ecuador_quake_reuters.txt']);
    await handlers['events:rename']({ eventId, name: 'Quake 2' }, ctx());
    await handlers['events:rename']({ eventId, name: 'Quake 3' }, ctx());
    expect((await handlers['history:undoLatest'](undefined, ctx())).undone.description).toBe('Renamed event “Quake 2” to “Quake 3”');
    expect((await handlers['history:undoLatest'](undefined, ctx())).undone.description).toBe('Renamed event “Quake” to “Quake 2”');
    expect(await events()).toEqual(['Quake']);
    expect(await dispatch(ctx(), 'history:undoLatest', undefined)).toEqual({ ok: false, error: { code: 'not-found', message: 'Nothing to undo.' } });
  });

  it('only ever adds rows: an undo is a new entry, and the undos are as append-only as the logs', async () => {
    const { eventId } = await importNews('Quake', ['ecuador_quake_reuters.txt']);
    await handlers['events:rename']({ eventId, name: 'Ecuador quake' }, ctx());
    const before = logSizes();
    await undo((await newest()).ref);
    const after = logSizes();
    expect(after).toEqual([before[0]! + 1, before[1], before[2], before[3], before[4]! + 1]);
    expect(db.prepare('SELECT kind, json(detail) AS detail FROM library_actions ORDER BY id').all()).toEqual([
      { kind: 'event-rename', detail: JSON.stringify({ eventId, before: 'Quake', after: 'Ecuador quake' }) },
      { kind: 'event-rename', detail: JSON.stringify({ eventId, before: 'Ecuador quake', after: 'Quake' }) },
    ]);
    expect(() => db.exec('UPDATE history_undos SET undoes_id = 0')).toThrow('append-only');
    expect(() => db.exec('DELETE FROM history_undos')).toThrow('never deleted');
  });

  it('pages newest first', async () => {
    const { eventId } = await importNews('Quake', ['ecuador_quake_reuters.txt']);
    for (const name of ['A', 'B', 'C']) await handlers['events:rename']({ eventId, name }, ctx());
    const page = await handlers['history:list']({ offset: 1, limit: 1 }, ctx());
    expect(page).toMatchObject({ more: true, entries: [{ description: 'Renamed event “A” to “B”' }] });
  });
});
