// A clock in the library that every write moves, by whichever process, and
// the figures worked out from it kept beside it. Grouping a 1,000-version
// event's claims into figures takes seconds; kept with the clock's reading
// and the build of the code that grouped them, they are given again at once
// after a restart, by the app or the CLI, until anything is written or the
// code changes. The figures kept are derived data: deleting every row loses
// nothing but time.
import type { WritableDb } from '../connection';
import { tickOnWrites, tickedTables } from './libraryClock';

export const version = 20;
export const name = 'library-clock';

export function up(db: WritableDb): void {
  db.exec(`
    CREATE TABLE library_clock (
      id   INTEGER PRIMARY KEY CHECK (id = 1),
      tick INTEGER NOT NULL
    ) STRICT;
    INSERT INTO library_clock (id, tick) VALUES (1, 0);
    CREATE TABLE kept_figures (
      event_id   INTEGER PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
      -- the clock's reading when the figures were worked out: they hold while it reads the same
      tick       INTEGER NOT NULL,
      -- the code that worked them out: other code may group otherwise
      build      TEXT NOT NULL,
      -- packed as the app receives them (core/compare/figurePack), as JSON
      figures    TEXT NOT NULL,
      -- the statements that a source gave no figure, read with them, as JSON
      no_figures TEXT NOT NULL
    ) STRICT;
  `);
  for (const table of tickedTables(db)) tickOnWrites(db, table);
}
