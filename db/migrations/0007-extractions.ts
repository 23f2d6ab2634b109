// Which versions have been read by the extractor. Import stores a version and
// then, in a second step, its claims; a process killed between the two left a
// version that looked read but had no claims, and its figures vanished from
// every view for good. A row here is written in the same transaction as the
// claims, so a version without one is known to be unread and is read the next
// time the library is opened. Versions with claims already stored count as
// read; a version stored before this migration with no claims at all is read
// once more, which costs little and finds nothing or what was lost.
import type { WritableDb } from '../connection';

export const version = 7;
export const name = 'extractions';

export function up(db: WritableDb): void {
  db.exec(`
    CREATE TABLE extractions (
      version_id        INTEGER PRIMARY KEY REFERENCES versions (id),
      extractor_version TEXT NOT NULL,
      at                TEXT NOT NULL
    ) STRICT;
    INSERT INTO extractions (version_id, extractor_version, at)
      SELECT version_id, max(extractor_version), max(created_at) FROM claims GROUP BY version_id;
  `);
}
