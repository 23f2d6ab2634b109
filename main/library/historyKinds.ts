// The history's table of kinds: for each log and kind, how it is told and
// what it changes (pure, main/core/history) and how it is undone here,
// through the library's own operations, each of which logs its step as a new
// entry. A new kind is one line here, `'<log>:<kind>': { ...describing, undo }`:
// its describing object (main/core/history/describe*.ts: describe, touches,
// optionally asks) and its undo (rows of that kind in one action, oldest
// first, and the moment to log the undo at; throw a HistoryRefusal to refuse).
import type { WritableDb } from '../../db/connection';
import { restoreClaim, reviewableFields, statusAfter, getClaim, type ReviewableFields } from '../../db/queries/claims';
import { findEventByName, getEvent, moveArticle, renameEvent, setEventTrashed } from '../../db/queries/events';
import { applyFigureAction, markCopy } from '../../db/queries/figures';
import { restoreNote, unmergeFigure, type MergeMoved } from '../../db/queries/figureUndos';
import { claimActionBefore, curationRowsBefore, metadataValueBefore, sourceName } from '../../db/queries/history';
import { addMetadataEdit } from '../../db/queries/metadata';
import { fileArticle } from '../../db/queries/articlePlacements';
import { renameOutlet } from '../../db/queries/outlets';
import { editSource } from '../../db/queries/sources';
import { CodedError } from '../core/codedError';
import { figureRef } from '../core/compare/eventFigures';
import { claimAdd, claimConfirm, claimEdit, claimReject, claimReopen } from '../core/history/describeClaims';
import {
  aliasAdd,
  aliasRemove,
  copyMark,
  copyRemove,
  figureBest,
  figureMerge,
  figureMove,
  figureUnmerge,
  figureRename,
  figureSplit,
  noteAdd,
  noteDelete,
  noteEdit,
  sourceAdd,
  sourceGrade,
} from '../core/history/describeCuration';
import {
  articleFile,
  articleJoin,
  articleMerge,
  articleMove,
  articleSplit,
  articleUnfile,
  eventRename,
  eventRestore,
  eventTrash,
  movedVersions,
  outletRename,
} from '../core/history/describeLibrary';
import { metadataEdit } from '../core/history/describeMetadata';
import type { Describing, HistoryRow } from '../core/history/historyModel';
import type { ClaimSpan, NoteRecord, SourceGrade } from '../core/model';
import type { MetadataField } from '../core/metadataEdit';
import { fileInEvent, moveVersions, RearrangeError, splitVersion, unfileFromEvent } from './rearrangeArticles';

/** An undo that cannot be done as things stand, said in one line. */
export class HistoryRefusal extends CodedError<'refused' | 'not-found'> {}

/** Undoes `rows` (one kind's rows of one action, oldest first) at `now`; throws a HistoryRefusal when it cannot. */
export type Undo = (db: WritableDb, rows: readonly HistoryRow[], now: string) => void;

export interface HistoryKind extends Describing {
  /** Null for a kind never undone from the history (its describing object says why). */
  undo: Undo | null;
}

const num = (row: HistoryRow, key: string): number => Number(row.detail[key]);

function requireEventId(db: WritableDb, id: number): string {
  const event = getEvent(db, id);
  if (!event) throw new HistoryRefusal('not-found', `event ${id} is no longer in the library`);
  return event.name;
}

// ---- the library's rearranging ----

const undoEventRename: Undo = (db, rows, now) => {
  const eventId = num(rows[0]!, 'eventId');
  requireEventId(db, eventId);
  const before = String(rows[0]!.detail.before);
  const same = findEventByName(db, before);
  if (same && same.id !== eventId) throw new HistoryRefusal('refused', `another event is called “${same.name}” now: rename that one first`);
  renameEvent(db, eventId, before, now);
};

const undoTrash: Undo = (db, rows, now) => {
  const eventId = num(rows[0]!, 'eventId');
  requireEventId(db, eventId);
  setEventTrashed(db, eventId, null, now);
};

const undoRestore: Undo = (db, rows, now) => {
  const eventId = num(rows[0]!, 'eventId');
  requireEventId(db, eventId);
  setEventTrashed(db, eventId, now, now);
};

const undoArticleMove: Undo = (db, rows, now) => {
  for (const row of [...rows].reverse()) {
    requireEventId(db, num(row, 'from'));
    moveArticle(db, num(row, 'articleId'), num(row, 'from'), now);
    // an article filed in the event it moved to was filed there before the move: it is again
    if (row.detail.wasFiled) fileArticle(db, num(row, 'articleId'), num(row, 'to'), now);
  }
};

/** A rearranging the library refuses as things stand (a version moved on since) is a refusal of the undo. */
function rearranging(work: () => unknown): void {
  try {
    work();
  } catch (error) {
    if (error instanceof RearrangeError) throw new HistoryRefusal(error.code === 'not-found' ? 'not-found' : 'refused', error.message);
    throw error;
  }
}

