// A library the researcher can rearrange: an event can be renamed, moved to
// the trash (its articles and versions stay in the library) and restored, and
// an article can move to another event. Each such step is kept in an
// append-only log (`library_actions`, its detail the state before and after),
// so the history can be read and every step undone by a new one.
import type { WritableDb } from '../connection';

export const version = 13;
export const name = 'library-actions';

export function up(db: WritableDb): void {
  db.exec(`
    ALTER TABLE events ADD COLUMN trashed_at TEXT;

    CREATE TABLE library_actions (
      id     INTEGER PRIMARY KEY,
      kind   TEXT NOT NULL CHECK (kind IN ('event-rename', 'event-trash', 'event-restore', 'article-move')),
      detail TEXT NOT NULL CHECK (json_valid(detail) AND json_type(detail) = 'object'),
      at     TEXT NOT NULL
    ) STRICT;
    CREATE TRIGGER library_actions_append_only BEFORE UPDATE ON library_actions
    BEGIN
      SELECT RAISE(ABORT, 'library actions are append-only: an undo is a new action');
    END;
    CREATE TRIGGER library_actions_kept BEFORE DELETE ON library_actions
    BEGIN
      SELECT RAISE(ABORT, 'library actions are never deleted');
    END;
  `);
}
