// Claims: the figures a version asserts, and the researcher's review of them
// (see migration 0003). The extractor's claims are `auto` and are replaced
// wholesale when a version is extracted again; a reviewed claim (confirmed,
// edited, rejected) is the researcher's word and is never touched by that.
import type { ClaimAction, ClaimActionKind, ClaimEdit, ClaimRecord, ClaimReview, ClaimStatus, ExtractedClaim } from '../../main/core/model';
import { transaction, type ReadableDb, type WritableDb } from '../connection';
import { all, insert, one, run, sql } from '../sql';

interface DbClaim extends Omit<ClaimRecord, 'approx' | 'qualifiers' | 'incident'> {
  approx: 0 | 1;
  qualifiers: string;
  incident: string;
}

interface DbClaimAction extends Omit<ClaimAction, 'before' | 'after'> {
  before: string;
  after: string;
}

/** The fields a researcher may correct, all of them: what the log records before and after each action. */
export type ReviewableFields = Required<{ [K in keyof ClaimEdit]: Exclude<ClaimEdit[K], undefined> }>;

const SELECT_CLAIM = `
  SELECT id, version_id AS versionId, extractor_version AS extractorVersion, kind, value, low, high, approx,
         start, end, sentence_start AS sentenceStart, sentence_end AS sentenceEnd,
         subject, entity, measure, source, qualifiers, unit, holder, modality, incident, confidence, status
  FROM claims`;

const STATUS_AFTER: Record<ClaimActionKind, ClaimStatus> = {
  confirm: 'confirmed',
  edit: 'edited',
  reject: 'rejected',
  // Back to the extractor: the next extraction may replace it.
  reopen: 'auto',
};

function toRecord(row: DbClaim): ClaimRecord {
  return { ...row, approx: row.approx === 1, qualifiers: JSON.parse(row.qualifiers) as string[], incident: JSON.parse(row.incident) as string[] };
}

export function getClaim(db: ReadableDb, id: number): ClaimRecord | undefined {
  const row = one<DbClaim>(db, [`${SELECT_CLAIM} WHERE id = ?`, [id]]);
  return row && toRecord(row);
}

/** A version's claims in text order, rejected ones included. */
export function listClaims(db: ReadableDb, versionId: number): ClaimRecord[] {
  return all<DbClaim>(db, [`${SELECT_CLAIM} WHERE version_id = ? ORDER BY start, end, id`, [versionId]]).map(toRecord);
}

/** The claims of every version of an event, rejected ones included, by version, each version's in text order: one query, not one a version. */
export function listEventClaims(db: ReadableDb, eventId: number): Map<number, ClaimRecord[]> {
  const rows = all<DbClaim>(db, [
    `${SELECT_CLAIM} WHERE version_id IN (SELECT va.version_id FROM event_articles ea JOIN version_articles va ON va.article_id = ea.article_id WHERE ea.event_id = ?)
     ORDER BY version_id, start, end, id`,
    [eventId],
  ]);
  const byVersion = new Map<number, ClaimRecord[]>();
  for (const row of rows) {
    const claims = byVersion.get(row.versionId);
    if (claims) claims.push(toRecord(row));
    else byVersion.set(row.versionId, [toRecord(row)]);
  }
  return byVersion;
}

/** Two spans share at least one character (or are the same empty span). */
function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return (a.start < b.end && b.start < a.end) || (a.start === b.start && a.end === b.end);
}

/**
 * Stores a version's new claims and indexes them for search in one statement
 * (migration 0009): the only way claims are written, so none is left out of
 * the index. Answers how many were written.
 */
