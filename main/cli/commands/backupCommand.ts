import { existsSync } from 'node:fs';
import { backupTo } from '../../../db/backup';
import { backupFolder, restoreLibrary } from '../../library/backups';
import { libraryLocation } from '../../library/libraryPath';
import { EXIT_OK, LIBRARY_HELP, LIBRARY_OPTION, UsageError, parse, type Command } from '../command';
import { openLibraryOption } from '../openLibraryOption';
import { printable } from '../terminalText';

export const backupCommand: Command = {
  name: 'backup',
  usage: `tally backup FILE [--library FILE]
  FILE            the copy to write; it must not exist yet
  The desktop app and \`tally serve\` also keep a daily backup (the last 7) and one before every upgrade of the
  library's schema, in the user data folder's backups/ folder.
${LIBRARY_HELP}`,

  async run(argv) {
    const { values, positionals } = parse(argv, LIBRARY_OPTION, true);
    if (positionals.length !== 1) throw new UsageError('name the file to write the backup to');
    const file = positionals[0]!;
    if (existsSync(file)) throw new UsageError(`${file} already exists: name a new file`);
    const { db, path } = openLibraryOption(values.library);
    try {
      await backupTo(db, file);
    } finally {
      db.close();
    }
    console.error(`backed up ${printable(path)} to ${printable(file)}`);
    return EXIT_OK;
  },
};

export const restoreCommand: Command = {
  name: 'restore',
  usage: `tally restore BACKUP [--library FILE]
  BACKUP          a backup of a Tally library; anything else is refused
  Close the desktop app and \`tally serve\` first: no other Tally may have the library open.
${LIBRARY_HELP}`,

  async run(argv) {
    const { values, positionals } = parse(argv, LIBRARY_OPTION, true);
    if (positionals.length !== 1) throw new UsageError('name the backup to restore');
    if (values.library !== undefined && !values.library.trim()) throw new UsageError('--library needs a file name');
    const { path } = libraryLocation(values.library);
    const { previous } = await restoreLibrary(positionals[0]!, path);
    console.error(`restored ${printable(positionals[0]!)} as ${printable(path)}`);
    if (previous) console.error(`the library it replaced is kept as ${printable(previous)}`);
    else console.error(`(backups of this library live in ${printable(backupFolder(path))})`);
    return EXIT_OK;
  },
};
