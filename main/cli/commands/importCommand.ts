import { archiveCountsText } from '../../core/archive/archiveRecords';
import { DEFAULT_EVENT_NAME } from '../../core/model';
import { importBatch } from '../../library/import/importBatch';
import { EXIT_OK, EXIT_PARTIAL, LIBRARY_HELP, LIBRARY_OPTION, UsageError, parse, printJson, type Command } from '../command';
import { openLibraryOption } from '../openLibraryOption';
import { progressLine } from '../progressLine';
import { printable } from '../terminalText';
import { checkName } from '../../core/names';


export const importCommand: Command = {
  name: 'import',
  usage: `tally import <paths...> [--event NAME] [--json] [--library FILE]
  --event NAME    the event the articles belong to, created if new (default: "${DEFAULT_EVENT_NAME}")
  --json          print {"imported":[…],"failed":[…],"skipped":[…]} and nothing else, with "archives":[…] (each web
                  archive's records read, pages kept, captures unchanged, sub-resources skipped) when there are any,
                  and "stopped":{"notRead":N} when Ctrl+C stopped it
A web archive (.warc, .warc.gz, .wacz) is read record by record: each HTML page captured becomes a version,
captured when its record says. A page saved as one file (.mhtml, .mht) is captured when and where its header says.
A PDF (.pdf) is one version: its bytes as they are, its text read from its pages, its title and dates from its
metadata; a scan (pages that are only images) or a PDF that needs a password is refused, saying so.
Ctrl+C stops the import at its next commit, keeping what it stored (a second Ctrl+C quits at once).
${LIBRARY_HELP}`,

  async run(argv) {
    const { values, positionals } = parse(argv, { ...LIBRARY_OPTION, event: { type: 'string' }, json: { type: 'boolean' } }, true);
    if (positionals.length === 0) throw new UsageError('name at least one file or folder to import');
    const checked = checkName(values.event ?? DEFAULT_EVENT_NAME);
    if (!checked.ok) throw new UsageError(`--event: ${checked.message}`);
    const event = checked.name;

    const { db } = openLibraryOption(values.library, { writes: true });
    const progress = progressLine();
    // the first Ctrl+C stops at the next commit and reports what was stored; a second one quits at once
    const stop = new AbortController();
    const interrupted = (): void => {
      if (stop.signal.aborted) process.exit(130);
      stop.abort();
      process.stderr.write('\nstopping after what is being stored now (Ctrl+C again to quit at once)\n');
    };
    process.on('SIGINT', interrupted);
    try {
      const report = await importBatch(
        db,
        { batchId: 'cli', target: { eventName: event }, inputs: positionals.map((p) => ({ kind: 'path', path: p })) },
        { onProgress: (p) => progress.update(p), signal: stop.signal },
      );
      progress.end();
      if (values.json) {
        printJson({
          imported: report.imported.map(({ path, versionId, articleId, sha256, duplicate, joinedBy }) => ({ path, versionId, articleId, sha256, duplicate, ...(joinedBy ? { joinedBy } : {}) })),
          failed: report.failed,
          skipped: report.skipped,
          ...(report.archives ? { archives: report.archives } : {}),
          ...(report.stopped ? { stopped: report.stopped } : {}),
        });
      } else {
        const fresh = report.imported.filter((i) => !i.duplicate).length;
        for (const i of report.imported) {
          console.log(`${i.duplicate ? 'already had' : 'imported   '}  ${printable(i.path)}  (version ${i.versionId}, sha256 ${i.sha256.slice(0, 12)})`);
          if (i.joinedBy) console.log(`             a new version of article ${i.articleId}, the same story by its ${i.joinedBy}`);
        }
        for (const s of report.skipped) console.log(`skipped      ${printable(s.path)}: ${printable(s.reason)}`);
        for (const f of report.failed) console.error(`failed       ${printable(f.path)}: ${printable(f.error)}`);
        for (const a of report.archives ?? []) console.log(`archive      ${printable(a.path)}: ${archiveCountsText(a)}`);
        console.log(
          `${fresh} new, ${report.imported.length - fresh} already in the library, ${report.failed.length} failed` +
            (report.skipped.length ? `, ${report.skipped.length} skipped` : '') +
            ` (event "${printable(event)}")`,
        );
        if (report.stopped) console.log(`stopped: ${report.stopped.notRead} of the inputs not read (or not to their end); import them again to go on: what is stored is recognised`);
      }
      return report.failed.length || report.stopped ? EXIT_PARTIAL : EXIT_OK;
    } finally {
      process.off('SIGINT', interrupted);
      db.close();
    }
  },
};