function insertClaims(db: WritableDb, versionId: number, claims: readonly ExtractedClaim[], extractorVersion: string, now: string, status: ClaimStatus = 'auto'): number {
  let first: number | null = null;
  for (const c of claims) {
    const id = insert(
      db,
      sql`INSERT INTO claims (version_id, extractor_version, kind, value, low, high, approx, start, end,
                              sentence_start, sentence_end, subject, entity, measure, source, qualifiers,
                              unit, holder, modality, incident, confidence, status, created_at)
          VALUES (${versionId}, ${extractorVersion}, ${c.kind}, ${c.value}, ${c.low}, ${c.high}, ${c.approx ? 1 : 0},
                  ${c.start}, ${c.end}, ${c.sentenceStart}, ${c.sentenceEnd}, ${c.subject}, ${c.entity}, ${c.measure},
                  ${c.source}, ${JSON.stringify(c.qualifiers)}, ${c.unit}, ${c.holder}, ${c.modality},
                  ${JSON.stringify(c.incident)}, ${c.confidence}, ${status}, ${now})`,
    );
    first ??= id;
  }
  // a new row's id is above every id in the table, so the claims just written are those from the first on
  if (first !== null) {
    run(db, sql`INSERT INTO claims_fts (rowid, words, numbers)
                SELECT id, words, numbers FROM claim_search_terms WHERE version_id = ${versionId} AND id >= ${first}`);
  }
  return claims.length;
}

export interface ReplaceResult {
  /** Automatic claims written. */
  claims: number;
  /** Reviewed claims kept as they were. */
  kept: number;
}

/**
 * Replaces a version's automatic claims with a new extraction, in one
 * transaction. Reviewed claims stay, and a new claim whose span overlaps a
 * reviewed one is dropped: the researcher has already said what that figure is.
 */
export function replaceAutoClaims(
  db: WritableDb,
  versionId: number,
  extracted: readonly ExtractedClaim[],
  extractorVersion: string,
  now: string,
): ReplaceResult {
  return transaction(db, () => {
    run(db, sql`DELETE FROM claims WHERE version_id = ${versionId} AND status = 'auto'`);
    const reviewed = all<{ start: number; end: number }>(db, sql`SELECT start, end FROM claims WHERE version_id = ${versionId}`);
    const written = insertClaims(db, versionId, extracted.filter((claim) => !reviewed.some((r) => overlaps(r, claim))), extractorVersion, now);
    // with the claims, never before them: a version without this row was never read (migration 0007)
    run(
      db,
      sql`INSERT INTO extractions (version_id, extractor_version, at) VALUES (${versionId}, ${extractorVersion}, ${now})
          ON CONFLICT (version_id) DO UPDATE SET extractor_version = excluded.extractor_version, at = excluded.at`,
    );
    return { claims: written, kept: reviewed.length };
  });
}

/** Versions whose claims were never stored: an import was stopped between storing a version and reading it. */
export function unreadVersionIds(db: ReadableDb): number[] {
  return all<{ id: number }>(
    db,
    sql`SELECT v.id FROM versions v LEFT JOIN extractions e ON e.version_id = v.id WHERE e.version_id IS NULL ORDER BY v.id`,
  ).map((row) => row.id);
}

export function reviewableFields(c: ClaimRecord): ReviewableFields {
  return { value: c.value, low: c.low, high: c.high, approx: c.approx, subject: c.subject, source: c.source, kind: c.kind };
}

/** The reviewable fields once `changes` are applied; a field left out (or undefined) keeps its value. */
export function applyEdit(before: ReviewableFields, changes: ClaimEdit): ReviewableFields {
  const after = { ...before };
  for (const key of Object.keys(before) as (keyof ReviewableFields)[]) {
    if (changes[key] !== undefined) (after as Record<string, unknown>)[key] = changes[key];
  }
  return after;
}

/**
 * Applies one review and appends it to the claim's log, in one transaction.
 * Undefined when there is no such claim.
 */
