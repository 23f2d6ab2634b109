// The figures of an event: one row per quantity, one column per article,
// each article's values version by version; conflicts and revisions marked;
// a value's sentence on demand.
import { corpusPath } from '../fixtures/corpus';
import { expect, test } from './fixtures';
import { FiguresPage } from './pages/FiguresPage';

const CBS_TITLE = 'US airstrikes target Iran-backed militias in Syria in Biden’s first military action';

test('the al Bukamal figures: conflicts, revisions and the quote behind a value', async ({ library, page, shell, requests }, testInfo) => {
  await library.importFiles([corpusPath('cbs-bukamal-r1.txt'), corpusPath('cbs-bukamal-r2.txt'), corpusPath('monitor-bukamal.txt'), corpusPath('wire-bukamal.txt')]);
  await expect(library.summary).toHaveText('4 new versions · 0 already in the library · 0 failed');
  const figures = new FiguresPage(page);
  await figures.open();
  await expect(figures.rows.first()).toBeVisible();

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
