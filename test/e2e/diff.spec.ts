// Comparing two versions of an article: the figures that changed, old → new,
// beside the text; added, removed, changed and moved sentences marked inline
// and side by side; next/previous change from the keyboard; minor edits
// hidden until asked for; a rewrite shown side by side.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { corpusBytes, corpusPath, corpusText } from '../fixtures/corpus';
import { expect, test } from './fixtures';

const CBS_TITLE = 'US airstrikes target Iran-backed militias in Syria in Biden’s first military action';
const PROTEST_TITLE = 'Tens of thousands march in Carrow against pension reform';

test('the CBS revisions: five figures changed, the Sullivan passage added, the credit line changed', async ({ library, diff, page, shell, requests }, testInfo) => {
  await library.importFiles([corpusPath('cbs-bukamal-r1.txt'), corpusPath('cbs-bukamal-r2.txt')]);
  await expect(library.summary).toHaveText('2 new versions · 0 already in the library · 0 failed');
  await expect(library.articles()).toHaveCount(1);
  await diff.open(CBS_TITLE);

  // The latest two, the earlier on the left.
  await expect(diff.earlier.locator('option:checked')).toHaveText(/^v1 · /);
  await expect(diff.later.locator('option:checked')).toHaveText(/^v2 · /);
  await expect(diff.inline).toBeVisible();
  await expect(diff.summary).toHaveText(/^\d+ sentences? added · \d+ removed · \d+ changed · \d+ moved · \d+ minor · 5 figures changed(, \d+ appeared)? · \d+\s% of the text unchanged$/);

  // The figures, old → new, with what they count.
  const killed = diff.figureChange(/^17$/, /^22$/);
  await expect(killed).toHaveCount(1);
  await expect(killed.getByTestId('fig-subject')).toHaveText(/killed/);
  await expect(killed.getByTestId('fig-source')).toHaveText('Syrian Observatory for Human Rights');
  const injured = diff.figureChange(/^6\b.*six\)$/, /^8\b.*eight\)$/);
  await expect(injured).toHaveCount(1);
  await expect(injured.getByTestId('fig-subject')).toHaveText(/contractors injured/);
  const evacuated = diff.figureChange(/^1 \(one\)$/, /^2 \(two\)$/);
  await expect(evacuated).toHaveCount(1);
  await evacuated.getByText('Sentences').click();
  await expect(evacuated.locator('.fig-sentence')).toHaveText([/^Before: .*one serious enough to require evacuation\.$/, /^After: .*two serious enough to require evacuation\.$/]);
  const rockets = diff.figureChange(/^12 \(about a dozen\)$/, /^14$/);
  await expect(rockets).toHaveCount(1);
  await expect(rockets.getByTestId('fig-subject')).toHaveText(/rockets/);
  const attacks = diff.figureChange(/^≥ 20$/, /^24\+ \(dozens\)$/);
  await expect(attacks).toHaveCount(1);
  await expect(attacks.getByTestId('fig-subject')).toHaveText(/Israeli attacks/);

  // The figure's old words are struck and its new ones inserted, in the text.
  const killedMarks = await diff.marksOf(killed);
  await expect(diff.inline.locator('del').filter({ has: killedMarks })).toHaveText('17');
  await expect(diff.inline.locator('ins').filter({ has: killedMarks })).toHaveText('22');
  // Choosing a change in the list brings its words into view, highlighted.
  await rockets.getByRole('button').first().click();
  const rocketMark = (await diff.marksOf(rockets)).and(page.locator('[data-side="after"]'));
  await expect(rocketMark).toHaveText('14');
  await expect(rocketMark).toHaveClass(/\bselected\b/);
  await expect(rocketMark).toBeInViewport();

  // The Sullivan passage is added, not changed; the credit line is changed in place.
  await expect(diff.units('added', /^Sullivan: Biden is ready for talks with Iran/)).toHaveCount(1);
  await expect(diff.units('changed', /Sullivan/)).toHaveCount(0);
  const credit = diff.units('changed', /contributed reporting/);
  await expect(credit).toHaveCount(1);
  await expect(credit).toHaveText('Eleanor Watson and Tucker Reals contributed reporting.');
  await expect(credit.locator('ins')).toHaveText(['and Tucker Reals ']);
  await expect(credit.locator('del')).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('diff-inline.png') });

  // Side by side: the earlier sentence left, the later right, with the same marks.
  await diff.view('Side by side');
  const creditRow = diff.units('changed', /contributed reporting/);
  await expect(creditRow.locator('.cell.before')).toHaveText('Eleanor Watson contributed reporting.');
  await expect(creditRow.locator('.cell.after')).toHaveText('Eleanor Watson and Tucker Reals contributed reporting.');
  // An added sentence stands in the right column, with nothing beside it on the left.
  const sullivan = diff.units('added', /Sullivan/);
  await expect(sullivan).toHaveClass(/\bafter\b/);
  await expect(sullivan).toHaveText(/^Sullivan: Biden is ready/);
  await expect(sullivan.locator('xpath=..').locator('.cell.before')).toHaveClass(/\bblank\b/);
  await expect(diff.sideBySide.locator('.cell.before mark.fig-mark', { hasText: /^17$/ })).toHaveCount(1);
  await expect(diff.sideBySide.locator('.cell.after mark.fig-mark', { hasText: /^22$/ })).toHaveCount(1);
  await killed.getByRole('button').first().click();
  await page.screenshot({ path: testInfo.outputPath('diff-side-by-side.png') });

  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(requests.filter((url) => !url.startsWith(`${shell.origin}/`))).toEqual([]);
});

