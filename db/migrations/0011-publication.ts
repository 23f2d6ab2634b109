// Who published each version and when, as its capture says it (the outlet
// after the headline, a wire dateline, a byline, a "Published" line, a saved
// page's metadata): read from the stored capture, so it is derived data that
// a better reader may write again (reader_version), never part of the
// immutable version. Each field keeps where it was read (`*_from`: a
// StatedIn of main/core/capture/publication.ts) and the words it was read
// from. `version_provenance` is the one place a version's outlet, byline,
// address and publication time are read from: what the capture declared,
// and what its text says where it declared nothing.
import type { WritableDb } from '../connection';

export const version = 11;
export const name = 'publication';

export function up(db: WritableDb): void {
  db.exec(`
    CREATE TABLE version_publication (
      version_id      INTEGER PRIMARY KEY REFERENCES versions (id),
      outlet          TEXT,
      outlet_from     TEXT,
      outlet_words    TEXT,
      byline          TEXT,
      byline_from     TEXT,
      canonical_url   TEXT,
      url_from        TEXT,
      published_at    TEXT,
      published_from  TEXT,
      published_words TEXT,
      published_note  TEXT,
      updated_at      TEXT,
      updated_from    TEXT,
      updated_words   TEXT,
      saved_at        TEXT,
      reader_version  INTEGER NOT NULL
    ) STRICT;

    CREATE VIEW version_provenance AS
    SELECT v.id AS version_id,
           coalesce(p.outlet, v.outlet_name, o.name) AS outlet,
           CASE WHEN p.outlet IS NOT NULL THEN p.outlet_from END AS outlet_from,
           p.outlet_words,
           coalesce(p.byline, v.byline) AS byline,
           CASE WHEN p.byline IS NOT NULL THEN p.byline_from END AS byline_from,
           coalesce(p.canonical_url, v.canonical_url) AS canonical_url,
           CASE WHEN p.canonical_url IS NOT NULL THEN p.url_from END AS url_from,
           coalesce(p.published_at, v.published_at) AS published_at,
           CASE WHEN p.published_at IS NOT NULL THEN p.published_from END AS published_from,
           p.published_words,
           p.published_note,
           p.updated_at,
           p.updated_from,
           p.updated_words
      FROM versions v
      JOIN articles a ON a.id = v.article_id
      LEFT JOIN outlets o ON o.id = a.outlet_id
      LEFT JOIN version_publication p ON p.version_id = v.id;
  `);
}
