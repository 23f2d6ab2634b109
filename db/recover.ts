// Salvaging a damaged library into a new one: every row SQLite can still read
// is copied, table by table, into a fresh library with the current schema.
// Reading goes in small batches by rowid and, past a damaged page, row by
// row, so one bad page costs only the rows on it. A version is copied only if
// its bytes still hash to its SHA-256 (evidence is never copied altered); a
// version whose article was lost is kept under a stand-in article in a
// "Recovered" event, because the captured bytes matter most. The search
// index is rebuilt by the new library's own triggers, and versions whose
// claims were lost are read again when the new library is first opened.
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { openReadOnly, type WritableDb } from './connection';

export interface TableRecovery {
  table: string;
  copied: number;
  /** Rows read but refused by the new library (their parent was lost, or they broke a rule). */
  refused: number;
  /** Whether part of the table could not be read at all. */
  unreadable: boolean;
}

export interface RecoveryReport {
  tables: TableRecovery[];
  versionsCopied: number;
  /** Version ids the damaged library had (from its own records) that could not be copied. */
  versionsLost: number[];
  /** Versions left out because their bytes no longer match their SHA-256. */
  versionsAltered: number[];
  /** Versions kept under a stand-in article because theirs was lost. */
  versionsRehoused: number[];
}

const BATCH = 256;
/** How far past the last row read a damaged table is probed, row by row, when its largest rowid cannot be read. */
const PROBE_WINDOW = 10_000;

type Row = Record<string, unknown>;

/** Reads every row it can of `table`, calling `take` for each; answers whether some of it could not be read. */
function readRows(source: Database.Database, table: string, columns: readonly string[], withoutRowid: boolean, take: (row: Row) => void): boolean {
  const list = columns.map((c) => `"${c}"`).join(', ');
  if (withoutRowid) {
    try {
      for (const row of source.prepare(`SELECT ${list} FROM "${table}"`).iterate() as Iterable<Row>) take(row);
      return false;
    } catch {
      return true;
    }
  }
  const batch = source.prepare(`SELECT rowid AS "__rowid", ${list} FROM "${table}" WHERE rowid > ? ORDER BY rowid LIMIT ${BATCH}`);
  const one = source.prepare(`SELECT ${list} FROM "${table}" WHERE rowid = ?`);
  let last = Number.MIN_SAFE_INTEGER;
  for (;;) {
    let rows: Row[];
    try {
      rows = batch.all(last) as Row[];
    } catch {
      break;
    }
    if (rows.length === 0) return false;
    for (const { __rowid, ...row } of rows) {
      take(row);
      last = __rowid as number;
    }
  }
  // a damaged page: probe each rowid past the last one read
  let max: number;
  try {
    max = ((source.prepare(`SELECT max(rowid) AS m FROM "${table}"`).get() as { m: number | null }).m ?? 0);
  } catch {
    max = Math.max(0, last) + PROBE_WINDOW;
  }
  for (let id = Math.max(1, last + 1); id <= max; id++) {
    try {
      const row = one.get(id) as Row | undefined;
      if (row) take(row);
    } catch {
      // this row sits on a damaged page
    }
  }
  return true;
}

function tablesOf(db: Database.Database): { name: string; withoutRowid: boolean }[] {
  const all = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid").all() as { name: string; sql: string }[];
  const virtual = all.filter((t) => /^CREATE VIRTUAL TABLE/i.test(t.sql)).map((t) => t.name);
  // full-text indexes and their shadow tables are rebuilt by the new library's triggers
  return all
    .filter((t) => !virtual.some((v) => t.name === v || t.name.startsWith(`${v}_`)))
    .map((t) => ({ name: t.name, withoutRowid: /WITHOUT\s+ROWID/i.test(t.sql) }));
}

function columnsOf(db: Database.Database, table: string): string[] {
  try {
    return (db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[]);
  } catch {
    return [];
  }
}

