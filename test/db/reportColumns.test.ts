// A printed report keeps its quotes readable: laid out at the width of an A4
// page's text, as Chromium prints it, no column of the per-source or the
// values tables is narrower than a dozen characters of its own font.
import { chromium } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PDF_MARGIN } from '../../main/core/report/pdfPage';
import { renderHtml } from '../../main/core/report/renderHtml';
import { reportFromFiles } from '../../main/report/collectReport';
import { CHROMIUM_BASE_ARGS } from '../../main/report/printPdf';
import { NEWS_DIR } from '../fixtures/corpus';

/** CSS pixels per millimetre. */
const PX_PER_MM = 96 / 25.4;

describe('a report laid out for print', () => {
  it('gives no column of its figure tables less than twelve characters', async () => {
    const files = readdirSync(NEWS_DIR).filter((n) => n.startsWith('nice_truck_attack')).map((n) => join(NEWS_DIR, n));
    const html = renderHtml(await reportFromFiles(files, 'Nice truck attack', undefined, new Date('2016-07-16T00:00:00Z')));
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_BASE_ARGS], headless: true });
    try {
      const page = await browser.newPage({ viewport: { width: Math.floor((210 - PDF_MARGIN.left - PDF_MARGIN.right) * PX_PER_MM), height: 1000 } });
      await page.emulateMedia({ media: 'print' });
      await page.setContent(html);
      const narrowest = (await page.evaluate(`(() => {
        const out = [];
        for (const table of document.querySelectorAll('table.by-source, table.values')) {
          const probe = document.createElement('span');
          probe.textContent = '0'.repeat(12);
          probe.style.cssText = 'position: absolute; visibility: hidden; white-space: nowrap';
          table.querySelector('td').appendChild(probe);
          const dozen = probe.getBoundingClientRect().width;
          probe.remove();
          for (const th of table.querySelectorAll('thead th')) out.push({ table: table.className, column: th.textContent, width: th.getBoundingClientRect().width, dozen });
        }
        return out;
      })()`)) as { table: string; column: string; width: number; dozen: number }[];
      expect(narrowest.length).toBeGreaterThan(20);
      const tooNarrow = narrowest.filter((c) => c.width < c.dozen);
      expect(tooNarrow, JSON.stringify(tooNarrow.slice(0, 3))).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
