// The library's directory of sources (migration 0004): a name, the other names
// the researcher says mean the same source, and an optional grade. Sources the
// researcher never touched are not stored: resolution across documents
// (core/compare/sourceNames) names them from the texts on every read.
import type { SourceEdit, SourceGrade, SourceRecord } from '../../main/core/model';
import { transaction, type ReadableDb, type WritableDb } from '../connection';
import { all, insert, one, run, sql } from '../sql';
import { CurationError, logCuration } from './figures';

export function listSources(db: ReadableDb): SourceRecord[] {
  const sources = all<Omit<SourceRecord, 'aliases'>>(db, sql`SELECT id, name, grade FROM sources ORDER BY name COLLATE NOCASE`);
  const aliases = all<{ sourceId: number; alias: string }>(db, sql`SELECT source_id AS sourceId, alias FROM source_aliases ORDER BY alias COLLATE NOCASE`);
  return sources.map((s) => ({ ...s, aliases: aliases.filter((a) => a.sourceId === s.id).map((a) => a.alias) }));
}

/** The source of that name (or alias), stored now if the directory did not have it. */
function ensureSource(db: WritableDb, name: string, now: string): number {
  const trimmed = name.trim();
  if (!trimmed) throw new CurationError('a source needs a name');
  const byName = one<{ id: number }>(db, sql`SELECT id FROM sources WHERE name = ${trimmed} COLLATE NOCASE`);
  if (byName) return byName.id;
  const byAlias = one<{ id: number }>(db, sql`SELECT source_id AS id FROM source_aliases WHERE alias = ${trimmed}`);
  if (byAlias) return byAlias.id;
  const id = insert(db, sql`INSERT INTO sources (name, created_at) VALUES (${trimmed}, ${now})`);
  logCuration(db, null, 'source', { sourceId: id, name: trimmed }, now);
  return id;
}

/** One edit of the directory, logged; an alias already naming another source moves to this one. */
export function editSource(db: WritableDb, edit: SourceEdit, now: string): void {
  transaction(db, () => {
    switch (edit.kind) {
      case 'alias': {
        const alias = edit.alias.trim();
        if (!alias) throw new CurationError('an alias needs some text');
        const id = ensureSource(db, edit.source, now);
        const own = one<{ name: string }>(db, sql`SELECT name FROM sources WHERE id = ${id}`)!.name;
        if (own.toLowerCase() === alias.toLowerCase()) throw new CurationError(`“${alias}” is already this source’s name`);
        const other = one<{ id: number; name: string }>(db, sql`SELECT id, name FROM sources WHERE name = ${alias} COLLATE NOCASE`);
        if (other) throw new CurationError(`“${alias}” is the name of another source; rename or alias that one instead`);
        const before = one<{ sourceId: number }>(db, sql`SELECT source_id AS sourceId FROM source_aliases WHERE alias = ${alias}`);
        run(
          db,
          sql`INSERT INTO source_aliases (alias, source_id) VALUES (${alias}, ${id})
              ON CONFLICT (alias) DO UPDATE SET source_id = excluded.source_id`,
        );
        logCuration(db, null, 'alias', { alias, sourceId: id, before: before?.sourceId ?? null }, now);
        return;
      }
      case 'alias-remove': {
        const before = one<{ sourceId: number }>(db, sql`SELECT source_id AS sourceId FROM source_aliases WHERE alias = ${edit.alias.trim()}`);
        if (!before) throw new CurationError(`no alias “${edit.alias}”`);
        run(db, sql`DELETE FROM source_aliases WHERE alias = ${edit.alias.trim()}`);
        logCuration(db, null, 'alias-remove', { alias: edit.alias.trim(), sourceId: before.sourceId }, now);
        return;
      }
      case 'grade': {
        const id = ensureSource(db, edit.source, now);
        const before = one<{ grade: SourceGrade | null }>(db, sql`SELECT grade FROM sources WHERE id = ${id}`)!.grade;
        run(db, sql`UPDATE sources SET grade = ${edit.grade} WHERE id = ${id}`);
        logCuration(db, null, 'grade', { sourceId: id, before, after: edit.grade }, now);
        return;
      }
    }
  });
}
