// The shape every `tally` command has, and the options they share.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { libraryDamage, type WritableDb } from '../../db/connection';
import { onLibraryWait } from '../../db/writeLock';
import { defaultLibraryPath, libraryLocation } from '../library/libraryPath';
import { openLibraryForWork } from '../library/openLibraryForWork';
import { printable } from './terminalText';

export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** The synopsis shown by `tally <command> --help` and after a usage error. */
  usage: string;
  run(argv: string[]): Promise<number>;
}

/** Exit statuses: 2 means part of the work failed and the rest was done. */
export const EXIT_OK = 0;
export const EXIT_USAGE = 1;
export const EXIT_PARTIAL = 2;

/** A mistake on the command line: reported with the command's usage, exit status 1. */
export class UsageError extends Error {}

export const LIBRARY_OPTION = {
  library: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const LIBRARY_HELP = `  --library FILE  the library to use (default: $TALLY_LIBRARY, else ${defaultLibraryPath({})})`;

type Options = NonNullable<ParseArgsConfig['options']>;

export function parse<T extends Options>(
  argv: string[],
  options: T,
  allowPositionals: boolean,
): ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: boolean; strict: true }>> {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]);
  }
}

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
  onLibraryWait(() => {
    if (!told) process.stderr.write('waiting for another Tally process to finish writing to the library…\n');
    told = true;
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

/** Exactly one JSON document on stdout, as `--json` promises. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
