// Searching the library: versions by their text, claims by their figure and
// source, notes by their words; each result opens where it belongs.
import { CORPUS_FILES, corpusPath } from '../fixtures/corpus';
import { expect, test } from './fixtures';
import { FiguresPage } from './pages/FiguresPage';
import { SearchPage } from './pages/SearchPage';

const TOLL_TITLE = 'Death toll from US strikes in eastern Syria rises to 22, monitor says';

test('search finds the versions that mention a name and opens one', async ({ library, page }) => {
  await library.importFiles(CORPUS_FILES.map(corpusPath));
  const search = new SearchPage(page);
  await page.keyboard.press('/');
  await page.keyboard.type('Kataib Hezbollah');
  await expect(search.count('Versions')).toHaveText('5');
  await expect(search.hits('Versions').locator('mark').first()).toHaveText(/Kataib|Hezbollah/);
  await search.hits('Versions').filter({ hasText: 'Death toll from US strikes' }).first().click();
  await expect(library.readerText).toContainText('Kataib Hezbollah said in a statement');
  await search.box.press('Escape');
  await expect(search.results).toHaveCount(0);
});

test('search finds a claim by its figure and source and opens its version', async ({ library, page }, testInfo) => {
  await library.importFiles(CORPUS_FILES.map(corpusPath));
  const search = new SearchPage(page);
  await search.search('22 Observatory');
  // the Observatory's 22 in the wire story (as .html and .txt) and in CBS's second version; never the monitor's own 22
  await expect(search.count('Claims')).toHaveText('3');
  await expect(search.hits('Claims').first()).toContainText('per Syrian Observatory for Human Rights');
  await expect(search.hits('Claims').locator('mark')).toHaveText(['22', '22', '22']);
  await expect(search.count('Notes')).toHaveText('0');
  await expect(search.group('Notes')).toContainText('No note matches.');
  await page.screenshot({ path: testInfo.outputPath('search-claims.png') });

  // two captures of one wire story read apart by their files
  await expect(search.hits('Claims').filter({ hasText: TOLL_TITLE })).toContainText([/wire-bukamal\.(txt|html)/, /wire-bukamal\.(txt|html)/]);

  const hit = search.hits('Claims').filter({ hasText: TOLL_TITLE }).first();
  const sentence = (await hit.locator('.snippet').textContent())!;
  await hit.click();
  await expect(library.reader.getByRole('heading', { name: TOLL_TITLE })).toBeVisible();
  await expect(library.readerText).toContainText(sentence);

  // A long list shows its first hits, the rest on request.
  await search.search('Observatory');
  await expect(search.hits('Claims')).toHaveCount(5);
  const count = Number(await search.count('Claims').textContent());
  expect(count).toBeGreaterThan(5);
  await search.group('Claims').getByRole('button', { name: `Show all ${count} claims` }).click();
  await expect(search.hits('Claims')).toHaveCount(count);
  await search.group('Claims').scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('search-all-claims.png') });
});

test('search finds a note and opens the figures of its event', async ({ library, page }, testInfo) => {
  await library.importFiles((['cbs-bukamal-r1.txt', 'cbs-bukamal-r2.txt', 'monitor-bukamal.txt', 'wire-bukamal.txt'] as const).map(corpusPath));
  const figures = new FiguresPage(page);
  await figures.open();
  const panel = figures.quotePanel;
  // a figure other than the first, so opening the note must find it
  await figures.select(figures.row(/^contractors (injured|wounded) in total$/));
  await panel.getByRole('textbox', { name: 'New note' }).fill('Asked the hospital in al Bukamal for its morgue count.');
  await panel.getByRole('button', { name: 'Add note' }).click();
  await expect(panel.getByTestId('fig-note')).toContainText('morgue count');

  const search = new SearchPage(page);
  await search.search('morgue');
  await expect(figures.screen).toBeHidden();
  await expect(search.count('Notes')).toHaveText('1');
  await expect(search.hits('Notes')).toContainText('Note on');
  await expect(search.hits('Notes')).toContainText('Unsorted');
  await expect(search.hits('Notes').locator('mark')).toHaveText('morgue');
  await expect(search.group('Versions')).toContainText('No version’s text matches.');
  await page.screenshot({ path: testInfo.outputPath('search-notes.png') });

  await search.hits('Notes').click();
  await expect(figures.screen).toBeVisible();
  await expect(figures.detailLabel()).toHaveText(/^contractors (injured|wounded) in total$/);
  await expect(panel.getByTestId('fig-note')).toContainText('morgue count');
});

test('a note on one claim, found by search, opens its figure with that claim’s quote', async ({ library, page }) => {
  await library.importFiles((['cbs-bukamal-r1.txt', 'cbs-bukamal-r2.txt', 'monitor-bukamal.txt', 'wire-bukamal.txt'] as const).map(corpusPath));
  const figures = new FiguresPage(page);
  await figures.open();
  const panel = figures.quotePanel;
  const trucks = figures.row(/^trucks damaged$/);
  await figures.select(trucks);
  await figures.value(trucks, /^3$/).first().click();
  await panel.getByRole('checkbox', { name: /on the chosen value/ }).check();
  await panel.getByRole('textbox', { name: 'New note' }).fill('Truck count matches the satellite imagery.');
  await panel.getByRole('button', { name: 'Add note' }).click();
  await expect(panel.getByTestId('fig-note')).toContainText('satellite imagery');

  const search = new SearchPage(page);
  await search.search('satellite');
  await expect(search.count('Notes')).toHaveText('1');
  await search.hits('Notes').click();
  await expect(figures.screen).toBeVisible();
  await expect(figures.detailLabel()).toHaveText('trucks damaged');
  await expect(figures.quote.locator('mark')).toHaveText('three');
  await expect(panel.getByTestId('fig-note')).toContainText('On “three”');
});

test('a search that finds nothing says so', async ({ library, page }, testInfo) => {
  await library.importFiles([corpusPath('wire-bukamal.txt')]);
  const search = new SearchPage(page);
  await search.search('zeppelin');
  await expect(search.results.getByRole('status')).toContainText('Nothing in the library matches “zeppelin”.');
  await expect(search.results.locator('.hit-group')).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('search-nothing.png') });
});