test('the City Daily revisions: arrests and injured officers changed, a new police estimate and damaged shops appeared', async ({ library, diff }) => {
  await library.importFiles([corpusPath('protest-citydaily-r1.txt'), corpusPath('protest-citydaily-r2.txt')]);
  await expect(library.articles()).toHaveCount(1);
  await diff.open(PROTEST_TITLE);

  const arrests = diff.figureChange(/^12$/, /^19$/);
  await expect(arrests).toHaveCount(1);
  await expect(arrests.getByTestId('fig-subject')).toHaveText(/arrests/);
  const officers = diff.figureChange(/^3 \(Three\)$/, /^5 \(Five\)$/);
  await expect(officers).toHaveCount(1);
  await expect(officers.getByTestId('fig-subject')).toHaveText(/officers injured/);
  const estimate = diff.appeared(/^21,000$/);
  await expect(estimate).toHaveCount(1);
  await expect(estimate.getByTestId('fig-source')).toHaveText(/Police/);
  await expect(diff.appeared(/^≥ 30$/)).toHaveCount(1);
  await expect(diff.appeared(/^≥ 30$/).getByTestId('fig-subject')).toHaveText(/shops/);
  // The unchanged figures are not listed.
  await expect(diff.figureItems.filter({ hasText: '65,000' })).toHaveCount(0);
});

test('n / p and ] / [ step through the changes, Esc goes back, every control takes focus', async ({ library, diff, page }) => {
  await library.importFiles([corpusPath('cbs-bukamal-r1.txt'), corpusPath('cbs-bukamal-r2.txt')]);
  await diff.open(CBS_TITLE);
  await expect(diff.position).toHaveText(/^\d+ changes$/);
  const total = Number((await diff.position.textContent())!.match(/\d+/)![0]);
  expect(total).toBeGreaterThan(3);

  await page.keyboard.press('n');
  await expect(diff.position).toHaveText(`Change 1 of ${total}`);
  await expect(diff.current()).toHaveCount(1);
  await expect(diff.current()).not.toHaveAttribute('data-kind', 'same');
  const first = await diff.current().getAttribute('data-unit');
  await page.keyboard.press('n');
  await expect(diff.position).toHaveText(`Change 2 of ${total}`);
  await page.keyboard.press(']');
  await expect(diff.position).toHaveText(`Change 3 of ${total}`);
  await expect(diff.current()).toBeInViewport();
  await page.keyboard.press('p');
  await expect(diff.position).toHaveText(`Change 2 of ${total}`);
  await page.keyboard.press('[');
  await expect(diff.position).toHaveText(`Change 1 of ${total}`);
  await expect(diff.current()).toHaveAttribute('data-unit', first!);
  // The last change is as far as it goes.
  for (let i = 0; i < total + 2; i++) await page.keyboard.press('n');
  await expect(diff.position).toHaveText(`Change ${total} of ${total}`);
  await expect(diff.current()).toBeInViewport();

  // The same keys in the side-by-side view, on the same change.
  await diff.view('Side by side');
  await expect(diff.current()).toHaveCount(1);
  await page.keyboard.press('p');
  await expect(diff.position).toHaveText(`Change ${total - 1} of ${total}`);
  await expect(diff.current()).toBeInViewport();

  // Tab reaches every control, with a visible focus ring.
  await diff.screen.focus();
  const reached: string[] = [];
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    reached.push(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.getAttribute('aria-label') ?? document.activeElement?.textContent?.trim() ?? ''));
  }
  for (const name of ['← Library', 'Earlier version', 'Swap versions', 'Later version', 'Inline', 'Side by side', '↑ Previous', '↓ Next']) expect(reached).toContain(name);
  await page.getByRole('button', { name: '↓ Next' }).focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: '↓ Next' })).toHaveCSS('outline-style', 'solid');

  // Swapping puts the later version on the left.
  await page.getByRole('button', { name: 'Swap versions' }).click();
  await expect(diff.earlier.locator('option:checked')).toHaveText(/^v2 · /);
  await expect(diff.figureChange(/^22$/, /^17$/)).toHaveCount(1);

  await diff.close();
  await expect(page.getByRole('button', { name: `Compare versions of ${CBS_TITLE}` })).toBeFocused();
});

