// The history's undos: which action undid which. An undo is a new entry in
// the log of the action it undoes (a rename back is a rename), so the four
// append-only logs stay as they are; this table only says that an entry was
// an undo, so the history can say "Undid …" and Ctrl+Z walks back through the
// researcher's own actions instead of undoing its own undo. Two of the logs
// (claim reviews and metadata edits) have no free field to say it in, hence
// a table of its own. Numbered 0016: 0015 is being written beside it.
//
// A merge of figures is undone by an unmerge, a kind the curation log's CHECK
// does not allow: the append-only table is rebuilt with it, its rows, index
// and guards unchanged (as migration 0010 did for the claim log).
import type { WritableDb } from '../connection';

export const version = 16;
export const name = 'history-undos';

export function up(db: WritableDb): void {
  db.exec(`
    CREATE TABLE history_undos (
      id         INTEGER PRIMARY KEY,
      -- the undo: the first row it wrote, in the log it wrote it in
      log        TEXT NOT NULL CHECK (log IN ('library', 'metadata', 'claims', 'curation')),
      entry_id   INTEGER NOT NULL,
      -- the entry it undid, named the same way
      undoes_log TEXT NOT NULL CHECK (undoes_log IN ('library', 'metadata', 'claims', 'curation')),
      undoes_id  INTEGER NOT NULL,
      at         TEXT NOT NULL,
      UNIQUE (log, entry_id)
    ) STRICT;
    CREATE TRIGGER history_undos_append_only BEFORE UPDATE ON history_undos
    BEGIN
      SELECT RAISE(ABORT, 'the history is append-only: an undo is a new entry');
    END;
    CREATE TRIGGER history_undos_kept BEFORE DELETE ON history_undos
    BEGIN
      SELECT RAISE(ABORT, 'the history is never deleted');
    END;

    -- the history reads the four logs by time, newest first
    CREATE INDEX library_actions_at ON library_actions (at);
    CREATE INDEX metadata_edits_at ON metadata_edits (at);
    CREATE INDEX claim_actions_at ON claim_actions (at);

    CREATE TABLE curation_actions_next (
      id       INTEGER PRIMARY KEY,
      at       TEXT NOT NULL,
      event_id INTEGER REFERENCES events (id),
      action   TEXT NOT NULL CHECK (action IN (
                 'rename', 'best', 'move', 'merge', 'unmerge', 'split', 'note', 'note-edit', 'note-delete',
                 'source', 'alias', 'alias-remove', 'grade', 'copy', 'copy-remove')),
      -- What was done, in full: ids, spans, values before and after.
      detail   TEXT NOT NULL CHECK (json_valid(detail) AND json_type(detail) = 'object')
    ) STRICT;
    INSERT INTO curation_actions_next (id, at, event_id, action, detail) SELECT id, at, event_id, action, detail FROM curation_actions;
    DROP TABLE curation_actions;
    ALTER TABLE curation_actions_next RENAME TO curation_actions;
    CREATE INDEX curation_actions_event ON curation_actions (event_id, id);
    CREATE INDEX curation_actions_at ON curation_actions (at);
    CREATE TRIGGER curation_actions_are_immutable BEFORE UPDATE ON curation_actions BEGIN
      SELECT RAISE(ABORT, 'the curation log is append-only: record a new action instead');
    END;
    CREATE TRIGGER curation_actions_are_kept BEFORE DELETE ON curation_actions BEGIN
      SELECT RAISE(ABORT, 'the curation log is append-only and is never deleted');
    END;
  `);
}
