// Where versions and articles sit now (migration 0015): the article each
// version is in, after merges and splits, and the events an article is filed
// in beside its own. The history of each change is in library_actions.
import type { ReadableDb, WritableDb } from '../connection';
import { all, one, run, sql } from '../sql';

/** The article a version is in now; undefined for no such version. */
export function articleOfVersion(db: ReadableDb, versionId: number): number | undefined {
  return one<{ articleId: number }>(db, sql`SELECT article_id AS articleId FROM version_articles WHERE version_id = ${versionId}`)?.articleId;
}

/** The versions an article holds now, oldest id first. */
export function versionsInArticle(db: ReadableDb, articleId: number): number[] {
  return all<{ id: number }>(db, sql`SELECT version_id AS id FROM version_articles WHERE article_id = ${articleId} ORDER BY version_id`).map((r) => r.id);
}

/** Puts versions into an article (a merge, a split, or the undoing of one). */
export function placeVersions(db: WritableDb, versionIds: readonly number[], articleId: number): void {
  const place = db.prepare('UPDATE version_articles SET article_id = ? WHERE version_id = ?');
  for (const id of versionIds) place.run(articleId, id);
}

/** The events an article is in: its own first, then those it is filed in. */
export function eventsOfArticle(db: ReadableDb, articleId: number): { eventId: number; home: boolean }[] {
  return all<{ eventId: number; home: number }>(
    db,
    sql`SELECT event_id AS eventId, home FROM event_articles WHERE article_id = ${articleId} ORDER BY home DESC, event_id`,
  ).map((r) => ({ eventId: r.eventId, home: r.home === 1 }));
}

export function fileArticle(db: WritableDb, articleId: number, eventId: number, at: string): void {
  run(db, sql`INSERT INTO article_filings (article_id, event_id, filed_at) VALUES (${articleId}, ${eventId}, ${at}) ON CONFLICT DO NOTHING`);
}

/** Takes an article out of an event it is filed in; answers whether it was filed there. */
export function unfileArticle(db: WritableDb, articleId: number, eventId: number): boolean {
  return run(db, sql`DELETE FROM article_filings WHERE article_id = ${articleId} AND event_id = ${eventId}`).changes > 0;
}
