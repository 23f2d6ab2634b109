// A web archive picked in the app: its captures of one page become one
// article whose versions carry the archive's capture times, with the
// archive's counts in the import's report; a long import stopped keeps what
// it stored. The WACZ is a real one, written
// by warcio and zipped in the WACZ layout.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NEWS_DIR } from '../fixtures/corpus';
import { TAIWAN_THREE, newsPage, waczBytes, writeWarc } from '../fixtures/webArchives';
import { expect, test } from './fixtures';

test('a WACZ with three captures of one page becomes one article with three versions at their capture times', async ({ library, shell, page }, testInfo) => {
  const path = join(shell.dir, 'taiwan.wacz');
  writeFileSync(path, await waczBytes({ 'data.warc.gz': TAIWAN_THREE }));
  await library.importFiles([path]);
  await expect(library.summary).toHaveText('3 new versions · 0 already in the library · 0 failed');
  await expect(page.getByRole('list', { name: 'Web archives read' }).getByRole('listitem')).toHaveText([
    'taiwan.wacz: 9 records read, 3 pages kept, 1 capture unchanged, 3 sub-resources skipped',
  ]);
  await expect(library.articles()).toHaveCount(1);
  await expect(library.articles().first()).toContainText('3 versions');
  // each version is shown at the time its record was captured, oldest first, in the reader's own zone
  const expected = await page.evaluate(() =>
    ['2016-02-06T09:00:00Z', '2016-02-07T09:00:00Z', '2016-02-08T12:00:00Z'].map((t) =>
      new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(Date.parse(t)),
    ),
  );
  await expect(page.locator('button[data-version] .version-time[title="captured"]')).toHaveText(expected);
  await page.screenshot({ path: testInfo.outputPath('wacz-import.png') });

  await library.openVersion(library.versionButtons().first());
  await expect(library.reader).toContainText('taiwan.wacz (archive/data.warc.gz, WARC record <urn:uuid:');
  // the revisit six hours later is no version of its own: the first version was found unchanged then
  const revisited = await page.evaluate(() => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(Date.parse('2016-02-06T15:00:00Z')));
  await expect(page.getByTestId('unchanged-at')).toHaveText(`captured again unchanged ${revisited}`);
  await expect(library.readerText).toContainText('killing at least two people');
});

test('an archive import stopped half way keeps what it stored, and importing the archive again goes on from there', async ({ library, shell, page }, testInfo) => {
  const texts = readdirSync(NEWS_DIR).filter((n) => n.endsWith('.txt'));
  const pages = 150;
  const path = join(shell.dir, 'crawl.warc');
  await writeWarc(
    path,
    Array.from({ length: pages }, (_, p) => ({
      kind: 'page' as const,
      url: `https://news.example.com/story/${p}`,
      date: '2016-03-01T08:00:00Z',
      html: newsPage(texts[p % texts.length]!).replace('</h1>', `</h1><p>Story ${p} of the crawl.</p>`),
    })),
  );
  await page.getByTestId('file-input').setInputFiles([path]);
  const stop = page.getByRole('button', { name: 'Stop import' });
  // stopped once the first pages are in; the bar follows the archive's bytes as they are read
  await expect(page.getByTestId('import-archive-progress')).toHaveText(/ [1-9]\d* pages? kept, .* · \d+ % of \d+\.\d MB read$/);
  await expect(page.getByRole('progressbar', { name: 'Import progress' })).not.toHaveAttribute('value', '0');
  await page.screenshot({ path: testInfo.outputPath('import-running.png') });
  await stop.click();
  await expect(page.getByTestId('import-stopped')).toHaveText(
    'Stopped: what was imported before you stopped stays in the library; 1 input was not read to the end. Import it again to go on: what is already here is recognised.',
  );
  const stored = Number(/^(\d+) new version/.exec((await library.summary.textContent()) ?? '')![1]);
  expect(stored).toBeGreaterThan(0);
  expect(stored).toBeLessThan(pages);
  await page.screenshot({ path: testInfo.outputPath('import-stopped.png') });

  await library.dismissReport();
  await page.getByTestId('file-input').setInputFiles([path]);
  await expect(library.summary).toHaveText(`${pages - stored} new versions · ${stored} already in the library · 0 failed`, { timeout: 60_000 });
});
