import { basename, extname } from 'node:path';
import { findEventByName } from '../../../db/queries/events';
import { listArticles } from '../../../db/queries/articles';
import { reportJsonSchema } from '../../core/report/reportSchema';
import { reportFromFiles, reportFromLibrary } from '../../report/collectReport';
import { chromiumPdfPrinter } from '../../report/printPdf';
import { isReportFormat, renderReport, ReportExistsError, writeReportFile, writeReports, REPORT_FORMATS, type ReportFormat } from '../../report/writeReport';
import { EXIT_OK, LIBRARY_HELP, LIBRARY_OPTION, UsageError, parse, printJson, type Command } from '../command';
import { openLibraryOption } from '../openLibraryOption';
import { progressLine } from '../progressLine';
import { printable } from '../terminalText';
import { checkName } from '../../core/names';

function formatsOf(values: string[] | undefined): ReportFormat[] {
  const names = (values ?? []).flatMap((v) => v.split(',')).map((v) => v.trim().toLowerCase()).filter(Boolean);
  if (names.length === 0) throw new UsageError(`name a format: --format ${REPORT_FORMATS.join('|')}`);
  for (const n of names) if (!isReportFormat(n)) throw new UsageError(`unknown format "${n}": use ${REPORT_FORMATS.join(', ')}`);
  return [...new Set(names)] as ReportFormat[];
}

function eventVersionIds(db: Parameters<typeof listArticles>[0], eventId: number): number[] {
  return listArticles(db, eventId).flatMap((a) => a.versions.map((v) => v.id));
}

function versionIdsOf(values: string[] | undefined): Set<number> | undefined {
  if (!values) return undefined;
  const ids = values.flatMap((v) => v.split(',')).map((v) => v.trim());
  for (const id of ids) if (!/^[1-9]\d*$/.test(id)) throw new UsageError(`not a version id: "${id}"`);
  return new Set(ids.map(Number));
}

export const reportCommand: Command = {
  name: 'report',
  usage: `tally report FILE... --format FORMAT [--event NAME] [--out PATH [--replace]]
tally report --event NAME --library FILE [--version ID...] --format FORMAT [--out PATH [--replace]]
tally report --schema
  FILE...         versions in time order, earliest first, read as an import would read them; no library needed
  --event NAME    with files: the report's title (default: the first file's headline);
                  without files: the library's event to report on
  --version ID    with --event: only these versions of the event (repeat, or 3,4,7); default all
  --format F      md, html, pdf, csv or json; several as md,html or --format repeated
  --out PATH      the file to write (one format), or the folder for several; one text format without --out
                  goes to stdout, and a PDF always needs --out
  --replace       replace report files already at --out (without it, an existing file stops the report)
  --schema        print the JSON report's schema (JSON Schema 2020-12) and nothing else
${LIBRARY_HELP}`,

  async run(argv) {
    const { values, positionals } = parse(
      argv,
      { ...LIBRARY_OPTION, event: { type: 'string' }, format: { type: 'string', multiple: true }, version: { type: 'string', multiple: true }, out: { type: 'string' }, replace: { type: 'boolean' }, schema: { type: 'boolean' } },
      true,
    );
    if (values.schema) {
      printJson(reportJsonSchema());
      return EXIT_OK;
    }
    const formats = formatsOf(values.format);
    if (positionals.length > 0 && values.version !== undefined) throw new UsageError('--version chooses versions of a library event; with files, name the files');
    if (positionals.length > 0 && values.library !== undefined) throw new UsageError('name files or --library with --event, not both');
    if (positionals.length === 0 && values.event === undefined) throw new UsageError('name the files to report on, or --event NAME of the library');
    if (values.event !== undefined) {
      const checked = checkName(values.event);
      if (!checked.ok) throw new UsageError(`--event: ${checked.message}`);
    }
    if (!values.out && (formats.length > 1 || formats[0] === 'pdf')) throw new UsageError(formats[0] === 'pdf' ? 'a PDF needs --out FILE' : 'several formats need --out FOLDER');

    const progress = progressLine(process.stderr, 'comparing revisions');
    const onProgress = (done: number, total: number) => progress.update({ done, total, current: `${done}/${total}` });
    let report;
    if (positionals.length > 0) {
      report = await reportFromFiles(positionals, values.event ?? '', onProgress);
      if (!values.event) report = { ...report, event: { name: report.articles[0]?.title ?? basename(positionals[0]!) } };
    } else {
      const { db, path } = openLibraryOption(values.library);
      try {
        const event = findEventByName(db, values.event!);
        if (!event) throw new Error(`no event named "${values.event}" in ${path}`);
        const chosen = versionIdsOf(values.version);
        if (chosen) {
          const known = new Set(eventVersionIds(db, event.id));
          const unknown = [...chosen].filter((id) => !known.has(id));
          if (unknown.length) throw new Error(`no version ${unknown.join(', ')} in the event "${event.name}"`);
        }
        report = reportFromLibrary(db, event, onProgress, new Date(), chosen);
      } finally {
        db.close();
      }
    }
    progress.end();

    // the printer starts a browser only when a PDF is asked for
    const printPdf = formats.includes('pdf') ? chromiumPdfPrinter() : undefined;
    if (!values.out) {
      process.stdout.write(await renderReport(report, formats[0]!));
      return EXIT_OK;
    }
    const options = { replace: values.replace };
    try {
      if (formats.length === 1 && extname(values.out) !== '') {
        await writeReportFile(values.out, await renderReport(report, formats[0]!, printPdf), options);
        console.error(`wrote ${printable(values.out)}`);
        return EXIT_OK;
      }
      for (const file of await writeReports(report, formats, values.out, printPdf, undefined, options)) console.error(`wrote ${printable(file.path)}`);
    } catch (error) {
      if (error instanceof ReportExistsError) throw new Error(`${error.message} (--replace replaces)`);
      throw error;
    }
    return EXIT_OK;
  },
};
