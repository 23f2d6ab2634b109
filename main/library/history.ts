// The history of every library and curation action, and its undo: the four
// append-only logs read as one list, newest first (main/core/history tells
// each entry), and an undo that writes the inverse through the library's own
// operations, as a new entry in the same logs, marked as the undo it is. An
// entry is undone only while nothing later changed what it changed (undos
// taken back do not count); otherwise the refusal names the later action.
import { transaction, type ReadableDb, type WritableDb } from '../../db/connection';
import { CurationError } from '../../db/queries/figures';
import {
  articleTitle,
  claimVersionId,
  eventName,
  figureNaming,
  historyMoments,
  historyRowsOf,
  historyRowsSince,
  historyUndos,
  recordUndo,
  sourceName,
  versionPlace,
} from '../../db/queries/history';
import { groupActions, historyEntries, refOf, type HistoryContext } from '../core/history/historyEntries';
import { historyKey, kindKey, type HistoryEntry, type HistoryNames, type HistoryPage, type HistoryRef, type HistoryRow, type HistoryUndone } from '../core/history/historyModel';
import { keyWords } from '../core/history/historyWords';
import { actionTime } from './actionTime';
import { HISTORY_KINDS, HistoryRefusal } from './historyKinds';

export { HistoryRefusal } from './historyKinds';

/** How many entries a page holds unless asked otherwise. */
export const HISTORY_PAGE = 50;

function namesFrom(db: ReadableDb): HistoryNames {
  return {
    event: (id) => eventName(db, id) ?? `event ${id}`,
    article: (id) => articleTitle(db, id) ?? `article ${id}`,
    version: (id) => {
      const place = versionPlace(db, id);
      return place ? `${place.outlet ?? `“${place.title}”`} v${place.place}` : `version ${id}`;
    },
    claimVersion: (claimId) => claimVersionId(db, claimId) ?? null,
    figure: (id) => {
      const naming = figureNaming(db, id);
      return naming?.label ?? (naming?.key ? keyWords(naming.key) : `figure ${id}`);
    },
    figureLabel: (id) => figureNaming(db, id)?.label ?? null,
    automaticFigure: (id) => {
      const key = figureNaming(db, id)?.key;
      return key ? keyWords(key) : `figure ${id}`;
    },
    source: (id) => sourceName(db, id) ?? `source ${id}`,
  };
}

function contextOf(db: ReadableDb): HistoryContext {
  return {
    names: namesFrom(db),
    describing: (row) => HISTORY_KINDS[kindKey(row)],
    undoable: (row) => HISTORY_KINDS[kindKey(row)]?.undo != null,
    undone: new Map(historyUndos(db).map((u) => [historyKey(u.undo), u.undoes])),
    rowsOf: (ref) => historyRowsOf(db, ref),
  };
}

/** The entries from the newest down to `count` moments back, newest first. */
function newestEntries(db: ReadableDb, count: number): HistoryEntry[] {
  const moments = historyMoments(db, count, 0);
  if (moments.length === 0) return [];
  return historyEntries(groupActions(historyRowsSince(db, moments.at(-1)!)), contextOf(db));
}

/** A page of the history, newest first. */
export function listHistory(db: ReadableDb, page: { limit?: number | undefined; offset?: number | undefined } = {}): HistoryPage {
  const limit = page.limit ?? HISTORY_PAGE;
  const offset = page.offset ?? 0;
  const more = historyMoments(db, 1, offset + limit).length > 0;
  return { entries: newestEntries(db, offset + limit).slice(offset), more };
}

/** The entry as the history lists it now, with every newer one looked at. */
function entryOf(db: ReadableDb, rows: readonly HistoryRow[]): HistoryEntry {
  const actions = groupActions(historyRowsSince(db, rows[0]!.at));
  return historyEntries(actions, contextOf(db)).at(-1)!;
}

/** Runs of one log and one kind, in the order written. */
function runsOf(rows: readonly HistoryRow[]): HistoryRow[][] {
  const runs: HistoryRow[][] = [];
  for (const row of rows) {
    const last = runs.at(-1);
    if (last && kindKey(last[0]!) === kindKey(row)) last.push(row);
    else runs.push([row]);
  }
  return runs;
}

/**
 * Undoes an entry (named by any row of its action): its inverse written as
 * a new entry, marked as its undo; undoing an undo redoes. Throws a
 * HistoryRefusal saying in one line why it cannot be undone.
 */
export function undoEntry(db: WritableDb, ref: HistoryRef, now = actionTime()): HistoryUndone {
  return transaction(db, () => {
    const rows = historyRowsOf(db, ref);
    if (rows.length === 0) throw new HistoryRefusal('not-found', `no entry ${ref.log} ${ref.id} in the history`);
    const action = groupActions(rows)[0]!;
    const undone = entryOf(db, action);
    if (!undone.canUndo) throw new HistoryRefusal('refused', undone.why ?? 'this cannot be undone');
    try {
      // the parts in reverse: an override's note goes before its edit is put back
      for (const run of runsOf(action).reverse()) HISTORY_KINDS[kindKey(run[0]!)]!.undo!(db, run, now);
    } catch (error) {
      if (error instanceof CurationError) throw new HistoryRefusal('refused', error.message);
      throw error;
    }
    const written = historyRowsSince(db, now).filter((r) => r.at === now);
    if (written.length === 0) throw new HistoryRefusal('refused', 'there was nothing left to undo');
    const undo = refOf(groupActions(written)[0]!);
    recordUndo(db, undo, undone.ref, now);
    return { undone, entry: entryOf(db, groupActions(written)[0]!) };
  });
}

/** Undoes the newest action that can be undone and is not itself an undo (a redo counts as an action): what Ctrl+Z does. */
export function undoLatest(db: WritableDb, now = actionTime()): HistoryUndone {
  for (let count = HISTORY_PAGE; ; count *= 2) {
    const entries = newestEntries(db, count);
    const target = entries.find((e) => e.canUndo && !e.isUndo);
    if (target) return undoEntry(db, target.ref, now);
    if (historyMoments(db, 1, count).length === 0) throw new HistoryRefusal('not-found', 'Nothing to undo.');
  }
}
