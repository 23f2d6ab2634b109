// Versions may be PDFs: `versions.format` takes 'pdf' beside the formats it
// took. A PDF's row is like any other: its bytes are the file's, unaltered,
// with their SHA-256; its text is the one read from it.
//
// The format's CHECK is widened in place, as SQLite documents for loosening
// a constraint (https://www.sqlite.org/lang_altertable.html, "Making Other
// Kinds Of Table Schema Changes"): the table's CREATE statement in
// sqlite_schema gains 'pdf' in its list and the schema version is bumped so
// every connection reads it again. Every stored row already satisfies the
// wider check, so no row is read or written. Rebuilding the table instead
// would copy every version's bytes, and would have to drop and remake the
// evidence table that the claims, the search index, the publication
// readings and the archive captures all refer to. better-sqlite3 guards sqlite_schema (SQLite's defensive mode);
// the guard is lifted for this one statement only, inside the migration's
// transaction, and the table is checked afterwards.
import type { WritableDb } from '../connection';

export const version = 19;
export const name = 'pdf-format';

const FORMAT_CHECK = /CHECK\s*\(\s*format\s+IN\s*\(([^)]*)\)\s*\)/i;

export function up(db: WritableDb): void {
  const table = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'versions'").pluck().get() as string;
  const check = FORMAT_CHECK.exec(table);
  if (!check) throw new Error('versions has no format CHECK of the form migration 0001 wrote');
  // another migration may have widened the same list: add to it only what it lacks
  if (/'pdf'/.test(check[1]!)) return;
  const widened = table.replace(FORMAT_CHECK, `CHECK (format IN (${check[1]}, 'pdf'))`);
  const schemaVersion = db.pragma('schema_version', { simple: true }) as number;
  db.unsafeMode(true);
  try {
    db.pragma('writable_schema = ON');
    db.prepare("UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = 'versions'").run(widened);
    db.pragma(`schema_version = ${schemaVersion + 1}`);
  } finally {
    db.pragma('writable_schema = OFF');
    db.unsafeMode(false);
  }
  const problems = db.pragma('quick_check(versions)', { simple: true }) as string;
  if (problems !== 'ok') throw new Error(`versions is not sound after its format check was widened: ${problems}`);
}
