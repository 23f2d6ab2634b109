// Full-text search over versions (FTS5, migration 0002).
import { SNIPPET_MARK_END, SNIPPET_MARK_START, type SearchHit } from '../../main/core/model';
import type { ReadableDb } from '../connection';
import { all, sql } from '../sql';

/**
 * A researcher's words as an FTS5 query that cannot be a syntax error: every
 * term becomes a quoted phrase of its word pieces ("1,200" must match the
 * tokens 1 and 200 side by side), all terms must match, and the last one may
 * be the start of a word, so results follow the typing.
 */
export function ftsQuery(input: string): string | null {
  const terms = input
    .split(/\s+/)
    .map((term) => term.match(/[\p{L}\p{N}]+/gu)?.join(' '))
    .filter((term): term is string => Boolean(term));
  if (terms.length === 0) return null;
  return terms.map((t, i) => `"${t}"${i === terms.length - 1 ? '*' : ''}`).join(' ');
}

export function searchVersions(db: ReadableDb, input: string, limit = 50): SearchHit[] {
  const match = ftsQuery(input);
  if (!match) return [];
  return all<SearchHit>(
    db,
    sql`SELECT v.id AS versionId, a.id AS articleId, a.event_id AS eventId, a.title AS articleTitle,
               v.captured_at AS capturedAt,
               snippet(versions_fts, -1, ${SNIPPET_MARK_START}, ${SNIPPET_MARK_END}, '…', 16) AS snippet
        FROM versions_fts JOIN versions v ON v.id = versions_fts.rowid JOIN articles a ON a.id = v.article_id
        WHERE versions_fts MATCH ${match}
        ORDER BY rank LIMIT ${limit}`,
  );
}
