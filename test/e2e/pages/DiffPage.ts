// The comparison of two versions, as a test drives it.
import { expect, type Locator, type Page } from '@playwright/test';

export type UnitKind = 'same' | 'changed' | 'added' | 'removed' | 'moved';

export class DiffPage {
  readonly screen: Locator;
  readonly summary: Locator;
  readonly position: Locator;
  readonly inline: Locator;
  readonly sideBySide: Locator;
  readonly figures: Locator;
  readonly figureItems: Locator;
  readonly earlier: Locator;
  readonly later: Locator;
  readonly minorToggle: Locator;
  readonly rewriteNotice: Locator;
  readonly strip: Locator;
  readonly ignoreCase: Locator;
  readonly ignoreWhitespace: Locator;
  readonly exportStatus: Locator;

  constructor(readonly page: Page) {
    this.screen = page.getByRole('main', { name: 'Compare versions' });
    this.summary = page.getByTestId('diff-summary');
    this.position = page.getByTestId('diff-position');
    this.inline = page.getByTestId('diff-inline');
    this.sideBySide = page.getByTestId('diff-side-by-side');
    this.figures = page.getByRole('complementary', { name: 'Figure changes' });
    this.figureItems = this.figures.locator('li.figure-change');
    this.earlier = page.getByRole('combobox', { name: 'Earlier version' });
    this.later = page.getByRole('combobox', { name: 'Later version' });
    this.minorToggle = page.getByRole('checkbox', { name: /Show minor changes/ });
    this.rewriteNotice = page.getByTestId('rewrite-notice');
    this.strip = page.getByRole('toolbar', { name: /^Where the changes are/ });
    this.ignoreCase = page.getByRole('checkbox', { name: 'Ignore case' });
    this.ignoreWhitespace = page.getByRole('checkbox', { name: 'Ignore whitespace' });
    this.exportStatus = page.getByTestId('export-status');
  }

  /** Opens the comparison of an article's latest version with another article's, from the article list. */
  async openAcross(articleTitle: string): Promise<void> {
    await this.page.getByRole('button', { name: `Compare ${articleTitle} with another article` }).click();
    await expect(this.screen).toBeVisible();
    await expect(this.summary).toBeVisible();
  }

  /** The article (its optgroup's label) of the version a picker shows. */
  async pickedArticle(picker: Locator): Promise<string> {
    return picker.locator('option:checked').evaluate((o) => (o.parentElement as HTMLOptGroupElement).label);
  }

  /** Opens the comparison from the article list and waits for the diff. */
  async open(articleTitle: string): Promise<void> {
    await this.page.getByRole('button', { name: `Compare versions of ${articleTitle}` }).click();
    await expect(this.screen).toBeVisible();
    await expect(this.summary).toBeVisible();
  }

  /** A figure change by its shown values: old → new. */
  figureChange(before: RegExp, after: RegExp): Locator {
    return this.figureItems
      .filter({ has: this.page.getByTestId('fig-before').filter({ hasText: before }) })
      .filter({ has: this.page.getByTestId('fig-after').filter({ hasText: after }) });
  }

  /** A figure that only the later version gives. */
  appeared(after: RegExp): Locator {
    return this.figureItems.and(this.page.locator('[data-kind="appeared"]')).filter({ has: this.page.getByTestId('fig-after').filter({ hasText: after }) });
  }

  /** The sentences of the shown view, of one kind, holding some words. */
  units(kind: UnitKind, hasText?: string | RegExp): Locator {
    const view = this.page.locator('[data-testid="diff-inline"], [data-testid="diff-side-by-side"]');
    const units = view.locator(`[data-unit][data-kind="${kind}"]`);
    return hasText === undefined ? units : units.filter({ hasText });
  }

  current(): Locator {
    return this.page.locator('[data-unit].current');
  }

  /** The marks of a figure change in the text, by its place in the list. */
  async marksOf(item: Locator): Promise<Locator> {
    const index = await item.getAttribute('data-figure-index');
    return this.page.locator(`mark.fig-mark[data-figure="${index}"]`);
  }

  async view(name: 'Inline' | 'Side by side'): Promise<void> {
    await this.screen.getByRole('button', { name, exact: true }).click();
    await expect(name === 'Inline' ? this.inline : this.sideBySide).toBeVisible();
  }

  async close(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await expect(this.screen).toBeHidden();
  }
}
