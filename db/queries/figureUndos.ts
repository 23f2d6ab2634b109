// The curation's own undos that no action of the researcher's does: a
// deleted note written again under its own id, and a merge of figures taken
// apart. Each is logged in curation_actions like any action (migration 0004,
// 'unmerge' allowed since 0016), so the history reads it as a new entry.
import type { ClaimSpan, NoteRecord } from '../../main/core/model';
import { transaction, type WritableDb } from '../connection';
import { one, run, sql } from '../sql';
import { checkVersion, CurationError, liveFigure, logCuration } from './figures';

/** What a merge moved from one figure into another, as its log keeps it. */
export interface MergeMoved {
  figureId: number;
  into: number;
  keys: string[];
  placements: ClaimSpan[];
  notes: number[];
}

/**
 * Takes a merge apart: the merged figure stands again with the group keys,
 * placed claims and notes the merge moved (those still in the figure it went
 * into), logged as an unmerge. The undo of a merge; merging again redoes it.
 */
export function unmergeFigure(db: WritableDb, eventId: number, moved: MergeMoved, now: string): void {
  transaction(db, () => {
    const merged = one<{ mergedInto: number | null }>(db, sql`SELECT merged_into AS mergedInto FROM figures WHERE id = ${moved.figureId} AND event_id = ${eventId}`);
    if (merged?.mergedInto !== moved.into) throw new CurationError(`figure ${moved.figureId} is no longer merged into figure ${moved.into}`);
    run(db, sql`UPDATE figures SET merged_into = NULL WHERE id = ${moved.figureId}`);
    for (const key of moved.keys) {
      run(db, sql`UPDATE figure_keys SET figure_id = ${moved.figureId} WHERE event_id = ${eventId} AND key = ${key} AND figure_id = ${moved.into}`);
    }
    for (const c of moved.placements) {
      run(
        db,
        sql`UPDATE figure_placements SET figure_id = ${moved.figureId}
            WHERE event_id = ${eventId} AND version_id = ${c.versionId} AND span_start = ${c.start} AND span_end = ${c.end} AND figure_id = ${moved.into}`,
      );
    }
    for (const note of moved.notes) run(db, sql`UPDATE notes SET figure_id = ${moved.figureId} WHERE id = ${note} AND figure_id = ${moved.into}`);
    logCuration(db, eventId, 'unmerge', { ...moved }, now);
  });
}

/**
 * A deleted note written again as it was, under its own id (so what the log
 * says of that note goes on naming it), logged as a note added: the undo of
 * a delete.
 */
export function restoreNote(db: WritableDb, note: NoteRecord, now: string): void {
  transaction(db, () => {
    if (one(db, sql`SELECT 1 FROM notes WHERE id = ${note.id}`)) throw new CurationError(`note ${note.id} is already there`);
    const figureId = note.figureId === null ? null : liveFigure(db, note.eventId, note.figureId);
    if (note.versionId !== null) checkVersion(db, note.eventId, note.versionId);
    run(
      db,
      sql`INSERT INTO notes (id, event_id, figure_id, version_id, span_start, span_end, body, created_at, updated_at)
          VALUES (${note.id}, ${note.eventId}, ${figureId}, ${note.versionId}, ${note.spanStart}, ${note.spanEnd}, ${note.body}, ${note.createdAt}, ${now})`,
    );
    const on = note.versionId === null ? { figureId } : { claim: { versionId: note.versionId, start: note.spanStart, end: note.spanEnd } };
    logCuration(db, note.eventId, 'note', { noteId: note.id, ...on, body: note.body }, now);
  });
}
