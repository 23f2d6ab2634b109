// Events: what is being researched ("US strikes near al Bukamal, Feb 2021").
import type { EventSummary } from '../../main/core/model';
import type { ReadableDb, WritableDb } from '../connection';
import { all, insert, one, sql } from '../sql';

const SUMMARY = `
  SELECT e.id, e.name, e.created_at AS createdAt,
    (SELECT count(*) FROM articles a WHERE a.event_id = e.id) AS articleCount,
    (SELECT count(*) FROM versions v JOIN articles a ON a.id = v.article_id WHERE a.event_id = e.id) AS versionCount
  FROM events e`;

export function listEvents(db: ReadableDb): EventSummary[] {
  return all<EventSummary>(db, [`${SUMMARY} ORDER BY e.created_at DESC, e.id DESC`, []]);
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

/** The event of that name (any letter case), created if there is none. */
export function findOrCreateEvent(db: WritableDb, name: string, now: string): number {
  return findEventByName(db, name)?.id ?? createEvent(db, name, now);
}
