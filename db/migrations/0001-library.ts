// Events, outlets, articles and their captured versions.
//
// A version is evidence: its original bytes and their SHA-256 are kept, and
// triggers refuse any UPDATE or DELETE, so what was captured stays exactly as
// captured. Corrections come later as new rows (claims, audit entries), never
// as edits of a version.
import type { WritableDb } from '../connection';

export const version = 1;
export const name = 'library';

export function up(db: WritableDb): void {
  db.exec(`
    CREATE TABLE events (
      id         INTEGER PRIMARY KEY,
      name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE UNIQUE INDEX events_name ON events (name COLLATE NOCASE);

    CREATE TABLE outlets (
      id         INTEGER PRIMARY KEY,
      name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE UNIQUE INDEX outlets_name ON outlets (name COLLATE NOCASE);

    CREATE TABLE articles (
      id            INTEGER PRIMARY KEY,
      event_id      INTEGER NOT NULL REFERENCES events (id),
      outlet_id     INTEGER REFERENCES outlets (id),
      title         TEXT NOT NULL,
      canonical_url TEXT,
      -- Matching keys (core/capture/articleIdentity): later saves of the same
      -- page join this article.
      title_key     TEXT,
      url_key       TEXT,
      created_at    TEXT NOT NULL
    ) STRICT;
    CREATE INDEX articles_event_title ON articles (event_id, title_key);
    CREATE INDEX articles_event_url ON articles (event_id, url_key);

    CREATE TABLE versions (
      id            INTEGER PRIMARY KEY,
      article_id    INTEGER NOT NULL REFERENCES articles (id),
      sha256        TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
      bytes         BLOB NOT NULL,
      byte_length   INTEGER NOT NULL CHECK (byte_length = length(bytes)),
      format        TEXT NOT NULL CHECK (format IN ('text', 'markdown', 'html')),
      encoding      TEXT NOT NULL,
      text          TEXT NOT NULL,
      title         TEXT,
      byline        TEXT,
      outlet_name   TEXT,
      canonical_url TEXT,
      published_at  TEXT,
      captured_at   TEXT NOT NULL,
      origin        TEXT NOT NULL,
      origin_kind   TEXT NOT NULL CHECK (origin_kind IN ('file', 'upload', 'paste'))
    ) STRICT;
    CREATE INDEX versions_article ON versions (article_id, captured_at);

    CREATE TRIGGER versions_are_immutable BEFORE UPDATE ON versions
    BEGIN
      SELECT RAISE(ABORT, 'versions are immutable: capture a new version instead');
    END;
    CREATE TRIGGER versions_are_kept BEFORE DELETE ON versions
    BEGIN
      SELECT RAISE(ABORT, 'versions are evidence and are never deleted');
    END;
  `);
}
