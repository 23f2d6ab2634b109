// `npm run bench`: how fast the foundation's hot paths are, on this machine.
// Figures, not pass/fail: nothing here is a timed test.
//   capture   bytes → version fields (decode, extract), MB of input per second
//   import    a folder of 1,000 articles into a new library file, end to end
//   search    full-text queries over those 1,000 versions
//   extract   figures found per MB of article text (the corpus .txt files repeated to 10 MB)
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openLibrary } from '../../db/connection';
import { searchVersions } from '../../db/queries/search';
import { captureDocument } from '../../main/core/capture/captureDocument';
import { extractClaims } from '../../main/core/extract';
import { importBatch } from '../../main/library/import/importBatch';
import { CORPUS_FILES, corpusBytes } from '../fixtures/corpus';

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

/**
 * Extraction throughput on one thread: the development corpus's .txt files,
 * repeated (each copy a separate document, as in a library) until 10 MB of
 * article text has been read. The first run warms the tagger's model up.
 */
function extractionThroughput(targetBytes: number): string {
  const texts = CORPUS_FILES.filter((n) => n.endsWith('.txt')).map((n) => captureDocument(n, corpusBytes(n)).text);
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
  return `extract figures: ${median(runs).toFixed(1)} MB/s (median of 3 runs of 10 MB; ${claims} claims per run)`;
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
    const searchMs = queries.map((q) => time(() => searchVersions(db, q)).ms);
    db.close();
    return [
      `import: ${report.imported.length} files (${((base.length * count) / MB).toFixed(1)} MB) in ${(ms / 1000).toFixed(2)} s = ${(count / (ms / 1000)).toFixed(0)} files/s`,
      `re-import of the same ${count} files (all duplicates): ${(dupMs / 1000).toFixed(2)} s`,
      `search over ${count} versions: median ${median(searchMs).toFixed(1)} ms per query (${queries.map((q) => `"${q}"`).join(', ')})`,
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`Tally benchmarks, Node ${process.version}, one thread`);
// Extraction first, on a fresh heap: it is the figure with a target (5 MB/s), and the capture runs leave garbage behind.
console.log(extractionThroughput(10 * MB));
console.log(captureThroughput('txt', 8 * MB));
console.log(captureThroughput('html', 4 * MB));
for (const line of await importFolder(1000)) console.log(line);
