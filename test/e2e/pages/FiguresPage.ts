// The figures of an event, as a test drives it.
import { expect, type Locator, type Page } from '@playwright/test';

export type FigureFilter = 'All' | 'Conflicts' | 'Revised';

export class FiguresPage {
  readonly screen: Locator;
  readonly table: Locator;
  readonly rows: Locator;
  readonly quote: Locator;
  readonly quotePanel: Locator;
  readonly empty: Locator;
  readonly detail: Locator;

  constructor(readonly page: Page) {
    this.screen = page.getByRole('main', { name: 'Figures' });
    this.table = page.getByTestId('figures-table');
    this.rows = this.table.locator('tbody tr[data-index]');
    this.quotePanel = page.getByRole('complementary', { name: 'Figure' });
    this.quote = page.getByTestId('figure-quote');
    this.detail = this.quotePanel;
    this.empty = this.screen.getByText('No figures yet: import articles with figures into this event.');
  }

  /** Opens the figures of the selected event from the event list, in a view: by article (the matrix these tests drive) unless asked. */
  async open(view: 'By source' | 'By article' = 'By article'): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Events' }).getByRole('button', { name: 'Figures', exact: true }).click();
    await expect(this.screen).toBeVisible();
    await this.showView(view);
  }

  async showView(view: 'By source' | 'By article'): Promise<void> {
    const views = this.screen.getByRole('group', { name: 'View' });
    const button = views.getByRole('button', { name: view, exact: true });
    // once the figures are in: with none, there are no views to choose from
    await expect(views.or(this.empty)).toBeVisible();
    if (!(await views.isVisible())) return;
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
  }

  /** By source: a figure's block, by its label. */
  block(label: string | RegExp): Locator {
    return this.screen.locator('article.fig-block').filter({ has: this.page.locator('.fig-label-text').filter({ hasText: label }) });
  }

  /** By source: a figure's row for one source. */
  sourceRow(block: Locator, source: string | RegExp): Locator {
    return block.getByTestId('fig-source-row').filter({ has: this.page.locator('.fsr-name').filter({ hasText: source }) });
  }

  /** The row whose label matches. */
  row(label: string | RegExp): Locator {
    return this.rows.filter({ has: this.page.locator('.fig-label-text').filter({ hasText: label }) });
  }

  status(row: Locator): Locator {
    return row.getByTestId('fig-status');
  }

  /** Every cell's values of a row, e.g. "17 → 22". */
  values(row: Locator): Locator {
    return row.getByTestId('ft-values');
  }

  /** A value's button in a row. */
  value(row: Locator, shown: string | RegExp): Locator {
    return row.locator('button.fig-value').filter({ hasText: shown });
  }

  filterButton(name: FigureFilter): Locator {
    return this.screen.getByRole('group', { name: 'Show' }).getByRole('button', { name: new RegExp(`^${name} \\(\\d+\\)$`) });
  }

  async filter(name: FigureFilter): Promise<void> {
    await this.filterButton(name).click();
    await expect(this.filterButton(name)).toHaveAttribute('aria-pressed', 'true');
  }

  /** Narrows the rows to figures whose name or sources hold the text; an empty text shows them all again. */
  async search(text: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Filter figures' }).fill(text);
  }

  /** Selects a figure's row by clicking its label. */
  /** Selects a figure by clicking its label: a row by article, a block by source. */
  async select(row: Locator): Promise<void> {
    await row.locator('.fig-label-text').click();
    const block = (await row.evaluate((el) => el.tagName)) === 'ARTICLE';
    await expect(row).toHaveAttribute(block ? 'aria-current' : 'aria-selected', 'true');
  }

  detailLabel(): Locator {
    return this.detail.getByTestId('fig-detail-label');
  }

  async rename(label: string): Promise<void> {
    await this.detail.getByRole('button', { name: 'Rename' }).click();
    await this.detail.getByRole('textbox', { name: 'Figure name' }).fill(label);
    await this.detail.getByRole('button', { name: 'Save' }).click();
    await expect(this.detailLabel()).toHaveText(label);
  }

  async chooseBest(value: string): Promise<void> {
    await this.detail.getByRole('button', { name: /^(Choose|Change)$/ }).click();
    await this.detail.getByRole('textbox', { name: 'Best value' }).fill(value);
    await this.detail.getByRole('button', { name: 'Save' }).click();
  }

  async addNote(text: string): Promise<void> {
    await this.detail.getByRole('textbox', { name: 'New note' }).fill(text);
    await this.detail.getByRole('button', { name: 'Add note' }).click();
    await expect(this.detail.getByTestId('fig-note').filter({ hasText: text })).toBeVisible();
  }

  /** The detail panel's claim rows. */
  claims(): Locator {
    return this.detail.getByTestId('fig-claim');
  }

  async close(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await expect(this.screen).toBeHidden();
  }
}
