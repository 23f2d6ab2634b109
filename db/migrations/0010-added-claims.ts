// A value the researcher adds where the extraction missed it: a claim of
// their own (extractor_version 'researcher', status 'confirmed'), so it
// outlives every extraction again, with an 'add' at the head of its log. The
// log's allowed actions are a CHECK, so the append-only table is rebuilt
// with 'add' among them; its rows, index and guards come across unchanged.
import type { WritableDb } from '../connection';

export const version = 10;
export const name = 'added-claims';

export function up(db: WritableDb): void {
  db.exec(`
    CREATE TABLE claim_actions_next (
      id       INTEGER PRIMARY KEY,
      claim_id INTEGER NOT NULL,
      action   TEXT NOT NULL CHECK (action IN ('add', 'confirm', 'edit', 'reject', 'reopen')),
      at       TEXT NOT NULL,
      -- The claim's reviewable fields (model ClaimEdit) before and after; before is {} for an added claim.
      before   TEXT NOT NULL CHECK (json_valid(before) AND json_type(before) = 'object'),
      after    TEXT NOT NULL CHECK (json_valid(after) AND json_type(after) = 'object')
    ) STRICT;
    INSERT INTO claim_actions_next (id, claim_id, action, at, before, after) SELECT id, claim_id, action, at, before, after FROM claim_actions;
    DROP TABLE claim_actions;
    ALTER TABLE claim_actions_next RENAME TO claim_actions;
    CREATE INDEX claim_actions_claim ON claim_actions (claim_id, id);

    CREATE TRIGGER claim_actions_name_a_claim BEFORE INSERT ON claim_actions
    WHEN NOT EXISTS (SELECT 1 FROM claims WHERE id = new.claim_id)
    BEGIN
      SELECT RAISE(ABORT, 'a claim action must name an existing claim');
    END;
    CREATE TRIGGER claim_actions_are_immutable BEFORE UPDATE ON claim_actions
    BEGIN
      SELECT RAISE(ABORT, 'the claim log is append-only: record a new action instead');
    END;
    CREATE TRIGGER claim_actions_are_kept BEFORE DELETE ON claim_actions
    BEGIN
      SELECT RAISE(ABORT, 'the claim log is append-only and is never deleted');
    END;
  `);
}
