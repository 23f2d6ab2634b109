// A report for an event of 1,000 versions (100 captures under their own
// headlines, each revised ten times between the two CBS revisions of the
// corpus), in each format: the model (grouping and the revision comparisons),
// then each rendering. The captures share their wording, so import joins them
// into one story: the line says how many articles it found.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openLibrary } from '../../db/connection';
import { findEventByName } from '../../db/queries/events';
import { importBatch } from '../../main/library/import/importBatch';
import { reportFromLibrary } from '../../main/report/collectReport';
import { chromiumPdfPrinter, findChromium } from '../../main/report/printPdf';
import { renderReport, REPORT_FORMATS } from '../../main/report/writeReport';
import { corpusBytes } from '../fixtures/corpus';

export async function reportTimes(articles = 100, revisions = 10): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'tally-bench-report-'));
  try {
    const db = openLibrary(join(dir, 'library.sqlite'));
    const bodies = [corpusBytes('cbs-bukamal-r1.txt'), corpusBytes('cbs-bukamal-r2.txt')].map((b) => Buffer.from(b).toString('utf8').split('\n').slice(1).join('\n'));
    // one import per revision round, so each article's versions are captured in order
    for (let r = 0; r < revisions; r++) {
      const folder = join(dir, `round-${r}`);
      mkdirSync(folder);
      for (let a = 0; a < articles; a++) writeFileSync(join(folder, `a${a}.txt`), `Strikes report ${a}\n\nRevision ${r}.\n${bodies[r % 2]}`);
      await importBatch(db, { batchId: `r${r}`, target: { eventName: 'Bench report' }, inputs: [{ kind: 'path', path: folder }] }, { now: () => new Date(Date.UTC(2021, 1, 26, r)).toISOString() });
    }
    const event = findEventByName(db, 'Bench report')!;
    let start = performance.now();
    const report = reportFromLibrary(db, event);
    const modelMs = performance.now() - start;
    db.close();
    const lines = [
      `report of ${report.summary.versions} versions (${report.summary.articles} articles, ${report.claims.length} claims, ${report.revisions.length} revisions with figure changes): model ${(modelMs / 1000).toFixed(2)} s`,
    ];
    const printer = (() => {
      try {
        findChromium();
        return chromiumPdfPrinter();
      } catch {
        return undefined;
      }
    })();
    for (const format of REPORT_FORMATS) {
      if (format === 'pdf' && !printer) {
        lines.push('  pdf: skipped, no Chromium');
        continue;
      }
      start = performance.now();
      const bytes = await renderReport(report, format, printer);
      const size = typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.length;
      lines.push(`  ${format}: ${((performance.now() - start) / 1000).toFixed(2)} s, ${(size / 1024 / 1024).toFixed(1)} MB`);
    }
    return lines;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
