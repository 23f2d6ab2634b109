// A web archive picked in the app: its captures of one page become one
// article whose versions carry the archive's capture times, with the
// archive's counts in the import's report. The WACZ is a real one, written
// by warcio and zipped in the WACZ layout.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TAIWAN_THREE, waczBytes } from '../fixtures/webArchives';
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
