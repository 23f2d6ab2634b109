// Outlets: who published an article ("World News", "CBS News").
import type { OutletName } from '../../main/core/model';
import type { ReadableDb, WritableDb } from '../connection';
import { all, insert, one, run, sql } from '../sql';
import { logLibraryAction } from './libraryActions';

export function findOrCreateOutlet(db: WritableDb, name: string, now: string): number {
  const found = one<{ id: number }>(db, sql`SELECT id FROM outlets WHERE name = ${name.trim()} COLLATE NOCASE`);
  return found?.id ?? insert(db, sql`INSERT INTO outlets (name, created_at) VALUES (${name.trim()}, ${now})`);
}


/** Every outlet name the library's captures give, with how many articles carry it. */
export function listOutletNames(db: ReadableDb): OutletName[] {
  return all<OutletName>(
    db,
    sql`SELECT r.outlet AS name, n.shown_as AS shownAs, count(DISTINCT va.article_id) AS articles
        FROM version_provenance_read r JOIN version_articles va ON va.version_id = r.version_id
          LEFT JOIN outlet_names n ON n.name = r.outlet
        WHERE r.outlet IS NOT NULL
        GROUP BY r.outlet COLLATE NOCASE
        ORDER BY coalesce(n.shown_as, r.outlet) COLLATE NOCASE, r.outlet`,
  );
}

/**
 * Shows every name now shown as `from` (or those of them in `only`) as `to`
 * instead: renames an outlet, or merges it into another of that name; `only`
 * lets an undo give back each name its own. Answers the names it reached.
 */
export function renameOutlet(db: WritableDb, from: string, to: string, at: string, only?: readonly string[]): string[] {
  const within = only && new Set(only.map((n) => n.toLowerCase()));
  const reached = listOutletNames(db)
    .filter((o) => (o.shownAs ?? o.name).toLowerCase() === from.trim().toLowerCase() && (!within || within.has(o.name.toLowerCase())))
    .map((o) => o.name);
  for (const name of reached) {
    run(db, sql`INSERT INTO outlet_names (name, shown_as) VALUES (${name}, ${to.trim()}) ON CONFLICT (name) DO UPDATE SET shown_as = excluded.shown_as`);
  }
  logLibraryAction(db, 'outlet-rename', { from: from.trim(), to: to.trim(), names: reached }, at);
  return reached;
}
