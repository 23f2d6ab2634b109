// The library at scale: a 10,000-file import with extraction, then a library
// of 100,000 versions (the import's versions copied under new events by SQL,
// each copy a new SHA-256, search index and claims included), opened as a
// shell opens it, and the interactions the app makes on it: the event list,
// the articles of a 1,000-version event, a search, and that event's figures;
// then the same in the app, in Chromium.
import type { Page } from '@playwright/test';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openLibrary } from '../../db/connection';
import { listArticles } from '../../db/queries/articles';
import { listEvents } from '../../db/queries/events';
import { searchLibrary } from '../../db/queries/search';
import { eventFigures } from '../../main/library/eventFigures';
import { importBatch } from '../../main/library/import/importBatch';
import { openLibraryForWork } from '../../main/library/openLibraryForWork';
import { NEWS_DIR } from '../fixtures/corpus';

function ms(work: () => unknown): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

/** 10,000 captures: the real news texts, each file made distinct by a line of its own. */
function writeFiles(folder: string, count: number, first: number): void {
  mkdirSync(folder, { recursive: true });
  const texts = readdirSync(NEWS_DIR).filter((n) => n.endsWith('.txt')).map((n) => readFileSync(join(NEWS_DIR, n)));
  for (let i = 0; i < count; i++) {
    writeFileSync(join(folder, `capture-${String(i).padStart(5, '0')}.txt`), Buffer.concat([texts[i % texts.length]!, Buffer.from(`\n\nCapture ${first + i}.\n`)]));
  }
}

/**
 * One interaction timed inside the page: from a click on the button `button`
 * finds to the first frame after `done` holds. Playwright's own lookups
 * (resolving a role and a name over thousands of nodes costs it hundreds of
 * milliseconds) are not the app's time, so they are left out here. The code
 * is sent as text: the benchmark's transpiler would wrap functions in helpers
 * the page does not have.
 */
async function clickInPage(page: Page, button: string, done: string, before = 'null'): Promise<number> {
  return page.evaluate(`(async () => {
    const button = ${button};
    const before = ${before};
    const start = performance.now();
    button.click();
    while (!(${done})) await new Promise((resolve) => setTimeout(resolve, 2));
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return performance.now() - start;
  })()`);
}

/**
 * The same library in the app (the loopback web shell in Chromium): from the
 * page's load to its event list, then the 1,000-version event's articles, and
 * its Figures view, opened once (grouped), again, and after the shell is
 * restarted; each interaction timed in the page, then once more through
 * Playwright's lookups for comparison.
 */
