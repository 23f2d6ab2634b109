// The researcher's curation of figures and sources on a real library: the four
// al Bukamal reports imported (claims extracted on import), then renamed,
// regrouped, noted, graded and marked through the handlers, as the UI does.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary, type WritableDb } from '../../db/connection';
import { listClaims } from '../../db/queries/claims';
import type { ClaimSpan, EventFigure, FigureAction, FigureMember, SourceEdit } from '../../main/core/model';
import { handlers, type HandlerContext } from '../../main/ipc/handlers';
import { reextractVersions } from '../../main/library/claims/extractVersionClaims';
import { importBatch } from '../../main/library/import/importBatch';
import { corpusPath, type CorpusFile } from '../fixtures/corpus';
import { unpackFigures } from '../../main/core/compare/figurePack';

const SOHR = 'Syrian Observatory for Human Rights';
const KILLED = 'key:killed|people|';
const US_WOUNDED = 'key:wounded|contractors|US,at:erbil';
const TOTAL_WOUNDED = 'key:wounded|contractors|in total';
const CONTRACTORS_KILLED = 'key:killed|contractors|at:erbil';
const BUKAMAL: CorpusFile[] = ['cbs-bukamal-r1.txt', 'cbs-bukamal-r2.txt', 'monitor-bukamal.txt', 'wire-bukamal.txt'];

let dir: string;
let db: WritableDb;
let clock: number;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tally-curation-'));
  db = openLibrary(join(dir, 'library.sqlite'));
  clock = Date.parse('2021-02-26T08:00:00Z');
});

afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const now = (): string => new Date((clock += 60_000)).toISOString();
const ctx = (): HandlerContext => ({ db }) as HandlerContext;

interface Imported {
  eventId: number;
  /** Version id and article id of each file (or pasted text), by its name. */
  versions: Record<string, { versionId: number; articleId: number }>;
}

async function importEvent(eventName: string, files: readonly CorpusFile[], pastes: { title: string; text: string }[] = []): Promise<Imported> {
  const report = await importBatch(
    db,
    {
      batchId: eventName,
      target: { eventName },
      inputs: [...files.map((f) => ({ kind: 'path' as const, path: corpusPath(f) })), ...pastes.map((p) => ({ kind: 'paste' as const, ...p }))],
    },
    { now },
  );
  expect(report.failed).toEqual([]);
  const names = [...files, ...pastes.map((p) => p.title)];
  return {
    eventId: report.imported[0]!.eventId,
    versions: Object.fromEntries(report.imported.map((item, i) => [names[i]!, { versionId: item.versionId, articleId: item.articleId }])),
  };
}

const figures = async (eventId: number): Promise<EventFigure[]> => unpackFigures(await handlers['events:figures']({ eventId }, ctx()));
const act = async (eventId: number, action: FigureAction): Promise<EventFigure[]> => unpackFigures(await handlers['figures:act']({ eventId, action }, ctx()));
const editSource = async (edit: SourceEdit) => handlers['sources:edit'](edit, ctx());
const markCopy = async (articleId: number, copyOf: number | null | 'own-text') => handlers['articles:markCopy']({ articleId, copyOf }, ctx());

function byRef(list: EventFigure[], ref: string): EventFigure {
  const found = list.find((f) => f.ref === ref);
  if (!found) throw new Error(`no figure ${ref} among ${list.map((f) => f.ref).join(', ')}`);
  return found;
}

/** The one figure holding the claim on `text` in that version. */
function holding(list: EventFigure[], versionId: number, text: string): { figure: EventFigure; member: FigureMember } {
  const found = list.flatMap((figure) => figure.members.filter((m) => m.versionId === versionId && m.text === text).map((member) => ({ figure, member })));
  expect(found, `one claim "${text}" in version ${versionId}`).toHaveLength(1);
  return found[0]!;
}

const spanOf = (m: FigureMember): ClaimSpan => ({ versionId: m.versionId, start: m.start, end: m.end });

