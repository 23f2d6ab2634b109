// Articles: one piece at one outlet, holding its captured versions.
import type { ArticleSummary, VersionSummary } from '../../main/core/model';
import { inReadingOrder, type VersionTimes } from '../../main/core/versionOrder';
import type { ReadableDb, WritableDb } from '../connection';
import { all, insert, one, run, sql } from '../sql';

/** An article that a newly captured version might belong to. */
export interface DbArticleCandidate {
  id: number;
  outletId: number | null;
  urlKey: string | null;
}

export interface DbNewArticle {
  eventId: number;
  outletId: number | null;
  title: string;
  canonicalUrl: string | null;
  titleKey: string | null;
  urlKey: string | null;
  createdAt: string;
}

/**
 * An event's articles, those filed in it from another event included, each
 * with the versions it holds now (merges and splits applied), in the order
 * the researcher reads them (core/versionOrder). An article whose versions
 * were all merged into another is gone from the list.
 */
export function listArticles(db: ReadableDb, eventId: number): ArticleSummary[] {
  const articles = all<Omit<ArticleSummary, 'versions'>>(
    db,
    // the outlet its latest capture names, as corrected and as the researcher names outlets (version_provenance)
    sql`SELECT a.id, a.event_id AS eventId, h.title,
               (SELECT p.outlet FROM version_articles va JOIN versions v ON v.id = va.version_id
                  JOIN version_provenance p ON p.version_id = va.version_id
                 WHERE va.article_id = a.id AND p.outlet IS NOT NULL
                 ORDER BY v.captured_at DESC, v.id DESC LIMIT 1) AS outlet,
               a.canonical_url AS canonicalUrl
        FROM event_articles ea JOIN articles a ON a.id = ea.article_id JOIN article_headings h ON h.article_id = a.id
        WHERE ea.event_id = ${eventId} AND EXISTS (SELECT 1 FROM version_articles va WHERE va.article_id = a.id)
        ORDER BY a.created_at, a.id`,
  );
  const versions = all<VersionSummary>(
    db,
    sql`SELECT v.id, va.article_id AS articleId, v.sha256, v.format, p.title, v.captured_at AS capturedAt,
               p.published_at AS publishedAt, p.updated_at AS updatedAt, v.byte_length AS byteLength
        FROM event_articles ea JOIN version_articles va ON va.article_id = ea.article_id
          JOIN versions v ON v.id = va.version_id JOIN version_provenance p ON p.version_id = v.id
        WHERE ea.event_id = ${eventId}
        ORDER BY v.captured_at, v.id`,
  );
  const byArticle = new Map(articles.map((a) => [a.id, { ...a, versions: [] as VersionSummary[] }]));
  for (const v of versions) byArticle.get(v.articleId)?.versions.push(v);
  return [...byArticle.values()].map((a) => ({ ...a, versions: inReadingOrder(a.versions) }));
}

export function findArticleByUrlKey(db: ReadableDb, eventId: number, urlKey: string): DbArticleCandidate | undefined {
  return one<DbArticleCandidate>(
    db,
    sql`SELECT a.id, a.outlet_id AS outletId, a.url_key AS urlKey FROM event_articles ea JOIN articles a ON a.id = ea.article_id
        WHERE ea.event_id = ${eventId} AND a.url_key = ${urlKey} ORDER BY a.id LIMIT 1`,
  );
}

export function findArticlesByTitleKey(db: ReadableDb, eventId: number, titleKey: string): DbArticleCandidate[] {
  return all<DbArticleCandidate>(
    db,
    sql`SELECT a.id, a.outlet_id AS outletId, a.url_key AS urlKey FROM event_articles ea JOIN articles a ON a.id = ea.article_id
        WHERE ea.event_id = ${eventId} AND a.title_key = ${titleKey} ORDER BY a.id`,
  );
}

/** The event's articles whose headline or address the researcher corrected, with the corrected values: a later capture under those joins them. */
export function listCorrectedArticles(db: ReadableDb, eventId: number): { id: number; outletId: number | null; title: string; url: string | null }[] {
  return all(
    db,
    // driven by the edits, so an import into a library nobody corrected pays one index probe per capture
    sql`SELECT a.id, a.outlet_id AS outletId, h.title, CASE WHEN u.value ->> 0 = '' THEN NULL ELSE u.value ->> 0 END AS url
        FROM (SELECT DISTINCT article_id FROM metadata_edits WHERE article_id IS NOT NULL AND field IN ('title', 'url')) e
          JOIN event_articles ea ON ea.article_id = e.article_id AND ea.event_id = ${eventId}
          JOIN articles a ON a.id = e.article_id JOIN article_headings h ON h.article_id = a.id
          LEFT JOIN metadata_latest u ON u.article_id = a.id AND u.version_id IS NULL AND u.field = 'url'
        WHERE h.title <> a.title OR u.value ->> 0 IS NOT NULL
        ORDER BY a.id`,
  );
}

/** Each article of an event with its latest version's text and URL: what a new capture is matched against as a revision. */
export function listArticleStories(db: ReadableDb, eventId: number): { articleId: number; text: string; canonicalUrl: string | null }[] {
  return all(
    db,
    sql`SELECT va.article_id AS articleId, v.text, v.canonical_url AS canonicalUrl
        FROM event_articles ea JOIN version_articles va ON va.article_id = ea.article_id JOIN versions v ON v.id = va.version_id
        WHERE ea.event_id = ${eventId}
          AND va.version_id = (SELECT max(version_id) FROM version_articles WHERE article_id = ea.article_id)
        ORDER BY va.article_id`,
  );
}

export function createArticle(db: WritableDb, a: DbNewArticle): number {
  return insert(
    db,
    sql`INSERT INTO articles (event_id, outlet_id, title, canonical_url, title_key, url_key, created_at)
        VALUES (${a.eventId}, ${a.outletId}, ${a.title}, ${a.canonicalUrl}, ${a.titleKey}, ${a.urlKey}, ${a.createdAt})`,
  );
}

/**
 * Fills in what an article did not know yet (its outlet, its URL) from a later
 * capture; never overwrites what it knows.
 */
export function completeArticle(
  db: WritableDb,
  id: number,
  fill: { outletId: number | null; canonicalUrl: string | null; urlKey: string | null },
): void {
  run(
    db,
    sql`UPDATE articles SET
          outlet_id = coalesce(outlet_id, ${fill.outletId}),
          canonical_url = coalesce(canonical_url, ${fill.canonicalUrl}),
          url_key = coalesce(url_key, ${fill.urlKey})
        WHERE id = ${id}`,
  );
}

/** The event an article is in; undefined when there is no such article. */
export function articleEventId(db: ReadableDb, articleId: number): number | undefined {
  return one<{ eventId: number }>(db, sql`SELECT event_id AS eventId FROM articles WHERE id = ${articleId}`)?.eventId;
}

/** An article's versions as it holds them now, in the order they are read (core/versionOrder). */
export function articleVersionIds(db: ReadableDb, articleId: number): number[] {
  return inReadingOrder(
    all<VersionTimes>(
      db,
      sql`SELECT v.id, v.captured_at AS capturedAt, p.published_at AS publishedAt, p.updated_at AS updatedAt
          FROM version_articles va JOIN versions v ON v.id = va.version_id JOIN version_provenance p ON p.version_id = v.id
          WHERE va.article_id = ${articleId} ORDER BY v.captured_at, v.id`,
    ),
  ).map((r) => r.id);
}
