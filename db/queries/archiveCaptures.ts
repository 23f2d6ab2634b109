// Captures read from web archives: which archive record each version came
// from, and the revisits that found a page unchanged (migration 0017).
import type { ReadableDb, WritableDb } from '../connection';
import { all, one, run, sql } from '../sql';

export interface DbArchiveCapture {
  versionId: number | null;
  kind: 'response' | 'revisit';
  archivePath: string;
  archiveSha256: string;
  archiveMember: string | null;
  recordId: string;
  recordOffset: number;
  targetUri: string;
  capturedAt: string;
  payloadDigest: string | null;
}

/** Recording the same record of the same archive again (an archive imported twice) is a no-op. */
export function insertArchiveCapture(db: WritableDb, c: DbArchiveCapture, importedAt: string): void {
  run(
    db,
    sql`INSERT INTO archive_captures (version_id, kind, archive_path, archive_sha256, archive_member, record_id, record_offset,
                                      target_uri, captured_at, payload_digest, imported_at)
        VALUES (${c.versionId}, ${c.kind}, ${c.archivePath}, ${c.archiveSha256}, ${c.archiveMember}, ${c.recordId},
                ${c.recordOffset}, ${c.targetUri}, ${c.capturedAt}, ${c.payloadDigest}, ${importedAt})
        ON CONFLICT DO NOTHING`,
  );
}

/**
 * The version a revisit repeats: the capture with the same payload digest,
 * or else the one of the address and time it refers to.
 */
export function findRevisitedVersion(
  db: ReadableDb,
  revisit: { payloadDigest: string | null; refersToUri: string | null; refersToDate: string | null },
): number | null {
  if (revisit.payloadDigest) {
    const byDigest = one<{ versionId: number }>(
      db,
      sql`SELECT version_id AS versionId FROM archive_captures
          WHERE payload_digest = ${revisit.payloadDigest} AND version_id IS NOT NULL
          ORDER BY captured_at LIMIT 1`,
    );
    if (byDigest) return byDigest.versionId;
  }
  if (!revisit.refersToUri || !revisit.refersToDate) return null;
  const byTime = one<{ versionId: number }>(
    db,
    sql`SELECT version_id AS versionId FROM archive_captures
        WHERE target_uri = ${revisit.refersToUri} AND captured_at = ${revisit.refersToDate} AND kind = 'response'
          AND version_id IS NOT NULL
        LIMIT 1`,
  );
  return byTime?.versionId ?? null;
}

/** Every archive capture of a version: where it was read, and each time it was found unchanged. */
export function listArchiveCaptures(db: ReadableDb, versionId: number): DbArchiveCapture[] {
  return all<DbArchiveCapture>(
    db,
    sql`SELECT version_id AS versionId, kind, archive_path AS archivePath, archive_sha256 AS archiveSha256,
               archive_member AS archiveMember,
               record_id AS recordId, record_offset AS recordOffset, target_uri AS targetUri,
               captured_at AS capturedAt, payload_digest AS payloadDigest
        FROM archive_captures WHERE version_id = ${versionId} ORDER BY captured_at, id`,
  );
}
