// Full-text search across every version, opened from its result.
import { CORPUS_FILES, corpusPath } from '../fixtures/corpus';
import { expect, test } from './fixtures';

test('search finds the versions that mention a name and opens one', async ({ library, page }) => {
  await library.importFiles(CORPUS_FILES.map(corpusPath));
  await page.keyboard.press('/');
  await page.keyboard.type('Kataib Hezbollah');
  const results = page.getByRole('region', { name: 'Search results' });
  await expect(results.getByRole('heading')).toHaveText('5 versions mention “Kataib Hezbollah”');
  await expect(results.locator('mark').first()).toHaveText(/Kataib|Hezbollah/);
  await results.getByRole('button').filter({ hasText: 'Death toll from US strikes' }).first().click();
  await expect(library.readerText).toContainText('Kataib Hezbollah said in a statement');
  await page.getByRole('searchbox').press('Escape');
  await expect(results).toHaveCount(0);
});
