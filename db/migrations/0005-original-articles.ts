// Articles the researcher marked as their own text: never a copy, whatever
// near-identical text detection finds (two outlets can run the same agency
// copy and still report independently, or share a boilerplate paragraph).
// The researcher's word outranks the detector, as a reviewed claim outranks
// the extractor.
import type { WritableDb } from '../connection';

export const version = 5;
export const name = 'original-articles';

export function up(db: WritableDb): void {
  db.exec(`
    CREATE TABLE article_originals (
      article_id INTEGER NOT NULL PRIMARY KEY REFERENCES articles (id),
      marked_at  TEXT NOT NULL
    ) STRICT;
  `);
}