/** The versions a merge (or a split) moved go back into the article they left. */
const undoArticleMerge: Undo = (db, rows, now) => {
  for (const row of [...rows].reverse()) {
    rearranging(() => moveVersions(db, movedVersions(row), num(row, 'into'), num(row, 'from'), now));
  }
};

/** A join the import made is undone as the researcher would: the capture split out into an article of its own. */
const undoJoin: Undo = (db, rows, now) => {
  for (const row of rows) rearranging(() => splitVersion(db, num(row, 'versionId'), now));
};

const undoFile: Undo = (db, rows, now) => rearranging(() => unfileFromEvent(db, num(rows[0]!, 'articleId'), num(rows[0]!, 'eventId'), now));
const undoUnfile: Undo = (db, rows, now) => rearranging(() => fileInEvent(db, num(rows[0]!, 'articleId'), num(rows[0]!, 'eventId'), now));

const undoOutletRename: Undo = (db, rows, now) => {
  for (const row of [...rows].reverse()) {
    const names = Array.isArray(row.detail.names) ? row.detail.names.map(String) : [];
    // each name reached goes back to what it was shown as: the name it was renamed from
    if (names.length > 0) renameOutlet(db, String(row.detail.to), String(row.detail.from), now, names);
  }
};

// ---- corrections of details ----

const undoMetadataEdit: Undo = (db, rows, now) => {
  for (const row of [...rows].reverse()) {
    const { articleId, versionId } = row.detail;
    const target = typeof versionId === 'number' ? { versionId } : { articleId: Number(articleId) };
    addMetadataEdit(db, target, row.kind as MetadataField, metadataValueBefore(db, row.id), now);
  }
};

// ---- claim reviews ----

/** Puts each claim back as it stood before the row: its fields before, and the status its previous action left. */
const undoReview: Undo = (db, rows, now) => {
  for (const row of [...rows].reverse()) {
    const claimId = num(row, 'claimId');
    const claim = getClaim(db, claimId);
    if (!claim) throw new HistoryRefusal('not-found', 'the claim is gone: it was reopened and its version read again since');
    const previous = claimActionBefore(db, row.id);
    const fields = { ...reviewableFields(claim), ...(row.detail.before as Partial<ReviewableFields>) };
    restoreClaim(db, claimId, fields, previous === undefined ? 'auto' : statusAfter(previous), now);
  }
};

/** A value the researcher added is taken back by rejecting it, as the reader's own undo does. */
const undoAdd: Undo = (db, rows, now) => {
  for (const row of rows) {
    const claim = getClaim(db, num(row, 'claimId'));
    if (!claim) throw new HistoryRefusal('not-found', 'the added value is no longer stored');
    restoreClaim(db, claim.id, reviewableFields(claim), 'rejected', now);
  }
};

// ---- curation of figures and sources ----

const sameSpan = (a: ClaimSpan, b: ClaimSpan): boolean => a.versionId === b.versionId && a.start === b.start && a.end === b.end;

/** Each claim back in the figure it was placed in before the row (none: where grouping puts it). */
function placeBack(db: WritableDb, row: HistoryRow, now: string): void {
  const eventId = row.eventId!;
  const earlier = curationRowsBefore(db, row.id, eventId, ['move', 'split']);
  const back = new Map<number | null, ClaimSpan[]>();
  for (const span of (row.detail.claims ?? []) as ClaimSpan[]) {
    const placed = earlier.find((r) => ((r.detail.claims ?? []) as ClaimSpan[]).some((c) => sameSpan(c, span)));
    const figure = placed ? ((placed.kind === 'split' ? placed.detail.figureId : placed.detail.to) as number | null) : null;
    back.set(figure, [...(back.get(figure) ?? []), span]);
  }
  for (const [figure, claims] of back) applyFigureAction(db, eventId, { kind: 'move', claims, to: figure === null ? null : figureRef(figure) }, now);
}

const undoFigureRename: Undo = (db, rows, now) => {
  const row = rows[0]!;
  applyFigureAction(db, row.eventId!, { kind: 'rename', figure: figureRef(num(row, 'figureId')), label: (row.detail.before as string | null) ?? null }, now);
};

const undoFigureBest: Undo = (db, rows, now) => {
  const row = rows[0]!;
  const figureId = num(row, 'figureId');
  const earlier = curationRowsBefore(db, row.id, row.eventId, ['best']).find((r) => r.detail.figureId === figureId);
  const best = (earlier?.detail.best ?? null) as { low: number; high: number } | null;
  applyFigureAction(db, row.eventId!, { kind: 'best', figure: figureRef(figureId), best }, now);
};

const undoPlacement: Undo = (db, rows, now) => {
  for (const row of [...rows].reverse()) placeBack(db, row, now);
};

/** Each figure merged is taken back out, the last merged first. */
const undoMerge: Undo = (db, rows, now) => {
  for (const row of [...rows].reverse()) unmergeFigure(db, row.eventId!, row.detail as unknown as MergeMoved, now);
};

/** An unmerge is undone by merging again. */
const undoUnmerge: Undo = (db, rows, now) => {
  for (const row of rows) applyFigureAction(db, row.eventId!, { kind: 'merge', figures: [figureRef(num(row, 'figureId'))], into: figureRef(num(row, 'into')) }, now);
};

