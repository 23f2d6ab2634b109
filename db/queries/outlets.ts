// Outlets: who published an article ("World News", "CBS News").
import type { WritableDb } from '../connection';
import { insert, one, sql } from '../sql';

export function findOrCreateOutlet(db: WritableDb, name: string, now: string): number {
  const found = one<{ id: number }>(db, sql`SELECT id FROM outlets WHERE name = ${name.trim()} COLLATE NOCASE`);
  return found?.id ?? insert(db, sql`INSERT INTO outlets (name, created_at) VALUES (${name.trim()}, ${now})`);
}