export function reviewClaim(db: WritableDb, review: ClaimReview, now: string): ClaimRecord | undefined {
  return transaction(db, () => {
    const claim = getClaim(db, review.claimId);
    if (!claim) return undefined;
    const before = reviewableFields(claim);
    const after = review.action === 'edit' ? applyEdit(before, review.changes) : before;
    run(
      db,
      sql`UPDATE claims
          SET status = ${STATUS_AFTER[review.action]}, kind = ${after.kind}, value = ${after.value}, low = ${after.low},
              high = ${after.high}, approx = ${after.approx ? 1 : 0}, subject = ${after.subject}, source = ${after.source}
          WHERE id = ${claim.id}`,
    );
    run(
      db,
      sql`INSERT INTO claim_actions (claim_id, action, at, before, after)
          VALUES (${claim.id}, ${review.action}, ${now}, ${JSON.stringify(before)}, ${JSON.stringify(after)})`,
    );
    return getClaim(db, claim.id);
  });
}

/** The action that leaves a claim in a status: what an undo logs when it puts a claim back as it was. */
const ACTION_FOR: Record<ClaimStatus, ClaimActionKind> = { auto: 'reopen', confirmed: 'confirm', edited: 'edit', rejected: 'reject' };

/**
 * Puts a claim back as it stood: its reviewable fields and its status, in one
 * update, logged as the action that leaves a claim in that status (an undo is
 * a new entry in the log, like any review). Undefined when there is no such claim.
 */
export function restoreClaim(db: WritableDb, claimId: number, fields: ReviewableFields, status: ClaimStatus, now: string): ClaimRecord | undefined {
  return transaction(db, () => {
    const claim = getClaim(db, claimId);
    if (!claim) return undefined;
    run(
      db,
      sql`UPDATE claims
          SET status = ${status}, kind = ${fields.kind}, value = ${fields.value}, low = ${fields.low},
              high = ${fields.high}, approx = ${fields.approx ? 1 : 0}, subject = ${fields.subject}, source = ${fields.source}
          WHERE id = ${claimId}`,
    );
    run(
      db,
      sql`INSERT INTO claim_actions (claim_id, action, at, before, after)
          VALUES (${claimId}, ${ACTION_FOR[status]}, ${now}, ${JSON.stringify(reviewableFields(claim))}, ${JSON.stringify(fields)})`,
    );
    return getClaim(db, claimId);
  });
}

/** The status a claim's log action leaves it in ('add': the researcher's own claim, confirmed). */
export function statusAfter(action: string): ClaimStatus {
  return action === 'add' ? 'confirmed' : STATUS_AFTER[action as ClaimActionKind];
}

/** The extractor_version of the claims a researcher added: no extraction wrote them, and none replaces them. */
export const RESEARCHER = 'researcher';

/**
 * Stores a value the researcher adds where the extraction missed it: their
 * own claim, confirmed from the start (so extracting the version again keeps
 * it, and drops any automatic claim on its words), with an 'add' heading its
 * log. Answers the stored claim.
 */
export function addClaim(db: WritableDb, versionId: number, claim: ExtractedClaim, now: string): ClaimRecord {
  return transaction(db, () => {
    run(db, sql`DELETE FROM claims WHERE version_id = ${versionId} AND status = 'auto' AND start < ${claim.end} AND end > ${claim.start}`);
    insertClaims(db, versionId, [claim], RESEARCHER, now, 'confirmed');
    const id = one<{ id: number }>(db, sql`SELECT max(id) AS id FROM claims WHERE version_id = ${versionId}`)!.id;
    const added = getClaim(db, id)!;
    run(
      db,
      sql`INSERT INTO claim_actions (claim_id, action, at, before, after)
          VALUES (${id}, 'add', ${now}, '{}', ${JSON.stringify(reviewableFields(added))})`,
    );
    return added;
  });
}

/** A claim's log, oldest first. It outlives the claim when a later extraction replaced a reopened one. */
export function claimHistory(db: ReadableDb, claimId: number): ClaimAction[] {
  return all<DbClaimAction>(
    db,
    sql`SELECT id, claim_id AS claimId, action, at, before, after FROM claim_actions WHERE claim_id = ${claimId} ORDER BY id`,
  ).map((row) => ({ ...row, before: JSON.parse(row.before) as ClaimEdit, after: JSON.parse(row.after) as ClaimEdit }));
}
