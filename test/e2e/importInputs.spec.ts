// Every way in (picker, folder, drop, paste), and bad input that gets a
// one-line reason while the rest of the batch goes on.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusBytes, corpusPath } from '../fixtures/corpus';
import { PNG_HEADER } from '../fixtures/bytes';
import { expect, test } from './fixtures';

test('bad files each get their reason and the good one is imported', async ({ library, shell, page }, testInfo) => {
  const file = (name: string, content: string | Uint8Array): string => {
    const path = join(shell.dir, name);
    writeFileSync(path, content);
    return path;
  };
  const inputs = [
    file('empty.txt', ''),
    file('photo.txt', PNG_HEADER),
    file('broken.txt', Buffer.concat([Buffer.from('Caf\u00e9 toll rises to 22 '), Buffer.from([0xe2, 0x80]), Buffer.from(' end')])),
    file('huge.txt', Buffer.alloc(50 * 1024 * 1024, 'a')),
    file('nav-only.html', '<html><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><footer>© 2021</footer></body></html>'),
    corpusPath('protest-wire.txt'),
  ];
  await library.importFiles(inputs);
  await expect(library.summary).toHaveText('1 new version · 0 already in the library · 5 failed');
  await expect(library.failures).toHaveText([
    /^huge\.txt: file is 50\.0 MB; Tally captures files up to 32\.0 MB/,
    /^empty\.txt: empty file \(0 bytes\)$/,
    /^photo\.txt: not text: this looks like a PNG image$/,
    /^broken\.txt: invalid UTF-8 at byte \d+/,
    /^nav-only\.html: no article text found in this page/,
  ]);
  await expect(library.articles()).toHaveCount(1);
  await expect(library.articles().first()).toContainText('Carrow pension protest draws crowd of 20,000, police say');
  await page.screenshot({ path: testInfo.outputPath('failures.png') });
});

test('a folder import shows a progress bar and passes over hidden and unreadable files', async ({ library, shell, page }) => {
  const folder = join(shell.dir, 'captures');
  mkdirSync(folder);
  for (let i = 1; i <= 30; i++) writeFileSync(join(folder, `capture-${String(i).padStart(2, '0')}.txt`), `Toll update ${i}\n\n${i} people were killed, the monitor said.\n`);
  writeFileSync(join(folder, 'notes.docx'), 'not an article');
  writeFileSync(join(folder, '.DS_Store'), 'finder data');
  await page.evaluate(() => {
    const w = window as { __sawProgress?: boolean };
    w.__sawProgress = false;
    new MutationObserver(() => {
      if (document.querySelector('progress')) w.__sawProgress = true;
    }).observe(document.body, { childList: true, subtree: true });
  });
  await library.importFolder(folder);
  await expect(library.summary).toHaveText('30 new versions · 0 already in the library · 0 failed · 2 skipped');
  expect(await page.evaluate(() => (window as { __sawProgress?: boolean }).__sawProgress)).toBe(true);
  await expect(library.articles()).toHaveCount(30);
});

test('pasted text becomes a version with the headline given', async ({ library }) => {
  await library.paste('Police arrested 19 people after the march, up from 12 reported on Saturday evening.', 'Carrow arrests rise to 19');
  await expect(library.summary).toHaveText('1 new version · 0 already in the library · 0 failed');
  await expect(library.articles().first()).toContainText('Carrow arrests rise to 19');
  await expect(library.reader).toContainText('pasted text');
  await expect(library.readerText).toHaveText('Police arrested 19 people after the march, up from 12 reported on Saturday evening.');
});

test('a pasted text takes the outlet, address and publication time given with it', async ({ library, page }, testInfo) => {
  await page.getByRole('button', { name: 'Paste text…' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Paste an article' });
  await dialog.getByLabel('Text').fill('Police arrested 19 people after the march, up from 12 reported on Saturday evening.');
  await dialog.getByLabel('Outlet').fill('City Daily');
  await dialog.getByLabel('Address').fill('https://citydaily.example/carrow-arrests');
  await dialog.getByLabel('Published').fill('15 March 2026 08:30 GMT');
  await page.screenshot({ path: testInfo.outputPath('paste-details.png') });
  await dialog.getByRole('button', { name: 'Import text' }).click();
  await expect(library.summary).toHaveText('1 new version · 0 already in the library · 0 failed');
  await library.openVersion(library.versionButtons().first());
  const provenance = library.reader.locator('dl.provenance');
  await expect(provenance).toContainText('City Daily');
  await expect(provenance).toContainText('https://citydaily.example/carrow-arrests');
  await expect(provenance.getByTestId('stated-in').first()).toHaveText('from the paste form');
  await expect(library.articles().first()).toContainText('City Daily');

  // a time it cannot read refuses the paste in one line, and nothing is stored
  await library.dismissReport();
  await page.getByRole('button', { name: 'Paste text…' }).first().click();
  await dialog.getByLabel('Text').fill('Another text entirely, with 7 people hurt.');
  await dialog.getByLabel('Published').fill('teatime');
  await dialog.getByRole('button', { name: 'Import text' }).click();
  await expect(library.summary).toHaveText('0 new versions · 0 already in the library · 1 failed');
  await expect(page.getByText('“teatime” is not a time Tally can read')).toBeVisible();
});

test('files dropped on the window are imported into the chosen event', async ({ library, page }) => {
  await library.createEvent('Carrow pension protest');
  const files = ['protest-citydaily-r1.txt', 'protest-citydaily-r2.txt'] as const;
  const payload = files.map((name) => ({ name, text: Buffer.from(corpusBytes(name)).toString('utf8') }));
  const data = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const f of list) transfer.items.add(new File([f.text], f.name, { type: 'text/plain' }));
    return transfer;
  }, payload);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: data });
  await expect(page.getByText('Drop files or folders to import into')).toBeVisible();
  await page.dispatchEvent('main', 'drop', { dataTransfer: data });
  await expect(library.summary).toHaveText('2 new versions · 0 already in the library · 0 failed');
  await expect(library.articles()).toHaveCount(1);
  await expect(library.articles().first()).toContainText('2 versions');
  await expect(page.getByRole('navigation', { name: 'Events' }).getByRole('button', { name: /Carrow pension protest/ })).toContainText(
    '1 article · 2 versions',
  );
});
