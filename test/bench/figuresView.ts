// The Figures view of an event with 1,000 figures, in Chromium through the
// loopback web shell: how long the engine takes to group and answer, how long
// the view takes to open, and how long one keystroke takes to move the
// selection (new row selected, its panel drawn).
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openLibrary } from '../../db/connection';
import { eventFigures } from '../../main/library/eventFigures';
import { CHROMIUM_BASE_ARGS } from '../../main/report/printPdf';
import { importBatch } from '../../main/library/import/importBatch';
import { manyFiguresText } from '../fixtures/manyFigures';

export const CHROMIUM_ARGS = [...CHROMIUM_BASE_ARGS];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * `tally serve` on a library, as a researcher runs it (the bundled command,
 * built first when the sources are newer); resolves with its address once it
 * answers. Bundled, the shell is one build from run to run, as an installed
 * app is: what it keeps in the library (grouped figures) it finds again.
 */
export function serve(libraryPath: string): Promise<{ url: string; stop(): Promise<void> }> {
  const child = spawn(process.execPath, ['scripts/tally.mjs', 'serve', '--port', '0', '--library', libraryPath], { stdio: ['ignore', 'pipe', 'ignore'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /Open (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(out)?.[1];
      if (url) resolve({ url, stop: () => new Promise<void>((done) => (child.kill('SIGTERM'), child.once('exit', () => done()))) });
    });
    child.on('exit', (code) => reject(new Error(`tally serve exited (${code})`)));
  });
}

export async function figuresViewTimes(count = 1000): Promise<string[]> {
  if (!existsSync('out/renderer/index.html')) return ['figures view: skipped, the renderer is not built (npm run build:renderer)'];
  if (!existsSync('/usr/bin/chromium')) return ['figures view: skipped, no Chromium at /usr/bin/chromium'];
  const dir = mkdtempSync(join(tmpdir(), 'tally-bench-figures-'));
  try {
    const libraryPath = join(dir, 'library.sqlite');
    const db = openLibrary(libraryPath);
    // two revisions that disagree on every figure: each figure is a conflict with two claims
    for (const [i, shift] of [0, 1].entries()) {
      await importBatch(db, { batchId: `b${i}`, target: { eventName: 'Port seizures' }, inputs: [{ kind: 'paste', text: manyFiguresText(count, shift), title: 'Port authority lists the year’s seizures' }] });
    }
    const eventId = (db.prepare('SELECT id FROM events WHERE name = ?').pluck().get('Port seizures') as number);
    const engine: number[] = [];
    let figures = 0;
    for (let r = 0; r < 5; r++) {
      const start = performance.now();
      figures = eventFigures(db, eventId).length;
      engine.push(performance.now() - start);
    }
    db.close();

    const shell = await serve(libraryPath);
    const context = await chromium.launchPersistentContext(mkdtempSync(join(dir, 'profile-')), { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true, viewport: { width: 1400, height: 880 } });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(shell.url);
      // each view: the figures opened (by source, the default, and by article), then a keystroke's move, 20 times and to the end
      const views = [
        { name: 'By source', first: 'article.fig-block', selected: 'article.fig-block[aria-current="true"] .fig-label-text', rows: 'article.fig-block' },
        { name: 'By article', first: 'tbody tr[data-index]', selected: 'tbody tr[aria-selected="true"] .fig-label-text', rows: 'tbody tr[data-index]' },
      ];
      const lines: string[] = [];
      for (const view of views) {
        const open: number[] = [];
        const move: number[] = [];
        let inPage = 0;
        const selectedLabel = async (): Promise<string> => (await page.locator(view.selected).textContent()) ?? '';
        const movedFrom = (label: string): Promise<unknown> =>
          page.waitForFunction(`(document.querySelector(${JSON.stringify(view.selected)})?.textContent ?? '') !== ${JSON.stringify(label)}`);
        for (let r = 0; r < 3; r++) {
          const start = performance.now();
          await page.getByRole('navigation', { name: 'Events' }).getByRole('button', { name: 'Figures', exact: true }).click();
          if (view.name !== 'By source') await page.getByRole('group', { name: 'View' }).getByRole('button', { name: view.name }).click();
          await page.locator(view.first).first().waitFor();
          open.push(performance.now() - start);
          for (let k = 0; k < 20; k++) {
            const label = await selectedLabel();
            const before = performance.now();
            await page.keyboard.press('ArrowDown');
            await movedFrom(label);
            move.push(performance.now() - before);
          }
          const label = await selectedLabel();
          const end = performance.now();
          await page.keyboard.press('End');
          await movedFrom(label);
          move.push(performance.now() - end);
          inPage = await page.locator(view.rows).count();
          await page.keyboard.press('Escape');
          await page.getByRole('main', { name: 'Figures' }).waitFor({ state: 'hidden' });
        }
        lines.push(
          `figures view with ${figures} figures in Chromium, ${view.name.toLowerCase()}: opens in ${median(open).toFixed(0)} ms, a keystroke moves the selection in ${median(move).toFixed(0)} ms (median of 3 opens, ${move.length} moves), ${inPage} figures in the page`,
        );
      }
      return [
        `figures of an event with ${figures} figures (2 versions, ${figures * 2} claims), grouped with curation, sources and copies: ${engine[0]!.toFixed(0)} ms, given again while the library is unchanged in ${median(engine.slice(1)).toFixed(1)} ms`,
        ...lines,
      ];
    } finally {
      await context.close();
      await shell.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
