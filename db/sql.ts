// Raw SQL you can read: a tagged template that turns `${value}` into a bound
// parameter, and prepared statements cached per connection. No string
// concatenation of values anywhere, so no injection and no quoting bugs.
import type { RunResult, Statement } from 'better-sqlite3';
import type { ReadableDb, WritableDb } from './connection';
import { whenFree } from './writeLock';

export type SqlValue = string | number | bigint | Uint8Array | null;

/** A statement's text with its parameters, in the order of their `?`s. */
export type Query = readonly [text: string, params: readonly SqlValue[]];

export function sql(strings: TemplateStringsArray, ...values: SqlValue[]): Query {
  return [strings.join('?'), values];
}

const statements = new WeakMap<ReadableDb, Map<string, Statement>>();

function prepare(db: ReadableDb, text: string): Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let statement = cache.get(text);
  if (!statement) cache.set(text, (statement = db.prepare(text)));
  return statement;
}

export function all<Row>(db: ReadableDb, [text, params]: Query): Row[] {
  return prepare(db, text).all(...params) as Row[];
}

export function one<Row>(db: ReadableDb, [text, params]: Query): Row | undefined {
  return prepare(db, text).get(...params) as Row | undefined;
}

export function run(db: WritableDb, [text, params]: Query): RunResult {
  const statement = prepare(db, text);
  // a write of its own, outside any transaction, waits for another process the way a transaction does: announced
  return db.inTransaction ? statement.run(...params) : whenFree(db, () => statement.run(...params));
}

/** The new row's id after an INSERT. */
export function insert(db: WritableDb, query: Query): number {
  return Number(run(db, query).lastInsertRowid);
}
