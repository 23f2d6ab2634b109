// The researcher's rearranging of the library, step by step: an append-only
// log (migrations 0013 and 0014) whose detail keeps the state before and after.
import type { WritableDb } from '../connection';
import { run, sql } from '../sql';

export type LibraryActionKind = 'event-rename' | 'event-trash' | 'event-restore' | 'article-move' | 'outlet-rename';

/** One step of the researcher's rearranging, kept with the state before and after. */
export function logLibraryAction(db: WritableDb, kind: LibraryActionKind, detail: Record<string, unknown>, at: string): void {
  run(db, sql`INSERT INTO library_actions (kind, detail, at) VALUES (${kind}, ${JSON.stringify(detail)}, ${at})`);
}