test('minor edits are hidden until asked for, and counted apart', async ({ library, diff, page }) => {
  await library.paste('Police said 12 people were arrested. "It was calm," she said. The march ended at six.', 'Carrow march');
  await library.paste('Police said 19 people were arrested. \u201cIt was calm,\u201d she said. The march ended at six!', 'Carrow march');
  await expect(library.articles()).toHaveCount(1);
  await diff.open('Carrow march');
  await expect(diff.summary).toHaveText(/ · 1 changed · 0 moved · 2 minor · /);
  await expect(diff.minorToggle).not.toBeChecked();
  await expect(diff.minorToggle).toHaveAccessibleName('Show minor changes (2)');
  await expect(diff.units('changed')).toHaveCount(1);
  await expect(diff.units('same', /It was calm/)).toHaveCount(1);
  await expect(diff.position).toHaveText('1 change');

  await diff.minorToggle.check();
  await expect(diff.units('changed')).toHaveCount(3);
  await expect(diff.units('changed', /It was calm/)).toHaveClass(/\bminor\b/);
  await expect(diff.units('changed', /It was calm/).locator('del')).toHaveText(['"', '"']);
  await expect(diff.position).toHaveText('3 changes');
  await page.keyboard.press('n');
  await page.keyboard.press('n');
  await expect(diff.current()).toHaveText(/It was calm/);
});

test('a moved sentence is shown as moved, with where it stood, not as a deletion and an insertion', async ({ library, diff, page }, testInfo) => {
  const killed = 'The monitor said 22 people were killed in the strikes on Friday.';
  const pentagon = 'The Pentagon did not give a casualty figure for the operation.';
  const border = 'Residents said the border crossing stayed closed through the weekend.';
  const bombs = 'Seven bombs were dropped on the site, officials said.';
  await library.paste([killed, pentagon, border, bombs].join('\n\n'), 'Strike toll');
  await library.paste([pentagon, border, killed, `${bombs} Aid groups were kept away.`].join('\n\n'), 'Strike toll');
  await diff.open('Strike toll');
  await expect(diff.summary).toHaveText(/^1 sentence added · 0 removed · 0 changed · 1 moved · /);
  const moved = diff.units('moved');
  await expect(moved).toHaveText([killed]);
  await expect(moved).toHaveAttribute('data-badge', 'moved from ¶\u00a01');
  await expect(moved).toHaveCSS('outline-style', 'dotted');
  await expect(diff.units('removed')).toHaveCount(0);
  await expect(diff.units('added')).toHaveText(['Aid groups were kept away.']);
  await page.keyboard.press('n');
  await expect(diff.current()).toHaveText(killed);
  await page.screenshot({ path: testInfo.outputPath('diff-moved.png') });
  await diff.view('Side by side');
  await expect(diff.units('moved').locator('.cell.before')).toHaveText(killed);
  await expect(diff.units('moved').locator('.cell.after')).toHaveText(killed);
});