describe('figures:act on a real library', () => {
  it('renames a figure, keeping its automatic label, and clears the name again', async () => {
    const { eventId } = await importEvent('Bukamal', BUKAMAL);
    const renamed = await act(eventId, { kind: 'rename', figure: KILLED, label: '  Militia fighters killed  ' });
    const toll = renamed.find((f) => f.keys.includes('killed|people|'))!;
    expect(toll).toMatchObject({ label: 'Militia fighters killed', autoLabel: 'people killed', keys: ['killed|people|'] });
    expect(toll.ref).toBe(`figure:${toll.figureId}`);
    expect(renamed.some((f) => f.ref === KILLED)).toBe(false);
    // the stored figure is found by its ref from now on, and by its key
    const cleared = await act(eventId, { kind: 'rename', figure: toll.ref, label: null });
    expect(byRef(cleared, toll.ref).label).toBe('people killed');
    await act(eventId, { kind: 'rename', figure: KILLED, label: 'Deaths' });
    expect(byRef(await figures(eventId), toll.ref).label).toBe('Deaths');
  });

  it('sets and clears the best value, and refuses one whose low end is above its high end', async () => {
    const { eventId } = await importEvent('Bukamal', BUKAMAL);
    const toll = byRef(await act(eventId, { kind: 'best', figure: KILLED, best: { low: 17, high: 22 } }), 'figure:1');
    expect(toll.best).toEqual({ low: 17, high: 22 });
    expect(toll.keys).toEqual(['killed|people|']);
    await expect(async () => act(eventId, { kind: 'best', figure: 'figure:1', best: { low: 30, high: 22 } })).rejects.toMatchObject({
      code: 'invalid-argument',
    });
    expect(byRef(await figures(eventId), 'figure:1').best).toEqual({ low: 17, high: 22 });
    expect(byRef(await act(eventId, { kind: 'best', figure: 'figure:1', best: null }), 'figure:1').best).toBeNull();
  });

  it('moves a claim to another figure and back to wherever grouping puts it', async () => {
    const { eventId, versions } = await importEvent('Bukamal', BUKAMAL);
    const wire = versions['wire-bukamal.txt']!.versionId;
    const before = holding(await figures(eventId), wire, 'one');
    expect(before.figure.ref).toBe(KILLED);
    const claim = spanOf(before.member);

    const moved = await act(eventId, { kind: 'move', claims: [claim], to: CONTRACTORS_KILLED });
    const there = holding(moved, wire, 'one');
    expect(there.figure.keys).toEqual(['killed|contractors|at:erbil']);
    expect(there.figure.ref).toMatch(/^figure:\d+$/);
    expect(there.member.placed).toBe(true);
    expect(byRef(moved, KILLED).members.some((m) => m.versionId === wire && m.text === 'one')).toBe(false);

    const back = await act(eventId, { kind: 'move', claims: [claim], to: null });
    const home = holding(back, wire, 'one');
    expect(home.figure.ref).toBe(KILLED);
    expect(home.member.placed).toBe(false);
    // the figure it visited stays stored, holding what grouping gives it
    expect(byRef(back, there.figure.ref).members.some((m) => m.versionId === wire && m.text === 'one')).toBe(false);
  });

  it('splits claims out of a figure into a new, named one', async () => {
    const { eventId, versions } = await importEvent('Bukamal', BUKAMAL);
    const wire = versions['wire-bukamal.txt']!.versionId;
    const toll = byRef(await figures(eventId), KILLED);
    // the Observatory by its full name (the headline's "monitor" says 22 too)
    const wireTolls = toll.members.filter((m) => m.versionId === wire && m.sourceAsWritten === SOHR);
    expect(wireTolls.map((m) => m.text).sort()).toEqual(['17', '22']);

    const split = await act(eventId, { kind: 'split', figure: KILLED, claims: wireTolls.map(spanOf), label: 'Toll as the wire reports it' });
    const part = split.find((f) => f.label === 'Toll as the wire reports it')!;
    expect(part.members.map((m) => m.text).sort()).toEqual(['17', '22']);
    expect(part.members.every((m) => m.placed)).toBe(true);
    expect(part.keys).toEqual([]);
    const rest = split.find((f) => f.keys.includes('killed|people|'))!;
    expect(rest.ref).not.toBe(part.ref);
    expect(rest.members).toHaveLength(toll.members.length - 2);

    await expect(async () => act(eventId, { kind: 'split', figure: KILLED, claims: [], label: null })).rejects.toMatchObject({ code: 'invalid-argument' });
  });

  it('merges figures: keys, placed claims and notes follow, and the merged figure’s ref still answers', async () => {
    const { eventId, versions } = await importEvent('Bukamal', BUKAMAL);
    const monitor = versions['monitor-bukamal.txt']!.versionId;
    // a claim placed in the US count, and a note on it, before it is merged away
    const six = holding(await figures(eventId), monitor, 'six').member;
    const usFigure = holding(await act(eventId, { kind: 'move', claims: [spanOf(six)], to: US_WOUNDED }), monitor, 'six').figure;
    await act(eventId, { kind: 'note', figure: usFigure.ref, claim: null, body: 'four of the eight were Americans' });

    const merged = await act(eventId, { kind: 'merge', figures: [usFigure.ref], into: TOTAL_WOUNDED });
    const into = merged.find((f) => f.keys.includes('wounded|contractors|in total'))!;
    expect(into.ref).not.toBe(usFigure.ref);
    expect(into.keys).toEqual(['wounded|contractors|US,at:erbil', 'wounded|contractors|in total']);
    expect(into.members.map((m) => m.text)).toEqual(expect.arrayContaining(['four', 'A total of six', 'A total of eight', 'six']));
    expect(into.notes.map((n) => n.body)).toEqual(['four of the eight were Americans']);
    expect(merged.some((f) => f.ref === usFigure.ref)).toBe(false);

    // acting on the merged figure acts on the one it went into
    const renamed = await act(eventId, { kind: 'rename', figure: usFigure.ref, label: 'Contractors hurt at Erbil' });
    expect(byRef(renamed, into.ref).label).toBe('Contractors hurt at Erbil');
    await act(eventId, { kind: 'move', claims: [spanOf(six)], to: usFigure.ref });
    expect(holding(await figures(eventId), monitor, 'six').figure.ref).toBe(into.ref);

    await expect(async () => act(eventId, { kind: 'merge', figures: [into.ref], into: into.ref })).rejects.toMatchObject({ code: 'invalid-argument' });
  });

  it('notes a figure and a claim, edits and deletes a note, and the log keeps every text', async () => {
    const { eventId, versions } = await importEvent('Bukamal', BUKAMAL);
    const wire = versions['wire-bukamal.txt']!.versionId;
    const one = holding(await figures(eventId), wire, 'one').member;

    await act(eventId, { kind: 'note', figure: KILLED, claim: null, body: 'Tolls differ by source.' });
    const noted = await act(eventId, { kind: 'note', figure: null, claim: spanOf(one), body: 'The militia’s own count.' });
    const toll = holding(noted, wire, 'one').figure;
    expect(toll.notes.map((n) => [n.body, n.figureId, n.versionId])).toEqual([
      ['Tolls differ by source.', toll.figureId, null],
      ['The militia’s own count.', null, wire],
    ]);
    const [figureNote, claimNote] = toll.notes;

    const edited = await act(eventId, { kind: 'note-edit', noteId: claimNote!.id, body: 'Kataib Hezbollah’s own count.' });
    expect(byRef(edited, toll.ref).notes.map((n) => n.body)).toEqual(['Tolls differ by source.', 'Kataib Hezbollah’s own count.']);
    const deleted = await act(eventId, { kind: 'note-delete', noteId: figureNote!.id });
    expect(byRef(deleted, toll.ref).notes.map((n) => n.body)).toEqual(['Kataib Hezbollah’s own count.']);

    // a note on a claim follows the claim when it moves
    const moved = await act(eventId, { kind: 'move', claims: [spanOf(one)], to: CONTRACTORS_KILLED });
    expect(holding(moved, wire, 'one').figure.notes.map((n) => n.body)).toEqual(['Kataib Hezbollah’s own count.']);
    expect(byRef(moved, toll.ref).notes).toEqual([]);

    const log = await handlers['figures:log']({ eventId }, ctx());
    expect(log.find((e) => e.action === 'note-edit')!.detail).toMatchObject({ before: 'The militia’s own count.', after: 'Kataib Hezbollah’s own count.' });
    expect(log.find((e) => e.action === 'note-delete')!.detail).toMatchObject({ before: { body: 'Tolls differ by source.' } });

    await expect(async () => act(eventId, { kind: 'note-edit', noteId: figureNote!.id, body: 'again' })).rejects.toMatchObject({ code: 'invalid-argument' });
    await expect(async () => act(eventId, { kind: 'note', figure: KILLED, claim: null, body: '   ' })).rejects.toMatchObject({ code: 'invalid-argument' });
  });

  it('logs every action in the order it was done, and lands an action wholly or not at all', async () => {
    const { eventId, versions } = await importEvent('Bukamal', BUKAMAL);
    const wire = versions['wire-bukamal.txt']!.versionId;
    const one = spanOf(holding(await figures(eventId), wire, 'one').member);
    await act(eventId, { kind: 'rename', figure: KILLED, label: 'Deaths' });
    await act(eventId, { kind: 'best', figure: 'figure:1', best: { low: 17, high: 22 } });
    await act(eventId, { kind: 'move', claims: [one], to: CONTRACTORS_KILLED });
    await act(eventId, { kind: 'move', claims: [one], to: null });
    await act(eventId, { kind: 'split', figure: 'figure:1', claims: [one], label: null });
    await act(eventId, { kind: 'merge', figures: [US_WOUNDED], into: TOTAL_WOUNDED });
    await act(eventId, { kind: 'note', figure: 'figure:1', claim: null, body: 'first' });
    const noteId = byRef(await figures(eventId), 'figure:1').notes[0]!.id;
    await act(eventId, { kind: 'note-edit', noteId, body: 'second' });
    await act(eventId, { kind: 'note-delete', noteId });
    // refused: the move names a version of no article in this event, so nothing of it lands
    await expect(async () => act(eventId, { kind: 'move', claims: [one, { versionId: 999, start: 0, end: 1 }], to: CONTRACTORS_KILLED })).rejects.toMatchObject({
      code: 'invalid-argument',
    });
    expect(holding(await figures(eventId), wire, 'one').member.placed).toBe(true);

    const log = await handlers['figures:log']({ eventId }, ctx());
    expect(log.map((e) => e.action)).toEqual(['rename', 'best', 'move', 'move', 'split', 'merge', 'note', 'note-edit', 'note-delete']);
    expect(log.map((e) => e.id)).toEqual([...log.map((e) => e.id)].sort((a, b) => a - b));
    expect(log.every((e) => e.eventId === eventId && !Number.isNaN(Date.parse(e.at)))).toBe(true);
    expect(log[0]!.detail).toEqual({ figureId: 1, before: null, after: 'Deaths' });
    expect(log[3]!.detail).toEqual({ claims: [one], to: null });
  });

  it('keeps the curation log append-only in the database itself', async () => {
    const { eventId } = await importEvent('Bukamal', BUKAMAL);
    await act(eventId, { kind: 'rename', figure: KILLED, label: 'Deaths' });
    expect(() => db.prepare(`UPDATE curation_actions SET detail = '{}'`).run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM curation_actions').run()).toThrow(/append-only/);
    expect((await handlers['figures:log']({ eventId }, ctx())).map((e) => e.detail)).toEqual([{ figureId: 1, before: null, after: 'Deaths' }]);
  });

  it('answers a figure that is not there, or is another event’s, with invalid-argument', async () => {
    const { eventId } = await importEvent('Bukamal', BUKAMAL);
    const other = await importEvent('Elsewhere', [], [{ title: 'Other', text: 'Police said 12 people were arrested after the march.' }]);
    await act(other.eventId, { kind: 'rename', figure: (await figures(other.eventId))[0]!.ref, label: 'Arrests' });
    const otherFigure = (await figures(other.eventId))[0]!.ref;
    for (const figure of ['figure:999', otherFigure, 'nonsense']) {
      await expect(async () => act(eventId, { kind: 'rename', figure, label: 'x' })).rejects.toMatchObject({
        code: 'invalid-argument',
        message: expect.not.stringContaining('\n'),
      });
    }
    await expect(async () => act(999, { kind: 'rename', figure: KILLED, label: 'x' })).rejects.toMatchObject({ code: 'not-found' });
    expect(await handlers['figures:log']({ eventId }, ctx())).toEqual([]);
  });
});

describe('curation outlives extraction', () => {
  it('keeps a renamed figure’s label and a moved claim in place when the versions are extracted again', async () => {
    const { eventId, versions } = await importEvent('Bukamal', BUKAMAL);
    const wire = versions['wire-bukamal.txt']!.versionId;
    const one = holding(await figures(eventId), wire, 'one').member;
    await act(eventId, { kind: 'rename', figure: KILLED, label: 'Deaths in the strikes' });
    const target = holding(await act(eventId, { kind: 'move', claims: [spanOf(one)], to: CONTRACTORS_KILLED }), wire, 'one').figure;
    await act(eventId, { kind: 'rename', figure: target.ref, label: 'Deaths named one by one' });
    await act(eventId, { kind: 'note', figure: null, claim: spanOf(one), body: 'The militia’s own count.' });
    const idsBefore = Object.values(versions).flatMap((v) => listClaims(db, v.versionId).map((c) => c.id));

    reextractVersions(
      db,
      Object.values(versions).map((v) => v.versionId),
      now,
    );

    const idsAfter = Object.values(versions).flatMap((v) => listClaims(db, v.versionId).map((c) => c.id));
    expect(idsAfter).toHaveLength(idsBefore.length);
    expect(idsAfter.some((id) => idsBefore.includes(id))).toBe(false);
    const after = await figures(eventId);
    const moved = holding(after, wire, 'one');
    expect(moved.member.claimId).not.toBe(one.claimId);
    expect(moved.member.placed).toBe(true);
    expect(moved.figure).toMatchObject({ ref: target.ref, label: 'Deaths named one by one' });
    expect(moved.figure.notes.map((n) => n.body)).toEqual(['The militia’s own count.']);
    const toll = after.find((f) => f.keys.includes('killed|people|'))!;
    expect(toll).toMatchObject({ ref: 'figure:1', label: 'Deaths in the strikes', autoLabel: 'people killed' });
    expect(toll.members.map((m) => m.text)).toEqual(expect.arrayContaining(['17', '22', 'at least 17', 'a handful']));
  });
});

describe('sources:edit', () => {
  it('makes "the war monitor" the Observatory by alias, and a grade E leaves it out of the conservative value', async () => {
    // without the monitor's own report, no text describes the Observatory as a war monitor
    const { eventId, versions } = await importEvent(
      'Bukamal',
      ['cbs-bukamal-r1.txt', 'cbs-bukamal-r2.txt', 'wire-bukamal.txt'],
      [{ title: 'Monitor update', text: 'The war monitor said on Saturday that 30 people were killed in the strikes near al Bukamal.' }],
    );
    const update = versions['Monitor update']!.versionId;
    const before = holding(await figures(eventId), update, '30');
    expect([before.member.sourceAsWritten, before.member.source]).toEqual(['war monitor', 'war monitor']);
    const sourcesBefore = before.figure.independentSources;

    const directory = await editSource({ kind: 'alias', source: SOHR, alias: 'the war monitor' });
    expect(directory).toEqual([{ id: expect.any(Number), name: SOHR, grade: null, aliases: ['the war monitor'] }]);
    const aliased = holding(await figures(eventId), update, '30');
    expect(aliased.member.source).toBe(SOHR);
    expect(aliased.figure.independentSources).toBe(sourcesBefore - 1);
    expect(aliased.figure.conservative).toBe(1);

    // Kataib Hezbollah's "one" and the defence official's "a handful" graded out, then the Observatory by its alias
    await editSource({ kind: 'grade', source: 'Kataib Hezbollah', grade: 'E' });
    await editSource({ kind: 'grade', source: 'US defense official', grade: 'E' });
    const graded = holding(await figures(eventId), update, '30');
    expect(graded.figure.members.find((m) => m.text === 'one')!.grade).toBe('E');
    expect(graded.figure.conservative).toBe(17);
    await editSource({ kind: 'grade', source: 'the war monitor', grade: 'E' });
    const all = holding(await figures(eventId), update, '30');
    expect(all.figure.members.filter((m) => m.grade === 'E').map((m) => m.source)).not.toContain('monitor');
    expect(all.member.grade).toBe('E');
    // what stands is the wire headline's 22 from "monitor", which nothing here ties to the Observatory
    expect(all.figure.conservative).toBe(22);
    expect((await handlers['sources:list'](undefined, ctx())).find((s) => s.name === SOHR)).toMatchObject({ grade: 'E', aliases: ['the war monitor'] });

    // and back: without the alias the update is its own source again, ungraded
    await editSource({ kind: 'alias-remove', alias: 'the war monitor' });
    const unaliased = holding(await figures(eventId), update, '30');
    expect([unaliased.member.source, unaliased.member.grade]).toEqual(['war monitor', null]);
    expect(unaliased.figure.independentSources).toBe(sourcesBefore);
  });

  it('refuses an alias that is another source’s name, and removing an alias that is not there', async () => {
    await editSource({ kind: 'grade', source: 'Kataib Hezbollah', grade: 'E' });
    await expect(async () => editSource({ kind: 'alias', source: SOHR, alias: 'kataib hezbollah' })).rejects.toMatchObject({ code: 'invalid-argument' });
    await expect(async () => editSource({ kind: 'alias-remove', alias: 'SOHR' })).rejects.toMatchObject({ code: 'invalid-argument' });
  });
});

describe('articles:markCopy', () => {
  it('counts an outlet’s own words in a marked copy with its original, until the mark is cleared', async () => {
    const { eventId, versions } = await importEvent('Bukamal', BUKAMAL);
    const cbs = versions['cbs-bukamal-r1.txt']!.articleId;
    const monitor = versions['monitor-bukamal.txt']!.articleId;
    // "a contractor" (CBS), "one civilian contractor" (the monitor), "a foreign contractor" (the coalition)
    expect(byRef(await figures(eventId), CONTRACTORS_KILLED).independentSources).toBe(3);

    await markCopy(monitor, cbs);
    const marked = byRef(await figures(eventId), CONTRACTORS_KILLED);
    expect(marked.independentSources).toBe(2);
    expect(marked.members.find((m) => m.articleId === monitor)!.copyOf).toEqual({ articleId: cbs, marked: true });

    await markCopy(monitor, null);
    expect(byRef(await figures(eventId), CONTRACTORS_KILLED).independentSources).toBe(3);
    expect((await handlers['figures:log']({ eventId }, ctx())).map((e) => [e.action, e.detail])).toEqual([
      ['copy', { articleId: monitor, copyOf: cbs }],
      ['copy-remove', { articleId: monitor }],
    ]);
  });

  it('refuses an article copying itself, or an article of another event, in one line', async () => {
    const { versions } = await importEvent('Bukamal', BUKAMAL);
    const other = await importEvent('Elsewhere', [], [{ title: 'Other', text: 'Police said 12 people were arrested after the march.' }]);
    const cbs = versions['cbs-bukamal-r1.txt']!.articleId;
    const elsewhere = other.versions['Other']!.articleId;
    for (const [articleId, copyOf] of [
      [cbs, cbs],
      [cbs, elsewhere],
      [elsewhere, cbs],
      [cbs, 999],
      [999, cbs],
    ] as const) {
      await expect(async () => markCopy(articleId, copyOf)).rejects.toMatchObject({ code: 'invalid-argument', message: expect.not.stringContaining('\n') });
    }
    expect(db.prepare('SELECT count(*) AS n FROM article_copies').get()).toEqual({ n: 0 });
  });

  it('refuses a mark that would make an article a copy of its own copy, so no source counts twice', async () => {
    const { eventId, versions } = await importEvent('Bukamal', BUKAMAL);
    const cbs = versions['cbs-bukamal-r1.txt']!.articleId;
    const monitor = versions['monitor-bukamal.txt']!.articleId;
    const wire = versions['wire-bukamal.txt']!.articleId;
    await markCopy(monitor, cbs);
    await markCopy(wire, monitor);
    for (const [articleId, copyOf] of [
      [cbs, monitor],
      [cbs, wire],
    ] as const) {
      await expect(async () => markCopy(articleId, copyOf)).rejects.toMatchObject({ code: 'invalid-argument', message: expect.not.stringContaining('\n') });
    }
    // the outlet's own voice of CBS and of the monitor's copy of it count once
    expect(byRef(await figures(eventId), CONTRACTORS_KILLED).independentSources).toBe(2);
    // marking the other way round is a change of mind once the first mark is cleared
    await markCopy(monitor, null);
    await markCopy(cbs, monitor);
    expect(byRef(await figures(eventId), CONTRACTORS_KILLED).independentSources).toBe(2);
  });
});

describe('the curation log', () => {
  it('shows the source directory’s edits in every event’s log, since they hold for every event', async () => {
    const { eventId } = await importEvent('Strikes', BUKAMAL.slice(0, 1));
    const other = await importEvent('Protest', ['protest-wire.txt']);
    await editSource({ kind: 'grade', source: SOHR, grade: 'B' });
    await act(other.eventId, { kind: 'rename', figure: (await figures(other.eventId))[0]!.ref, label: 'Crowd' });
    const log = await handlers['figures:log']({ eventId }, ctx());
    expect(log.map((e) => [e.action, e.eventId])).toEqual([
      ['source', null],
      ['grade', null],
    ]);
    expect((await handlers['figures:log']({ eventId: other.eventId }, ctx())).map((e) => e.action)).toEqual(['source', 'grade', 'rename']);
  });
});

describe('figures:act checks what an action names against the figures as they stand', () => {
  it('refuses a group key no figure holds, a split of claims from another figure, and a span that is no claim, storing nothing', async () => {
    const { eventId } = await importEvent('Strikes', BUKAMAL);
    const list = await figures(eventId);
    const killed = byRef(list, KILLED);
    const other = list.find((f) => f.ref !== KILLED && f.members.length > 0)!;
    const refusals: [FigureAction, string][] = [
      [{ kind: 'rename', figure: 'key:sheep|people|', label: 'Sheep' }, 'no figure groups “sheep|people|” now'],
      [{ kind: 'split', figure: KILLED, claims: [spanOf(other.members[0]!)], label: null }, `only claims of “${killed.label}” can be split off it`],
      [{ kind: 'move', claims: [{ versionId: killed.members[0]!.versionId, start: 0, end: 1 }], to: KILLED }, 'is in a figure of this event'],
      [{ kind: 'note', figure: null, claim: { versionId: 999, start: 0, end: 2 }, body: 'x' }, 'no claim at 0–2 of version 999'],
    ];
    for (const [action, message] of refusals) {
      await expect(async () => act(eventId, action)).rejects.toMatchObject({ code: 'invalid-argument', message: expect.stringContaining(message) });
    }
    expect(await handlers['figures:log']({ eventId }, ctx())).toEqual([]);
    expect((await figures(eventId)).map((f) => f.figureId)).toEqual(list.map(() => null));
  });
});

describe('articles:markCopy with own-text', () => {
  it('marks an article as its own text, replacing a copy mark, logged, and clears it again', async () => {
    const { eventId } = await importEvent('Strikes', BUKAMAL);
    const list = await figures(eventId);
    const articles = [...new Set(list.flatMap((f) => f.members.map((m) => m.articleId)))];
    const [first, second] = articles as [number, number];
    await markCopy(second, first);
    await markCopy(second, 'own-text');
    const members = (await figures(eventId)).flatMap((f) => f.members).filter((m) => m.articleId === second);
    expect(members.every((m) => m.ownText && m.copyOf === null)).toBe(true);
    await markCopy(second, null);
    expect((await figures(eventId)).flatMap((f) => f.members).some((m) => m.ownText)).toBe(false);
    expect((await handlers['figures:log']({ eventId }, ctx())).map((e) => [e.action, e.detail])).toEqual([
      ['copy', { articleId: second, copyOf: first }],
      ['copy', { articleId: second, copyOf: null, ownText: true }],
      ['copy-remove', { articleId: second }],
    ]);
  });
});
