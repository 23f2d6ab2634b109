// The history: the four append-only logs read as one (library_actions,
// metadata_edits, claim_actions, curation_actions), and the undos that say
// which entry undid which (migration 0016). Rows written at the same moment
// are one action; main/core/history groups and tells them.
import { articleVersionIds } from './articles';
import type { HistoryLog, HistoryRef, HistoryRow } from '../../main/core/history/historyModel';
import type { ReadableDb, WritableDb } from '../connection';
import { all, insert, one, sql } from '../sql';

/**
 * Every row of the four logs with its kind, time, event and detail. A
 * metadata edit's or a claim review's columns are gathered into one JSON
 * detail; an entry's event is the one its row names (a moved article's, the
 * event it went to), or its article's, or its claim's version's; an outlet's
 * rename concerns no event.
 */
const LOGS = `
  SELECT 'library' AS log, id, kind, at,
         coalesce(detail ->> '$.eventId',
                  CASE kind WHEN 'article-move' THEN detail ->> '$.to' END,
                  -- an article's own event; for versions moved between articles, the event of the article they went into
                  (SELECT event_id FROM articles WHERE id = coalesce(detail ->> '$.articleId', detail ->> '$.into'))) AS eventId,
         detail
    FROM library_actions
  UNION ALL
  SELECT 'metadata', m.id, m.field, m.at, a.event_id,
         json_object('articleId', m.article_id, 'versionId', m.version_id, 'value', m.value)
    FROM metadata_edits m
    LEFT JOIN version_articles v ON v.version_id = m.version_id
    LEFT JOIN articles a ON a.id = coalesce(m.article_id, v.article_id)
  UNION ALL
  SELECT 'claims', ca.id, ca.action, ca.at, a.event_id,
         json_object('claimId', ca.claim_id, 'before', json(ca.before), 'after', json(ca.after))
    FROM claim_actions ca
    LEFT JOIN claims c ON c.id = ca.claim_id
    LEFT JOIN version_articles v ON v.version_id = c.version_id
    LEFT JOIN articles a ON a.id = v.article_id
  UNION ALL
  SELECT 'curation', id, action, at, event_id, detail
    FROM curation_actions`;

interface DbHistoryRow extends Omit<HistoryRow, 'detail'> {
  detail: string;
}

const parse = (row: DbHistoryRow): HistoryRow => ({ ...row, detail: JSON.parse(row.detail) as Record<string, unknown> });

/** The moments actions were taken, newest first: one a page's entry. */
export function historyMoments(db: ReadableDb, limit: number, offset: number): string[] {
  return all<{ at: string }>(
    db,
    sql`SELECT at FROM library_actions
        UNION SELECT at FROM metadata_edits
        UNION SELECT at FROM claim_actions
        UNION SELECT at FROM curation_actions
        ORDER BY at DESC LIMIT ${limit} OFFSET ${offset}`,
  ).map((r) => r.at);
}

/** Every row written at or after `at`. */
export function historyRowsSince(db: ReadableDb, at: string): HistoryRow[] {
  return all<DbHistoryRow>(db, [`SELECT * FROM (${LOGS}) WHERE at >= ? ORDER BY at DESC, id`, [at]]).map(parse);
}

const TABLES: Record<HistoryLog, string> = {
  library: 'library_actions',
  metadata: 'metadata_edits',
  claims: 'claim_actions',
  curation: 'curation_actions',
};

/** The time of one row; undefined when the log has no such row. */
export function historyRowTime(db: ReadableDb, ref: HistoryRef): string | undefined {
  return one<{ at: string }>(db, [`SELECT at FROM ${TABLES[ref.log]} WHERE id = ?`, [ref.id]])?.at;
}

/** The rows of the action a row belongs to: every row written at its moment. */
export function historyRowsOf(db: ReadableDb, ref: HistoryRef): HistoryRow[] {
  const at = historyRowTime(db, ref);
  return at === undefined ? [] : all<DbHistoryRow>(db, [`SELECT * FROM (${LOGS}) WHERE at = ? ORDER BY id`, [at]]).map(parse);
}

/** The newest row of all four logs, for an undo to find what it wrote. */
export function newestRowIds(db: ReadableDb): Record<HistoryLog, number> {
  return one<Record<HistoryLog, number>>(
    db,
    sql`SELECT (SELECT coalesce(max(id), 0) FROM library_actions) AS library,
               (SELECT coalesce(max(id), 0) FROM metadata_edits) AS metadata,
               (SELECT coalesce(max(id), 0) FROM claim_actions) AS claims,
               (SELECT coalesce(max(id), 0) FROM curation_actions) AS curation`,
  )!;
}

