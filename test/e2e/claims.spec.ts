// Claims in the reader: the figures a version asserts are marked in its text
// and listed beside it; the researcher's reviews survive a reload and a
// re-extraction; the text is still shown as text.
import { corpusPath, corpusText } from '../fixtures/corpus';
import { expect, test } from './fixtures';
import type { ClaimsPanel } from './pages/ClaimsPanel';

const SOHR = 'Syrian Observatory for Human Rights';

/** An unreviewed claim that shows a single number ("22", not "≥ 3" or "no figure"), other than those given. */
async function plainAutoClaim(claims: ClaimsPanel, except: number[]): Promise<number> {
  const candidates = await claims.panel
    .locator('li.claim[data-status="auto"]')
    .evaluateAll((els) => els.map((el) => ({ id: Number(el.getAttribute('data-claim-id')), value: el.querySelector('[data-testid="claim-value"]')?.textContent ?? '' })));
  const found = candidates.find((c) => /^\d[\d,]*$/.test(c.value) && !except.includes(c.id));
  expect(found, `an unreviewed single-number claim besides ${except.join(', ')}`).toBeDefined();
  return found!.id;
}

test('marks the figures of a wire story, and keeps reviews through a reload and a re-extraction', async ({ library, claims, page, shell, requests }) => {
  await library.importFiles([corpusPath('wire-bukamal.txt')]);
  await expect(library.summary).toHaveText('1 new version · 0 already in the library · 0 failed');
  await library.openVersion(library.versionButtons().first());

  // Highlights in the text, and the Observatory's 22 in the list.
  await expect(claims.marks.first()).toBeVisible();
  await expect(claims.marks.filter({ hasText: /^22$/ }).first()).toBeVisible();
  const sohr22 = claims.withValue('22', SOHR);
  await expect(sohr22).toHaveCount(1);
  await expect(claims.counts).toHaveText(/^\d+ figures?/);
  // The marks change nothing in the text itself.
  await expect(library.readerText).toHaveText(corpusText('wire-bukamal.txt').trimEnd());

  // Clicking a mark chooses its claim in the list; choosing a claim in the list marks its words.
  const confirmedId = await claims.idOf(sohr22);
  await claims.markOf(confirmedId).first().click();
  await expect(claims.byId(confirmedId).locator('button.claim-summary')).toHaveAttribute('aria-current', 'true');
  await expect(claims.markOf(confirmedId).first()).toHaveClass(/\bselected\b/);

  // Confirm one, edit one, reject one.
  await claims.confirm(sohr22);
  const editedId = await plainAutoClaim(claims, [confirmedId]);
  const edited = claims.byId(editedId);
  const form = await claims.openEditor(edited);
  await claims.fill(form, { value: 'twelve' });
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByText('Digits only, e.g. 1,200.')).toBeVisible();
  await claims.fill(form, { value: '1,234', low: '', high: '' });
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();
  await expect(edited).toHaveAttribute('data-status', 'edited');
  await expect(claims.valueOf(edited)).toHaveText('1,234');
  const rejectedId = await plainAutoClaim(claims, [confirmedId, editedId]);
  await claims.reject(claims.byId(rejectedId));
  await expect(claims.markOf(rejectedId).first()).toHaveCSS('text-decoration-line', 'line-through');

  // The audit log shows the edit.
  const history = await claims.history(edited);
  await expect(history).toContainText('Edited');
  await expect(history).toContainText('value');
  await expect(history).toContainText('→ 1,234');

  const expectReviews = async (): Promise<void> => {
    await claims.expectStatus(confirmedId, 'confirmed');
    await claims.expectStatus(editedId, 'edited');
    await claims.expectStatus(rejectedId, 'rejected');
    await expect(claims.valueOf(claims.byId(confirmedId))).toHaveText('22');
    await expect(claims.byId(confirmedId).getByTestId('claim-source')).toHaveText(SOHR);
    await expect(claims.valueOf(claims.byId(editedId))).toHaveText('1,234');
    await expect(claims.counts).toContainText('1 confirmed · 1 edited · 1 rejected');
  };

  await page.reload();
  await library.openVersion(library.versionButtons().first());
  await expectReviews();

  const before = await claims.items.count();
  await claims.reextract();
  await expect(claims.report).toHaveText(/, 3 reviewed kept$/);
  await expectReviews();
  await expect(claims.items).toHaveCount(before);

  // The filter shows the reviewed and the rejected apart.
  await claims.panel.getByRole('button', { name: /^Reviewed/ }).click();
  await expect(claims.items).toHaveCount(2);
  await claims.panel.getByRole('button', { name: /^Rejected/ }).click();
  await expect(claims.items).toHaveCount(1);
  await expect(claims.items.first()).toHaveAttribute('data-claim-id', String(rejectedId));

  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(requests.filter((url) => !url.startsWith(`${shell.origin}/`))).toEqual([]);
});

