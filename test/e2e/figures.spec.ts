// The figures of an event: one row per quantity, one column per article,
// each article's values version by version; conflicts and revisions marked;
// a value's sentence on demand.
import { readdirSync, writeFileSync } from 'node:fs';
import { corpusPath, NEWS_DIR, newsPath } from '../fixtures/corpus';
import { madeUpThing, manyFiguresText } from '../fixtures/manyFigures';
import { expect, test } from './fixtures';
import { FiguresPage } from './pages/FiguresPage';

const CBS_TITLE = 'US airstrikes target Iran-backed militias in Syria in Biden’s first military action';

test('the al Bukamal figures: conflicts, revisions and the quote behind a value', async ({ library, page, shell, requests }, testInfo) => {
  await library.importFiles([corpusPath('cbs-bukamal-r1.txt'), corpusPath('cbs-bukamal-r2.txt'), corpusPath('monitor-bukamal.txt'), corpusPath('wire-bukamal.txt')]);
  await expect(library.summary).toHaveText('4 new versions · 0 already in the library · 0 failed');
  // the event's figures are read while its articles show: the Figures view opens from what was read, asking nothing
  const askedForFigures = (): number => requests.filter((url) => url.endsWith('/api/invoke/events:figures')).length;
  await expect.poll(askedForFigures).toBeGreaterThan(0);
  const readAhead = askedForFigures();
  const figures = new FiguresPage(page);
  await figures.open();
  await expect(figures.rows.first()).toBeVisible();
  expect(askedForFigures()).toBe(readAhead);

  // People killed: the sources disagree; CBS revised 17 to 22, another says at least 17.
  const killed = figures.row(/^people killed$/);
  await expect(killed).toHaveCount(1);
  await expect(figures.status(killed)).toHaveText('conflict');
  await expect(figures.status(killed)).toHaveClass(/\bstatus-conflict\b/);
  await expect(figures.values(killed)).toContainText(['17 → 22']);
  await expect(figures.values(killed).filter({ hasText: /^≥ 17$/ })).toHaveCount(1);
  await expect(killed.getByText('Syrian Observatory for Human Rights').first()).toBeVisible();

  // The contractors wounded in total: one article, revised from six to eight.
  const injured = figures.row(/^contractors (injured|wounded) in total$/);
  await expect(injured).toHaveCount(1);
  await expect(figures.status(injured)).toHaveText('revised');
  await expect(figures.status(injured)).toHaveClass(/\bstatus-revised\b/);
  await expect(figures.values(injured)).toHaveText(['6 → 8']);

  // The other side of the discrepancy: the Pentagon gave no figure.
  const none = page.getByTestId('no-figures');
  await expect(none.locator('summary')).toContainText('No figure given by Pentagon (4 statements)');
  await none.locator('summary').click();
  // in the order the versions are read: the monitor states it published first
  await expect(none.locator('mark').first()).toHaveText('gave no figure');
  await expect(none.locator('mark', { hasText: 'did not name any casualties' })).not.toHaveCount(0);

  // Choosing a value shows its sentence, the figure's words emphasised, and where it comes from.
  await expect(figures.quote).toHaveCount(0);
  await figures.value(killed, /^22$/).first().click();
  await expect(figures.quote).toBeVisible();
  await expect(figures.quote.locator('mark')).toHaveText('22');
  await expect(figures.quote).toContainText('22');
  await expect(figures.quotePanel).toContainText(CBS_TITLE);
  await expect(figures.quotePanel).toContainText('v2 of 2');
  await page.screenshot({ path: testInfo.outputPath('figures.png') });

  // Filters: the conflicts only, then the revisions only.
  const agreeing = figures.rows.and(page.locator('[data-status="agree"]'));
  expect(await agreeing.count()).toBeGreaterThan(0);
  const conflictCount = Number(/\((\d+)\)/.exec((await figures.filterButton('Conflicts').textContent()) ?? '')?.[1]);
  await figures.filter('Conflicts');
  await expect(agreeing).toHaveCount(0);
  await expect(figures.rows).toHaveCount(conflictCount);
  await expect(figures.row(/^people killed$/)).toHaveCount(1);
  await expect(figures.row(/^contractors (injured|wounded) in total$/)).toHaveCount(0);
  await figures.filter('Revised');
  await expect(figures.rows.and(page.locator(':not([data-status="revised"])'))).toHaveCount(0);
  await expect(figures.row(/^contractors (injured|wounded) in total$/)).toHaveCount(1);
  await figures.filter('All');

  // Rows move with the keyboard, and Esc goes back to the library.
  await figures.rows.first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(figures.rows.nth(1)).toBeFocused();
  await page.keyboard.press('j');
  await expect(figures.rows.nth(2)).toBeFocused();
  await page.keyboard.press('k');
  await expect(figures.rows.nth(1)).toBeFocused();
  await figures.close();
  await expect(library.articles()).toHaveCount(3);

  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(requests.filter((url) => !url.startsWith(`${shell.origin}/`))).toEqual([]);
});

