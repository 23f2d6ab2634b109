// main/cli owns the `tally` command line: one file per command under
// commands/, all on the same engine as the app. With --json, stdout carries
// exactly one JSON document; everything for people goes to stderr.
import { LibraryError } from '../../db/libraryError';
import { EXIT_USAGE, UsageError, type Command } from './command';
import { printable } from './terminalText';

/**
 * Every command, with its one line for the overview. Each is loaded only when
 * it runs, so `tally --help` (or a usage error) starts without the engine.
 */
const COMMANDS: readonly { name: string; summary: string; load(): Promise<Command> }[] = [
  { name: 'import', summary: 'capture files, folders and web archives (.txt, .md, .html, .htm, .mhtml, .mht, .pdf, .warc, .warc.gz, .wacz) into the library', load: async () => (await import('./commands/importCommand')).importCommand },
  { name: 'list', summary: 'list the articles in the library and their versions', load: async () => (await import('./commands/listCommand')).listCommand },
  { name: 'extract', summary: 'find the figures in a file, or extract a library’s versions again', load: async () => (await import('./commands/extractCommand')).extractCommand },
  { name: 'edit', summary: 'correct who published a version (or an article) and when: headline, outlet, byline, address, time', load: async () => (await import('./commands/editCommand')).editCommand },
  { name: 'diff', summary: 'what changed between two versions of an article, figures first', load: async () => (await import('./commands/diffCommand')).diffCommand },
  { name: 'compare', summary: 'line up the figures several files give, by quantity, with a verdict for each', load: async () => (await import('./commands/compareCommand')).compareCommand },
  {
    name: 'report',
    summary: 'write a discrepancy report (Markdown, HTML, PDF, CSV, JSON) from files or from an event of the library',
    load: async () => (await import('./commands/reportCommand')).reportCommand,
  },
  { name: 'serve', summary: 'open the app in a browser: serves it on 127.0.0.1 and prints the address', load: async () => (await import('./commands/serveCommand')).serveCommand },
  {
    name: 'check',
    summary: 'check the library: SQLite\'s full integrity check, then every stored version\'s bytes against its SHA-256',
    load: async () => (await import('./commands/checkCommand')).checkCommand,
  },
  { name: 'backup', summary: 'copy the library, consistently, while it may be in use', load: async () => (await import('./commands/backupCommand')).backupCommand },
  {
    name: 'restore',
    summary: 'put a backup in the library\'s place (the library it replaces is kept among the backups)',
    load: async () => (await import('./commands/backupCommand')).restoreCommand,
  },
  { name: 'recover', summary: 'salvage what can still be read of a damaged library into a new library file', load: async () => (await import('./commands/recoverCommand')).recoverCommand },
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
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    console.error(`tally: unknown command "${printable(name)}"\n\n${overview()}`);
    return EXIT_USAGE;
  }
  const command = await entry.load();
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
