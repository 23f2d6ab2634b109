import { existsSync, rmSync } from 'node:fs';
import { openLibrary } from '../../../db/connection';
import { recoverLibrary } from '../../../db/recover';
import { libraryLocation } from '../../library/libraryPath';
import { EXIT_OK, EXIT_PARTIAL, LIBRARY_HELP, LIBRARY_OPTION, UsageError, parse, printJson, type Command } from '../command';
import { printable } from '../terminalText';

export const recoverCommand: Command = {
  name: 'recover',
  usage: `tally recover --out NEW_FILE [--json] [--library FILE]
  --out NEW_FILE  the new library to write; it must not exist yet. The damaged one is only read.
  --json          print {"tables":[{"table","copied","refused","unreadable"}],"versionsCopied","versionsLost",
                  "versionsAltered","versionsRehoused"}
  exit status 0 when everything was salvaged, 2 when something was lost
${LIBRARY_HELP}`,

  async run(argv) {
    const { values } = parse(argv, { ...LIBRARY_OPTION, out: { type: 'string' }, json: { type: 'boolean' } }, false);
    if (!values.out?.trim()) throw new UsageError('name the new library to write with --out NEW_FILE');
    if (existsSync(values.out)) throw new UsageError(`${values.out} already exists: name a new file`);
    if (values.library !== undefined && !values.library.trim()) throw new UsageError('--library needs a file name');
    const { path } = libraryLocation(values.library);
    if (!existsSync(path)) throw new Error(`no library at ${path}`);
    const target = openLibrary(values.out);
    let report;
    try {
      report = recoverLibrary(path, target, new Date().toISOString());
    } catch (error) {
      // no empty library is left behind to be mistaken for a salvage
      target.close();
      for (const suffix of ['', '-wal', '-shm']) rmSync(values.out + suffix, { force: true });
      throw error;
    }
    target.close();
    const whole = report.versionsLost.length === 0 && report.versionsAltered.length === 0 && report.tables.every((t) => !t.unreadable && t.refused === 0);
    if (values.json) printJson(report);
    else {
      console.log(`salvaged ${printable(path)} into ${printable(values.out)}: ${report.versionsCopied} versions`);
      for (const t of report.tables) {
        if (t.copied || t.refused || t.unreadable) console.log(`  ${t.table.padEnd(20)} ${String(t.copied).padStart(7)} copied${t.refused ? `, ${t.refused} refused (their parent was lost)` : ''}${t.unreadable ? ', part of it unreadable' : ''}`);
      }
      if (report.versionsLost.length) console.log(`lost: versions ${report.versionsLost.join(', ')}`);
      if (report.versionsAltered.length) console.log(`left out, their bytes no longer matching their SHA-256: versions ${report.versionsAltered.join(', ')}`);
      if (report.versionsRehoused.length) console.log(`kept in the event "Recovered (articles lost)", their article lost: versions ${report.versionsRehoused.join(', ')}`);
      console.log(whole ? 'Nothing was lost.' : 'Import the lost captures again, or restore a backup (`tally restore BACKUP`).');
      console.log(`Open the new library with --library ${printable(values.out)}; claims of versions whose claims were lost are read again on opening.`);
    }
    return whole ? EXIT_OK : EXIT_PARTIAL;
  },
};
