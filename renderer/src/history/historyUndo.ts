// Undoing from the history, for the panel and Ctrl+Z alike; and the action
// Ctrl+Z undoes: the newest one that can be undone and is not itself an undo
// (a redo counts as an action), read a page at a time.
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