/** Each undo and the entry it undid. */
export function historyUndos(db: ReadableDb): { undo: HistoryRef; undoes: HistoryRef }[] {
  return all<{ log: HistoryLog; entryId: number; undoesLog: HistoryLog; undoesId: number }>(
    db,
    sql`SELECT log, entry_id AS entryId, undoes_log AS undoesLog, undoes_id AS undoesId FROM history_undos ORDER BY id`,
  ).map((u) => ({ undo: { log: u.log, id: u.entryId }, undoes: { log: u.undoesLog, id: u.undoesId } }));
}

export function recordUndo(db: WritableDb, undo: HistoryRef, undoes: HistoryRef, at: string): void {
  insert(db, sql`INSERT INTO history_undos (log, entry_id, undoes_log, undoes_id, at) VALUES (${undo.log}, ${undo.id}, ${undoes.log}, ${undoes.id}, ${at})`);
}

// ---- names, for the descriptions ----

export function eventName(db: ReadableDb, id: number): string | undefined {
  return one<{ name: string }>(db, sql`SELECT name FROM events WHERE id = ${id}`)?.name;
}

export function articleTitle(db: ReadableDb, id: number): string | undefined {
  return one<{ title: string }>(db, sql`SELECT title FROM article_headings WHERE article_id = ${id}`)?.title;
}

/** A version's outlet (as shown), its article's title and its place among the article's versions as they are read (1 the first). */
export function versionPlace(db: ReadableDb, id: number): { outlet: string | null; title: string; place: number } | undefined {
  const row = one<{ outlet: string | null; title: string; articleId: number }>(
    db,
    sql`SELECT p.outlet, h.title, va.article_id AS articleId
        FROM version_articles va
        JOIN version_provenance p ON p.version_id = va.version_id
        JOIN article_headings h ON h.article_id = va.article_id
        WHERE va.version_id = ${id}`,
  );
  return row && { outlet: row.outlet, title: row.title, place: articleVersionIds(db, row.articleId).indexOf(id) + 1 };
}

export function claimVersionId(db: ReadableDb, claimId: number): number | undefined {
  return one<{ versionId: number }>(db, sql`SELECT version_id AS versionId FROM claims WHERE id = ${claimId}`)?.versionId;
}

/**
 * A stored figure's label, and the group key it is known by: its own (not one
 * a merge brought in), else any it holds, else the one it went into when merged away.
 */
export function figureNaming(db: ReadableDb, id: number): { label: string | null; key: string | null } | undefined {
  return one(
    db,
    sql`SELECT f.label,
               coalesce((SELECT min(k.key) FROM figure_keys k
                          WHERE k.figure_id = f.id
                            AND k.key NOT IN (SELECT j.value FROM curation_actions c, json_each(c.detail, '$.keys') j
                                               WHERE c.action = 'merge' AND c.detail ->> '$.into' = f.id)),
                        (SELECT min(k.key) FROM figure_keys k WHERE k.figure_id = f.id),
                        (SELECT min(k.key) FROM figure_keys k WHERE k.figure_id = f.merged_into)) AS key
        FROM figures f WHERE f.id = ${id}`,
  );
}

export function sourceName(db: ReadableDb, id: number): string | undefined {
  return one<{ name: string }>(db, sql`SELECT name FROM sources WHERE id = ${id}`)?.name;
}

// ---- what stood before a row, for its undo ----

/** The value a field of an article or a version had before this edit: the previous edit's (null: as captured). */
export function metadataValueBefore(db: ReadableDb, editId: number): string | null {
  return (
    one<{ value: string | null }>(
      db,
      sql`SELECT p.value FROM metadata_edits m JOIN metadata_edits p
            ON p.field = m.field AND p.article_id IS m.article_id AND p.version_id IS m.version_id AND p.id < m.id
          WHERE m.id = ${editId} ORDER BY p.id DESC LIMIT 1`,
    )?.value ?? null
  );
}

/** The claim's log action before this one; undefined when this was its first. */
export function claimActionBefore(db: ReadableDb, actionId: number): string | undefined {
  return one<{ action: string }>(
    db,
    sql`SELECT p.action FROM claim_actions a JOIN claim_actions p ON p.claim_id = a.claim_id AND p.id < a.id
        WHERE a.id = ${actionId} ORDER BY p.id DESC LIMIT 1`,
  )?.action;
}

/** The curation rows of these actions before a row, newest first, in the row's event (or the directory's, for null). */
export function curationRowsBefore(db: ReadableDb, rowId: number, eventId: number | null, actions: readonly string[]): HistoryRow[] {
  return all<DbHistoryRow>(
    db,
    sql`SELECT 'curation' AS log, id, action AS kind, at, event_id AS eventId, detail FROM curation_actions
        WHERE id < ${rowId} AND event_id IS ${eventId} AND action IN (SELECT value FROM json_each(${JSON.stringify(actions)}))
        ORDER BY id DESC`,
  ).map(parse);
}
