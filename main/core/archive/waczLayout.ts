// What a WACZ (a ZIP in a fixed layout) holds, as its files say it: the
// WARCs under archive/, the page list in pages/*.jsonl that decides which
// records are pages, and datapackage.json giving each file's SHA-256, so a
// damaged or altered file is refused before it is read. Pure: the Node side
// opens the ZIP and hands the texts here.
import { pageAddress } from './archiveRecords';

export const DATAPACKAGE = 'datapackage.json';
export const PAGE_LISTS = ['pages/pages.jsonl', 'pages/extraPages.jsonl'] as const;

/** The WARCs of a WACZ, in the order they are read (by name, as a crawl numbers them). */
export function waczWarcs(names: readonly string[]): string[] {
  return names.filter((n) => /^archive\/[^/]+\.warc(?:\.gz)?$/i.test(n)).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

/** File paths to the SHA-256 (lower-case hex) datapackage.json gives for each; throws a one-line reason when it is no datapackage. */
export function datapackageHashes(json: string): Map<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new Error('datapackage.json is not JSON');
  }
  const resources = (parsed as { resources?: unknown } | null)?.resources;
  if (!Array.isArray(resources)) throw new Error('datapackage.json lists no resources');
  const hashes = new Map<string, string>();
  for (const r of resources as { path?: unknown; hash?: unknown }[]) {
    if (typeof r?.path !== 'string' || typeof r.hash !== 'string') continue;
    const m = /^(?:sha256:)?([0-9a-f]{64})$/i.exec(r.hash.trim());
    if (m) hashes.set(r.path, m[1]!.toLowerCase());
  }
  return hashes;
}

/** The page addresses of a pages.jsonl: a header line, then one JSON object per page with its `url`; lines that are no page are passed over. */
export function pageUrls(jsonl: string): string[] {
  const urls: string[] = [];
  for (const line of jsonl.split('\n')) {
    if (!line.trim()) continue;
    try {
      const page = JSON.parse(line) as { url?: unknown } | null;
      if (typeof page?.url === 'string') urls.push(pageAddress(page.url));
    } catch {
      // a damaged line costs only its page: the records of the others are still known
    }
  }
  return urls;
}
