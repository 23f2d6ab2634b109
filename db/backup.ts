// Copies of a library file that are consistent while it is in use: SQLite's
// online backup API (the library stays open, and other processes may go on
// writing), and VACUUM INTO where a copy must be made without waiting
// (before a migration, inside a synchronous open).
import type Database from 'better-sqlite3';
import { openReadOnly } from './connection';
import { APPLICATION_ID } from './migrate';
import { MIGRATIONS } from './migrations';
import { quickCheck } from './integrity';

/** A consistent copy of the open library at `file` (which must not exist), made with SQLite's backup API. */
export async function backupTo(db: Database.Database, file: string): Promise<void> {
  await db.backup(file);
}

/** A consistent copy of the library file at `from`, made with SQLite's backup API without opening it as a library. */
export async function backupFile(from: string, file: string): Promise<void> {
  const source = openReadOnly(from);
  try {
    await source.backup(file);
  } finally {
    source.close();
  }
}

/** A consistent copy made at once, in the calling thread: for the moment just before a migration rewrites the schema. */
export function copyNow(db: Database.Database, file: string): void {
  db.prepare('VACUUM INTO ?').run(file);
}

/** Why the file at `path` cannot stand in for a library (not SQLite, another program's, newer, damaged), or null when it can. */
export function notARestorableLibrary(path: string): string | null {
  let db: Database.Database;
  try {
    db = openReadOnly(path);
  } catch (error) {
    return `cannot be opened: ${(error as Error).message}`;
  }
  try {
    const appId = db.pragma('application_id', { simple: true }) as number;
    if (appId !== APPLICATION_ID) return 'it is not a Tally library';
    const version = db.pragma('user_version', { simple: true }) as number;
    const latest = MIGRATIONS.at(-1)!.version;
    if (version > latest) return `it was written by a newer Tally (schema ${version}; this one knows up to ${latest})`;
    const problems = quickCheck(db);
    if (problems.length) return `it is damaged itself (${problems[0]})`;
    return null;
  } catch (error) {
    const message = (error as Error).message;
    return /not a database/i.test(message) ? 'it is not a Tally library (not an SQLite file)' : `it cannot be read: ${message}`;
  } finally {
    db.close();
  }
}