test('an event without figures says so', async ({ library, page }) => {
  await library.createEvent('Nothing counted yet');
  const figures = new FiguresPage(page);
  await figures.open();
  await expect(figures.empty).toBeVisible();
  await expect(figures.table).toHaveCount(0);
  await page.getByRole('button', { name: '← Library' }).click();
  await expect(figures.screen).toBeHidden();
});

test('curating figures: rename, best value, notes, split and move back, merge, grades and aliases, all kept after a reload', async ({ library, page, shell, requests }, testInfo) => {
  await library.importFiles([corpusPath('cbs-bukamal-r1.txt'), corpusPath('cbs-bukamal-r2.txt'), corpusPath('monitor-bukamal.txt'), corpusPath('wire-bukamal.txt')]);
  await expect(library.summary).toHaveText('4 new versions · 0 already in the library · 0 failed');
  const figures = new FiguresPage(page);
  await figures.open();

  // The figure panel: range, the conservative value, independent sources, and a timeline.
  const killed = figures.row(/^people killed$/);
  await figures.select(killed);
  await expect(figures.detail.getByTestId('fig-detail-range')).toHaveText('1–22');
  await expect(figures.detail.getByTestId('fig-conservative')).toHaveText('1');
  await expect(figures.detail.getByTestId('fig-independent')).toHaveText('3 sources');
  await expect(figures.detail.getByTestId('figure-timeline').locator('circle')).not.toHaveCount(0);

  // Rename, choose a best value, note it.
  await figures.rename('people killed in the strikes');
  await figures.chooseBest('17–22');
  await expect(figures.detail.getByTestId('fig-best')).toHaveText('17–22');
  await figures.addNote('Kataib Hezbollah counts only its own fighters.');
  const renamed = figures.row(/^people killed in the strikes$/);
  await expect(renamed).toContainText('best 17–22');

  // Split the militia's own count off into a figure of its own, then move it back.
  const militia = figures.claims().filter({ hasText: 'Kataib Hezbollah' });
  await militia.getByRole('checkbox').check();
  await figures.detail.getByRole('combobox', { name: 'Move to' }).selectOption({ label: 'a new figure (split)' });
  await figures.detail.getByRole('textbox', { name: 'New figure name' }).fill('militia fighters killed');
  await figures.detail.getByRole('button', { name: 'Move', exact: true }).click();
  await expect(figures.claims().filter({ hasText: 'Kataib Hezbollah' })).toHaveCount(0);
  // without the militia's "one", the lowest credible value is the US official's "a handful"
  await expect(figures.detail.getByTestId('fig-conservative')).toHaveText('3');
  const split = figures.row(/^militia fighters killed$/);
  await expect(split).toHaveCount(1);
  await figures.select(split);
  await expect(figures.claims()).toHaveCount(1);
  await expect(figures.claims()).toContainText('moved here');
  await figures.claims().getByRole('checkbox').check();
  await figures.detail.getByRole('combobox', { name: 'Move to' }).selectOption({ label: 'where grouping puts them' });
  await figures.detail.getByRole('button', { name: 'Move', exact: true }).click();
  await expect(split).toHaveCount(0);
  await figures.select(renamed);
  await expect(figures.claims().filter({ hasText: 'Kataib Hezbollah' })).toHaveCount(1);

  // Merge asks first; the merged figure's claims join the other.
  // the list shows the rows in view: a single-source figure far down is found by its name
  const soldier = figures.row(/^US soldier$/);
  await figures.search('US soldier');
  await figures.select(soldier);
  // the list of other figures fills when it is reached (a thousand would slow every move between figures)
  const mergeInto = figures.detail.getByRole('combobox', { name: /Merge this figure into/ });
  await expect(mergeInto.locator('option')).toHaveCount(1);
  await mergeInto.focus();
  await mergeInto.selectOption({ label: 'US service member wounded in Erbil (3)' });
  await figures.detail.getByRole('button', { name: 'Merge…' }).click();
  await expect(figures.detail.getByRole('alert')).toContainText('join “US service member wounded in Erbil”');
  await figures.detail.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(soldier).toHaveCount(0);
  await figures.search('');
  await expect(figures.detailLabel()).toHaveText('US service member wounded in Erbil');
  await expect(figures.detail.locator('.fig-claims h4')).toContainText('4 claims');
  // the same value from the same source in both captures of an article is one line
  await expect(figures.claims()).toHaveCount(3);
  await expect(figures.claims().filter({ hasText: '2 versions' })).toHaveCount(1);

  // Grade the Observatory E (unreliable): it leaves the conservative value.
  const trucks = figures.row(/^trucks damaged$/);
  await figures.select(trucks);
  await expect(figures.detail.getByTestId('fig-conservative')).toHaveText('3');
  await page.getByRole('button', { name: 'Sources and copies…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sources and copies' });
  await expect(dialog.getByTestId('source-row').first()).toContainText('Syrian Observatory for Human Rights');
  await dialog.getByRole('combobox', { name: 'Grade of Syrian Observatory for Human Rights' }).selectOption('E');
  await dialog.getByRole('textbox', { name: 'Another name for Syrian Observatory for Human Rights' }).fill('SOHR');
  await dialog.getByRole('button', { name: 'Add' }).first().click();
  await expect(dialog.locator('.chip.alias', { hasText: 'SOHR' })).toBeVisible();
  // the first article is its own text: whatever detection finds, it is never a copy
  const copyOf = dialog.getByRole('combobox', { name: /: copy of$/ }).first();
  await copyOf.selectOption('own-text');
  await expect(copyOf).toHaveValue('own-text');
  await page.screenshot({ path: testInfo.outputPath('sources.png') });
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
  await expect(figures.detail.getByTestId('fig-conservative')).toHaveText('—');
  await expect(figures.claims().filter({ hasText: 'Syrian Observatory' }).locator('.badge.grade').first()).toHaveText('E');

  // Everything above is stored: a reload shows it as it was, on the same screen (its address names it).
  await page.reload();
  await expect(figures.screen).toBeVisible();
  await figures.showView('By article');
  await figures.select(figures.row(/^people killed in the strikes$/));
  await expect(figures.detail.getByTestId('fig-best')).toHaveText('17–22');
  await expect(figures.detail.getByTestId('fig-note')).toContainText('Kataib Hezbollah counts only its own fighters.');
  await expect(figures.row(/^US soldier$/)).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('curated.png') });

  // The history reads back every change, newest first.
  await page.getByRole('button', { name: 'History…' }).click();
  const history = page.getByRole('dialog', { name: 'History' }).getByTestId('history-entry');
  await expect(history.first()).toContainText('as its own text, never a copy');
  await expect(history.nth(1)).toContainText('Named “SOHR” as Syrian Observatory for Human Rights');
  await expect(history.filter({ hasText: 'Renamed “people killed” to “people killed in the strikes”' })).toHaveCount(1);
  await expect(history.filter({ hasText: 'Chose 17–22 as the best value of “people killed in the strikes”' })).toHaveCount(1);
  await expect(history.filter({ hasText: 'Split 1 claim off “people killed in the strikes” into “militia fighters killed”' })).toHaveCount(1);
  await expect(history.filter({ hasText: 'Merged “US soldier” into “US service member wounded in Erbil”' })).toHaveCount(1);
  await expect(history.filter({ hasText: 'Graded Syrian Observatory for Human Rights E' })).toHaveCount(1);
  await page.screenshot({ path: testInfo.outputPath('history.png') });
  await page.keyboard.press('Escape');
  expect(requests.filter((url) => !url.startsWith(`${shell.origin}/`))).toEqual([]);
});

