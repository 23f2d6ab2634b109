// The researcher's curation of an event's figures (migration 0004): stored
// figures, the group keys and claims placed in them, notes, copies, and the
// append-only log of every action. Figures themselves are grouped on read
// (core/compare/eventFigures); this module keeps only what the researcher
// decided, so a new extraction regroups the claims and the decisions still apply.
import { storedFigureId } from '../../main/core/compare/eventFigures';
import type { ClaimSpan, CurationLogEntry, FigureAction, FigureCuration, FigureRef, NoteRecord } from '../../main/core/model';
import { transaction, type ReadableDb, type WritableDb } from '../connection';
import { all, insert, one, run, sql } from '../sql';

export class CurationError extends Error {}

const SELECT_NOTE = `
  SELECT id, event_id AS eventId, figure_id AS figureId, version_id AS versionId, span_start AS spanStart,
         span_end AS spanEnd, body, created_at AS createdAt, updated_at AS updatedAt
  FROM notes`;

export function loadCuration(db: ReadableDb, eventId: number): FigureCuration {
  const figures = all<{ id: number; label: string | null; bestLow: number | null; bestHigh: number | null; mergedInto: number | null }>(
    db,
    sql`SELECT id, label, best_low AS bestLow, best_high AS bestHigh, merged_into AS mergedInto FROM figures WHERE event_id = ${eventId}`,
  );
  return {
    figures: figures.map((f) => ({
      id: f.id,
      label: f.label,
      best: f.bestLow === null || f.bestHigh === null ? null : { low: f.bestLow, high: f.bestHigh },
      mergedInto: f.mergedInto,
    })),
    keys: all(db, sql`SELECT key, figure_id AS figureId FROM figure_keys WHERE event_id = ${eventId}`),
    placements: all(
      db,
      sql`SELECT version_id AS versionId, span_start AS start, span_end AS end, figure_id AS figureId
          FROM figure_placements WHERE event_id = ${eventId}`,
    ),
    notes: all<NoteRecord>(db, [`${SELECT_NOTE} WHERE event_id = ? ORDER BY id`, [eventId]]),
    copies: all(
      db,
      // a mark counts while both articles are in the event: one moved to another event takes its mark along unused
      sql`SELECT c.article_id AS articleId, c.copy_of AS copyOf FROM article_copies c
          JOIN event_articles a ON a.article_id = c.article_id AND a.event_id = ${eventId}
          JOIN event_articles b ON b.article_id = c.copy_of AND b.event_id = ${eventId}`,
    ),
    originals: all<{ articleId: number }>(
      db,
      sql`SELECT o.article_id AS articleId FROM article_originals o JOIN event_articles a ON a.article_id = o.article_id WHERE a.event_id = ${eventId}`,
    ).map((o) => o.articleId),
  };
}

export function logCuration(db: WritableDb, eventId: number | null, action: string, detail: Record<string, unknown>, now: string): void {
  run(db, sql`INSERT INTO curation_actions (at, event_id, action, detail) VALUES (${now}, ${eventId}, ${action}, ${JSON.stringify(detail)})`);
}

/** An event's curation, with the source directory's edits (they hold for every event), oldest first. */
export function curationLog(db: ReadableDb, eventId: number): CurationLogEntry[] {
  return all<Omit<CurationLogEntry, 'detail'> & { detail: string }>(
    db,
    sql`SELECT id, at, event_id AS eventId, action, detail FROM curation_actions WHERE event_id = ${eventId} OR event_id IS NULL ORDER BY id`,
  ).map((row) => ({ ...row, detail: JSON.parse(row.detail) as Record<string, unknown> }));
}

/** A figure merged into another answers as that one. */
export function liveFigure(db: ReadableDb, eventId: number, id: number): number {
  const seen = new Set<number>();
  let at = id;
  for (;;) {
    const row = one<{ mergedInto: number | null }>(db, sql`SELECT merged_into AS mergedInto FROM figures WHERE id = ${at} AND event_id = ${eventId}`);
    if (!row) throw new CurationError(`no figure ${id} in this event`);
    if (row.mergedInto === null || seen.has(at)) return at;
    seen.add(at);
    at = row.mergedInto;
  }
}

/** The stored figure behind a ref; a figure still only a group key is stored now, owning that key. */
function ensureFigure(db: WritableDb, eventId: number, ref: FigureRef, now: string): number {
  const id = storedFigureId(ref);
  if (id !== null) return liveFigure(db, eventId, id);
  const key = /^key:(.+)$/s.exec(ref)?.[1];
  if (!key) throw new CurationError(`not a figure: ${ref}`);
  const owner = one<{ figureId: number }>(db, sql`SELECT figure_id AS figureId FROM figure_keys WHERE event_id = ${eventId} AND key = ${key}`);
  if (owner) return liveFigure(db, eventId, owner.figureId);
  const created = newFigure(db, eventId, null, now);
  run(db, sql`INSERT INTO figure_keys (event_id, key, figure_id) VALUES (${eventId}, ${key}, ${created})`);
  return created;
}

