// The researcher's curation of an event's figures and of the library's
// sources, kept apart from what the extractor finds.
//
// Figures are grouped automatically on every read (core/compare), so a figure
// the researcher never touched is not stored. A row in `figures` is made the
// first time the researcher acts on one (renames it, notes it, moves a claim
// into it, picks its best value, merges or splits it). It is found again by
// the automatic group key(s) it owns (`figure_keys`) and by the claims placed
// in it (`figure_placements`).
//
// Placements and claim notes name a claim by its version and span, never by
// claim id: extraction again replaces automatic claims with new ids, and the
// researcher's grouping must outlive that. What the researcher did is logged
// in `curation_actions`, append-only like `claim_actions`.
import type { WritableDb } from '../connection';

export const version = 4;
export const name = 'curation';

export function up(db: WritableDb): void {
  db.exec(`
    CREATE TABLE figures (
      id          INTEGER PRIMARY KEY AUTOINCREMENT,
      event_id    INTEGER NOT NULL REFERENCES events (id),
      -- NULL keeps the automatic label.
      label       TEXT CHECK (label IS NULL OR length(trim(label)) > 0),
      -- The researcher's chosen best value (a range when low < high); NULL when none is chosen.
      best_low    REAL,
      best_high   REAL,
      -- A figure merged into another stays for the log; its keys and claims went to the other.
      merged_into INTEGER REFERENCES figures (id),
      created_at  TEXT NOT NULL,
      CHECK ((best_low IS NULL) = (best_high IS NULL)),
      CHECK (best_low IS NULL OR best_low <= best_high),
      CHECK (merged_into IS NULL OR merged_into <> id)
    ) STRICT;
    CREATE INDEX figures_event ON figures (event_id);

    -- Which automatic group lands in which stored figure (merging moves keys).
    CREATE TABLE figure_keys (
      event_id  INTEGER NOT NULL REFERENCES events (id),
      key       TEXT NOT NULL,
      figure_id INTEGER NOT NULL REFERENCES figures (id),
      PRIMARY KEY (event_id, key)
    ) STRICT, WITHOUT ROWID;

    -- A claim the researcher put in a figure other than its automatic one.
    CREATE TABLE figure_placements (
      event_id   INTEGER NOT NULL REFERENCES events (id),
      version_id INTEGER NOT NULL REFERENCES versions (id),
      span_start INTEGER NOT NULL CHECK (span_start >= 0),
      span_end   INTEGER NOT NULL CHECK (span_end >= span_start),
      figure_id  INTEGER NOT NULL REFERENCES figures (id),
      PRIMARY KEY (event_id, version_id, span_start, span_end)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX figure_placements_figure ON figure_placements (figure_id);

    -- Free text on a figure, or on a claim (by its version and span).
    CREATE TABLE notes (
      id         INTEGER PRIMARY KEY AUTOINCREMENT,
      event_id   INTEGER NOT NULL REFERENCES events (id),
      figure_id  INTEGER REFERENCES figures (id),
      version_id INTEGER REFERENCES versions (id),
      span_start INTEGER,
      span_end   INTEGER,
      body       TEXT NOT NULL CHECK (length(trim(body)) > 0),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK ((figure_id IS NULL) <> (version_id IS NULL)),
      CHECK ((version_id IS NULL) = (span_start IS NULL) AND (span_start IS NULL) = (span_end IS NULL)),
      CHECK (span_end IS NULL OR span_end >= span_start)
    ) STRICT;
    CREATE INDEX notes_figure ON notes (figure_id);
    CREATE INDEX notes_span ON notes (version_id, span_start);

    CREATE VIRTUAL TABLE notes_fts USING fts5 (
      body, content = 'notes', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes BEGIN
      INSERT INTO notes_fts (rowid, body) VALUES (new.id, new.body);
    END;
    CREATE TRIGGER notes_fts_update AFTER UPDATE OF body ON notes BEGIN
      INSERT INTO notes_fts (notes_fts, rowid, body) VALUES ('delete', old.id, old.body);
      INSERT INTO notes_fts (rowid, body) VALUES (new.id, new.body);
    END;
    CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes BEGIN
      INSERT INTO notes_fts (notes_fts, rowid, body) VALUES ('delete', old.id, old.body);
    END;

    -- Who asserts figures, across the whole library, with an optional grade
    -- (the A–F reliability scale of source evaluation; E is "unreliable").
    CREATE TABLE sources (
      id         INTEGER PRIMARY KEY,
      name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
      grade      TEXT CHECK (grade IS NULL OR grade IN ('A', 'B', 'C', 'D', 'E', 'F')),
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE UNIQUE INDEX sources_name ON sources (name COLLATE NOCASE);

    -- Other names of a source ("SOHR", "the war monitor"); one name means one source.
    CREATE TABLE source_aliases (
      alias     TEXT NOT NULL PRIMARY KEY COLLATE NOCASE CHECK (length(trim(alias)) > 0),
      source_id INTEGER NOT NULL REFERENCES sources (id)
    ) STRICT;
    CREATE INDEX source_aliases_source ON source_aliases (source_id);

    -- An article the researcher marked as a copy of another's text: it never counts as independent.
    CREATE TABLE article_copies (
      article_id INTEGER NOT NULL PRIMARY KEY REFERENCES articles (id),
      copy_of    INTEGER NOT NULL REFERENCES articles (id),
      marked_at  TEXT NOT NULL,
      CHECK (copy_of <> article_id)
    ) STRICT;

    CREATE TABLE curation_actions (
      id       INTEGER PRIMARY KEY,
      at       TEXT NOT NULL,
      event_id INTEGER REFERENCES events (id),
      action   TEXT NOT NULL CHECK (action IN (
                 'rename', 'best', 'move', 'merge', 'split', 'note', 'note-edit', 'note-delete',
                 'source', 'alias', 'alias-remove', 'grade', 'copy', 'copy-remove')),
      -- What was done, in full: ids, spans, values before and after.
      detail   TEXT NOT NULL CHECK (json_valid(detail) AND json_type(detail) = 'object')
    ) STRICT;
    CREATE INDEX curation_actions_event ON curation_actions (event_id, id);
    CREATE TRIGGER curation_actions_are_immutable BEFORE UPDATE ON curation_actions BEGIN
      SELECT RAISE(ABORT, 'the curation log is append-only: record a new action instead');
    END;
    CREATE TRIGGER curation_actions_are_kept BEFORE DELETE ON curation_actions BEGIN
      SELECT RAISE(ABORT, 'the curation log is append-only and is never deleted');
    END;
  `);
}
