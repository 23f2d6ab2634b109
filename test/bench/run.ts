// `npm run bench`: how fast the foundation's hot paths are, on this machine.
// Figures, not pass/fail: nothing here is a timed test.
//   capture   bytes → version fields (decode, extract), MB of input per second; pages nested far too deep
//   import    a folder of 1,000 articles into a new library file, end to end
//   search    full-text queries over those 1,000 versions, their claims and notes
//   extract   figures found per MB of article text (the dev and the news corpus, each repeated to 10 MB); `tally extract`
//             on one 10 MB file, the whole process
//   diff      two revisions of a 100 KB article, and two unrelated 1 MB texts, against diff-match-patch
//   figures   an event of 1,000 figures: the engine's answer, and the view in Chromium (open, one keystroke)
//   report    an event of 1,000 versions (100 headlines of one text, revised ten times): the model, then each format
//   scale     a 10,000-file import; a library of 100,000 versions opened, listed, searched, an event's figures
//   archives  1 GB WARCs of 10,000 captures imported (a browser crawl; pages only), with peak memory
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import DiffMatchPatch from 'diff-match-patch';
import { openLibrary } from '../../db/connection';
import { searchLibrary } from '../../db/queries/search';
import { captureDocument } from '../../main/core/capture/captureDocument';
import { diffTexts } from '../../main/core/diff/diffTexts';
import { groupFigures } from '../../main/core/compare/groupFigures';
import { extractClaims } from '../../main/core/extract';
import { eventFigures } from '../../main/library/eventFigures';
import { importBatch } from '../../main/library/import/importBatch';
import { CORPUS_FILES, NEWS_DIR, corpusBytes, newsPath, newsRun } from '../fixtures/corpus';
import { CLI, buildCli } from '../fixtures/tallyCli';
import { revisedArticle, unrelatedArticles } from '../unit/diff/revisions';
import { writeCrawls } from './archive';
import { figuresViewTimes } from './figuresView';
import { reportTimes } from './report';

const MB = 1024 * 1024;