function newFigure(db: WritableDb, eventId: number, label: string | null, now: string): number {
  return insert(db, sql`INSERT INTO figures (event_id, label, created_at) VALUES (${eventId}, ${label}, ${now})`);
}

export function checkVersion(db: ReadableDb, eventId: number, versionId: number): void {
  const version = one(db, sql`SELECT 1 FROM version_articles va JOIN event_articles ea ON ea.article_id = va.article_id WHERE va.version_id = ${versionId} AND ea.event_id = ${eventId}`);
  if (!version) throw new CurationError(`version ${versionId} is not in this event`);
}

function place(db: WritableDb, eventId: number, claims: readonly ClaimSpan[], figureId: number): void {
  for (const c of claims) {
    checkVersion(db, eventId, c.versionId);
    run(
      db,
      sql`INSERT INTO figure_placements (event_id, version_id, span_start, span_end, figure_id)
          VALUES (${eventId}, ${c.versionId}, ${c.start}, ${c.end}, ${figureId})
          ON CONFLICT (event_id, version_id, span_start, span_end) DO UPDATE SET figure_id = excluded.figure_id`,
    );
  }
}

function clean(label: string | null): string | null {
  const trimmed = label?.trim();
  return trimmed ? trimmed : null;
}

function getNote(db: ReadableDb, eventId: number, noteId: number): NoteRecord {
  const note = one<NoteRecord>(db, [`${SELECT_NOTE} WHERE id = ? AND event_id = ?`, [noteId, eventId]]);
  if (!note) throw new CurationError(`no note ${noteId} in this event`);
  return note;
}

/**
 * Applies one action of the researcher's to an event's figures and logs it,
 * in one transaction: all of it lands, or none. Throws CurationError for an
 * action that names what is not there.
 */
export function applyFigureAction(db: WritableDb, eventId: number, action: FigureAction, now: string): void {
  transaction(db, () => {
    switch (action.kind) {
      case 'rename': {
        const id = ensureFigure(db, eventId, action.figure, now);
        const before = one<{ label: string | null }>(db, sql`SELECT label FROM figures WHERE id = ${id}`)!.label;
        run(db, sql`UPDATE figures SET label = ${clean(action.label)} WHERE id = ${id}`);
        logCuration(db, eventId, 'rename', { figureId: id, before, after: clean(action.label) }, now);
        return;
      }
      case 'best': {
        const id = ensureFigure(db, eventId, action.figure, now);
        const best = action.best;
        if (best && !(best.low <= best.high)) throw new CurationError('the best value’s low end is above its high end');
        run(db, sql`UPDATE figures SET best_low = ${best?.low ?? null}, best_high = ${best?.high ?? null} WHERE id = ${id}`);
        logCuration(db, eventId, 'best', { figureId: id, best }, now);
        return;
      }
      case 'move': {
        if (action.to === null) {
          // back to wherever grouping puts them
          for (const c of action.claims) {
            run(db, sql`DELETE FROM figure_placements WHERE event_id = ${eventId} AND version_id = ${c.versionId} AND span_start = ${c.start} AND span_end = ${c.end}`);
          }
          logCuration(db, eventId, 'move', { claims: action.claims, to: null }, now);
          return;
        }
        const id = ensureFigure(db, eventId, action.to, now);
        place(db, eventId, action.claims, id);
        logCuration(db, eventId, 'move', { claims: action.claims, to: id }, now);
        return;
      }
      case 'split': {
        if (action.claims.length === 0) throw new CurationError('choose the claims that make the new figure');
        const from = ensureFigure(db, eventId, action.figure, now);
        const id = newFigure(db, eventId, clean(action.label), now);
        place(db, eventId, action.claims, id);
        logCuration(db, eventId, 'split', { from, figureId: id, claims: action.claims, label: clean(action.label) }, now);
        return;
      }
      case 'merge': {
        const into = ensureFigure(db, eventId, action.into, now);
        const merged: number[] = [];
        for (const ref of action.figures) {
          const id = ensureFigure(db, eventId, ref, now);
          if (id === into) continue;
          const keys = all<{ key: string }>(db, sql`SELECT key FROM figure_keys WHERE figure_id = ${id}`).map((k) => k.key);
          // what goes with it, kept in the log so an unmerge gives back exactly this
          const placements = all<ClaimSpan>(db, sql`SELECT version_id AS versionId, span_start AS start, span_end AS end FROM figure_placements WHERE figure_id = ${id}`);
          const notes = all<{ id: number }>(db, sql`SELECT id FROM notes WHERE figure_id = ${id}`).map((n) => n.id);
          run(db, sql`UPDATE figure_keys SET figure_id = ${into} WHERE figure_id = ${id}`);
          run(db, sql`UPDATE figure_placements SET figure_id = ${into} WHERE figure_id = ${id}`);
          run(db, sql`UPDATE notes SET figure_id = ${into} WHERE figure_id = ${id}`);
          run(db, sql`UPDATE figures SET merged_into = ${into} WHERE id = ${id}`);
          merged.push(id);
          logCuration(db, eventId, 'merge', { figureId: id, into, keys, placements, notes }, now);
        }
        if (merged.length === 0) throw new CurationError('choose at least one other figure to merge');
        return;
      }
      case 'note': {
        const body = action.body.trim();
        if (!body) throw new CurationError('a note needs some text');
        if (action.claim) {
          const c = action.claim;
          checkVersion(db, eventId, c.versionId);
          const id = insert(
            db,
            sql`INSERT INTO notes (event_id, version_id, span_start, span_end, body, created_at, updated_at)
                VALUES (${eventId}, ${c.versionId}, ${c.start}, ${c.end}, ${body}, ${now}, ${now})`,
          );
          logCuration(db, eventId, 'note', { noteId: id, claim: c, body }, now);
        } else if (action.figure) {
          const figureId = ensureFigure(db, eventId, action.figure, now);
          const id = insert(
            db,
            sql`INSERT INTO notes (event_id, figure_id, body, created_at, updated_at) VALUES (${eventId}, ${figureId}, ${body}, ${now}, ${now})`,
          );
          logCuration(db, eventId, 'note', { noteId: id, figureId, body }, now);
        } else throw new CurationError('a note belongs to a figure or a claim');
        return;
      }
      case 'note-edit': {
        const body = action.body.trim();
        if (!body) throw new CurationError('a note needs some text: delete it instead');
        const before = getNote(db, eventId, action.noteId);
        run(db, sql`UPDATE notes SET body = ${body}, updated_at = ${now} WHERE id = ${before.id}`);
        logCuration(db, eventId, 'note-edit', { noteId: before.id, before: before.body, after: body }, now);
        return;
      }
      case 'note-delete': {
        const before = getNote(db, eventId, action.noteId);
        run(db, sql`DELETE FROM notes WHERE id = ${before.id}`);
        // the log keeps the text, so a deleted note is never lost
        logCuration(db, eventId, 'note-delete', { noteId: before.id, before }, now);
        return;
      }
    }
  });
}