test('an event with a thousand figures: only the rows in view are in the page, and the keyboard reaches the last', async ({ library, page }, testInfo) => {
  const file = testInfo.outputPath('port-seizures.txt');
  writeFileSync(file, manyFiguresText(1000));
  await library.importFiles([file]);
  await expect(library.summary).toHaveText('1 new version · 0 already in the library · 0 failed');
  const figures = new FiguresPage(page);
  await figures.open();
  await expect(figures.filterButton('All')).toHaveText('All (1000)');
  await expect(figures.table).toHaveAttribute('aria-rowcount', '1001');
  // virtualised: a screenful of rows, not a thousand
  expect(await figures.rows.count()).toBeLessThan(60);

  await figures.rows.first().click();
  await page.keyboard.press('End');
  const last = figures.row(new RegExp(`^${madeUpThing(999)} seized$`));
  await expect(last).toHaveAttribute('aria-selected', 'true');
  await expect(figures.detailLabel()).toHaveText(`${madeUpThing(999)} seized`);
  await page.keyboard.press('ArrowUp');
  await expect(figures.detailLabel()).toHaveText(`${madeUpThing(998)} seized`);
  await page.keyboard.press('Home');
  await expect(figures.detailLabel()).toHaveText(`${madeUpThing(0)} seized`);
  expect(await figures.rows.count()).toBeLessThan(60);
  await page.screenshot({ path: testInfo.outputPath('thousand.png') });
});