export async function inTheApp(path: string, eventName: string, otherEvent: string): Promise<string[]> {
  if (!existsSync('out/renderer/index.html') || !existsSync('/usr/bin/chromium')) return ['in the app: skipped, no built renderer or no Chromium'];
  // loaded only here: the import measured above needs none of Playwright, and ran slower with it loaded (29.7 s against 25.9 s, one pair)
  const { chromium } = await import('@playwright/test');
  const { CHROMIUM_ARGS, serve } = await import('./figuresView');
  let shell = await serve(path);
  const profile = mkdtempSync(join(tmpdir(), 'tally-scale-profile-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true, viewport: { width: 1440, height: 900 } });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const since = async (work: () => Promise<unknown>): Promise<number> => {
      const start = performance.now();
      await work();
      return performance.now() - start;
    };
    const events = page.getByRole('navigation', { name: 'Events' });
    const opened = await since(async () => {
      await page.goto(shell.url);
      await events.getByRole('button', { name: new RegExp(eventName) }).waitFor();
    });
    const eventButton = (name: string): string =>
      `[...document.querySelectorAll('nav[aria-label="Events"] button.event')].find((b) => b.textContent.includes(${JSON.stringify(name)}))`;
    const firstArticle = `document.querySelector('section[aria-label="Articles"] li.article')`;
    // the event's articles, its neighbour's, and the event's again: each a new list in the page
    const articles: number[] = [];
    for (const name of [eventName, otherEvent, eventName]) {
      articles.push(await clickInPage(page, eventButton(name), `${firstArticle} && ${firstArticle} !== before`, firstArticle));
    }
    const figuresButton = `[...document.querySelectorAll('nav[aria-label="Events"] button')].find((b) => b.textContent.trim() === 'Figures')`;
    const figuresShown = `document.querySelector('main[aria-label="Figures"] article.fig-block, main[aria-label="Figures"] tbody tr[data-index]')`;
    const figures: number[] = [];
    for (let r = 0; r < 2; r++) {
      figures.push(await clickInPage(page, figuresButton, figuresShown));
      await page.keyboard.press('Escape');
      await page.getByRole('main', { name: 'Figures' }).waitFor({ state: 'hidden' });
    }
    // the shell stopped and started again, as the app is the next morning: the grouped figures kept in the library are
    // read, as soon as the event's articles show (the figures are still being read ahead), and a second later
    const afterRestart: number[] = [];
    for (const pause of [0, 1000]) {
      await shell.stop();
      shell = await serve(path);
      await page.goto(shell.url);
      await events.getByRole('button', { name: new RegExp(eventName) }).click();
      await page.locator('section[aria-label="Articles"] li.article').first().waitFor();
      await page.waitForTimeout(pause);
      afterRestart.push(await clickInPage(page, figuresButton, figuresShown));
      await page.keyboard.press('Escape');
      await page.getByRole('main', { name: 'Figures' }).waitFor({ state: 'hidden' });
    }
    // once more through Playwright, as a test would see it
    await events.getByRole('button', { name: new RegExp(otherEvent) }).click();
    await page.locator('button[data-version]').first().waitFor();
    const throughPlaywright = await since(async () => {
      await events.getByRole('button', { name: new RegExp(eventName) }).click();
      await page.getByRole('region', { name: 'Articles' }).locator('li.article').first().waitFor();
    });
    return [
      `in the app (Chromium, loopback shell): the library opens with its event list in ${opened.toFixed(0)} ms; ` +
        `the 1,000-version event's articles in ${articles.map((t) => t.toFixed(0)).join(', ')} ms (that event, another, that event again; ${throughPlaywright.toFixed(0)} ms through Playwright's lookups); ` +
        `its Figures view in ${figures[0]!.toFixed(0)} ms (grouped), ${figures[1]!.toFixed(0)} ms again; after the shell is restarted (the figures kept in the library), ` +
        `${afterRestart[0]!.toFixed(0)} ms opened as soon as the articles show, ${afterRestart[1]!.toFixed(0)} ms a second later`,
    ];
  } finally {
    await context.close();
    await shell.stop();
    rmSync(profile, { recursive: true, force: true });
  }
}

