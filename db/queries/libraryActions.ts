// The researcher's rearranging of the library, step by step: an append-only
// log (migrations 0013, 0014 and 0015) whose detail keeps the state before and after.
import type { WritableDb } from '../connection';
import { insert, sql } from '../sql';

export type LibraryActionKind =
  | 'event-rename'
  | 'event-trash'
  | 'event-restore'
  | 'article-move'
  | 'outlet-rename'
  // migration 0015: versions moved between articles, an import's join of a revision, an article filed in a second event
  | 'article-merge'
  | 'article-split'
  | 'article-join'
  | 'article-file'
  | 'article-unfile';

/** One step of the researcher's rearranging, kept with the state before and after; answers its id in the log. */
export function logLibraryAction(db: WritableDb, kind: LibraryActionKind, detail: Record<string, unknown>, at: string): number {
  return insert(db, sql`INSERT INTO library_actions (kind, detail, at) VALUES (${kind}, ${JSON.stringify(detail)}, ${at})`);
}
