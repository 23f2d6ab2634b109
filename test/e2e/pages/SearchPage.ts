// The search box and its results, as a test drives them.
import { expect, type Locator, type Page } from '@playwright/test';

export type HitGroupName = 'Versions' | 'Claims' | 'Notes';

export class SearchPage {
  readonly box: Locator;
  readonly results: Locator;

  constructor(readonly page: Page) {
    this.box = page.getByRole('searchbox', { name: 'Search versions, claims and notes' });
    this.results = page.getByRole('region', { name: 'Search results' });
  }

  /** Searches for `query` and waits for its results. */
  async search(query: string): Promise<void> {
    await this.box.fill(query);
    await expect(this.results.getByRole('heading', { level: 2 })).toHaveText(`Results for “${query}”`);
  }

  group(name: HitGroupName): Locator {
    return this.results.getByRole('region', { name: new RegExp(`^${name} `) });
  }

  count(name: HitGroupName): Locator {
    return this.group(name).getByTestId('hit-count');
  }

  hits(name: HitGroupName): Locator {
    return this.group(name).locator('button.hit');
  }
}
