// Streams the records of a WARC (plain or gzipped, from a file or from inside
// a WACZ) through warcio's parser, one record in memory at a time: a page
// record gives its HTTP payload, a revisit says its page was unchanged,
// everything else is passed over and counted. A record that cannot be
// trusted (its payload does not match its digest, or is shorter than it
// declares) costs only itself; damage that stops the parser (a truncated
// .warc.gz) ends the archive with a one-line reason, after what came before.
import { LimitReader, WARCParser, type WARCRecord } from 'warcio';
import { recordRole, warcDateIso, type RecordHead } from '../../core/archive/archiveRecords';
import { CaptureError, MAX_CAPTURE_BYTES, formatMegabytes } from '../../core/capture/captureError';
import { payloadMatchesDigest } from './payloadDigest';

export interface ArchiveFile {
  /** The archive file as the researcher named it, and its SHA-256. */
  path: string;
  sha256: string;
  /** The WARC inside a WACZ that holds the records; null for a WARC file. */
  member: string | null;
}

export interface ArchivedRecord {
  archive: ArchiveFile;
  recordId: string;
  /** Where the record starts in its WARC (uncompressed offset for a plain WARC, the gzip member's for .warc.gz). */
  offset: number;
  targetUri: string;
  /** WARC-Date as written, and as the ISO 8601 instant it is kept as. */
  date: string;
  capturedAt: string;
  payloadDigest: string | null;
  refersToUri: string | null;
  refersToDate: string | null;
}

export type ArchiveEntry =
  | { role: 'page'; record: ArchivedRecord; bytes: Uint8Array }
  | { role: 'unchanged'; record: ArchivedRecord }
  | { role: 'sub-resource' | 'other' }
  | { role: 'failed'; error: string };

function headOf(record: WARCRecord): RecordHead {
  return {
    type: record.warcType ?? '',
    recordId: record.warcHeader('WARC-Record-ID') ?? null,
    targetUri: record.warcTargetURI ?? null,
    date: record.warcDate ?? null,
    payloadDigest: record.warcPayloadDigest ?? null,
    httpStatus: record.httpHeaders ? Number(record.httpHeaders.statusCode) || null : null,
    httpContentType: record.httpHeaders?.headers.get('Content-Type') ?? null,
  };
}

/** The record as kept with its capture, or why it cannot be one. */
function archivedRecord(archive: ArchiveFile, record: WARCRecord, head: RecordHead, offset: number): ArchivedRecord | string {
  const capturedAt = warcDateIso(head.date);
  if (!head.recordId) return 'it has no WARC-Record-ID';
  if (!head.targetUri) return 'it has no WARC-Target-URI';
  if (!capturedAt) return head.date ? `its WARC-Date "${head.date}" is not a date` : 'it has no WARC-Date';
  const refersToDate = record.warcRefersToDate ? warcDateIso(record.warcRefersToDate) : null;
  return {
    archive,
    recordId: head.recordId,
    offset,
    targetUri: head.targetUri,
    date: head.date!,
    capturedAt,
    payloadDigest: head.payloadDigest,
    refersToUri: record.warcRefersToTargetURI ?? null,
    refersToDate,
  };
}

/** The page's payload as the browser read it (content encodings undone), after checking it is the one the record declared. */
async function pagePayload(record: WARCRecord, head: RecordHead): Promise<Uint8Array | string> {
  if (record.warcContentLength > MAX_CAPTURE_BYTES) {
    return `it holds ${formatMegabytes(record.warcContentLength)}; Tally captures pages up to ${formatMegabytes(MAX_CAPTURE_BYTES)}`;
  }
  const raw = await record.readFully(false);
  // the archive ended inside the record: it is shorter than its Content-Length says
  if (record.reader instanceof LimitReader && record.reader.limit > 0) {
    return `it declares ${record.warcContentLength} bytes but the archive holds ${record.warcContentLength - record.reader.limit}`;
  }
  let content: Uint8Array;
  try {
    content = await record.readFully(true);
  } catch (error) {
    return `its payload cannot be decoded as its HTTP headers say (${(error as Error).message.split('\n')[0]})`;
  }
  // crawlers digest the payload as recorded, a few after undoing its chunked transfer: either one matching will do
  if (head.payloadDigest && payloadMatchesDigest(raw, head.payloadDigest) === false && payloadMatchesDigest(content, head.payloadDigest) === false) {
    return 'its payload does not match its WARC-Payload-Digest (a wrong Content-Length, or damaged bytes)';
  }
  return content;
}

