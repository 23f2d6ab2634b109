// Brings a library's schema up to date. The schema version is the file's
// `PRAGMA user_version`; every pending migration runs in one transaction, so a
// library is either fully migrated or untouched. `application_id` marks the
// file as Tally's, so another program's SQLite file is never rewritten.
import type { WritableDb } from './connection';
import { whenFree } from './writeLock';
import { LibraryError } from './libraryError';
import { MIGRATIONS, type Migration } from './migrations';

/** "TALY": the SQLite application id of a Tally library. */
export const APPLICATION_ID = 0x54414c59;

export function schemaVersion(db: WritableDb): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export interface MigrationResult {
  from: number;
  to: number;
}

/**
 * Runs the migrations after the library's version, up to `target` (the latest
 * by default; tests stop earlier to check one migration at a time).
 */
/** Refuses a file that is another program's SQLite database; it only reads, so such a file is left byte for byte as it was. */
export function checkIdentity(db: WritableDb): void {
  const appId = db.pragma('application_id', { simple: true }) as number;
  if (appId !== 0 && appId !== APPLICATION_ID) {
    throw new LibraryError('not-a-library', 'this SQLite file belongs to another program, not Tally');
  }
  if (schemaVersion(db) === 0 && appId === 0) {
    const tables = db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as { n: number };
    if (tables.n > 0) throw new LibraryError('not-a-library', 'this SQLite file holds another program\'s tables, not a Tally library');
  }
}

/**
 * `before` runs once before any migration of a library that already holds a
 * schema (version 1 or later): the caller's backup of the file as it was.
 */
export function migrate(
  db: WritableDb,
  target?: number,
  migrations: readonly Migration[] = MIGRATIONS,
  before?: ((fromVersion: number) => void) | undefined,
): MigrationResult {
  const latest = migrations.at(-1)?.version ?? 0;
  const to = Math.min(target ?? latest, latest);
  checkIdentity(db);
  const from = schemaVersion(db);
  if (from > latest) {
    throw new LibraryError(
      'too-new',
      `this library was written by a newer Tally (schema ${from}; this one knows up to ${latest}): update Tally to open it`,
    );
  }
  if (from >= to) return { from, to: from };
  if (from > 0) before?.(from);

  const run = db.transaction(() => {
    // another process may have migrated the file while this one waited for the lock
    if (schemaVersion(db) !== from) return;
    for (const migration of migrations) {
      if (migration.version <= from || migration.version > to) continue;
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }
    db.pragma(`application_id = ${APPLICATION_ID}`);
  });
  whenFree(db, () => run.immediate());
  return { from, to };
}