/** Copies what can be read of the library at `damagedPath` into `target`, a new, empty library. */
export function recoverLibrary(damagedPath: string, target: WritableDb, now: string): RecoveryReport {
  const source = openReadOnly(damagedPath);
  // Read the list of tables past damage in it, as SQLite's own recovery does:
  // with writable_schema on, entries that cannot be parsed are skipped rather
  // than failing every query. Defensive mode must be off for that; the
  // connection is read-only, so nothing can be written through it.
  source.unsafeMode(true);
  source.pragma('writable_schema = ON');
  try {
    source.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table'").all();
  } catch (error) {
    source.close();
    // without its table of contents SQLite can find none of the rows
    throw new Error(`nothing can be salvaged from ${damagedPath}: its list of tables cannot be read (${(error as Error).message}); restore a backup instead`);
  }
  const report: RecoveryReport = { tables: [], versionsCopied: 0, versionsLost: [], versionsAltered: [], versionsRehoused: [] };
  const knownVersionIds = new Set<number>();
  const copiedVersionIds = new Set<number>();
  let standInEvent: number | null = null;
  try {
    for (const { name, withoutRowid } of tablesOf(target)) {
      const columns = columnsOf(source, name).filter((c) => columnsOf(target, name).includes(c));
      const outcome: TableRecovery = { table: name, copied: 0, refused: 0, unreadable: false };
      report.tables.push(outcome);
      if (columns.length === 0) {
        outcome.unreadable = columnsOf(source, name).length === 0 && tableExists(source, name);
        continue;
      }
      const insert = target.prepare(`INSERT INTO "${name}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
      const failed: Row[] = [];
      const store = (row: Row): boolean => {
        try {
          insert.run(...columns.map((c) => row[c]));
          return true;
        } catch {
          return false;
        }
      };
      target.transaction(() => {
        outcome.unreadable = readRows(source, name, columns, withoutRowid, (row) => {
          if (typeof row.version_id === 'number') knownVersionIds.add(row.version_id);
          if (name === 'versions') {
            knownVersionIds.add(row.id as number);
            if (createHash('sha256').update(row.bytes as Buffer).digest('hex') !== row.sha256) {
              report.versionsAltered.push(row.id as number);
              return;
            }
          }
          if (store(row)) {
            outcome.copied++;
            if (name === 'versions') copiedVersionIds.add(row.id as number);
          } else failed.push(row);
        });
        // a second pass: a row may name a row of its own table that came after it
        for (const row of failed) {
          if (name === 'versions' && !articleExists(target, row.article_id as number)) {
            standInEvent ??= standIn(target, now);
            target.prepare("INSERT INTO articles (id, event_id, title, created_at) VALUES (?, ?, '(article lost in recovery)', ?)").run(row.article_id, standInEvent, now);
            report.versionsRehoused.push(row.id as number);
          }
          if (store(row)) {
            outcome.copied++;
            if (name === 'versions') copiedVersionIds.add(row.id as number);
          } else outcome.refused++;
        }
      })();
    }
  } finally {
    source.close();
  }
  report.versionsCopied = copiedVersionIds.size;
  // versions are never deleted, so every id up to the largest known existed
  const largest = Math.max(0, ...knownVersionIds);
  for (let id = 1; id <= largest; id++) if (!copiedVersionIds.has(id) && !report.versionsAltered.includes(id)) report.versionsLost.push(id);
  return report;
}

function tableExists(db: Database.Database, name: string): boolean {
  try {
    return db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(name) !== undefined;
  } catch {
    return false;
  }
}

function articleExists(db: Database.Database, id: number): boolean {
  return db.prepare('SELECT 1 FROM articles WHERE id = ?').get(id) !== undefined;
}

/** The event that holds stand-in articles for versions whose own article was lost. */
function standIn(db: Database.Database, now: string): number {
  const existing = db.prepare("SELECT id FROM events WHERE name = 'Recovered (articles lost)'").get() as { id: number } | undefined;
  if (existing) return existing.id;
  return Number(db.prepare("INSERT INTO events (name, created_at) VALUES ('Recovered (articles lost)', ?)").run(now).lastInsertRowid);
}
