// The researcher's corrections of headlines, outlets, bylines, addresses and
// publication times: an append-only log over the immutable versions
// (migration 0012), read through version_provenance and article_headings.
import type { MetadataField } from '../../main/core/metadataEdit';
import type { ReadableDb, WritableDb } from '../connection';
import { all, insert, one, sql } from '../sql';

export type MetadataTarget = { versionId: number } | { articleId: number };

/** Whether the article or version an edit names exists. */
export function metadataTargetExists(db: ReadableDb, target: MetadataTarget): boolean {
  return 'versionId' in target
    ? one(db, sql`SELECT 1 AS found FROM versions WHERE id = ${target.versionId}`) !== undefined
    : one(db, sql`SELECT 1 AS found FROM articles WHERE id = ${target.articleId}`) !== undefined;
}

export function addMetadataEdit(db: WritableDb, target: MetadataTarget, field: MetadataField, value: string | null, at: string): number {
  const articleId = 'articleId' in target ? target.articleId : null;
  const versionId = 'versionId' in target ? target.versionId : null;
  return insert(db, sql`INSERT INTO metadata_edits (article_id, version_id, field, value, at) VALUES (${articleId}, ${versionId}, ${field}, ${value}, ${at})`);
}

export interface MetadataEditRecord {
  id: number;
  articleId: number | null;
  versionId: number | null;
  field: MetadataField;
  value: string | null;
  at: string;
}

/** An article's edits and its versions', oldest first. */
export function metadataLog(db: ReadableDb, articleId: number): MetadataEditRecord[] {
  return all<MetadataEditRecord>(
    db,
    sql`SELECT m.id, m.article_id AS articleId, m.version_id AS versionId, m.field, m.value, m.at
        FROM metadata_edits m LEFT JOIN version_articles va ON va.version_id = m.version_id
        WHERE m.article_id = ${articleId} OR va.article_id = ${articleId}
        ORDER BY m.id`,
  );
}
