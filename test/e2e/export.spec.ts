// Exporting an event's report from the Figures view: formats and a folder
// chosen, progress while it is written, then the files listed, and on disk.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { corpusPath } from '../fixtures/corpus';
import { expect, test } from './fixtures';
import { ExportDialog } from './pages/ExportDialog';
import { FiguresPage } from './pages/FiguresPage';

const STEM = 'tally-report-unsorted';

test('export HTML, CSV and PDF of the al Bukamal figures into a folder, with progress, then the files listed', async ({ library, page, shell, requests }, testInfo) => {
  await library.importFiles([corpusPath('cbs-bukamal-r1.txt'), corpusPath('cbs-bukamal-r2.txt'), corpusPath('monitor-bukamal.txt'), corpusPath('wire-bukamal.txt')]);
  await expect(library.summary).toHaveText('4 new versions · 0 already in the library · 0 failed');
  const figures = new FiguresPage(page);
  await figures.open();
  await expect(figures.rows.first()).toBeVisible();

  const exporter = new ExportDialog(page);
  await exporter.openFromFigures();
  // HTML, PDF and CSV are checked to begin with; the folder is offered beside the library
  await expect(exporter.format('HTML')).toBeChecked();
  await expect(exporter.format('PDF')).toBeChecked();
  await expect(exporter.format('CSV')).toBeChecked();
  await expect(exporter.format('Markdown')).not.toBeChecked();
  await expect(exporter.format('JSON')).not.toBeChecked();
  await expect(exporter.folder).toHaveValue(join(shell.dir, 'reports'));
  // the event whose figures are open is the one chosen; the library's others can be chosen instead
  const event = exporter.dialog.getByRole('combobox', { name: 'Event' });
  await expect(event.locator('option:checked')).toHaveText('Unsorted (4 versions)');

  const folder = join(shell.dir, 'exported', 'al Bukamal');
  await exporter.folder.fill(folder);
  await page.screenshot({ path: testInfo.outputPath('export-before.png') });

  const stages = await exporter.recordStages();
  await exporter.folder.press('Enter');
  await expect(exporter.stage).toHaveText(/^(Comparing revisions|Writing PDF)/);
  await page.screenshot({ path: testInfo.outputPath('export-progress.png') });
  await expect(exporter.written).toHaveCount(3);
  await expect(exporter.stage).toHaveCount(0);
  await expect(exporter.error).toHaveCount(0);

  // the stages seen, in order: comparing, then the PDF first (the slow one), then the others
  const seen = await stages();
  expect(seen.at(0)).toMatch(/^(Starting…|Comparing revisions)/);
  expect(seen).toContain('Writing PDF (1 of 3)');
  const order = ['Starting…', 'Comparing revisions…', 'Comparing revisions 1 of 1', 'Writing PDF (1 of 3)', 'Writing HTML (2 of 3)', 'Writing CSV (3 of 3)', 'Done'];
  expect(seen.filter((s) => !order.includes(s))).toEqual([]);
  expect(seen.map((s) => order.indexOf(s))).toEqual([...seen.map((s) => order.indexOf(s))].sort((a, b) => a - b));

  const paths = await exporter.writtenPaths();
  expect(paths).toEqual(['html', 'pdf', 'csv'].map((ext) => join(folder, `${STEM}.${ext}`)));
  await expect(exporter.dialog.getByRole('region', { name: 'Written files' })).toContainText(`3 files written to ${folder}`);
  for (const name of ['html', 'pdf', 'csv']) await expect(exporter.dialog.getByRole('button', { name: `Open ${STEM}.${name}` })).toBeVisible();
  await expect(exporter.dialog.getByRole('button', { name: `Open ${STEM}.html` })).toBeFocused();
  await page.screenshot({ path: testInfo.outputPath('export-after.png') });

  for (const p of paths) expect(existsSync(p)).toBe(true);
  expect(readFileSync(paths[0]!, 'utf8')).toMatch(/^<!doctype html>/i);
  expect(readFileSync(paths[1]!).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(readFileSync(paths[2]!, 'utf8').replace(/^\uFEFF/, '')).toMatch(/^event,figure,verdict,/);

  // exporting again into the same folder asks before it replaces anything, and Enter keeps what is there
  const before = statSync(paths[2]!).mtimeMs;
  await exporter.exportButton.click();
  const clash = exporter.dialog.getByRole('alertdialog', { name: 'Replace existing reports?' });
  await expect(clash).toContainText(`${STEM}.pdf, ${STEM}.html and ${STEM}.csv already exist in ${folder}`);
  await expect(clash.getByRole('button', { name: 'Keep them' })).toBeFocused();
  await page.screenshot({ path: testInfo.outputPath('export-replace.png') });
  await page.keyboard.press('Enter');
  await expect(clash).toHaveCount(0);
  expect(statSync(paths[2]!).mtimeMs).toBe(before);
  await exporter.exportButton.click();
  await clash.getByRole('button', { name: 'Replace' }).click();
  await expect(exporter.written).toHaveCount(3);
  expect(statSync(paths[2]!).mtimeMs).toBeGreaterThan(before);

  // Esc closes the dialog and leaves the figures where they were
  await page.keyboard.press('Escape');
  await expect(exporter.dialog).toBeHidden();
  await expect(figures.screen).toBeVisible();
  expect(requests.filter((url) => !url.startsWith(`${shell.origin}/`))).toEqual([]);
});

test('a folder that cannot be written is refused in one line; nothing to export without a format; the focus comes back', async ({ library, page, shell }, testInfo) => {
  await library.importFiles([corpusPath('cbs-bukamal-r1.txt'), corpusPath('monitor-bukamal.txt')]);
  await expect(library.summary).toBeVisible();
  const figures = new FiguresPage(page);
  await figures.open();
  const exporter = new ExportDialog(page);
  await exporter.openFromFigures();

  await exporter.chooseFormats([]);
  await expect(exporter.exportButton).toBeDisabled();
  await exporter.chooseFormats(['Markdown']);
  // the library is a file, so nothing can be made under it
  await exporter.folder.fill(join(shell.libraryPath, 'reports'));
  await exporter.exportButton.click();
  await expect(exporter.error).toHaveText(`cannot write reports to ${join(shell.libraryPath, 'reports')}: part of that path is a file, not a folder`);
  await expect(exporter.written).toHaveCount(0);

  await exporter.folder.fill('reports');
  await exporter.folder.press('Enter');
  await expect(exporter.error).toHaveText('Type the folder’s full path, such as /home/you/reports.');
  await page.screenshot({ path: testInfo.outputPath('export-refused.png') });

  await page.keyboard.press('Escape');
  await expect(exporter.dialog).toBeHidden();
  await expect(figures.screen).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export report…' })).toBeFocused();
});
