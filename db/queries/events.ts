// Events: what is being researched ("US strikes near al Bukamal, Feb 2021").
import type { EventSummary } from '../../main/core/model';
import type { ReadableDb, WritableDb } from '../connection';
import { all, insert, one, run, sql } from '../sql';
import { articleEventId } from './articles';
import { unfileArticle } from './articlePlacements';
import { logLibraryAction } from './libraryActions';

const SUMMARY = `
  SELECT e.id, e.name, e.created_at AS createdAt, e.trashed_at AS trashedAt,
    (SELECT count(DISTINCT va.article_id) FROM event_articles ea JOIN version_articles va ON va.article_id = ea.article_id WHERE ea.event_id = e.id) AS articleCount,
    (SELECT count(*) FROM event_articles ea JOIN version_articles va ON va.article_id = ea.article_id WHERE ea.event_id = e.id) AS versionCount
  FROM events e`;

/** The events in view: all but those in the trash, newest first. */
export function listEvents(db: ReadableDb): EventSummary[] {
  return all<EventSummary>(db, [`${SUMMARY} WHERE e.trashed_at IS NULL ORDER BY e.created_at DESC, e.id DESC`, []]);
}

/** The events in the trash, the latest trashed first. */
export function listTrashedEvents(db: ReadableDb): EventSummary[] {
  return all<EventSummary>(db, [`${SUMMARY} WHERE e.trashed_at IS NOT NULL ORDER BY e.trashed_at DESC, e.id DESC`, []]);
}

export function getEvent(db: ReadableDb, id: number): EventSummary | undefined {
  return one<EventSummary>(db, [`${SUMMARY} WHERE e.id = ?`, [id]]);
}

export function findEventByName(db: ReadableDb, name: string): EventSummary | undefined {
  return one<EventSummary>(db, [`${SUMMARY} WHERE e.name = ? COLLATE NOCASE`, [name.trim()]]);
}

export function createEvent(db: WritableDb, name: string, now: string): number {
  return insert(db, sql`INSERT INTO events (name, created_at) VALUES (${name.trim()}, ${now})`);
}

/** The event of that name (any letter case), created if there is none; one in the trash is brought back. */
export function findOrCreateEvent(db: WritableDb, name: string, now: string): number {
  const found = findEventByName(db, name);
  if (!found) return createEvent(db, name, now);
  if (found.trashedAt) setEventTrashed(db, found.id, null, now);
  return found.id;
}

export function renameEvent(db: WritableDb, id: number, name: string, at: string): void {
  const before = getEvent(db, id)!.name;
  run(db, sql`UPDATE events SET name = ${name.trim()} WHERE id = ${id}`);
  logLibraryAction(db, 'event-rename', { eventId: id, before, after: name.trim() }, at);
}

/** Into the trash (`trashedAt`), or back out of it (null); its articles and versions stay where they are. */
export function setEventTrashed(db: WritableDb, id: number, trashedAt: string | null, at: string): void {
  run(db, sql`UPDATE events SET trashed_at = ${trashedAt} WHERE id = ${id}`);
  logLibraryAction(db, trashedAt ? 'event-trash' : 'event-restore', { eventId: id }, at);
}

/** Makes `to` the article's own event; where it was filed in `to` already, that filing is its own event now (`wasFiled`, so an undo files it again). */
export function moveArticle(db: WritableDb, articleId: number, to: number, at: string): void {
  const from = articleEventId(db, articleId)!;
  const wasFiled = unfileArticle(db, articleId, to);
  run(db, sql`UPDATE articles SET event_id = ${to} WHERE id = ${articleId}`);
  logLibraryAction(db, 'article-move', { articleId, from, to, ...(wasFiled ? { wasFiled } : {}) }, at);
}
