// The foundation's end-to-end flow: capture the development corpus in the
// web shell, see it listed, open every version, and prove that nothing left
// 127.0.0.1 and nothing in a captured page ran.
import { createHash } from 'node:crypto';
import { CORPUS_FILES, corpusBytes, corpusPath, corpusText, newsPath } from '../fixtures/corpus';
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { holdWriteLock } from '../fixtures/holdWriteLock';
import { FiguresPage } from './pages/FiguresPage';
import { SearchPage } from './pages/SearchPage';

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

test('imports the eight development documents, lists them, and opens each one', async ({ library, page, shell, requests }, testInfo) => {
  await library.createEvent('US strikes near al Bukamal, Feb 2021');
  await library.importFiles(CORPUS_FILES.map(corpusPath));
  await expect(library.summary).toHaveText('8 new versions · 0 already in the library · 0 failed');
  await expect(library.articles()).toHaveCount(5);
  await expect(library.versionButtons()).toHaveCount(8);
  await page.screenshot({ path: testInfo.outputPath('library.png') });

  const fileBySha = new Map(CORPUS_FILES.map((name) => [sha256(corpusBytes(name)), name]));
  const opened = new Set<string>();
  for (let i = 0; i < 8; i++) {
    await library.openVersion(library.versionButtons().nth(i));
    const sha = (await library.readerSha.textContent()) ?? '';
    const name = fileBySha.get(sha);
    expect(name, `version ${i + 1} has the SHA-256 of a corpus file`).toBeDefined();
    opened.add(sha);
    const text = (await library.readerText.textContent()) ?? '';
    if (name!.endsWith('.txt')) {
      expect(text).toBe(corpusText(name!).trimEnd());
    } else {
      expect(text.startsWith('Death toll from US strikes in eastern Syria rises to 22, monitor says\n\nBEIRUT, Feb 26')).toBe(true);
      for (const chrome of ['Subscribe now', 'We use 12 cookies', 'Most read', '10 recipes', 'Example Street', 'Markets']) {
        expect(text).not.toContain(chrome);
      }
      await page.screenshot({ path: testInfo.outputPath('reader-html.png') });
    }
  }
  expect(opened.size).toBe(8);

  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(requests.length).toBeGreaterThan(0);
  expect(requests.filter((url) => !url.startsWith(`${shell.origin}/`))).toEqual([]);
});

test('checks the library on demand: every stored version hashed again, the answer beside the button', async ({ library, page }, testInfo) => {
  await library.importFiles(CORPUS_FILES.map(corpusPath));
  await expect(library.summary).toHaveText('8 new versions · 0 already in the library · 0 failed');
  const footer = page.getByRole('contentinfo');
  await footer.getByRole('button', { name: 'Check library' }).click();
  await expect(footer.getByRole('status')).toHaveText('Sound: 8 versions, each matching its SHA-256.');
  await page.screenshot({ path: testInfo.outputPath('library-check.png') });
});

test('importing the same files again stores nothing new and says so', async ({ library }) => {
  await library.importFiles(CORPUS_FILES.map(corpusPath));
  await expect(library.summary).toHaveText('8 new versions · 0 already in the library · 0 failed');
  await library.importFiles(CORPUS_FILES.map(corpusPath));
  await expect(library.summary).toHaveText('0 new versions · 8 already in the library · 0 failed');
  await expect(library.versionButtons()).toHaveCount(8);
});

test('arrow keys step through versions and the reader follows', async ({ library, page }) => {
  await library.importFiles(['cbs-bukamal-r1.txt', 'cbs-bukamal-r2.txt'].map((n) => corpusPath(n as 'cbs-bukamal-r1.txt')));
  await library.openVersion(library.versionButtons().first());
  await expect(library.readerText).toContainText('said on Friday 17 people were killed');
  await page.keyboard.press('ArrowDown');
  await expect(library.versionButtons().nth(1)).toHaveAttribute('aria-current', 'true');
  await expect(library.readerText).toContainText('said on Friday 22 people were killed');
});