test('a rewrite opens side by side with a notice; one version and identical versions say so', async ({ library, diff, page }, testInfo) => {
  const body = (text: string): string => text.split('\n').slice(2).join('\n').trim();
  await library.paste(body(corpusText('cbs-bukamal-r1.txt')), 'Strikes in Syria');
  await library.reader.getByRole('button', { name: 'Compare versions' }).click();
  await expect(page.getByText('This article has one version: capture another to compare.')).toBeVisible();
  await diff.close();

  await library.paste(body(corpusText('wire-bukamal.txt')), 'Strikes in Syria');
  await expect(library.articles()).toHaveCount(1);
  await diff.open('Strikes in Syria');
  await expect(diff.rewriteNotice).toHaveText(/^Most of the text was rewritten \(\d+\s% unchanged\): showing both versions side by side\.$/);
  await expect(diff.sideBySide).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('diff-rewrite.png') });
  await diff.view('Inline');
  await expect(diff.rewriteNotice).toBeVisible();
  await diff.close();

  await library.paste('The toll rose to 22, the monitor said.\n', 'Toll update');
  await library.paste('The toll rose to 22, the monitor said.\n\n', 'Toll update');
  await diff.open('Toll update');
  await expect(page.getByText('These two versions are identical.')).toBeVisible();
  await expect(diff.figureItems).toHaveCount(0);
});

const WIRE_TITLE = 'Carrow pension protest draws crowd of 20,000, police say';

test('two articles of one event compared: picked per side, kept in the address, the changes in the strip, copied and saved', async ({ library, diff, page, context, shell }, testInfo) => {
  await library.importFiles([corpusPath('protest-citydaily-r1.txt'), corpusPath('protest-citydaily-r2.txt'), corpusPath('protest-wire.txt')]);
  await expect(library.articles()).toHaveCount(2);
  await page.screenshot({ path: testInfo.outputPath('library-across.png') });
  await diff.openAcross(PROTEST_TITLE);

  // The City Daily's latest version against the wire's, each picker grouped by article and naming it.
  await expect(diff.earlier.locator('option:checked')).toHaveText(/^v2 · /);
  await expect(diff.later.locator('option:checked')).toHaveText(/^v1 · /);
  expect(await diff.pickedArticle(diff.earlier)).toContain(PROTEST_TITLE);
  expect(await diff.pickedArticle(diff.later)).toContain(WIRE_TITLE);
  await expect(diff.earlier.locator('optgroup')).toHaveCount(2);
  await expect(diff.screen.locator('h2.diff-title')).toHaveText(new RegExp(`${PROTEST_TITLE}.*against.*${WIRE_TITLE.replace(/[.,]/g, '.')}`));
  await expect(diff.figureItems.first()).toBeVisible();

  // The address names both versions: a reload, and back after leaving, land on the same pair.
  await expect(page).toHaveURL(/#\/events\/\d+\/compare\/versions\/\d+\/\d+$/);
  const address = page.url();
  await page.reload();
  await expect(diff.summary).toBeVisible();
  expect(await diff.pickedArticle(diff.earlier)).toContain(PROTEST_TITLE);
  expect(await diff.pickedArticle(diff.later)).toContain(WIRE_TITLE);

  // Another version picked for one side: the City Daily's first against the wire, in the address too.
  await diff.earlier.selectOption({ label: (await diff.earlier.locator('optgroup').first().locator('option').first().textContent())! });
  await expect(diff.earlier.locator('option:checked')).toHaveText(/^v1 · /);
  await expect(page).not.toHaveURL(address);
  await expect(page).toHaveURL(/#\/events\/\d+\/compare\/versions\/\d+\/\d+$/);

  // The strip: where the changes sit, a changed figure marked apart; a mark clicked brings its change into view.
  await expect(diff.strip).toBeVisible();
  const marks = diff.strip.getByRole('button');
  expect(await marks.count()).toBeGreaterThan(2);
  await expect(diff.strip.locator('[data-kind="figure"]').first()).toBeVisible();
  const last = marks.last();
  const unit = await last.getAttribute('data-target-unit');
  await last.click();
  await expect(diff.current()).toHaveAttribute('data-unit', unit!);
  await expect(diff.current()).toBeInViewport();
  // one Tab stop; the arrows move along it
  await marks.first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(marks.nth(1)).toBeFocused();
  await page.screenshot({ path: testInfo.outputPath('diff-across.png') });

  // Copied as Markdown and as HTML, both versions named by outlet, title, version and hash.
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: shell.origin });
  const hashes = (['protest-citydaily-r1.txt', 'protest-wire.txt'] as const).map((name) => createHash('sha256').update(corpusBytes(name)).digest('hex'));
  await diff.screen.getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect(diff.exportStatus).toHaveText('Copied as Markdown');
  const md = await page.evaluate(() => navigator.clipboard.readText());
  expect(md).toMatch(/^# Comparison of two versions\n/);
  expect(md).toContain(`**Earlier:** `);
  expect(md).toContain(`\`${hashes[0]}\``);
  expect(md).toContain(`\`${hashes[1]}\``);
  expect(md).toContain(`${WIRE_TITLE} (v1)`);
  await diff.screen.getByRole('button', { name: 'Copy as HTML' }).click();
  await expect(diff.exportStatus).toHaveText('Copied as HTML');
  // rich text for a word processor (the browser inlines the styles), the page's source for a plain-text paste
  const [html, source] = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return [await (await item!.getType('text/html')).text(), await navigator.clipboard.readText()];
  });
  expect(html).toMatch(/<h1[^>]*>Comparison of two versions<\/h1>/);
  expect(html).toContain(hashes[1]);
  expect(source).toMatch(/^<!doctype html>/);

  // Saved as an HTML page: a download, named for both sides, that needs nothing else.
  const downloading = page.waitForEvent('download');
  await diff.screen.getByRole('button', { name: 'Save as HTML…' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^compare-.+-v1-.+-v1\.html$/);
  const saved = readFileSync(await download.path(), 'utf8');
  expect(saved).toMatch(/^<!doctype html>/);
  expect(saved).not.toMatch(/<script/i);
  expect(saved).toContain(hashes[0]);
  const savingMd = page.waitForEvent('download');
  await diff.screen.getByRole('button', { name: 'Save as Markdown…' }).click();
  expect((await savingMd).suggestedFilename()).toMatch(/\.md$/);

  // Back to the library, focus on the button that opened the comparison; Back in the browser returns to the same pair.
  await diff.close();
  await expect(page.getByRole('button', { name: `Compare ${PROTEST_TITLE} with another article` })).toBeFocused();
  await page.goBack();
  await expect(diff.summary).toBeVisible();
  await expect(diff.earlier.locator('option:checked')).toHaveText(/^v1 · /);
  expect(await diff.pickedArticle(diff.later)).toContain(WIRE_TITLE);
});

