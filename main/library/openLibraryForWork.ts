// Opening a library for a shell or a command: the file, its schema (with a
// backup before any migration), and the repair of what a killed process left
// half done (versions stored but never read), so every shell starts from the
// same whole library. A damaged library comes back read-only (db/connection.ts
// says why); nothing is repaired or migrated in it.
import { libraryDamage, openLibrary, type OpenOptions, type WritableDb } from '../../db/connection';
import { backupBeforeMigration, dailyBackup } from './backups';
import { readUnreadVersions } from './claims/extractVersionClaims';
import { readUnreadPublications } from './publications';

export function openLibraryForWork(path: string, options: OpenOptions = {}): WritableDb {
  const db = openLibrary(path, { ...options, beforeMigration: (open, from) => backupBeforeMigration(open, path, from) });
  if (libraryDamage(db)) return db;
  try {
    readUnreadVersions(db, () => new Date().toISOString());
    readUnreadPublications(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

const HOUR_MS = 60 * 60 * 1000;

/**
 * For a shell that keeps the library open (the desktop app, `tally serve`):
 * a daily backup now if one is due, then a look every hour. `onError` hears
 * of a backup that failed; the shell goes on. Answers a stop function.
 */
export function keepDailyBackups(db: WritableDb, path: string, onError: (message: string) => void): () => void {
  const run = (): void => {
    if (!db.open) return;
    dailyBackup(db, path).catch((error: unknown) => onError(`the daily backup of ${path} failed: ${(error as Error).message}`));
  };
  run();
  const timer = setInterval(run, HOUR_MS);
  timer.unref();
  return () => clearInterval(timer);
}
