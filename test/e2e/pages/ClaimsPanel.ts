// The reader's claims: the marks in the text and the list beside it, as a test drives them.
import { expect, type Locator, type Page } from '@playwright/test';

export type ClaimStatus = 'auto' | 'confirmed' | 'edited' | 'rejected';

export interface EditFields {
  value?: string;
  low?: string;
  high?: string;
  subject?: string;
  source?: string;
}

export class ClaimsPanel {
  readonly panel: Locator;
  readonly items: Locator;
  readonly marks: Locator;
  readonly counts: Locator;
  readonly report: Locator;
  readonly reextractButton: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByRole('complementary', { name: 'Claims' });
    this.items = this.panel.locator('li.claim');
    this.marks = page.getByTestId('version-text').locator('mark.claim-mark');
    this.counts = page.getByTestId('claim-counts');
    this.report = page.getByTestId('extraction-report');
    this.reextractButton = this.panel.getByRole('button', { name: /^(Re-extract|Extracting…)$/ });
  }

  /** Claims whose value reads exactly `value` (as shown: "22", "≥ 17", "no figure"), optionally from one source. */
  withValue(value: string, source?: string): Locator {
    let found = this.items.filter({ has: this.page.getByTestId('claim-value').getByText(value, { exact: true }) });
    if (source !== undefined) found = found.filter({ has: this.page.getByTestId('claim-source').getByText(source, { exact: true }) });
    return found;
  }

  byId(id: number): Locator {
    return this.panel.locator(`li.claim[data-claim-id="${id}"]`);
  }

  markOf(id: number): Locator {
    return this.page.getByTestId('version-text').locator(`mark[data-claim="${id}"]`);
  }

  valueOf(item: Locator): Locator {
    return item.getByTestId('claim-value');
  }

  async idOf(item: Locator): Promise<number> {
    return Number(await item.getAttribute('data-claim-id'));
  }

  /** The ids of the listed claims in a status, in list order. */
  async idsWithStatus(status: ClaimStatus): Promise<number[]> {
    const ids = await this.panel.locator(`li.claim[data-status="${status}"]`).evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-claim-id'))));
    return ids;
  }

  async expectStatus(id: number, status: ClaimStatus): Promise<void> {
    await expect(this.byId(id)).toHaveAttribute('data-status', status);
    await expect(this.markOf(id).first()).toHaveAttribute('data-status', status);
  }

  async confirm(item: Locator): Promise<void> {
    await item.getByRole('button', { name: 'Confirm', exact: true }).click();
    await expect(item).toHaveAttribute('data-status', 'confirmed');
  }

  async reject(item: Locator): Promise<void> {
    await item.getByRole('button', { name: 'Reject', exact: true }).click();
    await expect(item).toHaveAttribute('data-status', 'rejected');
  }

  async reopen(item: Locator): Promise<void> {
    await item.getByRole('button', { name: 'Reopen', exact: true }).click();
    await expect(item).toHaveAttribute('data-status', 'auto');
  }

  editor(item: Locator): Locator {
    return item.getByRole('form', { name: 'Edit claim' });
  }

  async openEditor(item: Locator): Promise<Locator> {
    await item.getByRole('button', { name: 'Edit', exact: true }).click();
    const form = this.editor(item);
    await expect(form).toBeVisible();
    return form;
  }

  async fill(form: Locator, fields: EditFields): Promise<void> {
    const labels: Record<keyof EditFields, string> = { value: 'Value', low: 'Low', high: 'High', subject: 'What is counted', source: 'Source' };
    for (const [key, text] of Object.entries(fields) as [keyof EditFields, string][]) {
      await form.getByLabel(labels[key], { exact: true }).fill(text);
    }
  }

  /** Opens the editor, changes the fields given, saves, and waits for the claim to read as edited. */
  async edit(item: Locator, fields: EditFields): Promise<void> {
    const form = await this.openEditor(item);
    await this.fill(form, fields);
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form).toBeHidden();
    await expect(item).toHaveAttribute('data-status', 'edited');
  }

  async reextract(): Promise<void> {
    await this.reextractButton.click();
    await expect(this.reextractButton).toHaveText('Re-extract');
    await expect(this.report).toHaveText(/^Re-extracted: \d+ claims?, \d+ reviewed kept$/);
  }

  async history(item: Locator): Promise<Locator> {
    await item.locator('summary', { hasText: 'History' }).click();
    return item.locator('.claim-history');
  }
}
