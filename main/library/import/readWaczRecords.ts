// Streams the records of a WACZ: a ZIP read through its central directory
// (yauzl), never loaded whole. Its datapackage.json gives each file's
// SHA-256: a WARC inside that does not match is refused whole, with a
// one-line reason, before any of its records is read, and the other WARCs go
// on. Its page list (pages/pages.jsonl) decides which records are pages.
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { DATAPACKAGE, PAGE_LISTS, datapackageHashes, pageUrls, waczWarcs } from '../../core/archive/waczLayout';
import { CaptureError, MEGABYTE } from '../../core/capture/captureError';
import { readWarcRecords, type ArchiveEntry } from './readWarcRecords';

/** datapackage.json and a page list are a few kilobytes to a few megabytes; past this, the file is not a WACZ's. */
const MAX_INDEX_BYTES = 64 * MEGABYTE;

const oneLine = (error: unknown): string => (error instanceof Error ? error.message : String(error)).split('\n')[0]!.trim();

const ZIP_OPTIONS = { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false };

/** A WACZ file is read where it lies; an uploaded one (the browser app) is already in memory. */
function openZip(source: string | Uint8Array): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    const done = (error: Error | null, zip: ZipFile): void => (error ? reject(error) : resolve(zip));
    if (typeof source === 'string') yauzl.open(source, ZIP_OPTIONS, done);
    else yauzl.fromBuffer(Buffer.from(source.buffer, source.byteOffset, source.byteLength), ZIP_OPTIONS, done);
  });
}

/** Every entry of the central directory, by name (the directory only: no entry is read). */
function listEntries(zip: ZipFile): Promise<Map<string, Entry>> {
  return new Promise((resolve, reject) => {
    const entries = new Map<string, Entry>();
    zip.on('entry', (entry: Entry) => {
      entries.set(entry.fileName, entry);
      zip.readEntry();
    });
    zip.once('end', () => resolve(entries));
    zip.once('error', reject);
    zip.readEntry();
  });
}

function entryStream(zip: ZipFile, entry: Entry): Promise<Readable> {
  return new Promise((resolve, reject) => zip.openReadStream(entry, (error, stream) => (error ? reject(error) : resolve(stream))));
}

async function readSmallEntry(zip: ZipFile, entry: Entry): Promise<string> {
  if (entry.uncompressedSize > MAX_INDEX_BYTES) throw new Error(`${entry.fileName} is ${Math.round(entry.uncompressedSize / MEGABYTE)} MB: too large for a WACZ's index`);
  const chunks: Buffer[] = [];
  for await (const chunk of await entryStream(zip, entry)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function sha256OfEntry(zip: ZipFile, entry: Entry): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of await entryStream(zip, entry)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** `path` names the WACZ (a file's path, an upload's name); `sha256` is its own, kept with every capture read from it. */
export async function* readWaczRecords(path: string, sha256: string, bytes: Uint8Array | null = null): AsyncGenerator<ArchiveEntry> {
  const name = basename(path);
  let zip: ZipFile;
  let entries: Map<string, Entry>;
  try {
    zip = await openZip(bytes ?? path);
    entries = await listEntries(zip);
  } catch (error) {
    throw new CaptureError('unreadable', `${name}: not a readable ZIP file, so no WACZ (${oneLine(error)})`);
  }
  try {
    const manifest = entries.get(DATAPACKAGE);
    if (!manifest) throw new CaptureError('unreadable', `${name}: no datapackage.json inside, so no WACZ`);
    let hashes: Map<string, string>;
    try {
      hashes = datapackageHashes(await readSmallEntry(zip, manifest));
    } catch (error) {
      throw new CaptureError('unreadable', `${name}: ${oneLine(error)}`);
    }
    /** Why an entry cannot be trusted, or null when it matches the hash datapackage.json gives it. */
    const mismatch = async (entry: Entry, text: string | null): Promise<string | null> => {
      const expected = hashes.get(entry.fileName);
      if (!expected) return `${name}: ${entry.fileName} is not listed in datapackage.json, so it cannot be checked`;
      const actual = text === null ? await sha256OfEntry(zip, entry) : createHash('sha256').update(text, 'utf8').digest('hex');
      return actual === expected ? null : `${name}: ${entry.fileName} does not match the SHA-256 datapackage.json gives it`;
    };

    // the page list decides which records are pages; a list that cannot be trusted leaves the choice to the records
    let pages: Set<string> | null = null;
    for (const list of PAGE_LISTS) {
      const entry = entries.get(list);
      if (!entry) continue;
      try {
        const text = await readSmallEntry(zip, entry);
        const wrong = await mismatch(entry, text);
        if (wrong) {
          yield { role: 'failed', error: `${wrong}: every HTML page of the archive is read as a page instead` };
          pages = null;
          break;
        }
        pages ??= new Set();
        for (const url of pageUrls(text)) pages.add(url);
      } catch (error) {
        yield { role: 'failed', error: `${name}: ${list} cannot be read (${oneLine(error)})` };
      }
    }

    const warcs = waczWarcs([...entries.keys()]);
    if (warcs.length === 0) throw new CaptureError('unreadable', `${name}: no WARC under archive/ inside, so no captures`);
    for (const member of warcs) {
      const entry = entries.get(member)!;
      let wrong: string | null;
      try {
        // checked whole before a record is read: a WARC that was altered or damaged gives no version
        wrong = await mismatch(entry, null);
      } catch (error) {
        wrong = `${name}: ${member} cannot be read (${oneLine(error)})`;
      }
      if (wrong) {
        yield { role: 'failed', error: wrong };
        continue;
      }
      try {
        yield* readWarcRecords(await entryStream(zip, entry), `${name} › ${member}`, { path, sha256, member }, pages);
      } catch (error) {
        // damage inside one WARC ends that WARC; the others are still read
        yield { role: 'failed', error: oneLine(error) };
      }
    }
  } finally {
    zip.close();
  }
}