function time<T>(work: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = work();
  return { ms: performance.now() - start, value };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function captureThroughput(kind: 'txt' | 'html', targetBytes: number): string {
  const docs = CORPUS_FILES.filter((n) => n.endsWith(`.${kind}`)).map((n) => ({ name: n, bytes: corpusBytes(n) }));
  const runs: number[] = [];
  let total = 0;
  for (let r = 0; r < 5; r++) {
    let bytes = 0;
    const { ms } = time(() => {
      while (bytes < targetBytes) for (const d of docs) {
        captureDocument(d.name, d.bytes);
        bytes += d.bytes.length;
      }
    });
    total = bytes;
    runs.push(bytes / MB / (ms / 1000));
  }
  return `capture .${kind}: ${median(runs).toFixed(1)} MB/s (median of 5 runs of ${(total / MB).toFixed(1)} MB)`;
}

/** Saved pages nested deeper than any article: one read after its deep elements are unwrapped, one refused before it is parsed. */
function deepPages(): string {
  const paragraph = '<p>Police said 12 people were killed in the attack on Tuesday, officials told reporters in the capital.</p>';
  const page = (levels: number): Uint8Array =>
    new TextEncoder().encode(`<html><head><title>Deep</title></head><body>${'<div>'.repeat(levels)}${paragraph.repeat(3)}${'</div>'.repeat(levels)}</body></html>`);
  const read = time(() => captureDocument('deep.html', page(800)));
  const refused = time(() => {
    try {
      captureDocument('deeper.html', page(100_000));
    } catch (error) {
      return error;
    }
    throw new Error('a page nested 100,000 levels deep was read');
  });
  return `deep pages: nested 800 levels, read in ${read.ms.toFixed(0)} ms; nested 100,000 levels, refused in ${refused.ms.toFixed(0)} ms`;
}

/** The article text of each .txt capture in a folder, as import stores it. */
function textsOf(files: readonly { name: string; bytes: Uint8Array }[]): string[] {
  return files.filter((f) => f.name.endsWith('.txt')).map((f) => captureDocument(f.name, f.bytes).text);
}

/**
 * Extraction throughput on one thread, on a mix of article texts repeated
 * (each copy a separate document, as in a library) until 10 MB of article text
 * has been read: the development corpus's .txt files, and the real news
 * corpus's 25 documents. The first run warms the tagger's model up.
 */
function extractionThroughput(mix: string, texts: readonly string[], targetBytes: number): string {
  extractClaims(texts.join('\n\n'));
  const runs: number[] = [];
  let claims = 0;
  for (let r = 0; r < 3; r++) {
    let bytes = 0;
    claims = 0;
    const { ms } = time(() => {
      while (bytes < targetBytes) for (const t of texts) {
        claims += extractClaims(t).length;
        bytes += Buffer.byteLength(t);
      }
    });
    runs.push(bytes / MB / (ms / 1000));
  }
  return `extract figures, ${mix}: ${median(runs).toFixed(1)} MB/s (median of 3 runs of 10 MB; ${claims} claims per run)`;
}

/**
 * `tally extract FILE` on 10 MB of news in one file, the whole process as a
 * researcher runs it: the bundled command, built from the sources as they are,
 * starting, reading the file, extracting on its two threads (a tagging worker
 * beside the reading) and printing every claim.
 */
function extractCommandTime(): string {
  buildCli();
  const dir = mkdtempSync(join(tmpdir(), 'tally-extract-'));
  try {
    const file = join(dir, 'news.txt');
    writeFileSync(file, newsRun(10 * MB));
    const mb = Buffer.byteLength(readFileSync(file, 'utf8')) / MB;
    const runs = [0, 1, 2].map(() => time(() => execFileSync(process.execPath, [CLI, 'extract', file], { stdio: ['ignore', 'ignore', 'inherit'] })).ms / 1000);
    return `tally extract FILE, ${mb.toFixed(1)} MB of news in one file: ${median(runs).toFixed(2)} s for the whole process = ${(mb / median(runs)).toFixed(1)} MB/s (median of 3 runs)`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The revision diff on two pairs: a 100 KB article and its later version
 * (figures updated, sentences added and cut, a paragraph moved, punctuation
 * fixed; see test/unit/diff/revisions.ts), and two unrelated 1 MB texts.
 * Claims are passed as empty arrays, so this times the text diff alone, not
 * extraction or figure pairing. diff-match-patch (character diff, Diff_Timeout
 * 1 s, then diff_cleanupSemantic) on the same pairs is the reference point.
 */
function diffTimes(): string[] {
  const revised = revisedArticle(100 * 1024);
  const unrelated = unrelatedArticles(MB);
  const pairs = [
    { name: `revisions of a ${Math.round(revised.before.length / 1024)} KB article`, target: 50, runs: 9, referenceRuns: 9, ...revised },
    { name: `two unrelated ${(unrelated.before.length / MB).toFixed(1)} MB texts`, target: 1000, runs: 5, referenceRuns: 3, ...unrelated },
  ];
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = 1;
  const lines: string[] = [];
  for (const pair of pairs) {
    const input = { before: pair.before, after: pair.after, claimsBefore: [], claimsAfter: [] };
    diffTexts(input); // warm-up
    let coarse = false;
    const ours = Array.from({ length: pair.runs }, () => {
      const { ms, value } = time(() => diffTexts(input));
      coarse = value.summary.coarse;
      return ms;
    });
    const reference = Array.from({ length: pair.referenceRuns }, () =>
      time(() => {
        const diffs = dmp.diff_main(pair.before, pair.after);
        dmp.diff_cleanupSemantic(diffs);
        return diffs;
      }).ms,
    );
    lines.push(
      `diff ${pair.name}: ${median(ours).toFixed(1)} ms (median of ${pair.runs}; target ≤ ${pair.target} ms${coarse ? '; coarse' : ''}; no claims)` +
        ` vs diff-match-patch ${median(reference).toFixed(1)} ms (median of ${reference.length}, Diff_Timeout 1 s + cleanupSemantic)`,
    );
  }
  return lines;
}

/**
 * Grouping claims into figures: 1,000 versions (100 articles of 10 versions,
 * each version one of the corpus .txt files) holding over 10,000 claims.
 */
function groupingTime(): string {
  const texts = CORPUS_FILES.filter((n) => n.endsWith('.txt')).map((n) => extractClaims(captureDocument(n, corpusBytes(n)).text));
  const docs = Array.from({ length: 1000 }, (_, i) => ({ name: `v${i}`, article: `a${i % 100}`, claims: texts[i % texts.length]! }));
  const claims = docs.reduce((n, d) => n + d.claims.length, 0);
  const runs: number[] = [];
  for (let r = 0; r < 5; r++) runs.push(time(() => groupFigures(docs)).ms);
  return `group ${claims} claims from ${docs.length} versions into figures: ${median(runs).toFixed(0)} ms (median of 5; target ≤ 2 s)`;
}

async function importFolder(count: number): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'tally-bench-'));
  try {
    const folder = join(dir, 'captures');
    mkdirSync(folder);
    const base = corpusBytes('cbs-bukamal-r2.txt');
    for (let i = 0; i < count; i++) {
      writeFileSync(join(folder, `article-${String(i).padStart(4, '0')}.txt`), Buffer.concat([Buffer.from(`Revision ${i}\n\n`), base]));
    }
    const db = openLibrary(join(dir, 'library.sqlite'));
    const start = performance.now();
    const report = await importBatch(db, { batchId: 'bench', target: { eventName: 'Bench' }, inputs: [{ kind: 'path', path: folder }] });
    const ms = performance.now() - start;
    const again = performance.now();
    await importBatch(db, { batchId: 'bench-2', target: { eventName: 'Bench' }, inputs: [{ kind: 'path', path: folder }] });
    const dupMs = performance.now() - again;
    const queries = ['Observatory', 'Kataib Hezbollah', 'contractors injured', 'Erb'];
    const searchMs = queries.map((q) => time(() => searchLibrary(db, q)).ms);
    const eventId = report.imported[0]!.eventId;
    const figureRuns = [0, 1, 2].map(() => time(() => eventFigures(db, eventId)));
    db.close();
    return [
      `import: ${report.imported.length} files (${((base.length * count) / MB).toFixed(1)} MB) in ${(ms / 1000).toFixed(2)} s = ${(count / (ms / 1000)).toFixed(0)} files/s`,
      `re-import of the same ${count} files (all duplicates): ${(dupMs / 1000).toFixed(2)} s`,
      `figures of that event (${count} near-identical articles, ${figureRuns[0]!.value.reduce((n, f) => n + f.members.length, 0)} claims, copies found): worked out in ${figureRuns[0]!.ms.toFixed(0)} ms, given again while the library is unchanged in ${median(figureRuns.slice(1).map((r) => r.ms)).toFixed(1)} ms`,
      `search over ${count} versions and their claims and notes: median ${median(searchMs).toFixed(1)} ms per query (${queries.map((q) => `"${q}"`).join(', ')})`,
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`Tally benchmarks, Node ${process.version}, one thread (tally extract FILE: two)`);
// Extraction first, on a fresh heap: it is the figure with a target (5 MB/s), and the capture runs leave garbage behind.
const devMix = textsOf(CORPUS_FILES.map((name) => ({ name, bytes: corpusBytes(name) })));
const newsMix = textsOf(readdirSync(NEWS_DIR).map((name) => ({ name, bytes: new Uint8Array(readFileSync(newsPath(name))) })));
console.log(extractionThroughput('dev mix', devMix, 10 * MB));
console.log(extractionThroughput('news mix', newsMix, 10 * MB));
console.log(extractCommandTime());
console.log(groupingTime());
for (const line of diffTimes()) console.log(line);
console.log(captureThroughput('txt', 8 * MB));
console.log(captureThroughput('html', 4 * MB));
console.log(deepPages());
for (const line of await importFolder(1000)) console.log(line);
for (const line of await figuresViewTimes(1000)) console.log(line);
for (const line of await reportTimes()) console.log(line);
// a process of its own, under the same loader as this one (see scaleRun.ts)
execFileSync(process.execPath, [...process.execArgv, new URL('./scaleRun.ts', import.meta.url).pathname], { stdio: 'inherit' });
// each 1 GB archive written here and imported in a process of its own, so its peak memory is the import's alone
const crawls = mkdtempSync(join(tmpdir(), 'tally-crawls-'));
try {
  for (const [i, path] of (await writeCrawls(crawls)).entries()) {
    execFileSync(process.execPath, [...process.execArgv, new URL('./archiveRun.ts', import.meta.url).pathname, String(i), path], { stdio: 'inherit' });
    rmSync(path);
  }
} finally {
  rmSync(crawls, { recursive: true, force: true });
}
