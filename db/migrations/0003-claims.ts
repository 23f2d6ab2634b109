// Claims: the figures a version's text asserts (core/extract), and the
// researcher's review of each one.
//
// A claim is `auto` until the researcher confirms, edits or rejects it; only
// `auto` claims are ever replaced when a version is extracted again. Every
// review is one row of `claim_actions`, which triggers keep append-only, like
// versions: the log is the record of what the researcher decided and when.
//
// `claim_actions.claim_id` is checked by a trigger on insert rather than
// declared a foreign key: a reopened claim is `auto` again, so a later
// extraction may delete it, and its log must outlive it (a foreign key would
// forbid that delete; cascading or nulling would edit the log). Claim ids use
// AUTOINCREMENT so an id in the log never comes to name a different claim.
import type { WritableDb } from '../connection';

export const version = 3;
export const name = 'claims';

export function up(db: WritableDb): void {
  db.exec(`
    CREATE TABLE claims (
      id                INTEGER PRIMARY KEY AUTOINCREMENT,
      version_id        INTEGER NOT NULL REFERENCES versions (id),
      extractor_version TEXT NOT NULL,
      kind              TEXT NOT NULL CHECK (kind IN ('figure', 'no-figure')),
      value             REAL,
      low               REAL,
      high              REAL,
      approx            INTEGER NOT NULL CHECK (approx IN (0, 1)),
      -- JavaScript string offsets into the version's text.
      start             INTEGER NOT NULL CHECK (start >= 0),
      end               INTEGER NOT NULL CHECK (end >= start),
      sentence_start    INTEGER NOT NULL CHECK (sentence_start >= 0),
      sentence_end      INTEGER NOT NULL CHECK (sentence_end >= sentence_start),
      subject           TEXT,
      entity            TEXT,
      measure           TEXT,
      source            TEXT,
      qualifiers        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(qualifiers) AND json_type(qualifiers) = 'array'),
      confidence        REAL NOT NULL CHECK (confidence BETWEEN 0 AND 1),
      status            TEXT NOT NULL DEFAULT 'auto' CHECK (status IN ('auto', 'confirmed', 'edited', 'rejected')),
      created_at        TEXT NOT NULL,
      CHECK (low IS NULL OR high IS NULL OR low <= high)
    ) STRICT;
    CREATE INDEX claims_version_start ON claims (version_id, start);

    -- Only the extractor's own claims may be replaced; a reviewed claim is the researcher's word.
    CREATE TRIGGER claims_reviewed_are_kept BEFORE DELETE ON claims
    WHEN old.status <> 'auto'
    BEGIN
      SELECT RAISE(ABORT, 'a reviewed claim is never deleted: reopen it first');
    END;

    CREATE TABLE claim_actions (
      id       INTEGER PRIMARY KEY,
      claim_id INTEGER NOT NULL,
      action   TEXT NOT NULL CHECK (action IN ('confirm', 'edit', 'reject', 'reopen')),
      at       TEXT NOT NULL,
      -- The claim's reviewable fields (model ClaimEdit) before and after.
      before   TEXT NOT NULL CHECK (json_valid(before) AND json_type(before) = 'object'),
      after    TEXT NOT NULL CHECK (json_valid(after) AND json_type(after) = 'object')
    ) STRICT;
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