test('by source: each figure with one row per source, what it says now and before, its low, best and high, and the reason for the verdict', async ({ library, page }) => {
  await library.importFiles([corpusPath('cbs-bukamal-r1.txt'), corpusPath('cbs-bukamal-r2.txt'), corpusPath('monitor-bukamal.txt'), corpusPath('wire-bukamal.txt')]);
  await expect(library.summary).toHaveText('4 new versions · 0 already in the library · 0 failed');
  const figures = new FiguresPage(page);
  await figures.open('By source');

  // people killed: the monitor's 22 (after 17) against the militia's one; the reason names both
  const killed = figures.block(/^people killed$/);
  await expect(killed).toHaveCount(1);
  await expect(figures.status(killed)).toHaveText('conflict');
  await expect(killed.getByTestId('fig-reason')).toHaveText('Syrian Observatory for Human Rights says 22; Kataib Hezbollah says 1: both cannot be true.');
  const monitor = figures.sourceRow(killed, 'Syrian Observatory for Human Rights');
  await expect(monitor.getByTestId('fsr-says')).toHaveText('22');
  await expect(monitor.getByTestId('fsr-before')).toContainText('17 → 22');
  await expect(monitor.getByTestId('fsr-best')).toHaveText('22');
  // "a handful" of dead, says a US official: a range with no best value
  const official = figures.sourceRow(killed, 'US defense official');
  await expect(official.getByTestId('fsr-low')).toHaveText('3');
  await expect(official.getByTestId('fsr-best')).toHaveText('–');
  await expect(official.getByTestId('fsr-high')).toHaveText('5');

  // the figures of another incident than the event's own (Erbil, the attack before the strikes) are folded until opened
  // (after the event's own figures: the list is scrolled to its end, where the other incidents stand)
  await page.locator('.figures-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  const erbil = figures.screen.getByRole('button', { name: /^▸ In Erbil · \d+ figures?, folded$/ });
  await expect(erbil).toHaveAttribute('aria-expanded', 'false');
  await expect(figures.block(/^contractors killed in Erbil$/)).toHaveCount(0);
  await erbil.click();
  await expect(figures.screen.getByRole('button', { name: /^▾ In Erbil/ })).toHaveAttribute('aria-expanded', 'true');
  await expect(figures.block(/^contractors killed in Erbil$/)).toHaveCount(1);

  // a source's amount opens its quote beside the list
  await page.locator('.figures-scroll').evaluate((el) => el.scrollTo(0, 0));
  await monitor.getByRole('button', { name: '22' }).click();
  await expect(figures.quote).toBeVisible();
  await expect(figures.quote.locator('mark')).toHaveText('22');

  // the keys move from figure to figure in reading order, and the view is remembered the next time the Figures open
  const first = await page.locator('article.fig-block[aria-current="true"] .fig-label-text').textContent();
  await page.keyboard.press('j');
  await expect(page.locator('article.fig-block[aria-current="true"] .fig-label-text')).not.toHaveText(first ?? '');
  await figures.close();
  await page.getByRole('navigation', { name: 'Events' }).getByRole('button', { name: 'Figures', exact: true }).click();
  await expect(figures.screen.getByRole('group', { name: 'View' }).getByRole('button', { name: 'By source' })).toHaveAttribute('aria-pressed', 'true');
});

test('with ten articles, neither view of the figures scrolls sideways at 1440 × 900', async ({ library, page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  // first captures only, so that each file is an article of its own
  const ten = readdirSync(NEWS_DIR).filter((n) => !/_(?:v2|early|day2)\.txt$/.test(n)).sort().slice(0, 10);
  await library.importFiles(ten.map(newsPath));
  await expect(library.summary).toHaveText('10 new versions · 0 already in the library · 0 failed');
  await expect(library.articles()).toHaveCount(10);
  const figures = new FiguresPage(page);
  for (const view of ['By source', 'By article'] as const) {
    await figures.open(view);
    const scroller = page.locator('.figures-scroll');
    await expect(scroller.locator('article.fig-block, tbody tr[data-index]').first()).toBeVisible();
    expect(await scroller.evaluate((el) => el.scrollWidth - el.clientWidth), view).toBeLessThanOrEqual(0);
    await figures.close();
  }
});

test('a value the extraction missed is added to its figure, shows as its source’s row, and is undone', async ({ library, page }) => {
  await library.paste(
    'At least 12 soldiers were killed in the clash on Tuesday, the army said.\n\nLocal medics said that by nightfall their list of the dead had reached the low thirties.\n',
    'Border clash toll rises',
  );
  const figures = new FiguresPage(page);
  await figures.open('By source');
  const killed = figures.block(/^troops killed$/);
  await expect(killed).toHaveCount(1);
  await figures.select(killed);

  const add = figures.detail.getByTestId('fig-add');
  await add.locator('summary').click();
  await add.getByLabel('Its words in the text').fill('the low thirties');
  await add.getByLabel('Low', { exact: true }).fill('30');
  await add.getByLabel('High', { exact: true }).fill('33');
  await add.getByLabel('approximate').check();
  await add.getByLabel('Who gives it').fill('Local medics');
  await add.getByRole('button', { name: /^Add to / }).click();
  await expect(add.getByRole('status')).toContainText('Added “the low thirties”, given by Local medics.');
  const medics = figures.sourceRow(killed, 'Local medics');
  await expect(medics.getByTestId('fsr-says')).toHaveText('30–33 (the low thirties)');

  // words that are not in the text are refused in one line
  await add.getByLabel('Its words in the text').fill('forty bodies');
  await add.getByLabel('Low', { exact: true }).fill('40');
  await add.getByRole('button', { name: /^Add to / }).click();
  await expect(add.getByRole('alert')).toHaveText('Those words are not in that version’s text: copy them from the reader.');

  await add.getByRole('button', { name: 'Undo' }).click();
  await expect(medics).toHaveCount(0);
});

test('a source’s value is overridden with the reason, from its quote, and put back', async ({ library, page }) => {
  await library.paste('At least 12 soldiers were killed in the clash on Tuesday, the army said.\n', 'Border clash toll rises');
  const figures = new FiguresPage(page);
  await figures.open('By source');
  const killed = figures.block(/^troops killed$/);
  const army = figures.sourceRow(killed, 'army');
  await army.getByRole('button', { name: '≥ 12' }).click();
  await expect(figures.quote).toBeVisible();

  const override = figures.detail.getByTestId('fig-override');
  await override.locator('summary').click();
  await override.getByLabel('Number').fill('14');
  await override.getByRole('button', { name: 'Override' }).click();
  await expect(override.getByRole('alert')).toHaveText('Say why: the note is kept with the value.');
  await override.getByLabel('Why').fill('The army’s statement of Wednesday gives 14.');
  await override.getByRole('button', { name: 'Override' }).click();

  const done = figures.detail.getByRole('status').filter({ hasText: 'Overridden' });
  await expect(done).toHaveText(/^Overridden: ≥ 12 is now 14, with your note\./);
  await expect(army.getByTestId('fsr-says')).toHaveText('14');
  await expect(figures.detail.getByTestId('fig-note')).toContainText('The army’s statement of Wednesday gives 14.');

  await done.getByRole('button', { name: 'Undo' }).click();
  await expect(army.getByTestId('fsr-says')).toHaveText('≥ 12');
  await expect(figures.detail.getByTestId('fig-note')).toHaveCount(0);
});

test('an article captured again and again, going back and forth, reads as its latest changes, the earlier ones counted and a click away', async ({ library, page }, testInfo) => {
  // twelve captures of one monitor's page, its toll going back and forth between 17 and 22
  const paths = Array.from({ length: 12 }, (_, i) => {
    const path = testInfo.outputPath(`monitor-capture-${String(i).padStart(2, '0')}.txt`);
    writeFileSync(path, `Monitor: strikes near al Bukamal\n\nThe Syrian Observatory for Human Rights said ${i % 2 ? 22 : 17} people were killed in the strikes near al Bukamal.\n\nCapture ${i + 1}.\n`);
    return path;
  });
  await library.importFiles(paths);
  await expect(library.summary).toHaveText('12 new versions · 0 already in the library · 0 failed');
  const figures = new FiguresPage(page);
  await figures.open('By source');
  const killed = figures.block(/^people killed$/);
  await expect(killed).toHaveCount(1);
  // eleven earlier amounts: the latest six written out, the five before them counted, all of them in the tooltip
  const before = figures.sourceRow(killed, 'Syrian Observatory for Human Rights').getByTestId('fsr-before');
  await expect(before).toHaveText('5 earlier changes … 22 → 17 → 22 → 17 → 22 → 17');
  await expect(before).toHaveAttribute('title', '17 → 22 → 17 → 22 → 17 → 22 → 17 → 22 → 17 → 22 → 17');
  // its claims: the latest four lines of the article, then all twelve on request
  await killed.locator('.fig-label-text').click();
  await expect(figures.claims()).toHaveCount(4);
  await figures.detail.getByRole('button', { name: 'Show 8 earlier lines' }).click();
  await expect(figures.claims()).toHaveCount(12);
  // the timeline: one point per capture here, the captures being far enough apart on its axis to tell apart
  const point = figures.detail.getByTestId('figure-timeline').locator('circle.fig-point').last();
  await expect(point).toBeVisible();
  // a point's tooltip is written when the pointer reaches it
  await expect(point.locator('title')).toHaveCount(0);
  await point.hover();
  await expect(point.locator('title')).toHaveText(/^Syrian Observatory for Human Rights: 22, Monitor: strikes near al Bukamal, captured /);
});
