// The shape every `tally` command has, and the options they share.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { defaultLibraryPath } from '../library/libraryPath';

export interface Command {
  name: string;
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

/** Exactly one JSON document on stdout, as `--json` promises. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
