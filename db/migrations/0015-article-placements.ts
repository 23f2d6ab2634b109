// Articles the researcher rearranges: two articles merged into one (a revision
// whose headline changed arrived as an article of its own), a version split
// out into an article of its own (an import joined it to the wrong story), an
// article filed in a second event as well as its own.
//
// A version's row is immutable, so the article it was captured into
// (`versions.article_id`) stays as captured; the article it is in now is
// `version_articles`, one row per version, kept by a trigger for every new
// version and changed only by a merge or a split. An article's events are its
// own (`articles.event_id`) and those it is filed in (`article_filings`);
// `event_articles` reads both. Each step is logged in `library_actions` with
// what it moved, so it can be undone by a new step.
import type { WritableDb } from '../connection';

export const version = 15;
export const name = 'article-placements';

const KINDS = ['event-rename', 'event-trash', 'event-restore', 'article-move', 'outlet-rename', 'article-merge', 'article-split', 'article-join', 'article-file', 'article-unfile'];

export function up(db: WritableDb): void {
  db.exec(`
    CREATE TABLE version_articles (
      version_id INTEGER PRIMARY KEY REFERENCES versions (id),
      article_id INTEGER NOT NULL REFERENCES articles (id)
    ) STRICT;
    INSERT INTO version_articles (version_id, article_id) SELECT id, article_id FROM versions;
    CREATE INDEX version_articles_article ON version_articles (article_id, version_id);
    CREATE TRIGGER versions_placed AFTER INSERT ON versions
    BEGIN
      INSERT INTO version_articles (version_id, article_id) VALUES (new.id, new.article_id);
    END;

    CREATE TABLE article_filings (
      article_id INTEGER NOT NULL REFERENCES articles (id),
      event_id   INTEGER NOT NULL REFERENCES events (id),
      filed_at   TEXT NOT NULL,
      PRIMARY KEY (article_id, event_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX article_filings_event ON article_filings (event_id, article_id);

    -- an article's events: the one it lives in, and those it is filed in as well
    CREATE VIEW event_articles AS
    SELECT a.event_id, a.id AS article_id, 1 AS home FROM articles a
    UNION ALL
    SELECT f.event_id, f.article_id, 0 AS home FROM article_filings f
     WHERE f.event_id <> (SELECT a.event_id FROM articles a WHERE a.id = f.article_id);

    -- the log's kinds gain merges, splits, joins at import and filings: the append-only table is rebuilt with them, its rows and guards unchanged
    CREATE TABLE library_actions_next (
      id     INTEGER PRIMARY KEY,
      kind   TEXT NOT NULL CHECK (kind IN (${KINDS.map((k) => `'${k}'`).join(', ')})),
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

  // A version reads its article's corrections (title, outlet, …) from the article it is in now.
  const read = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'view' AND name = 'version_provenance_read'").pluck().get() as string;
  const placed = read
    .replace('JOIN articles a ON a.id = v.article_id', 'JOIN version_articles va ON va.version_id = v.id\n      JOIN articles a ON a.id = va.article_id')
    .replaceAll(/(ae_\w+\.article_id) = v\.article_id/g, '$1 = va.article_id');
  if (placed === read || /\bv\.article_id\b/.test(placed)) throw new Error('version_provenance_read is not the view migration 0014 left');
  db.exec(`DROP VIEW version_provenance_read; ${placed};`);
}
