// Web archives (WARC, WACZ) as a revision history: which files are archives,
// which of an archive's records are pages worth a version, which say a page
// was unchanged when captured again, and how a version names the record it
// came from. Pure: the Node side streams the records and asks here.

export type ArchiveKind = 'warc' | 'wacz';

/** The archive a file name promises (`.warc`, `.warc.gz`, `.wacz`), or null. */
export function archiveKindForName(name: string): ArchiveKind | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.warc') || lower.endsWith('.warc.gz')) return 'warc';
  if (lower.endsWith('.wacz')) return 'wacz';
  return null;
}

/** What a record's WARC and HTTP headers say, as much as the decision needs. */
export interface RecordHead {
  type: string;
  recordId: string | null;
  targetUri: string | null;
  /** WARC-Date as written. */
  date: string | null;
  payloadDigest: string | null;
  /** The HTTP status of a response (or of a revisit that repeats its headers). */
  httpStatus: number | null;
  httpContentType: string | null;
}

/**
 * What a record is to an import: a page capture (a version), a capture of a
 * page that did not change (a revisit), a sub-resource of a page (a script,
 * an image, a style, JSON: skipped and counted), or another record (warcinfo,
 * request, metadata, a redirect) that is read and passed over.
 */
export type RecordRole = 'page' | 'unchanged' | 'sub-resource' | 'other';

const PAGE_TYPES = new Set(['text/html', 'application/xhtml+xml']);

function mediaType(contentType: string | null): string | null {
  return contentType ? contentType.split(';')[0]!.trim().toLowerCase() || null : null;
}

/**
 * `pages` is a WACZ's list of page addresses (pages/pages.jsonl), which
 * decides; without one (a bare WARC) an HTML response is a page. A page
 * answer that is not a success (a redirect, a 404) is no version of it.
 */
export function recordRole(head: RecordHead, pages: ReadonlySet<string> | null = null): RecordRole {
  if (head.type !== 'response' && head.type !== 'revisit') return 'other';
  const type = mediaType(head.httpContentType);
  const isPage = pages ? head.targetUri !== null && pages.has(pageAddress(head.targetUri)) : type === null ? head.type === 'revisit' : PAGE_TYPES.has(type);
  if (!isPage) return 'sub-resource';
  if (head.type === 'revisit') return 'unchanged';
  if (head.httpStatus !== null && (head.httpStatus < 200 || head.httpStatus > 299)) return 'other';
  // a page list may name an address whose record holds no HTML (a PDF viewer page): nothing Tally reads
  if (type !== null && !PAGE_TYPES.has(type) && !type.startsWith('text/')) return 'sub-resource';
  return 'page';
}

/** An address as a page list and a record are compared: written the way a URL parser writes it ("https://a.example" and "https://a.example/" are one page). */
export function pageAddress(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
}

/** WARC-Date as the ISO 8601 instant every capture time is kept in, or null when it is no date. */
export function warcDateIso(date: string | null): string | null {
  if (!date || !/^\d{4}-\d{2}-\d{2}(?:T[\d:.]+)?Z?$/.test(date.trim())) return null;
  const time = Date.parse(date.trim());
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** How a version names where it came from: the archive file, the WARC inside it (for a WACZ), and the record. */
export function recordOrigin(archive: string, member: string | null, recordId: string, offset: number): string {
  return `${archive} (${member ? `${member}, ` : ''}WARC record ${recordId} at byte ${offset})`;
}

/** How an import's report and progress name one record of an archive. */
export function recordLabel(archive: string, head: Pick<RecordHead, 'targetUri'>, capturedAt: string): string {
  return `${archive} › ${head.targetUri ?? 'a record with no address'} at ${capturedAt}`;
}

/** What reading an archive came to, for the import's progress and report. */
export interface ArchiveCounts {
  recordsRead: number;
  pagesKept: number;
  unchanged: number;
  subResourcesSkipped: number;
}

export function noArchiveCounts(): ArchiveCounts {
  return { recordsRead: 0, pagesKept: 0, unchanged: 0, subResourcesSkipped: 0 };
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** "12 records read, 3 pages kept, 1 capture unchanged, 8 sub-resources skipped": the same words in the app and on the command line. */
export function archiveCountsText(c: ArchiveCounts): string {
  return [
    `${plural(c.recordsRead, 'record', 'records')} read`,
    `${plural(c.pagesKept, 'page', 'pages')} kept`,
    `${plural(c.unchanged, 'capture', 'captures')} unchanged`,
    `${plural(c.subResourcesSkipped, 'sub-resource', 'sub-resources')} skipped`,
  ].join(', ');
}
