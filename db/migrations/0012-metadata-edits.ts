// The researcher's corrections of who published a version and when, and of
// its headline: an audited layer over the immutable versions. Each edit names
// an article (for all its versions) or one version, a field and its value;
// NULL puts the field back to what the capture says, '' says there is none.
// The log is append-only: the latest edit of a field is its value, and an
// undo is a new edit. `version_provenance` is rebuilt to read the edits over
// the capture's reading (a version's own edit over its article's), and
// `article_headings` gives each article its title as corrected.
import type { WritableDb } from '../connection';

export const version = 12;
export const name = 'metadata-edits';

const FIELDS = ['title', 'outlet', 'byline', 'url', 'published'] as const;

/** A field's value: a version's own edit, else its article's, else what the capture says (`asRead`). */
function edited(field: (typeof FIELDS)[number], asRead: string): string {
  const pick = (alias: string): string => `CASE WHEN ${alias}.value ->> 0 IS NULL THEN ${asRead} ELSE nullif(${alias}.value ->> 0, '') END`;
  return `CASE WHEN ve_${field}.value IS NOT NULL THEN ${pick(`ve_${field}`)} WHEN ae_${field}.value IS NOT NULL THEN ${pick(`ae_${field}`)} ELSE ${asRead} END`;
}

/** Where a field was read: "researcher" where an edit set it. */
function editedFrom(field: (typeof FIELDS)[number], asRead: string): string {
  return `CASE WHEN coalesce(ve_${field}.value, ae_${field}.value) ->> 0 IS NOT NULL THEN 'researcher' ELSE ${asRead} END`;
}

const joins = FIELDS.map(
  (f) => `
      LEFT JOIN metadata_latest ve_${f} ON ve_${f}.version_id = v.id AND ve_${f}.field = '${f}'
      LEFT JOIN metadata_latest ae_${f} ON ae_${f}.article_id = v.article_id AND ae_${f}.version_id IS NULL AND ae_${f}.field = '${f}'`,
).join('');

export function up(db: WritableDb): void {
  db.exec(`
    CREATE TABLE metadata_edits (
      id         INTEGER PRIMARY KEY,
      article_id INTEGER REFERENCES articles (id),
      version_id INTEGER REFERENCES versions (id),
      field      TEXT NOT NULL CHECK (field IN (${FIELDS.map((f) => `'${f}'`).join(', ')})),
      value      TEXT CHECK (value IS NULL OR length(value) <= 2000),
      at         TEXT NOT NULL,
      CHECK ((article_id IS NULL) <> (version_id IS NULL))
    ) STRICT;
    CREATE INDEX metadata_edits_article ON metadata_edits (article_id, field, id);
    CREATE INDEX metadata_edits_version ON metadata_edits (version_id, field, id);
    CREATE TRIGGER metadata_edits_append_only BEFORE UPDATE ON metadata_edits
    BEGIN
      SELECT RAISE(ABORT, 'metadata edits are append-only: an undo is a new edit');
    END;
    CREATE TRIGGER metadata_edits_kept BEFORE DELETE ON metadata_edits
    BEGIN
      SELECT RAISE(ABORT, 'metadata edits are never deleted');
    END;

    -- the latest edit of each field of each article and version; value as a JSON array, so [null] (back to the capture) is told from no edit
    CREATE VIEW metadata_latest AS
    SELECT m.article_id, m.version_id, m.field, json_array(m.value) AS value
      FROM metadata_edits m
     WHERE m.id = (SELECT max(n.id) FROM metadata_edits n
                    WHERE n.field = m.field AND n.article_id IS m.article_id AND n.version_id IS m.version_id);

    CREATE VIEW article_headings AS
    SELECT a.id AS article_id,
           coalesce(CASE WHEN t.value ->> 0 IS NULL THEN NULL ELSE nullif(t.value ->> 0, '') END, a.title) AS title
      FROM articles a
      LEFT JOIN metadata_latest t ON t.article_id = a.id AND t.version_id IS NULL AND t.field = 'title';

    DROP VIEW version_provenance;
    CREATE VIEW version_provenance AS
    SELECT v.id AS version_id,
           -- a version's headline is its own: an article's title edit renames the article (article_headings), not its captures
           CASE WHEN ve_title.value IS NULL THEN v.title WHEN ve_title.value ->> 0 IS NULL THEN v.title ELSE nullif(ve_title.value ->> 0, '') END AS title,
           ${edited('outlet', 'coalesce(p.outlet, v.outlet_name, o.name)')} AS outlet,
           ${editedFrom('outlet', 'CASE WHEN p.outlet IS NOT NULL THEN p.outlet_from END')} AS outlet_from,
           p.outlet_words,
           ${edited('byline', 'coalesce(p.byline, v.byline)')} AS byline,
           ${editedFrom('byline', 'CASE WHEN p.byline IS NOT NULL THEN p.byline_from END')} AS byline_from,
           ${edited('url', 'coalesce(p.canonical_url, v.canonical_url)')} AS canonical_url,
           ${editedFrom('url', 'CASE WHEN p.canonical_url IS NOT NULL THEN p.url_from END')} AS url_from,
           ${edited('published', 'coalesce(p.published_at, v.published_at)')} AS published_at,
           ${editedFrom('published', 'CASE WHEN p.published_at IS NOT NULL THEN p.published_from END')} AS published_from,
           p.published_words,
           CASE WHEN coalesce(ve_published.value, ae_published.value) ->> 0 IS NOT NULL THEN NULL ELSE p.published_note END AS published_note,
           p.updated_at,
           p.updated_from,
           p.updated_words
      FROM versions v
      JOIN articles a ON a.id = v.article_id
      LEFT JOIN outlets o ON o.id = a.outlet_id
      LEFT JOIN version_publication p ON p.version_id = v.id${joins};
  `);
}
