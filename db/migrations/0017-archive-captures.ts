// Captures read from web archives (WARC, WACZ): one row per page record,
// naming the archive file (its path and SHA-256) and the record (its id,
// where it starts, its address, WARC-Date and payload digest), so a version
// read from an archive can be traced to the exact record and checked against
// the archive (a WACZ's datapackage.json gives each WARC's SHA-256 beside
// it). A revisit record ("unchanged when captured again") has a row
// of its own pointing at the version it repeats, and no new version. Evidence
// like the versions themselves: rows are never changed or deleted.
import type { WritableDb } from '../connection';

export const version = 17;
export const name = 'archive-captures';

export function up(db: WritableDb): void {
  db.exec(`
    CREATE TABLE archive_captures (
      id             INTEGER PRIMARY KEY,
      -- the version the record holds or, for a revisit, repeats; null when the
      -- capture it repeats is not in the library
      version_id     INTEGER REFERENCES versions (id),
      kind           TEXT NOT NULL CHECK (kind IN ('response', 'revisit')),
      archive_path   TEXT NOT NULL,
      archive_sha256 TEXT NOT NULL CHECK (length(archive_sha256) = 64),
      -- the WARC inside a WACZ that holds the record; null for a WARC file
      archive_member TEXT,
      record_id      TEXT NOT NULL,
      record_offset  INTEGER NOT NULL,
      target_uri     TEXT NOT NULL,
      captured_at    TEXT NOT NULL,
      payload_digest TEXT,
      imported_at    TEXT NOT NULL
    ) STRICT;
    -- one row per record of an archive (a WARC file's records have no member: NULLs are never equal in a UNIQUE)
    CREATE UNIQUE INDEX archive_captures_record ON archive_captures (archive_sha256, ifnull(archive_member, ''), record_id);
    CREATE INDEX archive_captures_version ON archive_captures (version_id, captured_at);
    CREATE INDEX archive_captures_digest ON archive_captures (payload_digest);
    CREATE TRIGGER archive_captures_are_immutable BEFORE UPDATE ON archive_captures
    BEGIN
      SELECT RAISE(ABORT, 'archive captures are evidence: they are never changed');
    END;
    CREATE TRIGGER archive_captures_are_kept BEFORE DELETE ON archive_captures
    BEGIN
      SELECT RAISE(ABORT, 'archive captures are evidence and are never deleted');
    END;
  `);
}