test('the keyboard moves through claims and reviews them', async ({ library, claims, page }) => {
  await library.importFiles([corpusPath('wire-bukamal.txt')]);
  await library.openVersion(library.versionButtons().first());
  await expect(claims.items.nth(2)).toBeVisible();

  const summaries = claims.items.locator('button.claim-summary');
  await summaries.first().focus();
  await page.keyboard.press('j');
  await expect(summaries.nth(1)).toBeFocused();
  await expect(summaries.nth(1)).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(summaries.nth(2)).toBeFocused();
  await page.keyboard.press('k');
  await expect(summaries.nth(1)).toBeFocused();
  const id = await claims.idOf(claims.items.nth(1));
  await expect(claims.markOf(id).first()).toHaveClass(/\bselected\b/);

  await page.keyboard.press('c');
  await claims.expectStatus(id, 'confirmed');
  await page.keyboard.press('e');
  const form = claims.editor(claims.byId(id));
  await expect(form).toBeVisible();
  await expect(form.locator(':focus')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();
  await expect(summaries.nth(1)).toBeFocused();
  await page.keyboard.press('r');
  await claims.expectStatus(id, 'rejected');

  // Every action is a button that Tab reaches.
  await page.keyboard.press('Tab');
  await expect(claims.byId(id).getByRole('button', { name: 'Reopen' })).toBeFocused();
  await page.keyboard.press('Enter');
  await claims.expectStatus(id, 'auto');
});

test('a pasted page with markup and a figure: the markup stays text, and nothing in it runs', async ({ library, claims, page }) => {
  const text = 'Blast kills 22\n\n<img src=x onerror="window.__pwned=1"> The monitor said 22 people were killed in the blast on Friday.';
  await library.paste(text, 'Blast kills 22');
  await expect(library.readerText).toHaveText(text);
  await expect(claims.marks.first()).toBeVisible();
  await expect(library.readerText.locator('img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
});

test('a version without figures says so', async ({ library, claims }) => {
  await library.paste('The council met on Tuesday and adjourned without a vote.', 'Council adjourns');
  await expect(claims.panel.getByText('No figures found in this version.')).toBeVisible();
  await expect(claims.marks).toHaveCount(0);
});

test('text selected in the reader is added as a value the extraction missed, then undone', async ({ library, page }) => {
  await library.paste(
    'At least 12 soldiers were killed in the clash on Tuesday, the army said.\n\nLocal medics said that by nightfall their list of the dead had reached the low thirties.\n',
    'Border clash toll rises',
  );
  await library.openVersion(library.versionButtons().first());
  const text = page.getByTestId('version-text');
  await expect(text.locator('mark')).toHaveCount(1);
  // select "the low thirties" as a researcher would, then let go of the mouse
  await text.evaluate((box) => {
    const node = [...box.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes('the low thirties'))!;
    const at = node.textContent!.indexOf('the low thirties');
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + 'the low thirties'.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  await text.dispatchEvent('mouseup');
  const pick = page.getByTestId('reader-pick');
  await expect(pick).toContainText('Selected “the low thirties”');
  await pick.getByRole('button', { name: 'Add as a value…' }).click();

  const dialog = page.getByRole('dialog', { name: 'Add a value the extraction missed' });
  await dialog.getByLabel('Low', { exact: true }).fill('30');
  await dialog.getByLabel('High', { exact: true }).fill('33');
  await dialog.getByLabel('Who gives it').fill('Local medics');
  await dialog.getByLabel('What it counts').fill('soldiers killed');
  await dialog.getByRole('button', { name: 'Add the value' }).click();
  await expect(dialog).toBeHidden();

  // marked in the text, confirmed, with the researcher's words as its quote
  const mark = text.locator('mark', { hasText: 'the low thirties' });
  await expect(mark).toHaveAttribute('data-status', 'confirmed');
  await expect(pick.getByRole('status')).toContainText('Added “the low thirties”, given by Local medics.');
  await pick.getByRole('button', { name: 'Undo' }).click();
  await expect(mark).toHaveAttribute('data-status', 'rejected');
});

test('a claim rejected in one version is rejected in the article’s other version too, unless kept to one version', async ({ library, claims, page }, testInfo) => {
  await library.importFiles([corpusPath('protest-citydaily-r1.txt'), corpusPath('protest-citydaily-r2.txt')]);
  await library.openVersion(library.versionButtons().first());
  // the headline's "Tens of thousands" stands word for word in both versions
  const first = claims.items.first();
  await expect(first).toContainText('Tens of thousands');
  await claims.reject(first);
  await expect(claims.panel.getByTestId('review-carried')).toHaveText('Also applied in 1 other version.');
  await page.screenshot({ path: testInfo.outputPath('review-carried.png') });
  await library.openVersion(library.versionButtons().nth(1));
  await expect(claims.items.first()).toContainText('Tens of thousands');
  await expect(claims.items.first()).toHaveAttribute('data-status', 'rejected');

  // kept to this version: reopening here leaves the first version's rejection as it is
  await claims.panel.getByRole('checkbox', { name: /other versions/ }).uncheck();
  await claims.reopen(claims.items.first());
  await expect(claims.panel.getByTestId('review-carried')).toHaveCount(0);
  await library.openVersion(library.versionButtons().first());
  await expect(claims.items.first()).toHaveAttribute('data-status', 'rejected');
});
