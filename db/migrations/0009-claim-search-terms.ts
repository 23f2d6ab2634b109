// Claims indexed for search a version at a time. Migration 0008's insert
// trigger wrote each claim into the index in a statement of its own, and
// FTS5 writes its pending terms out at every statement inside a transaction:
// a version's twenty claims cost twenty small index segments, most of an
// import's time in storing. Now the statement that stores a version's claims
// indexes them all at once (db/queries/claims.ts, insertClaims); the words and
// numbers a claim is searched by have one home, the claim_search_terms view,
// read there and by the trigger that keeps an edited claim's entry current.
import type { WritableDb } from '../connection';

export const version = 9;
export const name = 'claim-search-terms';

export function up(db: WritableDb): void {
  db.exec(`
    CREATE VIEW claim_search_terms AS
      SELECT id, version_id,
             ifnull(source, '') || ' ' || ifnull(subject, '') || ' ' || ifnull(entity, '') || ' ' || ifnull(measure, '') AS words,
             ltrim(ifnull(' ' || replace(printf('%.15g', value), '.', 'd'), '') ||
                   ifnull(' ' || replace(printf('%.15g', low), '.', 'd'), '') ||
                   ifnull(' ' || replace(printf('%.15g', high), '.', 'd'), '')) AS numbers
      FROM claims;

    DROP TRIGGER claims_fts_insert;
    DROP TRIGGER claims_fts_update;
    CREATE TRIGGER claims_fts_update AFTER UPDATE OF source, subject, entity, measure, value, low, high ON claims BEGIN
      DELETE FROM claims_fts WHERE rowid = old.id;
      INSERT INTO claims_fts (rowid, words, numbers) SELECT id, words, numbers FROM claim_search_terms WHERE id = new.id;
    END;
  `);
}
