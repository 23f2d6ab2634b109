// The report export dialog, as a test drives it.
import { expect, type Locator, type Page } from '@playwright/test';

export type ExportFormat = 'HTML' | 'PDF' | 'CSV' | 'Markdown' | 'JSON';

export class ExportDialog {
  readonly dialog: Locator;
  readonly folder: Locator;
  readonly exportButton: Locator;
  readonly stage: Locator;
  readonly progress: Locator;
  readonly written: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Export report' });
    this.folder = this.dialog.getByRole('textbox', { name: /^Folder/ });
    this.exportButton = this.dialog.getByRole('button', { name: /^Export/ });
    this.stage = this.dialog.getByTestId('export-stage');
    this.progress = this.dialog.getByRole('progressbar', { name: 'Export progress' });
    this.written = this.dialog.getByRole('region', { name: 'Written files' }).getByRole('listitem');
    this.error = this.dialog.getByRole('alert');
  }

  /** Opens the dialog from the Figures view's toolbar. */
  async openFromFigures(): Promise<void> {
    await this.page.getByRole('main', { name: 'Figures' }).getByRole('button', { name: 'Export report…' }).click();
    await expect(this.dialog).toBeVisible();
  }

  format(name: ExportFormat): Locator {
    return this.dialog.getByRole('checkbox', { name: new RegExp(`^${name} `) });
  }

  /** Exactly these formats checked. */
  async chooseFormats(names: readonly ExportFormat[]): Promise<void> {
    for (const name of ['HTML', 'PDF', 'CSV', 'Markdown', 'JSON'] as const) await this.format(name).setChecked(names.includes(name));
  }

  /**
   * Starts recording every stage line the dialog shows (a MutationObserver in
   * the page), so a test can check the progress it saw however fast it went.
   */
  async recordStages(): Promise<() => Promise<string[]>> {
    await this.page.evaluate(() => {
      const seen: string[] = [];
      (window as { __exportStages?: string[] }).__exportStages = seen;
      const note = (): void => {
        const text = document.querySelector('[data-testid="export-stage"]')?.textContent;
        if (text && seen.at(-1) !== text) seen.push(text);
      };
      new MutationObserver(note).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    return () => this.page.evaluate(() => (window as { __exportStages?: string[] }).__exportStages ?? []);
  }

  /** The paths the dialog lists as written. */
  async writtenPaths(): Promise<string[]> {
    return this.written.evaluateAll((items) => items.map((li) => li.getAttribute('data-path') ?? ''));
  }
}
