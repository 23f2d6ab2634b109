// A page saved as one MHTML file (.mhtml, .mht) is stored as the file's bytes,
// unaltered, with the format 'mhtml', which says how to read them again: as the
// HTML page inside the MIME. The versions' formats are a CHECK of their table.
//
// Rebuilding `versions` to widen that CHECK is not possible here: eight tables
// refer to it, its full-text index reads it, and foreign keys cannot be turned
// off inside the transaction every migration runs in. So the CHECK is widened
// in place, as SQLite documents for loosening a constraint (lang_altertable,
// "making other kinds of table schema changes"): the table's CREATE statement
// is rewritten in sqlite_schema and the schema version bumped, so every
// connection reads the new statement. Every stored row met the narrower CHECK,
// so it meets the wider one; no row, index or trigger changes.
import type { WritableDb } from '../connection';

export const version = 18;
export const name = 'mhtml-format';

const BEFORE = "format        TEXT NOT NULL CHECK (format IN ('text', 'markdown', 'html')),";
const AFTER = "format        TEXT NOT NULL CHECK (format IN ('text', 'markdown', 'html', 'mhtml')),";

export function up(db: WritableDb): void {
  const table = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'versions'").pluck().get() as string;
  if (table.split(BEFORE).length !== 2) throw new Error('the versions table is not the one migration 0001 made');
  const schemaVersion = db.pragma('schema_version', { simple: true }) as number;
  // sqlite_schema is written to only with SQLite's defensive guard lifted, for this one statement
  db.unsafeMode(true);
  try {
    db.pragma('writable_schema = ON');
    db.prepare("UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = 'versions'").run(table.replace(BEFORE, AFTER));
    db.pragma(`schema_version = ${schemaVersion + 1}`);
    db.pragma('writable_schema = RESET');
  } finally {
    db.pragma('writable_schema = OFF');
    db.unsafeMode(false);
  }
  // the schema is read again now: a statement SQLite could not parse fails here, and the whole migration with it
  const check = db.pragma('quick_check(versions)', { simple: true }) as string;
  if (check !== 'ok') throw new Error(`the versions table did not survive its new CHECK: ${check}`);
}
