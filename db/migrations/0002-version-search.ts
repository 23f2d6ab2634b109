// Full-text search over every version's title and text (FTS5). The index reads
// its text from `versions` (external content), so nothing is stored twice;
// versions never change, so an insert trigger is all it needs to stay current.
import type { WritableDb } from '../connection';

export const version = 2;
export const name = 'version-search';

export function up(db: WritableDb): void {
  db.exec(`
    CREATE VIRTUAL TABLE versions_fts USING fts5 (
      title, text,
      content = 'versions', content_rowid = 'id',
      tokenize = 'unicode61 remove_diacritics 2'
    );
    INSERT INTO versions_fts (rowid, title, text) SELECT id, title, text FROM versions;

    CREATE TRIGGER versions_fts_insert AFTER INSERT ON versions
    BEGIN
      INSERT INTO versions_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
    END;
  `);
}
