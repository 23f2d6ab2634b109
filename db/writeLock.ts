// Two processes may write one library: the desktop app or `tally serve` open
// while the CLI imports. SQLite lets one write at a time; this module decides
// how a writer waits for the other, and tells the researcher it is waiting.
import type Database from 'better-sqlite3';

/**
 * How long a writer waits for another process's write to finish: the first
 * moment quietly, then, once the wait is announced, long enough for another
 * Tally's import step or migration, never for ever.
 */
const QUIET_WAIT_MS = 250;
export const BUSY_TIMEOUT_MS = 60_000;

let announceWait: ((waiting: boolean) => void) | null = null;

/**
 * `listener` is told when a write must wait for another process holding the
 * library (true; the CLI prints "waiting for another Tally process…", the
 * app shows it) and when that wait is over (false); null stops it. One
 * listener per thread: the thread's shell or command sets it.
 */
export function onLibraryWait(listener: ((waiting: boolean) => void) | null): void {
  announceWait = listener;
}

/** Runs `begin`, which takes the write lock first; when another process holds it, says so and waits. */
export function whenFree<T>(db: Database.Database, begin: () => T): T {
  db.pragma(`busy_timeout = ${QUIET_WAIT_MS}`);
  try {
    return begin();
  } catch (error) {
    if ((error as { code?: string }).code !== 'SQLITE_BUSY') throw error;
  } finally {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  }
  announceWait?.(true);
  try {
    return begin();
  } finally {
    announceWait?.(false);
  }
}
