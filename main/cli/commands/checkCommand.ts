import { checkLibrary } from '../../../db/integrity';
import { EXIT_OK, EXIT_PARTIAL, LIBRARY_HELP, LIBRARY_OPTION, parse, printJson, type Command } from '../command';
import { openLibraryOption } from '../openLibraryOption';
import { printable } from '../terminalText';

export const checkCommand: Command = {
  name: 'check',
  usage: `tally check [--json] [--library FILE]
  --json          print {"problems":[...],"versions":N,"badVersions":[{"id","problem"}]}
  exit status 0 when the library is sound, 2 when something is wrong
${LIBRARY_HELP}`,

  async run(argv) {
    const { values } = parse(argv, { ...LIBRARY_OPTION, json: { type: 'boolean' } }, false);
    const { db, path } = openLibraryOption(values.library);
    try {
      const report = checkLibrary(db, (done) => {
        if (!values.json && process.stderr.isTTY) process.stderr.write(`\r\x1b[2Khashing version ${done}`);
      });
      if (!values.json && process.stderr.isTTY) process.stderr.write('\r\x1b[2K');
      const sound = report.problems.length === 0 && report.badVersions.length === 0;
      if (values.json) printJson(report);
      else {
        console.log(sound ? `${printable(path)} is sound: ${report.versions} versions, every one matching its SHA-256.` : `${printable(path)} is damaged:`);
        for (const problem of report.problems) console.log(`  ${printable(problem)}`);
        for (const bad of report.badVersions) console.log(`  version ${bad.id}: ${printable(bad.problem)}`);
        if (!sound) console.log('`tally recover --out NEW_FILE` salvages what can be read; `tally restore BACKUP` puts a backup in its place.');
      }
      return sound ? EXIT_OK : EXIT_PARTIAL;
    } finally {
      db.close();
    }
  },
};