const undoNoteAdd: Undo = (db, rows, now) => {
  for (const row of rows) applyFigureAction(db, row.eventId!, { kind: 'note-delete', noteId: num(row, 'noteId') }, now);
};

const undoNoteEdit: Undo = (db, rows, now) => {
  const row = rows[0]!;
  applyFigureAction(db, row.eventId!, { kind: 'note-edit', noteId: num(row, 'noteId'), body: String(row.detail.before) }, now);
};

/** A deleted note is written again from what the log kept, under its own id. */
const undoNoteDelete: Undo = (db, rows, now) => {
  restoreNote(db, rows[0]!.detail.before as NoteRecord, now);
};

function requireSource(db: WritableDb, id: number): string {
  const name = sourceName(db, id);
  if (name === undefined) throw new HistoryRefusal('not-found', `source ${id} is no longer in the directory`);
  return name;
}

const undoAlias: Undo = (db, rows, now) => {
  const row = rows[0]!;
  const alias = String(row.detail.alias);
  const before = row.detail.before as number | null;
  if (before === null) editSource(db, { kind: 'alias-remove', alias }, now);
  else editSource(db, { kind: 'alias', source: requireSource(db, before), alias }, now);
};

const undoAliasRemove: Undo = (db, rows, now) => {
  const row = rows[0]!;
  editSource(db, { kind: 'alias', source: requireSource(db, num(row, 'sourceId')), alias: String(row.detail.alias) }, now);
};

const undoGrade: Undo = (db, rows, now) => {
  const row = rows[0]!;
  editSource(db, { kind: 'grade', source: requireSource(db, num(row, 'sourceId')), grade: (row.detail.before ?? null) as SourceGrade | null }, now);
};

/** An article's copy mark back to what the mark before this one said (none: no mark). */
const undoCopy: Undo = (db, rows, now) => {
  const row = rows[0]!;
  const articleId = num(row, 'articleId');
  const earlier = curationRowsBefore(db, row.id, row.eventId, ['copy', 'copy-remove']).find((r) => r.detail.articleId === articleId);
  const mark = !earlier || earlier.kind === 'copy-remove' ? null : earlier.detail.ownText ? 'own-text' : Number(earlier.detail.copyOf);
  markCopy(db, articleId, mark, now);
};

/** Every kind the history tells, by log and kind. */
export const HISTORY_KINDS: Readonly<Record<string, HistoryKind>> = {
  'library:event-rename': { ...eventRename, undo: undoEventRename },
  'library:event-trash': { ...eventTrash, undo: undoTrash },
  'library:event-restore': { ...eventRestore, undo: undoRestore },
  'library:article-move': { ...articleMove, undo: undoArticleMove },
  'library:outlet-rename': { ...outletRename, undo: undoOutletRename },
  'library:article-merge': { ...articleMerge, undo: undoArticleMerge },
  'library:article-split': { ...articleSplit, undo: undoArticleMerge },
  'library:article-join': { ...articleJoin, undo: undoJoin },
  'library:article-file': { ...articleFile, undo: undoFile },
  'library:article-unfile': { ...articleUnfile, undo: undoUnfile },
  'metadata:title': { ...metadataEdit, undo: undoMetadataEdit },
  'metadata:outlet': { ...metadataEdit, undo: undoMetadataEdit },
  'metadata:byline': { ...metadataEdit, undo: undoMetadataEdit },
  'metadata:url': { ...metadataEdit, undo: undoMetadataEdit },
  'metadata:published': { ...metadataEdit, undo: undoMetadataEdit },
  'claims:confirm': { ...claimConfirm, undo: undoReview },
  'claims:edit': { ...claimEdit, undo: undoReview },
  'claims:reject': { ...claimReject, undo: undoReview },
  'claims:reopen': { ...claimReopen, undo: undoReview },
  'claims:add': { ...claimAdd, undo: undoAdd },
  'curation:rename': { ...figureRename, undo: undoFigureRename },
  'curation:best': { ...figureBest, undo: undoFigureBest },
  'curation:move': { ...figureMove, undo: undoPlacement },
  'curation:split': { ...figureSplit, undo: undoPlacement },
  'curation:merge': { ...figureMerge, undo: undoMerge },
  'curation:unmerge': { ...figureUnmerge, undo: undoUnmerge },
  'curation:note': { ...noteAdd, undo: undoNoteAdd },
  'curation:note-edit': { ...noteEdit, undo: undoNoteEdit },
  'curation:note-delete': { ...noteDelete, undo: undoNoteDelete },
  // a source's name stays in the directory: by itself it changes nothing, and its alias or grade beside it is undone
  'curation:source': { ...sourceAdd, undo: () => undefined },
  'curation:alias': { ...aliasAdd, undo: undoAlias },
  'curation:alias-remove': { ...aliasRemove, undo: undoAliasRemove },
  'curation:grade': { ...sourceGrade, undo: undoGrade },
  'curation:copy': { ...copyMark, undo: undoCopy },
  'curation:copy-remove': { ...copyRemove, undo: undoCopy },
};