/** How every WARC begins: its first record's version line, or the first gzip member of a .warc.gz. */
function beginsAsWarc(head: Uint8Array): boolean {
  return (head[0] === 0x1f && head[1] === 0x8b) || Buffer.from(head.subarray(0, 5)).toString('latin1') === 'WARC/';
}

/**
 * Counts the bytes handed to the parser, to tell an archive read to its end
 * from one the parser gave up on; and refuses at once what does not begin as
 * a WARC does. The parser reads a record's header line by line, and a file of
 * other bytes (a disk image of zeros named .warc) is one endless line to it:
 * 400 MB of zeros took minutes before it gave up.
 */
class CountedSource {
  bytes = 0;
  constructor(
    private readonly source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
    private readonly name: string,
    private readonly onRead: ((bytes: number) => void) | undefined,
  ) {}
  async *[Symbol.asyncIterator](): AsyncGenerator<Uint8Array> {
    // the first bytes, held until there are enough to tell
    let head: Uint8Array | null = new Uint8Array(0);
    for await (const chunk of this.source) {
      if (head) {
        head = Buffer.concat([head, chunk]);
        if (head.length < 5) continue;
        if (!beginsAsWarc(head)) throw new CaptureError('unreadable', `${this.name}: not a WARC: it does not begin with a WARC record (WARC/1.x) or a gzip member`);
        this.bytes += head.length;
        this.onRead?.(this.bytes);
        yield head;
        head = null;
        continue;
      }
      this.bytes += chunk.length;
      this.onRead?.(this.bytes);
      yield chunk;
    }
    if (head?.length) {
      this.bytes += head.length;
      yield head;
    }
  }
}

/**
 * `name` is how reasons name the archive; `pages` (a WACZ's page list)
 * decides which records are pages; `onRead` hears how many of the source's
 * bytes have been read. Throws a CaptureError when the archive cannot be
 * read on: what was yielded before stands.
 */
export async function* readWarcRecords(
  source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  name: string,
  archive: ArchiveFile,
  pages: ReadonlySet<string> | null = null,
  onRead?: (bytes: number) => void,
): AsyncGenerator<ArchiveEntry> {
  const counted = new CountedSource(source, name, onRead);
  const parser = new WARCParser(counted);
  let records = 0;
  const stopped = (why: string): CaptureError =>
    new CaptureError('unreadable', `${name}: ${why} after ${records} record${records === 1 ? '' : 's'} (byte ${parser.offset}); the records before it were read`);
  try {
    for await (const record of parser) {
      records++;
      const offset = parser.offset;
      const head = headOf(record);
      if (!head.type) {
        // bytes left over by a record whose length lies, or a cut: passed over up to the next record the parser finds
        yield { role: 'failed', error: `${name}: damaged data at byte ${offset} that is no WARC record (a wrong Content-Length before it, or a cut), passed over` };
        continue;
      }
      const role = recordRole(head, pages);
      if (role === 'sub-resource' || role === 'other') {
        yield { role };
        continue;
      }
      const named = `record ${head.recordId ?? '(no id)'} (${head.targetUri ?? 'no address'}) at byte ${offset}`;
      const kept = archivedRecord(archive, record, head, offset);
      if (typeof kept === 'string') {
        yield { role: 'failed', error: `${name}: ${named}: ${kept}` };
        continue;
      }
      if (role === 'unchanged') {
        yield { role, record: kept };
        continue;
      }
      const payload = await pagePayload(record, head);
      if (typeof payload === 'string') yield { role: 'failed', error: `${name}: ${named}: ${payload}` };
      else yield { role: 'page', record: kept, bytes: payload };
    }
  } catch (error) {
    if (error instanceof CaptureError) throw error;
    throw stopped(`cannot be read on (${(error as Error).message.split('\n')[0]})`);
  }
  // the parser stops quietly at a gzip member it cannot inflate: where it stopped short of the end, the archive was not read to its end
  if (parser.offset < counted.bytes) throw stopped('truncated or damaged data');
}
