// A report in each format the researcher asks for, written to disk. The model
// is built once; Markdown, HTML, CSV and JSON are rendered from it, and the
// PDF is the HTML printed by Chromium (or by Electron in the desktop app).
import { randomBytes } from 'node:crypto';
import { lstat, mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CodedError } from '../core/codedError';
import { renderCsv } from '../core/report/renderCsv';
import { renderHtml } from '../core/report/renderHtml';
import { renderMarkdown } from '../core/report/renderMarkdown';
import type { PdfPrinter } from '../core/report/pdfPage';
import { reportSchema, type Report } from '../core/report/reportSchema';

export const REPORT_FORMATS = ['md', 'html', 'pdf', 'csv', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export type { PdfPrinter } from '../core/report/pdfPage';

export function isReportFormat(name: string): name is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(name);
}

/** One format's bytes (text formats as UTF-8 strings). */
export async function renderReport(report: Report, format: ReportFormat, printPdf?: PdfPrinter): Promise<string | Uint8Array> {
  switch (format) {
    case 'md':
      return renderMarkdown(report);
    case 'html':
      return renderHtml(report);
    case 'csv':
      return renderCsv(report);
    case 'json':
      // what is written is what the schema promises: checked before it leaves
      return `${JSON.stringify(reportSchema.parse(report), null, 2)}\n`;
    case 'pdf':
      if (!printPdf) throw new Error('PDF needs a printer (Chromium, or the desktop app)');
      return printPdf(renderHtml(report), { title: report.event.name });
  }
}

/** A file name from the event's name: letters, digits and dashes, never a path. */
export function reportFileStem(eventName: string): string {
  const stem = eventName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .toLowerCase();
  return `tally-report-${stem || 'event'}`;
}

/** A report would replace files already there, and the researcher has not said it may. */
export class ReportExistsError extends CodedError<'exists'> {
  constructor(readonly paths: readonly string[]) {
    const names = paths.map((p) => basename(p));
    const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
    super('exists', `${list} already ${names.length === 1 ? 'exists' : 'exist'} in ${dirname(paths[0]!)}: replace ${names.length === 1 ? 'it' : 'them'}, or choose another folder`);
  }
}

/**
 * Which file a report was written as: `reports:open` opens a path only while
 * it is still that file. The inode alone is not enough (a file deleted and
 * another made in its place may get the same number); its change time, to
 * the nanosecond, tells them apart.
 */
export interface WrittenFile {
  path: string;
  identity: string;
}

/** The identity of what is at `path` now, not following a link; null when nothing is there. */
export async function fileIdentity(path: string): Promise<string | null> {
  const info = await lstat(path, { bigint: true }).catch(() => null);
  if (!info) return null;
  return `${info.isFile() ? 'file' : 'other'}:${info.dev}:${info.ino}:${info.ctimeNs}`;
}

export interface WriteOptions {
  /** Replace files already there (the researcher said so); otherwise an existing file is an error. */
  replace?: boolean | undefined;
}

/**
 * Writes one report file as a new file: never through a symbolic link (the
 * link at the path is replaced, its target is untouched) and never over an
 * existing file unless `replace` says so, in which case the new file is
 * written beside it and renamed over it, so the old one is never half
 * overwritten.
 */
export async function writeReportFile(path: string, content: string | Uint8Array, options: WriteOptions = {}): Promise<WrittenFile> {
  await mkdir(dirname(path), { recursive: true });
  const target = options.replace ? join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.part`) : path;
  let handle;
  try {
    // O_EXCL: fails on any existing name, a symbolic link (even a dangling one) included
    handle = await open(target, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST' && target === path) throw new ReportExistsError([path]);
    throw error;
  }
  try {
    await handle.writeFile(content);
  } catch (error) {
    await handle.close();
    await rm(target, { force: true });
    throw error;
  }
  await handle.close();
  if (target !== path) {
    try {
      await rename(target, path);
    } catch (error) {
      await rm(target, { force: true });
      throw error;
    }
  }
  return { path, identity: (await fileIdentity(path))! };
}

/** The paths among `paths` that something already occupies (a file, a folder or a link). */
async function occupied(paths: readonly string[]): Promise<string[]> {
  const taken: string[] = [];
  for (const path of paths) {
    try {
      await lstat(path);
      taken.push(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return taken;
}

/**
 * Every asked format into `folder`, named after the event; answers the files
 * written, in the order asked. Without `replace`, files already there are
 * found before anything is written, so a refused export leaves no half set.
 */
export async function writeReports(
  report: Report,
  formats: readonly ReportFormat[],
  folder: string,
  printPdf?: PdfPrinter,
  onFormat?: (format: ReportFormat, index: number) => void,
  options: WriteOptions = {},
): Promise<WrittenFile[]> {
  const stem = reportFileStem(report.event.name);
  const paths = formats.map((format) => join(folder, `${stem}.${format}`));
  if (!options.replace) {
    const taken = await occupied(paths);
    if (taken.length) throw new ReportExistsError(taken);
  }
  const written: WrittenFile[] = [];
  for (const [i, format] of formats.entries()) {
    onFormat?.(format, i);
    written.push(await writeReportFile(paths[i]!, await renderReport(report, format, printPdf), options));
  }
  return written;
}
