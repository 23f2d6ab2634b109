// Adds a capture format to the CHECK on `versions.format`, for the migrations
// that let versions be read a new way (0018 MHTML, 0019 PDF).
//
// Rebuilding `versions` to widen that CHECK is not possible in a migration:
// eight tables refer to it, its full-text index reads it, a rebuild would copy
// every version's bytes, and foreign keys cannot be turned off inside the
// transaction every migration runs in. So the CHECK is widened in place, as
// SQLite documents for loosening a constraint (lang_altertable, "making other
// kinds of table schema changes"): the table's CREATE statement is rewritten
// in sqlite_schema and the schema version bumped, so every connection reads
// the new statement. Every stored row met the narrower CHECK, so it meets the
// wider one; no row, index or trigger changes.
import type { WritableDb } from '../connection';

const FORMAT_CHECK = /CHECK\s*\(\s*format\s+IN\s*\(([^)]*)\)\s*\)/i;

export function widenFormatCheck(db: WritableDb, format: string): void {
  const table = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'versions'").pluck().get() as string;
  const check = FORMAT_CHECK.exec(table);
  if (!check) throw new Error('versions has no format CHECK of the form migration 0001 wrote');
  if (check[1]!.includes(`'${format}'`)) return;
  const widened = table.replace(FORMAT_CHECK, `CHECK (format IN (${check[1]}, '${format}'))`);
  const schemaVersion = db.pragma('schema_version', { simple: true }) as number;
  // sqlite_schema is written to only with SQLite's defensive guard lifted, for this one statement
  db.unsafeMode(true);
  try {
    db.pragma('writable_schema = ON');
    db.prepare("UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = 'versions'").run(widened);
    db.pragma(`schema_version = ${schemaVersion + 1}`);
  } finally {
    db.pragma('writable_schema = OFF');
    db.unsafeMode(false);
  }
  // the schema is read again now: a statement SQLite could not parse fails here, and the whole migration with it
  const problems = db.pragma('quick_check(versions)', { simple: true }) as string;
  if (problems !== 'ok') throw new Error(`versions is not sound after its format check was widened: ${problems}`);
}
