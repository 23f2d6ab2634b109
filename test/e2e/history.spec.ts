// The history in the app: a few library actions, the History panel listing
// them newest first, one undone from the panel and one with Ctrl+Z, the
// library changing back each time, and Redo putting the last one back.
import { newsPath } from '../fixtures/corpus';
import { expect, test } from './fixtures';

test('the History panel lists what was done, undoes one; Ctrl+Z undoes the newest, with a Redo', async ({ library, page }, testInfo) => {
  await library.createEvent('Nice');
  await library.importFiles([newsPath('nice_truck_attack_reuters.txt'), newsPath('ecuador_quake_reuters.txt')]);
  await library.createEvent('Ecuador earthquake');
  await library.importFiles([newsPath('ecuador_quake_nbc_day1.txt')]);
  await library.dismissReport();
  const events = page.getByRole('navigation', { name: 'Events' });
  const articles = page.getByRole('region', { name: 'Articles' });

  // renamed, and the Ecuador story moved out of it
  await events.getByRole('button', { name: /^Nice/ }).click();
  await events.getByRole('button', { name: 'Rename…' }).click();
  await events.getByLabel('New name').fill('Nice truck attack');
  await events.getByRole('button', { name: 'Rename', exact: true }).click();
  await expect(events.getByRole('button', { name: /^Nice truck attack/ })).toBeVisible();
  const rearrange = articles.getByRole('combobox', { name: /^Rearrange Hopes dim/ });
  await rearrange.selectOption((await rearrange.locator('optgroup[label="Move to event"] > option', { hasText: 'Ecuador earthquake' }).getAttribute('value'))!);
  await expect(events.getByRole('button', { name: /^Ecuador earthquake/ })).toContainText('2 articles');

  // the panel, opened by its key, lists both, newest first
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('h');
  const panel = page.getByRole('dialog', { name: 'History' });
  const entries = panel.getByTestId('history-entry');
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(0)).toContainText(/Moved “Hopes dim.*” from “Nice truck attack” to “Ecuador earthquake”/);
  await expect(entries.nth(1)).toContainText('Renamed event “Nice” to “Nice truck attack”');
  await page.screenshot({ path: testInfo.outputPath('history-panel.png') });

  // the rename undone from the panel: the event has its old name, and the undo is the newest entry
  await entries.nth(1).getByRole('button', { name: /^Undo: Renamed event/ }).click();
  await expect(panel.getByRole('status')).toHaveText('Undone: Renamed event “Nice” to “Nice truck attack”');
  await expect(events.locator('button.event .event-name')).toHaveText(['Ecuador earthquake', 'Nice']);
  await expect(entries).toHaveCount(3);
  await expect(entries.nth(0)).toContainText('Undid: Renamed event “Nice” to “Nice truck attack”');
  await expect(entries.nth(0).getByRole('button', { name: /^Redo/ })).toBeEnabled();
  await expect(entries.nth(2)).toContainText('Already undone by a later entry.');
  await page.screenshot({ path: testInfo.outputPath('history-undone.png') });
  await panel.getByRole('button', { name: 'Done' }).click();
  await expect(panel).toHaveCount(0);
  // the events pane's own note of the rename no longer holds, and is gone
  await expect(events.getByRole('status')).toHaveCount(0);

  // Ctrl+Z outside a field undoes the newest action that is not itself an undo: the move
  await page.keyboard.press('Control+z');
  const note = page.getByRole('status').filter({ hasText: 'Undone: Moved “Hopes dim' });
  await expect(note).toBeVisible();
  await expect(events.getByRole('button', { name: /^Ecuador earthquake/ })).toContainText('1 article');
  await expect(events.getByRole('button', { name: /^Nice/ })).toContainText('2 articles');
  await page.screenshot({ path: testInfo.outputPath('history-ctrl-z.png') });

  // while typing in a field, Ctrl+Z is the field's own
  await page.getByRole('searchbox').fill('quake');
  await page.getByRole('searchbox').press('Control+z');
  await expect(events.getByRole('button', { name: /^Nice/ })).toContainText('2 articles');
  await page.getByRole('searchbox').fill('');

  // Redo puts the move back
  await note.getByRole('button', { name: 'Redo' }).click();
  await expect(events.getByRole('button', { name: /^Ecuador earthquake/ })).toContainText('2 articles');
});

test('an empty history says what it will hold, and undoing a restore asks first', async ({ library, page }, testInfo) => {
  await library.createEvent('Quito');
  await library.createEvent('Nice');
  await page.getByRole('button', { name: 'History' }).click();
  const panel = page.getByRole('dialog', { name: 'History' });
  await expect(panel).toContainText('Nothing yet.');
  await page.screenshot({ path: testInfo.outputPath('history-empty.png') });
  await panel.getByRole('button', { name: 'Done' }).click();

  const events = page.getByRole('navigation', { name: 'Events' });
  await events.getByRole('button', { name: 'Move to trash…' }).click();
  await events.getByRole('alertdialog').getByRole('button', { name: 'Move to trash' }).click();
  await events.locator('details.event-trash summary').click();
  await events.getByRole('button', { name: 'Restore' }).click();
  await expect(events.getByRole('button', { name: /^Nice/ })).toBeVisible();

  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  const ask = page.getByRole('alertdialog', { name: 'Undo?' });
  await expect(ask).toContainText('Move “Nice” to the trash again?');
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(events.getByRole('button', { name: /^Nice/ })).toBeVisible();
  await page.keyboard.press('Control+z');
  await page.getByRole('alertdialog', { name: 'Undo?' }).getByRole('button', { name: 'Undo' }).click();
  await expect(events.getByRole('button', { name: /^Nice/ })).toHaveCount(0);
});
