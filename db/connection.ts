// db/ owns the library file: opening it, its schema and its migrations, and
// one query module per aggregate under queries/. This is the only module that
// loads the SQLite driver.
//
// Electron and Node need the driver's native addon built for different ABIs.
// The Node build lives where npm put it (node_modules/better-sqlite3); the
// Electron shell passes `nativeBinding` to load its own build instead, so the
// two never overwrite each other (see README, "Native modules").
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { LibraryError } from './libraryError';
import { quickCheck } from './integrity';
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
  /** Skip the quick check: the worker's own connection, to a library its shell checked when it opened it. */
  skipQuickCheck?: boolean | undefined;
  /** Called before pending migrations run on a library that already holds a schema (it makes a backup). */
  beforeMigration?: ((db: WritableDb, fromVersion: number) => void) | undefined;
}

/**
 * The quick check reads every page (about 400 MB a second here), so it runs on
 * every open of a library up to this size, which it checks in under a second
 * or so; a larger library is checked on demand (`tally check`, Check library),
 * so that it still opens at once.
 */
const QUICK_CHECK_UP_TO = 512 * 1024 * 1024;

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
    // a damaged library is never written to: it is opened read-only, and says why
    const problems = path === ':memory:' || options.skipQuickCheck || statSync(path).size > QUICK_CHECK_UP_TO ? [] : quickCheck(db);
    if (problems.length) {
      db.close();
      return openDamaged(path, problems[0]!, options);
    }
    if (path !== ':memory:') db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db as WritableDb, undefined, undefined, options.beforeMigration && ((from) => options.beforeMigration!(db as WritableDb, from)));
    return db as WritableDb;
  } catch (error) {
    db.close();
    if (isSqliteError(error, 'SQLITE_NOTADB')) {
      throw new LibraryError('not-a-library', `${path} is not a Tally library (not an SQLite file)`);
    }
    if (isSqliteError(error, 'SQLITE_CORRUPT')) throw new LibraryError('damaged', damageMessage(path, (error as Error).message, false));
    throw error;
  }
}

/** What is wrong with a damaged library and what the researcher can do, in one line. */
function damageMessage(path: string, problem: string, readOnly: boolean): string {
  const opened = readOnly ? 'it is open read-only, so nothing more is written to it' : 'it cannot be opened';
  // SQLite's check reports a problem over several lines ("*** in database main ***" then the page): one line here
  const said = problem
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !/^\*\*\* in database \w+ \*\*\*$/.test(line))
    .join('; ');
  return `the library ${path} is damaged (${said || problem.trim()}); ${opened}. \`tally check\` says what is wrong, \`tally recover --out NEW_FILE\` salvages what can still be read, \`tally restore BACKUP\` puts a backup in its place`;
}

/** A library file (or a backup, or a damaged file) opened only to read it, as it is: no schema check, no migration. */
export function openReadOnly(path: string, nativeBinding?: string): Database.Database {
  return new Database(path, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
}

/** Libraries opened read-only because they are damaged, with why. */
const damaged = new WeakMap<Database.Database, string>();

function openDamaged(path: string, problem: string, options: OpenOptions): WritableDb {
  let db: Database.Database;
  try {
    db = openReadOnly(path, options.nativeBinding);
  } catch (error) {
    throw new LibraryError('damaged', damageMessage(path, `${problem}; ${(error as Error).message}`, false));
  }
  damaged.set(db, damageMessage(path, problem, true));
  return db as WritableDb;
}

/** Why the library was opened read-only (it is damaged), or null when it is sound and writable. */
export function libraryDamage(db: ReadableDb): string | null {
  return damaged.get(db) ?? null;
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
