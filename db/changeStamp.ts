// Whether a library changed since a moment: what lets a result worked out
// from it (an event's figures: seconds of grouping on a large event) be kept
// and given again while nothing it read has changed.
import type { ReadableDb } from './connection';
import { libraryTick } from './queries/keptFigures';

/**
 * A stamp that differs whenever anything was written to the library since
 * the last one, by any connection: the library clock (migration 0020), which
 * every write moves. A library without a clock (a damaged one, opened as it
 * is) falls back to SQLite's data_version (another connection's writes) and
 * this connection's total of changed rows. Coarse by design: any write,
 * anywhere, is a change.
 */
export function changeStamp(db: ReadableDb): string {
  const tick = libraryTick(db);
  if (tick !== null) return `tick:${tick}`;
  const other = db.pragma('data_version', { simple: true }) as number;
  const own = (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
  return `${other}:${own}`;
}

/** Results kept per connection, per kind of result, for this many keys (events) at most: the oldest asked for goes first. */
const KEPT_PER_KIND = 4;
const kept = new WeakMap<ReadableDb, Map<string, Map<number, { stamp: string; value: unknown }>>>();

/**
 * `work`'s answer for `key`, worked out again only when the library has
 * changed since it was last worked out on this connection: opening an event
 * again, switching views or a report after the Figures view cost a lookup.
 * Callers never change what they are given.
 */
export function keptUntilChange<T>(db: ReadableDb, kind: string, key: number, work: () => T): T {
  // inside a transaction the clock moves with writes that may yet be rolled back, and move it back
  if (db.inTransaction) return work();
  let kinds = kept.get(db);
  if (!kinds) kept.set(db, (kinds = new Map()));
  let entries = kinds.get(kind);
  if (!entries) kinds.set(kind, (entries = new Map()));
  const stamp = changeStamp(db);
  const entry = entries.get(key);
  entries.delete(key);
  const value = entry?.stamp === stamp ? (entry.value as T) : work();
  entries.set(key, { stamp, value });
  for (const old of entries.keys()) if (entries.size > KEPT_PER_KIND) entries.delete(old);
  return value;
}
