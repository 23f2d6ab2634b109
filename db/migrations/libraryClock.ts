// The library clock (migration 0020): one number in the library that every
// write moves. Each table ticks it on every insert, update and delete of a
// row, through triggers this module writes; a table added by a later
// migration calls tickOnWrites for its own, and a test checks that no table
// is missed. Full-text indexes (virtual tables and their shadow tables) are
// written only with the rows they index, so those rows tick for them.
import type { ReadableDb, WritableDb } from '../connection';

/** Tables a write to which says nothing about the library's contents: the clock itself, and what is worked out from the rest. */
export const UNTICKED_TABLES: ReadonlySet<string> = new Set(['library_clock', 'kept_figures']);

/** The library's own tables whose writes must tick the clock. */
export function tickedTables(db: ReadableDb): string[] {
  const tables = db.prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  return tables.filter((t) => !UNTICKED_TABLES.has(t));
}

const WRITES = ['insert', 'update', 'delete'] as const;

/** The triggers' names for `table`, one per kind of write. */
export function tickTriggers(table: string): string[] {
  return WRITES.map((w) => `${table}_ticks_on_${w}`);
}

/** Makes every insert, update and delete of a row of `table` move the clock. */
export function tickOnWrites(db: WritableDb, table: string): void {
  for (const write of WRITES) {
    db.exec(`CREATE TRIGGER "${table}_ticks_on_${write}" AFTER ${write.toUpperCase()} ON "${table}" BEGIN UPDATE library_clock SET tick = tick + 1; END`);
  }
}
