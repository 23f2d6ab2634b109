// Opening the library a command names (--library, else the default), with
// what the CLI adds: a one-line wait notice when another process is writing,
// and a warning, or a refusal for a command that writes, when it is damaged.
// Apart from command.ts so that starting the CLI loads no database code.
import { libraryDamage, type WritableDb } from '../../db/connection';
import { onLibraryWait } from '../../db/writeLock';
import { libraryLocation } from '../library/libraryPath';
import { openLibraryForWork } from '../library/openLibraryForWork';
import { UsageError } from './command';
import { printable } from './terminalText';

/**
 * Opens the library named by --library, else the default one. A damaged
 * library opens read-only, with a warning on stderr; a command that must
 * write (`writes`) is refused instead, before it touches anything.
 */
export function openLibraryOption(value: string | undefined, access: { writes?: boolean } = {}): { db: WritableDb; path: string } {
  // better-sqlite3 reads "" as a temporary database that vanishes at exit, with everything imported into it
  if (value !== undefined && !value.trim()) throw new UsageError('--library needs a file name');
  const { path, createFolder } = libraryLocation(value);
  // stderr, so that --json output stays one document
  let told = false;
  onLibraryWait((waiting) => {
    if (waiting && !told) process.stderr.write('waiting for another Tally process to finish writing to the library…\n');
    told ||= waiting;
  });
  const db = openLibraryForWork(path, { createFolder });
  const damage = libraryDamage(db);
  if (damage && access.writes) {
    db.close();
    throw new Error(damage);
  }
  if (damage) process.stderr.write(`warning: ${printable(damage)}\n`);
  return { db, path };
}
