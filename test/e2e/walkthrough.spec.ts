// The README's walkthrough, step by step, as a researcher does it: an event,
// an import, claims reviewed, versions compared, the figures, a report. Each
// step is checked; with TALLY_DOC_SCREENS=1 its screenshot is written into
// renderer/screenshots/ for the README (otherwise beside the test's results).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusPath } from '../fixtures/corpus';
import { expect, test } from './fixtures';
import { DiffPage } from './pages/DiffPage';
import { ExportDialog } from './pages/ExportDialog';
import { FiguresPage } from './pages/FiguresPage';

const DOCS = fileURLToPath(new URL('../../renderer/screenshots/', import.meta.url));
const SOHR = 'Syrian Observatory for Human Rights';

test('the walkthrough: event, import, review, compare, figures, report', async ({ library, claims, page, shell }, testInfo) => {
  const toDocs = process.env.TALLY_DOC_SCREENS === '1';
  if (toDocs) mkdirSync(DOCS, { recursive: true });
  const shot = (name: string): Promise<Buffer> => page.screenshot({ path: toDocs ? join(DOCS, `${name}.png`) : testInfo.outputPath(`${name}.png`) });

  // 1. an event for what is being researched, and the captures imported into it
  await library.createEvent('US strikes near al Bukamal, Feb 2021');
  const files = ['cbs-bukamal-r1.txt', 'cbs-bukamal-r2.txt', 'monitor-bukamal.txt', 'wire-bukamal.txt', 'wire-bukamal.html'] as const;
  await library.importFiles(files.map(corpusPath));
  await expect(library.summary).toHaveText('5 new versions · 0 already in the library · 0 failed');
  await library.dismissReport();
  await shot('1-import');

  // 2. a version read, its claims reviewed: the Observatory's 22 confirmed
  await library.openVersion(library.versionButtons().nth(3));
  const sohr22 = claims.withValue('22', SOHR).first();
  await claims.confirm(sohr22);
  await shot('2-review');

  // 3. two captures of one article compared, figures first
  const diff = new DiffPage(page);
  await diff.open('US airstrikes target Iran-backed militias in Syria in Biden’s first military action');
  await expect(diff.figureItems.first()).toBeVisible();
  await shot('3-compare');
  await diff.close();

  // 4. the event's figures, one row per source
  const figures = new FiguresPage(page);
  await figures.open('By source');
  await expect(figures.block(/killed/).first()).toBeVisible();
  await shot('4-figures');

  // 5. a report written
  const exporter = new ExportDialog(page);
  await exporter.openFromFigures();
  await exporter.folder.fill(join(shell.dir, 'reports'));
  await exporter.folder.press('Enter');
  await expect(exporter.written).toHaveCount(3);
  await shot('5-report');
});
