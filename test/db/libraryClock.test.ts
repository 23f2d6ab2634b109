// Migration 0020 (the library clock and kept figures): from the version before
// it, every write to any table moves the clock and nothing else does; then an
// event's figures kept in the library are given by any connection, after a
// restart, until the clock moves or the code is another build.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary, openReadOnly, type ReadableDb, type WritableDb } from '../../db/connection';
import { migrate } from '../../db/migrate';
import * as libraryClock from '../../db/migrations/0020-library-clock';
import { tickTriggers, tickedTables } from '../../db/migrations/libraryClock';
import { reviewClaim } from '../../db/queries/claims';
import { keepFigures, libraryTick } from '../../db/queries/keptFigures';
import { unpackFigures, type PackedFigures } from '../../main/core/compare/figurePack';
import { BUILD_ID } from '../../main/library/buildId';
import { eventFigureSet, eventFigures, eventNoFigures, figuresKept, packedEventFigures } from '../../main/library/eventFigures';
import { importBatch } from '../../main/library/import/importBatch';
import { dispatch } from '../../main/ipc/dispatch';
import { GROUP_IN_WORKER_FROM, type HandlerContext } from '../../main/ipc/handlers/context';
import type { NoFigureStatement } from '../../main/core/model';
import { keepFiguresInWorker, runImportInWorker } from '../../main/workers/runInWorker';
import { importBukamal } from '../fixtures/bukamal';
import { corpusPath } from '../fixtures/corpus';

let dir: string;
const path = (): string => join(dir, 'library.sqlite');

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tally-clock-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const tick = (db: Database.Database): number => db.prepare('SELECT tick FROM library_clock').pluck().get() as number;