test('a change that must wait for another Tally process writing to the library says so, then is made', async ({ library, page, shell }) => {
  await library.createEvent('Carrow pension protest');
  const { released } = await holdWriteLock(shell.libraryPath, 3000);
  await page.getByRole('button', { name: 'New event' }).click();
  await page.getByLabel('What are you researching?').fill('Brussels attacks');
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  const notice = page.getByRole('status').filter({ hasText: 'Waiting for another Tally process to finish writing to the library…' });
  await expect(notice).toBeVisible();
  await released;
  await expect(page.getByRole('navigation', { name: 'Events' }).getByText('Brussels attacks')).toBeVisible();
  await expect(notice).toBeHidden();
});

test('each screen has an address: back and forward move between them, and a figure or a version opens again after a reload', async ({ library, page }) => {
  await library.importFiles(['cbs-bukamal-r1.txt', 'cbs-bukamal-r2.txt', 'wire-bukamal.txt'].map((n) => corpusPath(n as 'cbs-bukamal-r1.txt')));
  await library.openVersion(library.versionButtons().nth(1));
  const reading = await library.readerSha.textContent();
  await expect(page).toHaveURL(/#\/events\/\d+\/versions\/\d+$/);

  // the Figures, a figure chosen: its address names it
  await page.getByRole('navigation', { name: 'Events' }).getByRole('button', { name: 'Figures', exact: true }).click();
  const figures = page.getByRole('main', { name: 'Figures' });
  await expect(figures).toBeVisible();
  // the first figure is shown, and named by the address, once the figures are read
  await expect(page).toHaveURL(/#\/events\/\d+\/figures\/(key|figure)%3A/);
  const first = page.url();
  await page.keyboard.press('j');
  // the address follows the next figure a moment after the screen does: a reload before then would name the first
  await expect(page).not.toHaveURL(first);
  await expect(page).toHaveURL(/#\/events\/\d+\/figures\/(key|figure)%3A/);
  const chosen = await figures.locator('article.fig-block[aria-current="true"] .fig-label-text').textContent();

  // a reload opens the same figure
  await page.reload();
  await expect(figures.locator('article.fig-block[aria-current="true"] .fig-label-text')).toHaveText(chosen!);

  // back: the version being read; forward: the figures again
  await page.goBack();
  await expect(figures).toBeHidden();
  await expect(library.readerSha).toHaveText(reading!);
  await page.goForward();
  await expect(figures.locator('article.fig-block[aria-current="true"] .fig-label-text')).toHaveText(chosen!);

  // an address naming an event the library does not have opens the library as it is
  await page.goto(page.url().replace(/#.*$/, '#/events/999/figures'));
  await expect(library.versionButtons().first()).toBeVisible();
  await expect(figures).toBeHidden();
});

test('what one screen changes, every other shows at once, without a reload', async ({ library, claims, page }) => {
  await library.paste('At least 12 soldiers were killed in the clash on Tuesday, the army said.\n', 'Border clash');
  const figures = new FiguresPage(page);
  const search = new SearchPage(page);
  // each screen read once first, so that what it shows next is what the app kept and refreshed
  await search.search('hospital');
  await expect(search.results.getByRole('status')).toContainText('Nothing in the library matches “hospital”.');
  await search.box.press('Escape');
  await figures.open('By source');
  await expect(figures.screen.locator('article.fig-block')).toHaveCount(1);
  await figures.close();

  // a claim rejected in the reader leaves the figures, and comes back when reopened
  await library.openVersion(library.versionButtons().first());
  const claim = claims.items.first();
  await claims.reject(claim);
  await figures.open('By source');
  await expect(figures.empty).toBeVisible();
  await figures.close();
  // back from the figures, the reader shows the version read before them
  await expect(claims.items.first()).toHaveAttribute('data-status', 'rejected');
  await claims.reopen(claims.items.first());
  await figures.open('By source');
  await expect(figures.screen.locator('article.fig-block')).toHaveCount(1);

  // a note added in the figures is found by the search made before it
  await figures.addNote('Asked the hospital for its list of the dead.');
  await figures.close();
  await search.search('hospital');
  await expect(search.count('Notes')).toHaveText('1');
});

test('the reader names who published a version and when, and where in the capture it says so', async ({ library, page }, testInfo) => {
  await library.importFiles([newsPath('nice_truck_attack_nbc.txt'), corpusPath('monitor-bukamal.txt')]);
  const provenance = library.reader.locator('dl.provenance');

  await library.openVersion(library.versionButtons().first());
  await expect(provenance.locator('dd').first()).toContainText('NBCNews.com');
  await expect(provenance.getByTestId('stated-in').first()).toHaveText('from the headline');
  // the article is filed under it too
  await expect(page.getByRole('region', { name: 'Articles' })).toContainText('NBCNews.com');

  await library.openVersion(library.versionButtons().nth(1));
  const published = provenance.locator('dt', { hasText: 'Published' }).locator('xpath=following-sibling::dd[1]');
  // stated without a year or a zone: the year its weekday gives, the time as the outlet wrote it
  await expect(published).toContainText(/Feb 25, 2021/);
  await expect(published).toContainText(/11:40\sPM|23:40/);
  await expect(published.getByTestId('stated-in')).toHaveText('from the published line · year from the weekday named; time zone not stated: the outlet’s local time');
  await page.screenshot({ path: testInfo.outputPath('reader-provenance.png') });
});

test('the researcher corrects an article’s outlet and a version’s publication time, sees them everywhere, and undoes', async ({ library, page }, testInfo) => {
  await library.importFiles([newsPath('nice_truck_attack_reuters.txt')]);
  await library.openVersion(library.versionButtons().first());
  const provenance = library.reader.locator('dl.provenance');
  const field = (name: string) => provenance.locator('dt', { hasText: new RegExp(`^${name}$`) }).locator('xpath=following-sibling::dd[1]');
  await expect(field('Outlet')).toContainText('not named in the capture');

  await library.reader.getByRole('button', { name: 'Correct the details…' }).click();
  const form = library.reader.getByRole('form', { name: 'Correct the details' });
  await form.getByLabel('Outlet').fill('Reuters');
  await form.getByLabel('Published').fill('someday');
  await form.getByRole('button', { name: 'Save' }).click();
  // one line, and nothing stored until every value can be read
  await expect(form.getByRole('alert')).toHaveText(/^“someday” is not a time Tally can read/);
  await form.getByLabel('Published').fill('15 July 2016 01:40 GMT');
  await page.screenshot({ path: testInfo.outputPath('details-form.png') });
  await form.getByRole('button', { name: 'Save' }).click();
  const saved = library.reader.getByTestId('details-saved');
  await expect(saved).toContainText('Saved for every version of the article.');

  await expect(field('Outlet')).toContainText('Reuters');
  await expect(field('Outlet').getByTestId('stated-in')).toHaveText('as you corrected it');
  await expect(field('Published')).toContainText(/Jul 15, 2016/);
  await expect(page.getByRole('region', { name: 'Articles' })).toContainText('Reuters · 1 version');
  await page.screenshot({ path: testInfo.outputPath('details-corrected.png') });

  // undo: what the capture says, again
  await saved.getByRole('button', { name: 'Undo' }).click();
  await expect(field('Outlet')).toContainText('not named in the capture');
  await expect(field('Published')).toHaveText('—');
  await page.reload();
  await expect(field('Outlet')).toContainText('not named in the capture');
});

test('events are renamed, moved to the trash after asking, restored, and an article moves to another event and back', async ({ library, page }, testInfo) => {
  await library.createEvent('Nice');
  await library.importFiles([newsPath('nice_truck_attack_reuters.txt'), newsPath('ecuador_quake_reuters.txt')]);
  await library.createEvent('Ecuador earthquake');
  await library.importFiles([newsPath('ecuador_quake_nbc_day1.txt')]);
  const events = page.getByRole('navigation', { name: 'Events' });
  const articles = page.getByRole('region', { name: 'Articles' });

  // the Ecuador story imported into Nice by mistake goes where it belongs, and can come back
  await events.getByRole('button', { name: /^Nice/ }).click();
  await expect(articles.getByRole('heading', { name: /^Hopes dim/ })).toBeVisible();
  await rearrange(articles, /^Rearrange Hopes dim/, 'Move to event', 'Ecuador earthquake');
  const note = page.getByRole('status').filter({ hasText: 'Moved “Hopes dim' });
  await expect(note).toContainText('to “Ecuador earthquake”.');
  await expect(articles.getByRole('heading', { name: /^Hopes dim/ })).toHaveCount(0);
  await expect(events.getByRole('button', { name: /^Ecuador earthquake/ })).toContainText('2 articles');
  await page.screenshot({ path: testInfo.outputPath('article-moved.png') });
  await note.getByRole('button', { name: 'Undo' }).click();
  await expect(articles.getByRole('heading', { name: /^Hopes dim/ })).toBeVisible();

  // renamed, then trashed after asking: out of the list, in the trash, and back
  await events.getByRole('button', { name: 'Rename…' }).click();
  await events.getByLabel('New name').fill('Nice truck attack, July 2016');
  await events.getByRole('button', { name: 'Rename', exact: true }).click();
  await expect(events.getByRole('button', { name: /^Nice truck attack, July 2016/ })).toBeVisible();
  await events.getByRole('button', { name: 'Move to trash…' }).click();
  const ask = events.getByRole('alertdialog');
  await expect(ask).toContainText('Its articles and versions stay in the library');
  await ask.getByRole('button', { name: 'Move to trash' }).click();
  await expect(events.getByRole('button', { name: /^Nice truck attack/ })).toHaveCount(0);
  await expect(events.getByRole('status')).toContainText('“Nice truck attack, July 2016” is in the trash.');
  const trash = events.locator('details.event-trash');
  await trash.locator('summary').click();
  await expect(trash).toContainText('Nice truck attack, July 2016');
  await page.screenshot({ path: testInfo.outputPath('event-trashed.png') });
  await trash.getByRole('button', { name: 'Restore' }).click();
  await expect(events.getByRole('button', { name: /^Nice truck attack, July 2016/ })).toContainText('2 articles');
});

/** Chooses a step of an article's Rearrange… list: the option of that label in that group. */
async function rearrange(articles: Locator, name: RegExp, group: string, label: string): Promise<void> {
  const list = articles.getByRole('combobox', { name });
  await list.selectOption((await list.locator(`optgroup[label="${group}"] > option`, { hasText: label }).first().getAttribute('value'))!);
}

/** Chooses the first step of a group in a Rearrange… list. */
async function chooseFirst(list: Locator, group: string): Promise<void> {
  await list.selectOption((await list.locator(`optgroup[label="${group}"] > option`).first().getAttribute('value'))!);
}

test('an article is filed in a second event and taken out, two articles merge into one and part again, a joined revision is kept apart, each undone', async ({ library, page }, testInfo) => {
  await library.createEvent('Taiwan quake');
  await library.importFiles([newsPath('taiwan_quake_reuters_v1_huffpost.txt'), newsPath('taiwan_quake_reuters_v2.txt'), newsPath('taiwan_quake_bloomberg.txt')]);
  // the import says it joined the Reuters revision to the HuffPost run of the wire, and keeps it apart in one step
  const joined = page.getByRole('list', { name: 'Joined as revisions' });
  await expect(joined).toContainText('taiwan_quake_reuters_v2.txt: a new version of an article already here, the same story by its wording');
  await joined.getByRole('button', { name: 'Keep apart' }).click();
  await expect(joined).toContainText('kept apart, as an article of its own');
  const articles = page.getByRole('region', { name: 'Articles' });
  await expect(articles.getByRole('heading', { level: 3 })).toHaveCount(3);
  await joined.getByRole('button', { name: 'Undo' }).click();
  await expect(articles.getByRole('heading', { level: 3 })).toHaveCount(2);
  await page.getByRole('button', { name: 'Dismiss import report' }).click();

  // the reader says how the revision joined, and splits it out from there too
  await articles.locator('button[data-version]').nth(1).click();
  const reader = page.getByRole('article', { name: 'Reader' });
  await expect(reader).toContainText('at import: the same story by its wording');
  await reader.getByRole('button', { name: 'Keep apart' }).click();
  await expect(articles.getByRole('heading', { level: 3 })).toHaveCount(3);
  await reader.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(articles.getByRole('heading', { level: 3 })).toHaveCount(2);

  // Bloomberg's story merged into the wire's article by mistake, and parted again
  await chooseFirst(articles.getByRole('combobox').nth(1), 'Merge into article');
  const note = page.getByRole('status').filter({ hasText: 'Merged “' });
  await expect(note).toContainText('1 version moved');
  await expect(articles.getByRole('heading', { level: 3 })).toHaveCount(1);
  await page.screenshot({ path: testInfo.outputPath('articles-merged.png') });
  await note.getByRole('button', { name: 'Undo' }).click();
  await expect(articles.getByRole('heading', { level: 3 })).toHaveCount(2);

  // filed in a second event as well: it shows in both, says where it lives, and is taken out of the second
  await library.createEvent('Asia earthquakes 2016');
  const events = page.getByRole('navigation', { name: 'Events' });
  await events.getByRole('button', { name: /^Taiwan quake/ }).click();
  const first = (await articles.getByRole('heading', { level: 3 }).first().textContent())!;
  await chooseFirst(articles.getByRole('combobox').first(), 'Also file in event');
  await expect(page.getByRole('status').filter({ hasText: 'as well' })).toContainText(`Filed “${first}” in “Asia earthquakes 2016” as well.`);
  await events.getByRole('button', { name: /^Asia earthquakes 2016/ }).click();
  await expect(articles.getByRole('heading', { name: first })).toBeVisible();
  await expect(articles).toContainText('filed here from “Taiwan quake”');
  await page.screenshot({ path: testInfo.outputPath('article-filed.png') });
  await articles.getByRole('combobox').first().selectOption('unfile');
  await expect(page.getByRole('status').filter({ hasText: 'Removed' })).toContainText('it stays in “Taiwan quake”');
  await expect(articles.getByRole('heading', { level: 3 })).toHaveCount(0);
});

test('outlets are renamed and merged from one list, the articles show them so, and a merge is undone', async ({ library, page }, testInfo) => {
  await library.importFiles([newsPath('taiwan_quake_reuters_v1_huffpost.txt'), newsPath('ecuador_quake_nbc_day1.txt')]);
  const events = page.getByRole('navigation', { name: 'Events' });
  await events.getByRole('button', { name: 'Outlets…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Outlets' });
  await expect(dialog.getByTestId('outlet-row')).toHaveCount(2);

  const nbc = dialog.getByRole('form', { name: 'Outlet NBCNews.com' });
  await nbc.getByRole('textbox').fill('NBC News');
  await nbc.getByRole('button', { name: 'Rename' }).click();
  await expect(dialog.getByRole('status')).toHaveText(/Renamed “NBCNews.com” to “NBC News”\./);
  const huff = dialog.getByRole('form', { name: 'Outlet Huffington Post' });
  await huff.getByRole('textbox').fill('NBC News');
  await huff.getByRole('button', { name: 'Rename' }).click();
  await expect(dialog.getByRole('status')).toHaveText(/Merged “Huffington Post” into “NBC News”\./);
  await expect(dialog.getByTestId('outlet-row')).toHaveCount(1);
  await expect(dialog.getByTestId('outlet-row')).toContainText('2 articles · as captured: Huffington Post, NBCNews.com');
  await page.screenshot({ path: testInfo.outputPath('outlets.png') });

  await dialog.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(dialog.getByTestId('outlet-row')).toHaveCount(2);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('region', { name: 'Articles' })).toContainText('NBC News · 1 version');
  await expect(page.getByRole('region', { name: 'Articles' })).toContainText('Huffington Post · 1 version');
});