/**
 * Marks an article as a copy of another's text, or as its own text (never a
 * copy, whatever detection finds), or clears its mark (`copyOf` null).
 */
/** The newest note on a claim (by its version and span), or null. */
export function newestNoteOn(db: ReadableDb, span: ClaimSpan): number | null {
  return (
    one<{ id: number }>(
      db,
      sql`SELECT id FROM notes WHERE version_id = ${span.versionId} AND span_start = ${span.start} AND span_end = ${span.end} ORDER BY id DESC LIMIT 1`,
    )?.id ?? null
  );
}

export function markCopy(db: WritableDb, articleId: number, copyOf: number | null | 'own-text', now: string): void {
  transaction(db, () => {
    const article = one<{ eventId: number }>(db, sql`SELECT event_id AS eventId FROM articles WHERE id = ${articleId}`);
    if (!article) throw new CurationError(`no article ${articleId}`);
    run(db, sql`DELETE FROM article_originals WHERE article_id = ${articleId}`);
    if (copyOf === null) {
      run(db, sql`DELETE FROM article_copies WHERE article_id = ${articleId}`);
      logCuration(db, article.eventId, 'copy-remove', { articleId }, now);
      return;
    }
    if (copyOf === 'own-text') {
      run(db, sql`DELETE FROM article_copies WHERE article_id = ${articleId}`);
      run(db, sql`INSERT INTO article_originals (article_id, marked_at) VALUES (${articleId}, ${now})`);
      logCuration(db, article.eventId, 'copy', { articleId, copyOf: null, ownText: true }, now);
      return;
    }
    if (copyOf === articleId) throw new CurationError('an article cannot copy itself');
    const original = one<{ eventId: number }>(db, sql`SELECT event_id AS eventId FROM articles WHERE id = ${copyOf}`);
    if (!original || original.eventId !== article.eventId) throw new CurationError(`no article ${copyOf} in the same event`);
    // a loop of copies has no original, and each article in it would count on its own
    const seen = new Set<number>();
    for (let at: number | undefined = copyOf; at !== undefined && !seen.has(at); ) {
      if (at === articleId) throw new CurationError(`article ${copyOf} is already marked as a copy of article ${articleId}: clear that mark first`);
      seen.add(at);
      at = one<{ copyOf: number }>(db, sql`SELECT copy_of AS copyOf FROM article_copies WHERE article_id = ${at}`)?.copyOf;
    }
    run(
      db,
      sql`INSERT INTO article_copies (article_id, copy_of, marked_at) VALUES (${articleId}, ${copyOf}, ${now})
          ON CONFLICT (article_id) DO UPDATE SET copy_of = excluded.copy_of, marked_at = excluded.marked_at`,
    );
    logCuration(db, article.eventId, 'copy', { articleId, copyOf }, now);
  });
}