describe('migration 0020 (library clock), from version 19', () => {
  it('adds a clock that every insert, update and delete moves, by any connection, and that the figures kept beside it do not', () => {
    const db = new Database(path()) as WritableDb;
    try {
      db.pragma('journal_mode = WAL');
      db.pragma('foreign_keys = ON');
      migrate(db, 19);
      db.prepare("INSERT INTO events (id, name, created_at) VALUES (1, 'Bombings', '2016-05-23T10:00:00Z')").run();
      expect(migrate(db, libraryClock.version)).toEqual({ from: 19, to: 20 });
      expect(tick(db)).toBe(0);
      db.prepare("INSERT INTO events (id, name, created_at) VALUES (2, 'Quake', '2016-04-17T00:00:00Z')").run();
      expect(tick(db)).toBe(1);
      db.prepare("UPDATE events SET name = 'Jableh bombings' WHERE id = 1").run();
      db.prepare('DELETE FROM events WHERE id = 2').run();
      expect(tick(db)).toBe(3);
      // a write by another connection moves it too
      const other = new Database(path());
      try {
        other.prepare("INSERT INTO sources (name, grade, created_at) VALUES ('SOHR', 'B', '2016-05-23T10:00:00Z')").run();
      } finally {
        other.close();
      }
      expect(tick(db)).toBe(4);
      db.prepare("INSERT INTO kept_figures (event_id, tick, build, figures, no_figures) VALUES (1, 4, 'b', '{}', '[]')").run();
      db.prepare("UPDATE kept_figures SET figures = '[]'").run();
      expect(tick(db)).toBe(4);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      db.close();
    }
  });

  it('leaves no table of the library unwatched, those of later migrations included', () => {
    const db = openLibrary(path());
    try {
      const triggers = new Set(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger'").pluck().all() as string[]);
      const tables = tickedTables(db);
      // the library's evidence, its derived data and its curation are all among them; the full-text indexes are not
      expect(tables).toEqual(expect.arrayContaining(['versions', 'claims', 'figures', 'figure_placements', 'sources', 'metadata_edits', 'article_copies']));
      expect(tables.some((t) => t.includes('_fts'))).toBe(false);
      expect(tables.filter((t) => tickTriggers(t).some((trigger) => !triggers.has(trigger)))).toEqual([]);
    } finally {
      db.close();
    }
  });
});

describe('figures kept in the library', () => {
  /** The kept row, with a label only it could give: what a connection answers with it is read from the library, not grouped. */
  function markKept(db: Database.Database, eventId: number): void {
    const kept = JSON.parse(db.prepare('SELECT figures FROM kept_figures WHERE event_id = ?').pluck().get(eventId) as string) as PackedFigures;
    kept.figures[0]!.label = 'read from the kept figures';
    db.prepare('UPDATE kept_figures SET figures = ? WHERE event_id = ?').run(JSON.stringify(kept), eventId);
  }
  const labels = (db: ReadableDb, eventId: number): string[] => unpackFigures(packedEventFigures(db, eventId)).map((f) => f.label);

  it('are given by another connection, as a restarted app would be, until the clock moves', async () => {
    const db = openLibrary(path());
    let eventId: number;
    let grouped: string[];
    try {
      eventId = await importBukamal(db);
      grouped = eventFigures(db, eventId).map((f) => f.label);
      expect(db.prepare('SELECT tick, build FROM kept_figures WHERE event_id = ?').get(eventId)).toEqual({ tick: libraryTick(db), build: BUILD_ID });
      markKept(db, eventId);
    } finally {
      db.close();
    }
    const again = openLibrary(path());
    try {
      expect(labels(again, eventId)[0]).toBe('read from the kept figures');
      // the statements of no figure are kept with them: the Pentagon's, here
      const kept = JSON.parse(again.prepare('SELECT no_figures FROM kept_figures WHERE event_id = ?').pluck().get(eventId) as string) as NoFigureStatement[];
      expect(kept.length).toBeGreaterThan(0);
      expect(kept.map((s) => s.sentence)).toEqual(eventNoFigures(again, eventId).map((s) => s.sentence));
      expect(eventFigures(again, eventId)[0]!.label).toBe('read from the kept figures');
      // any write moves the clock: the figures are grouped again, and kept again
      const one = eventFigures(again, eventId).flatMap((f) => f.members).find((m) => m.text === 'one')!;
      reviewClaim(again, { claimId: one.claimId, action: 'confirm' }, '2021-02-27T09:00:00Z');
      expect(labels(again, eventId)).toEqual(grouped);
      expect(again.prepare('SELECT tick FROM kept_figures WHERE event_id = ?').pluck().get(eventId)).toBe(libraryTick(again));
    } finally {
      again.close();
    }
  });

  it('are not given by another build of the code, which groups them again', async () => {
    const db = openLibrary(path());
    try {
      const eventId = await importBukamal(db);
      const grouped = eventFigures(db, eventId).map((f) => f.label);
      markKept(db, eventId);
      db.prepare("UPDATE kept_figures SET build = 'an older build' WHERE event_id = ?").run(eventId);
      const other = openLibrary(path());
      try {
        expect(labels(other, eventId)).toEqual(grouped);
      } finally {
        other.close();
      }
    } finally {
      db.close();
    }
  });

  it('are not waited for while another process writes, nor written to a library opened read-only', async () => {
    const db = openLibrary(path());
    let eventId: number;
    try {
      eventId = await importBukamal(db);
      const writer = openLibrary(path());
      try {
        writer.prepare('BEGIN IMMEDIATE').run();
        const started = Date.now();
        expect(keepFigures(db, eventId, libraryTick(db)!, BUILD_ID, { figures: '{}', noFigures: '[]' })).toBe(false);
        expect(Date.now() - started).toBeLessThan(1000);
        // the figures are still given, grouped
        expect(eventFigures(db, eventId).length).toBeGreaterThan(0);
        writer.prepare('ROLLBACK').run();
      } finally {
        writer.close();
      }
      expect(db.prepare('SELECT count(*) FROM kept_figures').pluck().get()).toBe(0);
    } finally {
      db.close();
    }
    const readOnly = openReadOnly(path()) as ReadableDb;
    try {
      expect(unpackFigures(packedEventFigures(readOnly, eventId)).length).toBeGreaterThan(0);
      expect(readOnly.prepare('SELECT count(*) FROM kept_figures').pluck().get()).toBe(0);
    } finally {
      readOnly.close();
    }
  });

  it('are grouped and kept by the library worker once its import has answered, for the shells to read', async () => {
    openLibrary(path()).close();
    const files = ['cbs-bukamal-r1.txt', 'cbs-bukamal-r2.txt', 'monitor-bukamal.txt'] as const;
    const report = await runImportInWorker({ batchId: 'w', target: { eventName: 'Strikes' }, inputs: files.map((f) => ({ kind: 'path' as const, path: corpusPath(f) })) }, { libraryPath: path() });
    const eventId = report.imported[0]!.eventId;
    const db = openLibrary(path());
    try {
      // the worker goes on after answering: its figures are kept moments later
      const deadline = Date.now() + 20_000;
      while (!db.prepare('SELECT 1 FROM kept_figures WHERE event_id = ? AND tick = (SELECT tick FROM library_clock)').get(eventId) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      markKept(db, eventId);
      expect(labels(db, eventId)[0]).toBe('read from the kept figures');
    } finally {
      db.close();
    }
  }, 60_000);

  it('of an event too large to group while the app waits are grouped in the worker when a shell asks for them, once for both of its questions', async () => {
    const db = openLibrary(path());
    try {
      // an event of GROUP_IN_WORKER_FROM captures, and one of a single capture
      const captures = Array.from({ length: GROUP_IN_WORKER_FROM }, (_, i) => ({
        kind: 'paste' as const,
        text: `Police said ${i + 3} people were killed in the blast in Carrow on Tuesday. The ministry did not give a figure. Capture ${i}.\n`,
        title: 'Blast in Carrow',
      }));
      const large = (await importBatch(db, { batchId: 'large', target: { eventName: 'Carrow blast' }, inputs: captures }, { onWarning: () => {} })).imported[0]!.eventId;
      const small = await importBukamal(db);
      db.prepare('DELETE FROM kept_figures').run();
      const askedOf: number[] = [];
      const ctx = shellContext(db, (eventId) => {
        askedOf.push(eventId);
        return keepFiguresInWorker(eventId, { libraryPath: path() });
      });
      // the view asks for the figures and the statements of no figure at once: one worker groups them
      const asked = keepFiguresInWorker(large, { libraryPath: path() });
      expect(keepFiguresInWorker(large, { libraryPath: path() })).toBe(asked);
      await asked;
      db.prepare('DELETE FROM kept_figures').run();
      const [figures, noFigures] = await Promise.all([dispatch(ctx, 'events:figures', { eventId: large }), dispatch(ctx, 'events:noFigures', { eventId: large })]);
      expect(askedOf).toEqual([large, large]);
      expect(db.prepare('SELECT count(*) FROM kept_figures WHERE event_id = ? AND tick = ?').pluck().get(large, libraryTick(db))).toBe(1);
      // what the worker kept is what this thread would have grouped
      const grouped = eventFigureSet(db, large).figures;
      expect(figures.ok && unpackFigures(figures.value as PackedFigures).map((f) => [f.label, f.members.length])).toEqual(grouped.map((f) => [f.label, f.members.length]));
      expect(noFigures.ok && (noFigures.value as NoFigureStatement[]).length).toBeGreaterThan(0);
      // kept, they are read: no worker
      await dispatch(ctx, 'events:figures', { eventId: large });
      expect(askedOf).toHaveLength(2);
      // a small event is grouped sooner than a worker starts
      const reply = await dispatch(ctx, 'events:figures', { eventId: small });
      expect(reply.ok && unpackFigures(reply.value as PackedFigures).length).toBeGreaterThan(0);
      expect(askedOf).toHaveLength(2);
    } finally {
      db.close();
    }
  }, 60_000);
});

describe('grouping figures in the worker', () => {
  it('runs one grouping at a time, the event asked for last first', async () => {
    const db = openLibrary(path());
    const events: number[] = [];
    try {
      for (const [i, place] of ['Carrow', 'Dunmore', 'Ashby'].entries()) {
        const text = `Police said ${i + 4} people were killed in the blast in ${place} on Tuesday.\n`;
        events.push((await importBatch(db, { batchId: place, target: { eventName: `Blast in ${place}` }, inputs: [{ kind: 'paste', text, title: place }] })).imported[0]!.eventId);
      }
      db.prepare('DELETE FROM kept_figures').run();
    } finally {
      db.close();
    }
    const [first, second, third] = events as [number, number, number];
    const groupInOrder = async (asked: number[]): Promise<number[]> => {
      const finished: number[] = [];
      await Promise.all(asked.map((eventId) => keepFiguresInWorker(eventId, { libraryPath: path() }).then(() => void finished.push(eventId))));
      return [...new Set(finished)];
    };
    // the first starts at once; of those that wait, the one asked for last goes first
    expect(await groupInOrder([first, second, third])).toEqual([first, third, second]);
    const forget = openLibrary(path());
    forget.prepare('DELETE FROM kept_figures').run();
    forget.close();
    // asked for again while it waits, an event is the last asked for
    expect(await groupInOrder([first, second, third, second])).toEqual([first, second, third]);
    const again = openLibrary(path());
    try {
      for (const eventId of events) expect(figuresKept(again, eventId)).toBe(true);
    } finally {
      again.close();
    }
  }, 60_000);
});

/** A web shell's handler context, its workers refused but for grouping figures. */
function shellContext(db: WritableDb, keepFigures: HandlerContext['keepFigures']): HandlerContext {
  const refuse = (): Promise<never> => Promise.reject(new Error('not in this test'));
  return { db, libraryPath: path(), shell: 'web', emit: () => {}, runImport: refuse, runExtraction: refuse, runReport: refuse, runCheck: refuse, runDiff: refuse, keepFigures };
}