test('ignore case and whitespace: a change that is only case or spacing vanishes, the figure change stays, the choice is kept', async ({ library, diff, page }, testInfo) => {
  await library.paste('Police said 12 people were arrested in the capital. The march ended peacefully at the Town Hall.', 'City Daily: march report');
  await library.paste('police said 19 people were arrested in the capital. The march ended  peacefully at the town hall.', 'Wire: march report');
  await expect(library.articles()).toHaveCount(2);
  await diff.openAcross('City Daily: march report');
  await expect(diff.ignoreCase).not.toBeChecked();
  await expect(diff.units('changed')).toHaveCount(2);
  await expect(diff.figureChange(/^12$/, /^19$/)).toHaveCount(1);

  await expect(diff.summary).toHaveText(/ · 2 changed · 0 moved · 0 minor · /);

  // case ignored, the second sentence differs only in its spacing: a minor change, hidden
  await diff.ignoreCase.check();
  await expect(diff.summary).toHaveText(/ · 1 changed · 0 moved · 1 minor · /);
  await expect(diff.units('changed')).toHaveCount(1);
  // spacing ignored too, it is kept as it was
  await diff.ignoreWhitespace.check();
  await expect(diff.summary).toHaveText(/ · 1 changed · 0 moved · 0 minor · /);
  await expect(diff.units('changed')).toHaveCount(1);
  await expect(diff.units('same', /peacefully/)).toHaveCount(1);
  // the figure still changed, its words still struck and inserted
  await expect(diff.figureChange(/^12$/, /^19$/)).toHaveCount(1);
  await expect(diff.units('changed').locator('del')).toHaveText(['12']);
  await expect(diff.units('changed').locator('ins')).toHaveText(['19']);
  await page.screenshot({ path: testInfo.outputPath('diff-ignoring.png') });

  // kept for the next comparison, after a reload too
  await page.reload();
  await expect(diff.summary).toBeVisible();
  await expect(diff.ignoreCase).toBeChecked();
  await expect(diff.ignoreWhitespace).toBeChecked();
  await expect(diff.units('changed')).toHaveCount(1);
  await diff.ignoreCase.uncheck();
  await expect(diff.units('changed')).toHaveCount(2);
});
