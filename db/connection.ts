// db/ owns the library file: opening it, its schema and its migrations, and
// one query module per aggregate under queries/. This is the only module that
// loads the SQLite driver.
//
// Electron and Node need the driver's native addon built for different ABIs.
// The Node build lives where npm put it (node_modules/better-sqlite3); the
// Electron shell passes `nativeBinding` to load its own build instead, so the
// two never overwrite each other (see README, "Native modules").
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { LibraryError } from './libraryError';
import { checkIdentity, migrate } from './migrate';
import { BUSY_TIMEOUT_MS, whenFree } from './writeLock';

declare const readableBrand: unique symbol;
declare const writableBrand: unique symbol;

/** A connection that query functions may read through. */
export type ReadableDb = Database.Database & { readonly [readableBrand]: true };
/** A connection that query functions may also write through. */
export type WritableDb = ReadableDb & { readonly [writableBrand]: true };

export interface OpenOptions {
  /** Path to a better_sqlite3.node built for the running runtime (Electron). */
  nativeBinding?: string | undefined;
  /** Create the library's folder if it is missing (the app's own data folder, never a folder the user named). */
  createFolder?: boolean | undefined;
}

function isSqliteError(error: unknown, code: string): boolean {
  return error instanceof Error && (error as { code?: string }).code === code;
}

/**
 * Opens (creating if needed) the library at `path` and brings its schema up to
 * date. ":memory:" opens a private in-memory library, for tests.
 */
export function openLibrary(path: string, options: OpenOptions = {}): WritableDb {
  // the driver reads "" as a temporary database that vanishes when closed
  if (!path.trim()) throw new LibraryError('cannot-open', 'cannot open a library without a file name');
  if (path !== ':memory:' && !existsSync(dirname(path))) {
    if (!options.createFolder) throw new LibraryError('cannot-open', `cannot open library ${path}: the folder ${dirname(path)} does not exist`);
    mkdirSync(dirname(path), { recursive: true });
  }
  let db: Database.Database;
  try {
    db = new Database(path, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  } catch (error) {
    throw new LibraryError('cannot-open', `cannot open library ${path}: ${(error as Error).message}`);
  }
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    // before anything that writes (WAL mode is written into the file): another program's file is left as it was
    checkIdentity(db as WritableDb);
    if (path !== ':memory:') db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db as WritableDb);
    return db as WritableDb;
  } catch (error) {
    db.close();
    if (isSqliteError(error, 'SQLITE_NOTADB')) {
      throw new LibraryError('not-a-library', `${path} is not a Tally library (not an SQLite file)`);
    }
    throw error;
  }
}

/**
 * Runs `work` in one transaction: all of it is stored, or none. The write
 * lock is taken up front (BEGIN IMMEDIATE): a transaction that read first and
 * then wrote would fail at once, without waiting, whenever another process
 * (the CLI beside the app) wrote in between.
 */
export function transaction<T>(db: WritableDb, work: () => T): T {
  const run = db.transaction(work);
  // inside another transaction this is a savepoint and the lock is already held
  if (db.inTransaction) return run.immediate();
  return whenFree(db, () => run.immediate());
}
