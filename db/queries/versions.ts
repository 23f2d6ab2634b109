// Versions: captured texts, immutable once written (see migration 0001).
import type { OriginKind, StatedWhere, VersionDetail } from '../../main/core/model';
import type { CaptureFormat } from '../../main/core/model';
import type { ReadableDb, WritableDb } from '../connection';
import { all, insert, one, sql } from '../sql';

export interface DbNewVersion {
  articleId: number;
  sha256: string;
  bytes: Uint8Array;
  format: CaptureFormat;
  encoding: string;
  text: string;
  title: string | null;
  byline: string | null;
  outletName: string | null;
  canonicalUrl: string | null;
  publishedAt: string | null;
  capturedAt: string;
  origin: string;
  originKind: OriginKind;
}

/** Where an already captured copy of some bytes lives. */
export interface DbVersionLocation {
  id: number;
  articleId: number;
  eventId: number;
  title: string;
}

export function findVersionBySha256(db: ReadableDb, sha256: string): DbVersionLocation | undefined {
  return one<DbVersionLocation>(
    db,
    sql`SELECT v.id, va.article_id AS articleId, a.event_id AS eventId, coalesce(v.title, a.title) AS title
        FROM versions v JOIN version_articles va ON va.version_id = v.id JOIN articles a ON a.id = va.article_id
        WHERE v.sha256 = ${sha256}`,
  );
}

export function insertVersion(db: WritableDb, v: DbNewVersion): number {
  return insert(
    db,
    sql`INSERT INTO versions (article_id, sha256, bytes, byte_length, format, encoding, text, title, byline,
                              outlet_name, canonical_url, published_at, captured_at, origin, origin_kind)
        VALUES (${v.articleId}, ${v.sha256}, ${v.bytes}, ${v.bytes.length}, ${v.format}, ${v.encoding}, ${v.text},
                ${v.title}, ${v.byline}, ${v.outletName}, ${v.canonicalUrl}, ${v.publishedAt}, ${v.capturedAt},
                ${v.origin}, ${v.originKind})`,
  );
}

type StoredDetail = Omit<VersionDetail, 'statedIn' | 'unchangedAt'> & { unchangedJson: string } & Record<`${'outlet' | 'byline' | 'url' | 'published' | 'updated'}${'From' | 'Words'}`, string | null>;

const statedWhere = (from: string | null, words: string | null): StatedWhere | null => (from ? { in: from, words } : null);

export function getVersion(db: ReadableDb, id: number): VersionDetail | undefined {
  const row = one<StoredDetail>(
    db,
    sql`SELECT v.id, va.article_id AS articleId, v.sha256, v.format, p.title, v.captured_at AS capturedAt,
               p.published_at AS publishedAt, v.byte_length AS byteLength, a.event_id AS eventId,
               h.title AS articleTitle, p.outlet, v.encoding, p.byline,
               p.canonical_url AS canonicalUrl, v.origin, v.origin_kind AS originKind, v.text,
               p.updated_at AS updatedAt, p.published_note AS publishedNote,
               p.outlet_from AS outletFrom, p.outlet_words AS outletWords, p.byline_from AS bylineFrom,
               NULL AS bylineWords, p.url_from AS urlFrom, NULL AS urlWords, p.published_from AS publishedFrom,
               p.published_words AS publishedWords, p.updated_from AS updatedFrom, p.updated_words AS updatedWords,
               (SELECT count(*) FROM version_articles n WHERE n.article_id = va.article_id) AS articleVersionCount,
               -- the import's join, while the version is still in the article it joined
               (SELECT l.detail ->> '$.evidence' FROM library_actions l
                 WHERE l.kind = 'article-join' AND l.detail ->> '$.versionId' = v.id AND l.detail ->> '$.articleId' = va.article_id
                 ORDER BY l.id DESC LIMIT 1) AS joinedBy,
               -- web archive records that found these bytes again (migration 0017), besides the capture itself
               (SELECT json_group_array(t.captured_at) FROM (SELECT DISTINCT c.captured_at FROM archive_captures c
                 WHERE c.version_id = v.id AND c.captured_at <> v.captured_at ORDER BY c.captured_at) t) AS unchangedJson
        FROM versions v JOIN version_articles va ON va.version_id = v.id JOIN articles a ON a.id = va.article_id
          JOIN version_provenance p ON p.version_id = v.id JOIN article_headings h ON h.article_id = a.id
        WHERE v.id = ${id}`,
  );
  if (!row) return undefined;
  const { outletFrom, outletWords, bylineFrom, bylineWords, urlFrom, urlWords, publishedFrom, publishedWords, updatedFrom, updatedWords, unchangedJson, ...version } = row;
  return {
    ...version,
    unchangedAt: JSON.parse(unchangedJson) as string[],
    statedIn: {
      outlet: statedWhere(outletFrom, outletWords),
      byline: statedWhere(bylineFrom, bylineWords),
      canonicalUrl: statedWhere(urlFrom, urlWords),
      publishedAt: statedWhere(publishedFrom, publishedWords),
      updatedAt: statedWhere(updatedFrom, updatedWords),
    },
  };
}

/** The bytes exactly as captured, for export and for checking the hash. */
export function getVersionBytes(db: ReadableDb, id: number): Uint8Array | undefined {
  return one<{ bytes: Uint8Array }>(db, sql`SELECT bytes FROM versions WHERE id = ${id}`)?.bytes;
}

/** What the figures and the report read of each of an event's versions, keyed by id: one query, without the reader's provenance details. */
export interface VersionText {
  id: number;
  text: string;
  title: string | null;
  capturedAt: string;
  publishedAt: string | null;
  canonicalUrl: string | null;
  sha256: string;
  byteLength: number;
  format: VersionDetail['format'];
  origin: string;
}

export function eventVersionTexts(db: ReadableDb, eventId: number): Map<number, VersionText> {
  const rows = all<VersionText>(
    db,
    sql`SELECT v.id, v.text, p.title, v.captured_at AS capturedAt, p.published_at AS publishedAt, p.canonical_url AS canonicalUrl,
               v.sha256, v.byte_length AS byteLength, v.format, v.origin
        FROM event_articles ea JOIN version_articles va ON va.article_id = ea.article_id
          JOIN versions v ON v.id = va.version_id JOIN version_provenance p ON p.version_id = v.id
        WHERE ea.event_id = ${eventId}`,
  );
  return new Map(rows.map((r) => [r.id, r]));
}

/** Every version's id, oldest capture first: what "extract everything again" walks. */
export function listAllVersionIds(db: ReadableDb): number[] {
  return all<{ id: number }>(db, sql`SELECT id FROM versions ORDER BY captured_at, id`).map((r) => r.id);
}
