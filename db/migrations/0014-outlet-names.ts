// Outlets as a list the researcher keeps: a name as captures give it
// ("REUTERS", "Thomson Reuters") shown as the researcher names the outlet
// ("Reuters"), which renames one and merges several. The mapping is applied
// where every query reads a version's outlet (version_provenance), over the
// capture's reading and the researcher's edits; each rename is kept in the
// library's log (library_actions, 'outlet-rename').
import type { WritableDb } from '../connection';

export const version = 14;
export const name = 'outlet-names';

export function up(db: WritableDb): void {
  db.exec(`
    CREATE TABLE outlet_names (
      name     TEXT PRIMARY KEY COLLATE NOCASE CHECK (length(trim(name)) > 0),
      shown_as TEXT NOT NULL CHECK (length(trim(shown_as)) > 0)
    ) STRICT;

    -- the log's kinds gain the outlet rename: the append-only table is rebuilt with it, its rows and guards unchanged
    CREATE TABLE library_actions_next (
      id     INTEGER PRIMARY KEY,
      kind   TEXT NOT NULL CHECK (kind IN ('event-rename', 'event-trash', 'event-restore', 'article-move', 'outlet-rename')),
      detail TEXT NOT NULL CHECK (json_valid(detail) AND json_type(detail) = 'object'),
      at     TEXT NOT NULL
    ) STRICT;
    INSERT INTO library_actions_next SELECT id, kind, detail, at FROM library_actions;
    DROP TABLE library_actions;
    ALTER TABLE library_actions_next RENAME TO library_actions;
    CREATE TRIGGER library_actions_append_only BEFORE UPDATE ON library_actions
    BEGIN
      SELECT RAISE(ABORT, 'library actions are append-only: an undo is a new action');
    END;
    CREATE TRIGGER library_actions_kept BEFORE DELETE ON library_actions
    BEGIN
      SELECT RAISE(ABORT, 'library actions are never deleted');
    END;
  `);
  // the reading as migration 0012 defined it, kept under another name, and the outlet's name laid over it
  const read = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'view' AND name = 'version_provenance'").pluck().get() as string;
  db.exec(`
    DROP VIEW version_provenance;
    ${read.replace(/^CREATE VIEW version_provenance AS/, 'CREATE VIEW version_provenance_read AS')};
    CREATE VIEW version_provenance AS
    SELECT r.version_id, r.title, coalesce(n.shown_as, r.outlet) AS outlet, r.outlet_from, r.outlet_words, r.byline, r.byline_from,
           r.canonical_url, r.url_from, r.published_at, r.published_from, r.published_words, r.published_note,
           r.updated_at, r.updated_from, r.updated_words
      FROM version_provenance_read r
      LEFT JOIN outlet_names n ON n.name = r.outlet;
  `);
}
