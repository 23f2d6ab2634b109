// What an import keeps of a web archive record beside the version it holds:
// the archive and the record (migration 0017), and for a revisit, the
// capture that found its page unchanged, with no version of its own.
import type { WritableDb } from '../../../db/connection';
import { findRevisitedVersion, insertArchiveCapture } from '../../../db/queries/archiveCaptures';
import type { ArchivedRecord } from './readWarcRecords';

/** Where an archive record's capture is kept beside its version (or, for a revisit, the version it repeats). */
export function noteArchiveCapture(db: WritableDb, record: ArchivedRecord, kind: 'response' | 'revisit', versionId: number | null, now: string): void {
  insertArchiveCapture(db, {
    versionId,
    kind,
    archivePath: record.archive.path,
    archiveSha256: record.archive.sha256,
    archiveMember: record.archive.member,
    recordId: record.recordId,
    recordOffset: record.offset,
    targetUri: record.targetUri,
    capturedAt: record.capturedAt,
    payloadDigest: record.payloadDigest,
  }, now);
}

/** A revisit is kept against the version it repeats, when the library holds it. */
export function storeRevisit(db: WritableDb, record: ArchivedRecord, now: string): void {
  noteArchiveCapture(db, record, 'revisit', findRevisitedVersion(db, record), now);
}
