// The library screen, as a test drives it.
import { expect, type Locator, type Page } from '@playwright/test';

export class LibraryPage {
  readonly summary: Locator;
  readonly reader: Locator;
  readonly readerText: Locator;
  readonly readerSha: Locator;
  readonly failures: Locator;

  constructor(readonly page: Page) {
    this.summary = page.getByTestId('import-summary');
    this.reader = page.getByRole('article', { name: 'Reader' });
    this.readerText = page.getByTestId('version-text');
    this.readerSha = page.getByTestId('version-sha256');
    this.failures = page.getByRole('list', { name: 'Failed imports' }).getByRole('listitem');
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.page.getByText(/^Library: /)).toBeVisible();
  }

  /** Picks files with the file input and waits for the import's report. */
  async importFiles(paths: string[]): Promise<void> {
    await this.dismissReport();
    await this.page.getByTestId('file-input').setInputFiles(paths);
    await expect(this.summary).toBeVisible();
  }

  async importFolder(path: string): Promise<void> {
    await this.dismissReport();
    await this.page.getByTestId('folder-input').setInputFiles(path);
    await expect(this.summary).toBeVisible();
  }

  async dismissReport(): Promise<void> {
    const dismiss = this.page.getByRole('button', { name: 'Dismiss import report' });
    if (await dismiss.isVisible()) await dismiss.click();
  }

  articles(): Locator {
    return this.page.getByRole('region', { name: 'Articles' }).locator('li.article');
  }

  versionButtons(): Locator {
    return this.page.locator('button[data-version]');
  }

  async openVersion(button: Locator): Promise<void> {
    await button.click();
    const id = await button.getAttribute('data-version');
    await expect(this.page.locator(`button[data-version="${id}"][aria-current="true"]`)).toBeVisible();
    await expect(this.readerSha).toHaveText(/^[0-9a-f]{64}$/);
  }

  async paste(text: string, title = ''): Promise<void> {
    await this.dismissReport();
    await this.page.getByRole('button', { name: 'Paste text…' }).first().click();
    const dialog = this.page.getByRole('dialog', { name: 'Paste an article' });
    if (title) await dialog.getByLabel(/Headline/).fill(title);
    await dialog.getByLabel('Text').fill(text);
    await dialog.getByRole('button', { name: 'Import text' }).click();
    await expect(this.summary).toBeVisible();
  }

  async createEvent(name: string): Promise<void> {
    const empty = this.page.getByRole('textbox', { name: 'Event name' });
    const newEvent = this.page.getByRole('button', { name: 'New event' });
    // wait until the library has loaded and shows one or the other; checking at once races the first render
    await expect(empty.or(newEvent)).toBeVisible();
    if (await empty.isVisible()) {
      await empty.fill(name);
      await this.page.getByRole('button', { name: 'Create event' }).click();
    } else {
      await newEvent.click();
      await this.page.getByLabel('What are you researching?').fill(name);
      await this.page.getByRole('button', { name: 'Create', exact: true }).click();
    }
    await expect(this.page.getByRole('navigation', { name: 'Events' }).getByText(name)).toBeVisible();
  }
}
