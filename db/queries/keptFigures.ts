// The library clock and the figures kept by it (migration 0020). The clock
// moves on every write, by any process; figures kept at a reading of the
// clock, by the same build of the code, are the figures the library gives
// now. Keeping them is a convenience: when the library is busy or read-only
// they are simply not kept, and worked out again when next asked for.
import { BUSY_TIMEOUT_MS } from '../writeLock';
import type { ReadableDb } from '../connection';
import { one, sql } from '../sql';

/** The clock's reading; null in a library without one (a damaged library opened as it is, never migrated). */
export function libraryTick(db: ReadableDb): number | null {
  try {
    return one<{ tick: number }>(db, sql`SELECT tick FROM library_clock WHERE id = 1`)?.tick ?? null;
  } catch {
    return null;
  }
}

/** What is kept of an event: its figures, packed, and its statements of no figure, each as JSON. */
export interface KeptFigures {
  figures: string;
  noFigures: string;
}

/** One part of what is kept of the event (its figures, or its statements of no figure) at this reading of the clock by this build; null when none is. */
export function readKeptFigures(db: ReadableDb, eventId: number, tick: number, build: string, part: keyof KeptFigures): string | null {
  // the other part is not read: the figures of a large event run to megabytes
  const column = part === 'figures' ? 'figures' : 'no_figures';
  return one<{ json: string }>(db, [`SELECT ${column} AS json FROM kept_figures WHERE event_id = ? AND tick = ? AND build = ?`, [eventId, tick, build]])?.json ?? null;
}

/** Whether the event's figures are kept at this reading of the clock by this build, without reading them. */
export function hasKeptFigures(db: ReadableDb, eventId: number, tick: number, build: string): boolean {
  return one(db, sql`SELECT 1 FROM kept_figures WHERE event_id = ${eventId} AND tick = ${tick} AND build = ${build}`) !== undefined;
}

/**
 * Keeps an event's figures, worked out at `tick` by `build`, unless another
 * process is writing (the figures are not worth a wait) or the library is
 * read-only. Answers whether they were kept.
 */
export function keepFigures(db: ReadableDb, eventId: number, tick: number, build: string, kept: KeptFigures): boolean {
  if (db.readonly || db.inTransaction) return false;
  db.pragma('busy_timeout = 0');
  try {
    db.prepare('INSERT OR REPLACE INTO kept_figures (event_id, tick, build, figures, no_figures) VALUES (?, ?, ?, ?, ?)').run(eventId, tick, build, kept.figures, kept.noFigures);
    return true;
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_READONLY')) return false;
    throw error;
  } finally {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  }
}
