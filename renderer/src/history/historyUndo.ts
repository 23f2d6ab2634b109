// Undoing from the history, for the panel, Ctrl+Z and every screen's own
// Undo alike; and the action Ctrl+Z undoes: the newest one that can be undone
// and is not itself an undo (a redo counts as an action), read a page at a time.
import type { HistoryEntry, HistoryRef, HistoryUndone } from '../../../main/core/history/historyModel';
import { read, write } from '../data/library';
import { HISTORY_UNDONE } from '../shared/UndoNote';

const PAGE = 50;

export async function newestUndoable(): Promise<HistoryEntry | null> {
  for (let offset = 0; ; offset += PAGE) {
    const page = await read('history:list', { offset, limit: PAGE });
    const found = page.entries.find((e) => e.canUndo && !e.isUndo);
    if (found) return found;
    if (!page.more) return null;
  }
}

/** Undoes an entry; the notes of what screens just did go away, since they may no longer hold. */
export async function undoFromHistory(entry: HistoryRef): Promise<HistoryUndone> {
  const undone = await write('history:undo', { entry });
  window.dispatchEvent(new Event(HISTORY_UNDONE));
  return undone;
}

/**
 * The history's newest entry: read right after a screen's own write, the
 * entry that write made, so the screen's Undo undoes it through the history
 * (one entry, marked as the undo it is) rather than by a write of its own.
 */
export async function newestEntry(): Promise<HistoryRef> {
  const newest = (await read('history:list', { offset: 0, limit: 1 })).entries[0];
  if (!newest) throw new Error('the history has no entry for what was just done');
  return newest.ref;
}
