// main/cli owns the `tally` command line: one file per command under
// commands/, all on the same engine as the app. With --json, stdout carries
// exactly one JSON document; everything for people goes to stderr.
import { LibraryError } from '../../db/libraryError';
import { EXIT_USAGE, UsageError, type Command } from './command';
import { backupCommand, restoreCommand } from './commands/backupCommand';
import { checkCommand } from './commands/checkCommand';
import { compareCommand } from './commands/compareCommand';
import { recoverCommand } from './commands/recoverCommand';
import { reportCommand } from './commands/reportCommand';
import { diffCommand } from './commands/diffCommand';
import { extractCommand } from './commands/extractCommand';
import { importCommand } from './commands/importCommand';
import { listCommand } from './commands/listCommand';
import { serveCommand } from './commands/serveCommand';
import { printable } from './terminalText';

const COMMANDS: readonly Command[] = [
  importCommand,
  listCommand,
  extractCommand,
  diffCommand,
  compareCommand,
  reportCommand,
  serveCommand,
  checkCommand,
  backupCommand,
  restoreCommand,
  recoverCommand,
];

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'usage: tally <command> [options]',
    '',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'tally <command> --help shows a command\'s options.',
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    if (!name) {
      console.error(overview());
      return EXIT_USAGE;
    }
    console.log(overview());
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    console.error(`tally: unknown command "${printable(name)}"\n\n${overview()}`);
    return EXIT_USAGE;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(`usage: ${command.usage}`);
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`tally ${name}: ${printable(error.message)}\nusage: ${command.usage}`);
      return EXIT_USAGE;
    }
    const message = error instanceof LibraryError || error instanceof Error ? error.message : String(error);
    console.error(`tally ${name}: ${printable(message)}`);
    return EXIT_USAGE;
  }
}
