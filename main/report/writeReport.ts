// A report in each format the researcher asks for, written to disk. The model
// is built once; Markdown, HTML, CSV and JSON are rendered from it, and the
// PDF is the HTML printed by Chromium (or by Electron in the desktop app).
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
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

export async function writeReportFile(path: string, content: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
}

/** Every asked format into `folder`, named after the event; answers the paths written, in the order asked. */
export async function writeReports(
  report: Report,
  formats: readonly ReportFormat[],
  folder: string,
  printPdf?: PdfPrinter,
  onFormat?: (format: ReportFormat, index: number) => void,
): Promise<string[]> {
  const stem = reportFileStem(report.event.name);
  const written: string[] = [];
  for (const [i, format] of formats.entries()) {
    onFormat?.(format, i);
    const path = join(folder, `${stem}.${format}`);
    await writeReportFile(path, await renderReport(report, format, printPdf));
    written.push(path);
  }
  return written;
}
