// Large web archives imported as a researcher's crawls would be, each a 1 GB
// WARC of 10,000 captures, every page about 100 KB with the chrome a news site
// wraps around its article (inline state, styles, menus), captured four times
// with a figure changing between captures:
//   a browser crawl: 2,000 page captures, each with the script, stylesheet,
//     image and JSON the page loaded (8,000 sub-resource captures);
//   pages only: 10,000 page captures, the most reading such an archive can ask.
// Timed end to end in a process of their own, with the process's peak memory.
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import { WARCRecord, WARCSerializer } from 'warcio';
import { openLibrary } from '../../db/connection';
import { importBatch } from '../../main/library/import/importBatch';
import { NEWS_DIR } from '../fixtures/corpus';
import { newsPage } from '../fixtures/webArchives';

const CAPTURES_PER_PAGE = 4;
const PAGE_BYTES = 100 * 1024;

/** A crawl's make-up: its pages, and whether each page capture brings its sub-resources. */
interface Crawl {
  name: string;
  pages: number;
  subResources: boolean;
}

export const CRAWLS: readonly Crawl[] = [
  { name: 'a browser crawl', pages: 500, subResources: true },
  { name: 'pages only', pages: 2500, subResources: false },
];

/** What a page loads beside itself, about 400 KB together: its script, stylesheet, lead image and related-stories JSON. */
function subResources(p: number, c: number): { url: string; contentType: string; body: Uint8Array }[] {
  const text = (unit: string, size: number): Uint8Array => Buffer.from(unit.repeat(Math.ceil(size / unit.length)).slice(0, size));
  return [
    { url: `https://news.example.com/static/app.${c}.js`, contentType: 'application/javascript', body: text(`function f${p}(a){return a.map(function(x){return x*${p};});}\n`, 150 * 1024) },
    { url: `https://news.example.com/static/site.${c}.css`, contentType: 'text/css', body: text(`.story-${p} .lead{margin:0 auto;max-width:42em}\n`, 40 * 1024) },
    { url: `https://images.example.com/story/${p}/lead-${c}.jpg`, contentType: 'image/jpeg', body: randomBytes(190 * 1024) },
    { url: `https://news.example.com/api/related/${p}?v=${c}`, contentType: 'application/json', body: text(`{"id":${p},"headline":"Related story","url":"/story/${p}"},`, 20 * 1024) },
  ];
}

/** What a news site puts around its article: a menu of links, the app's state as inline JSON, its styles. */
function chrome(seed: number, size: number): { head: string; foot: string } {
  const links = Array.from({ length: 120 }, (_, i) => `<li><a href="/section/${seed % 40}/story-${i}">Story ${i} of section ${seed % 40}</a></li>`).join('');
  const style = `<style>${Array.from({ length: 200 }, (_, i) => `.c${i}{margin:${i % 7}px;color:#${(i * 4099).toString(16).padStart(6, '0').slice(0, 6)}}`).join('')}</style>`;
  const head = `${style}<nav><ul>${links}</ul></nav>`;
  const stateItems: string[] = [];
  let state = '';
  for (let i = 0; state.length < size - head.length; i++) {
    stateItems.push(`{"id":${seed * 1000 + i},"headline":"Related story ${i}","url":"/story/${seed}/${i}","tags":["world","news"]}`);
    if (i % 50 === 49) state = stateItems.join(',');
  }
  return { head, foot: `<footer>${links}</footer><script>window.__STATE__={"related":[${state}]}</script>` };
}

/** Writes the archive record by record (never held whole); answers its size. */
async function writeCrawl(path: string, crawl: Crawl): Promise<number> {
  const texts = readdirSync(NEWS_DIR).filter((n) => n.endsWith('.txt'));
  const out = createWriteStream(path);
  const write = async (bytes: Uint8Array): Promise<void> => {
    if (!out.write(bytes)) await once(out, 'drain');
  };
  await write(await WARCSerializer.serialize(WARCRecord.createWARCInfo({ filename: 'crawl.warc', warcVersion: 'WARC/1.1' }, { software: 'bench' })));
  const enc = new TextEncoder();
  for (let c = 0; c < CAPTURES_PER_PAGE; c++) {
    for (let p = 0; p < crawl.pages; p++) {
      const article = newsPage(texts[p % texts.length]!).replace('</h1>', `</h1><p>Story ${p} of the crawl.</p>`);
      // each capture after the first moves one figure, as a story updated through the day does
      const revised = c === 0 ? article : article.replace(/\b(\d{2,3})\b/, (n) => String(Number(n) + c));
      const { head, foot } = chrome(p, PAGE_BYTES - revised.length);
      const html = revised.replace('<body>', `<body>${head}`).replace('</body>', `${foot}</body>`);
      const date = new Date(Date.UTC(2016, 2, 1 + c, 8, 0, p % 60)).toISOString().replace('.000', '');
      const record = WARCRecord.create(
        { url: `https://news.example.com/story/${p}`, date, type: 'response', warcVersion: 'WARC/1.1', httpHeaders: { 'Content-Type': 'text/html; charset=utf-8' } },
        (async function* () {
          yield enc.encode(html);
        })(),
      );
      await write(await WARCSerializer.serialize(record));
      if (!crawl.subResources) continue;
      for (const r of subResources(p, c)) {
        const resource = WARCRecord.create(
          { url: r.url, date, type: 'response', warcVersion: 'WARC/1.1', httpHeaders: { 'Content-Type': r.contentType } },
          (async function* () {
            yield r.body;
          })(),
        );
        await write(await WARCSerializer.serialize(resource));
      }
    }
  }
  out.end();
  await once(out, 'finish');
  return statSync(path).size;
}

/** Writes each crawl's WARC into `dir`: their paths, in the order of CRAWLS. */
export async function writeCrawls(dir: string): Promise<string[]> {
  const paths: string[] = [];
  for (const [i, crawl] of CRAWLS.entries()) {
    paths.push(join(dir, `crawl-${i}.warc`));
    await writeCrawl(paths[i]!, crawl);
  }
  return paths;
}

/** A crawl's WARC imported into a new library beside it; its line. */
export async function archiveImportTime(crawl: Crawl, warc: string): Promise<string> {
  const size = statSync(warc).size;
  const dir = mkdtempSync(join(tmpdir(), 'tally-archive-bench-'));
  try {
    const db = openLibrary(join(dir, 'library.sqlite'));
    let peak = process.memoryUsage().rss;
    const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
    const started = performance.now();
    const report = await importBatch(db, { batchId: 'bench', target: { eventName: 'Crawl' }, inputs: [{ kind: 'path', path: warc }] }, { onWarning: () => {} });
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sample);
    const articles = (db.prepare('SELECT count(*) FROM articles').pluck().get() as number).toLocaleString('en-US');
    db.close();
    const counts = report.archives![0]!;
    return (
      `web archive import, ${crawl.name}: a ${(size / 1024 / 1024 / 1024).toFixed(2)} GB WARC of ${counts.recordsRead.toLocaleString('en-US')} records in ${seconds.toFixed(1)} s ` +
        `(${counts.pagesKept.toLocaleString('en-US')} pages kept as versions of ${articles} articles, ${counts.subResourcesSkipped.toLocaleString('en-US')} sub-resources skipped, ${report.failed.length} failed); ` +
        `peak memory ${(Math.max(peak, process.resourceUsage().maxRSS * 1024) / 1024 / 1024).toFixed(0)} MB (the whole process)`
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
