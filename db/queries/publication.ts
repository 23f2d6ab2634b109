// Who published each version and when, as read from its capture: written
// with each version, and again for the versions a newer reader has not read
// (main/library/publications.ts). Read through `version_provenance`.
import type { Publication, Stated } from '../../main/core/capture/publication';
import type { CaptureFormat } from '../../main/core/model';
import type { ReadableDb, WritableDb } from '../connection';
import { all, run, sql } from '../sql';

export function savePublication(db: WritableDb, versionId: number, p: Publication, readerVersion: number): void {
  const v = (s: Stated | null): string | null => s?.value ?? null;
  const from = (s: Stated | null): string | null => s?.in ?? null;
  const words = (s: Stated | null): string | null => s?.words ?? null;
  run(
    db,
    sql`INSERT OR REPLACE INTO version_publication
          (version_id, outlet, outlet_from, outlet_words, byline, byline_from, canonical_url, url_from,
           published_at, published_from, published_words, published_note, updated_at, updated_from, updated_words,
           saved_at, reader_version)
        VALUES (${versionId}, ${v(p.outlet)}, ${from(p.outlet)}, ${words(p.outlet)}, ${v(p.byline)}, ${from(p.byline)},
                ${v(p.canonicalUrl)}, ${from(p.canonicalUrl)}, ${v(p.publishedAt)}, ${from(p.publishedAt)},
                ${words(p.publishedAt)}, ${p.publishedAt?.note ?? null}, ${v(p.updatedAt)}, ${from(p.updatedAt)},
                ${words(p.updatedAt)}, ${v(p.savedAt)}, ${readerVersion})`,
  );
}

/** A stored version as its publication is read from it: its text, what its capture declared, and the start of its bytes. */
export interface StoredForReading {
  id: number;
  format: CaptureFormat;
  encoding: string;
  title: string | null;
  text: string;
  outlet: string | null;
  byline: string | null;
  canonicalUrl: string | null;
  publishedAt: string | null;
  capturedAt: string;
  /** The first bytes of a page (its <title>, a saving tool's header; an MHTML file's message header and its page's start); null for text. */
  head: Uint8Array | null;
  /** A PDF's modification date as its metadata writes it, kept from its last reading: pdf.js cannot read it again here. */
  pdfModified: string | null;
}

/**
 * The versions the reader of version `readerVersion` has not read, by id. Run
 * on every opening: it walks an index of the versions (their ids only), never
 * the table of their bytes and texts, so a library with nothing to read opens
 * without reading its versions.
 */
export function versionIdsToRead(db: ReadableDb, readerVersion: number): number[] {
  return all<{ id: number }>(
    db,
    sql`SELECT v.id FROM versions v
        WHERE NOT EXISTS (SELECT 1 FROM version_publication p WHERE p.version_id = v.id AND p.reader_version >= ${readerVersion})`,
  )
    .map((r) => r.id)
    // sorted here: asking SQLite for id order would have it walk the table instead of the index
    .sort((a, b) => a - b);
}

/** These versions as their publication is read from them. */
export function versionsForReading(db: ReadableDb, ids: readonly number[]): StoredForReading[] {
  return all<StoredForReading>(db, [
    `SELECT v.id, v.format, v.encoding, v.title, v.text, v.outlet_name AS outlet, v.byline,
            v.canonical_url AS canonicalUrl, v.published_at AS publishedAt, v.captured_at AS capturedAt,
            CASE WHEN v.format IN ('html', 'mhtml') THEN substr(v.bytes, 1, 65536) END AS head,
            (SELECT p.updated_words FROM version_publication p WHERE p.version_id = v.id AND p.updated_from = 'PDF metadata') AS pdfModified
       FROM versions v WHERE v.id IN (${ids.map(() => '?').join(', ')})`,
    [...ids],
  ]);
}