export async function scaleTimes(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'tally-scale-'));
  const lines: string[] = [];
  try {
    const path = join(dir, 'library.sqlite');
    // ten events of 1,000 captures each
    for (let e = 0; e < 10; e++) writeFiles(join(dir, 'captures', `event-${e}`), 1000, e * 1000);
    let db = openLibrary(path);
    const started = performance.now();
    let imported = 0;
    let failed = 0;
    for (let e = 0; e < 10; e++) {
      const report = await importBatch(db, { batchId: `scale-${e}`, target: { eventName: `Event ${e}` }, inputs: [{ kind: 'path', path: join(dir, 'captures', `event-${e}`) }] }, { onWarning: () => {} });
      imported += report.imported.length;
      failed += report.failed.length;
    }
    lines.push(`import of 10,000 files with extraction (10 events of 1,000): ${((performance.now() - started) / 1000).toFixed(1)} s (${imported} versions, ${failed} failed)`);

    // nine copies of every event, its articles, versions (each a new SHA-256), claims, extraction marks and publication readings
    const copyStarted = performance.now();
    db.exec(`
      CREATE TEMP TABLE copies AS WITH RECURSIVE n(k) AS (VALUES (1) UNION ALL SELECT k + 1 FROM n WHERE k < 9) SELECT k FROM n;
      INSERT INTO events (id, name, created_at) SELECT k * 1000 + e.id, e.name || ' copy ' || k, e.created_at FROM copies, events e;
      INSERT INTO articles (id, event_id, outlet_id, title, canonical_url, title_key, url_key, created_at)
        SELECT k * 100000 + a.id, k * 1000 + a.event_id, a.outlet_id, a.title, a.canonical_url, a.title_key, a.url_key, a.created_at
        FROM copies, articles a;
      INSERT INTO versions (id, article_id, sha256, bytes, byte_length, format, encoding, text, title, captured_at, origin, origin_kind)
        SELECT k * 100000 + v.id, k * 100000 + v.article_id, lower(hex(randomblob(32))), v.bytes, v.byte_length, v.format, v.encoding, v.text, v.title,
               v.captured_at, v.origin, v.origin_kind
        FROM copies, versions v WHERE v.id < 100000;
      INSERT INTO claims (version_id, extractor_version, kind, value, low, high, approx, start, end, sentence_start, sentence_end, subject, entity,
                          measure, source, qualifiers, unit, holder, modality, incident, confidence, status, created_at)
        SELECT k * 100000 + c.version_id, c.extractor_version, c.kind, c.value, c.low, c.high, c.approx, c.start, c.end, c.sentence_start, c.sentence_end,
               c.subject, c.entity, c.measure, c.source, c.qualifiers, c.unit, c.holder, c.modality, c.incident, c.confidence, c.status, c.created_at
        FROM copies, claims c WHERE c.version_id < 100000;
      INSERT INTO extractions (version_id, extractor_version, at) SELECT k * 100000 + e.version_id, e.extractor_version, e.at FROM copies, extractions e WHERE e.version_id < 100000;
      INSERT INTO claims_fts (rowid, words, numbers) SELECT id, words, numbers FROM claim_search_terms WHERE version_id >= 100000;
      INSERT INTO version_publication
        SELECT k * 100000 + p.version_id, p.outlet, p.outlet_from, p.outlet_words, p.byline, p.byline_from, p.canonical_url, p.url_from,
               p.published_at, p.published_from, p.published_words, p.published_note, p.updated_at, p.updated_from, p.updated_words,
               p.saved_at, p.reader_version
        FROM copies, version_publication p WHERE p.version_id < 100000;
    `);
    const versions = (db.prepare('SELECT count(*) AS n FROM versions').get() as { n: number }).n;
    db.close();
    lines.push(`a library of ${versions.toLocaleString('en-US')} versions (${(statSync(path).size / 1024 / 1024).toFixed(0)} MB), made in ${((performance.now() - copyStarted) / 1000).toFixed(0)} s`);

    // opened as a shell opens it (schema, quick check where it applies, unread versions), then what the app asks first
    const open = performance.now();
    db = openLibraryForWork(path);
    const events = listEvents(db);
    const openMs = performance.now() - open;
    const copyEvent = events.find((e) => e.name === 'Event 3 copy 5')!;
    const otherEvent = events.find((e) => e.name === 'Event 4 copy 5')!;
    const articles = median([0, 1, 2].map(() => ms(() => listArticles(db, copyEvent.id))));
    const search = median(['Observatory', 'Zaventem', 'delegates', 'earthquake'].map((q) => ms(() => searchLibrary(db, q))));
    const figures = [0, 1, 2].map(() => ms(() => eventFigures(db, copyEvent.id)));
    db.close();
    lines.push(...(await inTheApp(path, copyEvent.name, otherEvent.name)));
    lines.push(`opened as a shell opens it, with its event list: ${openMs.toFixed(0)} ms (${events.length} events)`);
    lines.push(`on it: the articles of a ${copyEvent.versionCount}-version event ${articles.toFixed(0)} ms, a search ${search.toFixed(0)} ms, that event's figures worked out in ${figures[0]!.toFixed(0)} ms and given again in ${median(figures.slice(1)).toFixed(1)} ms (medians)`);
    return lines;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
