// Migration 0019 (pdf format), in the style of migrations.test.ts: from the
// version before it, a library's versions take the format 'pdf', and what
// they held, their guards, their search index and every other connection to
// the file see the same table.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WritableDb } from '../../db/connection';
import { migrate } from '../../db/migrate';
import * as pdfFormat from '../../db/migrations/0019-pdf-format';

const BEFORE = 18;

/** A version as migration 0001 defines it, in an event and article of its own. */
function insertVersion(db: Database.Database, sha: string, format: string, text = 'The ministry said 148 people were killed.'): number {
  db.prepare("INSERT OR IGNORE INTO events (id, name, created_at) VALUES (1, 'Jableh and Tartous bombings', '2016-05-23T10:00:00Z')").run();
  db.prepare("INSERT OR IGNORE INTO articles (id, event_id, title, created_at) VALUES (1, 1, 'Statement', '2016-05-23T10:00:00Z')").run();
  const bytes = Buffer.from(format === 'pdf' ? '%PDF-1.4\n…\n%%EOF\n' : text);
  return Number(
    db
      .prepare(
        `INSERT INTO versions (article_id, sha256, bytes, byte_length, format, encoding, text, title, captured_at, origin, origin_kind)
         VALUES (1, ?, ?, ?, ?, ?, ?, 'Statement', '2016-05-23T10:15:00Z', '/captures/statement', 'file')`,
      )
      .run(sha.repeat(64), bytes, bytes.length, format, format === 'pdf' ? 'PDF-1.4' : 'UTF-8', text).lastInsertRowid,
  );
}

const tableSql = (db: Database.Database): string => db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'versions'").pluck().get() as string;

describe('migration 0019 (pdf format), from version 18', () => {
  let dir: string;
  let db: WritableDb;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tally-migration-0019-'));
    db = new Database(join(dir, 'library.sqlite')) as WritableDb;
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    migrate(db, BEFORE);
  });
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('takes PDF versions beside those stored before it, and still refuses a format it does not know', () => {
    const html = insertVersion(db, 'a', 'html', 'Bombs kill more than 140');
    expect(() => insertVersion(db, 'b', 'pdf')).toThrow(/CHECK/);
    expect(migrate(db, pdfFormat.version)).toEqual({ from: BEFORE, to: 19 });
    expect(tableSql(db)).toContain("CHECK (format IN ('text', 'markdown', 'html', 'mhtml', 'pdf'))");
    const pdf = insertVersion(db, 'b', 'pdf', 'The ministry said 148 people were killed.');
    expect(() => insertVersion(db, 'c', 'docx')).toThrow(/CHECK/);
    expect(db.prepare('SELECT id, format, text FROM versions ORDER BY id').all()).toEqual([
      { id: html, format: 'html', text: 'Bombs kill more than 140' },
      { id: pdf, format: 'pdf', text: 'The ministry said 148 people were killed.' },
    ]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('keeps the versions immutable and kept, placed in their articles and searchable', () => {
    migrate(db, pdfFormat.version);
    const pdf = insertVersion(db, 'b', 'pdf', 'The ministry said 148 people were killed in Tartous.');
    expect(() => db.prepare("UPDATE versions SET format = 'html' WHERE id = ?").run(pdf)).toThrow(/immutable/);
    expect(() => db.prepare('DELETE FROM versions WHERE id = ?').run(pdf)).toThrow(/never deleted/);
    expect(db.prepare('SELECT article_id FROM version_articles WHERE version_id = ?').pluck().get(pdf)).toBe(1);
    expect(db.prepare("SELECT rowid FROM versions_fts WHERE versions_fts MATCH 'Tartous'").pluck().all()).toEqual([pdf]);
  });

  it('is seen by another connection to the library that was open while it ran', () => {
    const other = new Database(join(dir, 'library.sqlite'));
    try {
      // the other connection has read the schema as it was
      expect(() => insertVersion(other, 'b', 'pdf')).toThrow(/CHECK/);
      migrate(db, pdfFormat.version);
      expect(() => insertVersion(other, 'c', 'pdf')).not.toThrow();
    } finally {
      other.close();
    }
  });

  it('adds only what the format list lacks: a list another migration widened keeps its formats, and running it again changes nothing', () => {
    const raw = new Database(':memory:') as WritableDb;
    try {
      raw.exec("CREATE TABLE versions (id INTEGER PRIMARY KEY, format TEXT NOT NULL CHECK (format IN ('text', 'markdown', 'html', 'mhtml'))) STRICT");
      pdfFormat.up(raw);
      expect(tableSql(raw)).toBe("CREATE TABLE versions (id INTEGER PRIMARY KEY, format TEXT NOT NULL CHECK (format IN ('text', 'markdown', 'html', 'mhtml', 'pdf'))) STRICT");
      pdfFormat.up(raw);
      expect(tableSql(raw)).toContain("'mhtml', 'pdf')");
      raw.prepare("INSERT INTO versions (format) VALUES ('mhtml'), ('pdf')").run();
    } finally {
      raw.close();
    }
  });
});
