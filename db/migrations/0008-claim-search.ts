// Claims searched through an index. Searching them by LIKE read every claim
// of the library (two million in a library of 100,000 versions: seconds per
// keystroke). This index holds each claim's words (source, subject, entity,
// measure) and its numbers (value and range ends, "3.5" written "3d5" so that
// it stays one token); it is contentless, since the words are the claims'
// own, and triggers keep it in step with the claims table.
import type { WritableDb } from '../connection';

export const version = 8;
export const name = 'claim-search';

const WORDS = `ifnull(new.source, '') || ' ' || ifnull(new.subject, '') || ' ' || ifnull(new.entity, '') || ' ' || ifnull(new.measure, '')`;
const NUMBERS = `ltrim(ifnull(' ' || replace(printf('%.15g', new.value), '.', 'd'), '') || ifnull(' ' || replace(printf('%.15g', new.low), '.', 'd'), '') || ifnull(' ' || replace(printf('%.15g', new.high), '.', 'd'), ''))`;

export function up(db: WritableDb): void {
  db.exec(`
    CREATE VIRTUAL TABLE claims_fts USING fts5 (
      words, numbers,
      content = '', contentless_delete = 1,
      tokenize = 'unicode61 remove_diacritics 2'
    );
    INSERT INTO claims_fts (rowid, words, numbers) SELECT new.id, ${WORDS}, ${NUMBERS} FROM claims AS new;

    CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
      INSERT INTO claims_fts (rowid, words, numbers) VALUES (new.id, ${WORDS}, ${NUMBERS});
    END;
    CREATE TRIGGER claims_fts_update AFTER UPDATE OF source, subject, entity, measure, value, low, high ON claims BEGIN
      DELETE FROM claims_fts WHERE rowid = old.id;
      INSERT INTO claims_fts (rowid, words, numbers) VALUES (new.id, ${WORDS}, ${NUMBERS});
    END;
    CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
      DELETE FROM claims_fts WHERE rowid = old.id;
    END;
  `);
}
