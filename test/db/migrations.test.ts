import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary, type WritableDb } from '../../db/connection';
import { LibraryError } from '../../db/libraryError';
import { APPLICATION_ID, migrate, schemaVersion } from '../../db/migrate';
import { MIGRATIONS, type Migration } from '../../db/migrations';
import { replaceAutoClaims, unreadVersionIds } from '../../db/queries/claims';
import type { ExtractedClaim } from '../../main/core/model';
import { BUSY_TIMEOUT_MS } from '../../db/writeLock';

const LATEST = MIGRATIONS.at(-1)!.version;
const SHA_A = 'a'.repeat(64);
const SHA_B = 'b'.repeat(64);

function freshDb(): WritableDb {
  return new Database(':memory:') as WritableDb;
}

function tables(db: WritableDb): string[] {
  return (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
}

function libraryError(work: () => unknown): LibraryError {
  try {
    work();
  } catch (error) {
    if (error instanceof LibraryError) return error;
    throw error;
  }
  throw new Error('no LibraryError was thrown');
}

/** An event, an article and one version with this text, as migration 0001 defines them. */
function insertVersion(db: WritableDb, sha256: string, text: string, format = 'text'): number {
  db.prepare("INSERT OR IGNORE INTO events (id, name, created_at) VALUES (1, 'US strikes near al Bukamal', '2021-02-26T10:00:00Z')").run();
  db.prepare(
    "INSERT OR IGNORE INTO articles (id, event_id, title, created_at) VALUES (1, 1, 'Death toll rises to 22', '2021-02-26T10:00:00Z')",
  ).run();
  const bytes = Buffer.from(text, 'utf8');
  return Number(
    db
      .prepare(
        `INSERT INTO versions (article_id, sha256, bytes, byte_length, format, encoding, text, title, captured_at, origin, origin_kind)
         VALUES (1, ?, ?, ?, ?, 'UTF-8', ?, 'Death toll rises to 22', '2021-02-26T10:00:00Z', '/captures/wire.txt', 'file')`,
      )
      .run(sha256, bytes, bytes.length, format, text).lastInsertRowid,
  );
}

describe('migration 0001 (library), from version 0', () => {
  let db: WritableDb;
  beforeEach(() => {
    db = freshDb();
    expect(migrate(db, 1)).toEqual({ from: 0, to: 1 });
  });
  afterEach(() => db.close());

  it('creates events, outlets, articles and versions, and marks the file as Tally’s at version 1', () => {
    expect(tables(db)).toEqual(['articles', 'events', 'outlets', 'versions']);
    expect(schemaVersion(db)).toBe(1);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
  });

  it('refuses to UPDATE a version', () => {
    const id = insertVersion(db, SHA_A, 'The death toll rose to 22.');
    expect(() => db.prepare("UPDATE versions SET text = 'The death toll rose to 17.' WHERE id = ?").run(id)).toThrow(
      'versions are immutable: capture a new version instead',
    );
    expect(db.prepare('SELECT text FROM versions WHERE id = ?').pluck().get(id)).toBe('The death toll rose to 22.');
  });

  it('refuses to DELETE a version', () => {
    const id = insertVersion(db, SHA_A, 'The death toll rose to 22.');
    expect(() => db.prepare('DELETE FROM versions WHERE id = ?').run(id)).toThrow('versions are evidence and are never deleted');
    expect(db.prepare('SELECT count(*) FROM versions').pluck().get()).toBe(1);
  });

  it('refuses a sha256 that is not 64 characters', () => {
    expect(() => insertVersion(db, 'a'.repeat(63), 'The death toll rose to 22.')).toThrow(/CHECK constraint failed/);
    expect(() => insertVersion(db, 'a'.repeat(65), 'The death toll rose to 22.')).toThrow(/CHECK constraint failed/);
    expect(insertVersion(db, SHA_A, 'The death toll rose to 22.')).toBeGreaterThan(0);
  });

  it('refuses a format other than text, markdown or html', () => {
    expect(() => insertVersion(db, SHA_A, 'The death toll rose to 22.', 'pdf')).toThrow(/CHECK constraint failed/);
    expect(insertVersion(db, SHA_A, 'The death toll rose to 22.', 'markdown')).toBeGreaterThan(0);
  });

  it('refuses the same bytes twice (sha256 is unique)', () => {
    insertVersion(db, SHA_A, 'The death toll rose to 22.');
    expect(() => insertVersion(db, SHA_A, 'The death toll rose to 22.')).toThrow(/UNIQUE constraint failed/);
  });

  it('refuses two events whose names differ only in letter case', () => {
    db.prepare("INSERT INTO events (name, created_at) VALUES ('Carrow pension protest', '2021-03-14')").run();
    expect(() => db.prepare("INSERT INTO events (name, created_at) VALUES ('carrow PENSION protest', '2021-03-15')").run()).toThrow(
      /UNIQUE constraint failed/,
    );
  });
});

describe('migration 0002 (version search), from version 1', () => {
  let db: WritableDb;
  // the index as this migration leaves it (the search queries read views of later migrations too)
  const found = (term: string): number[] => (db.prepare('SELECT rowid FROM versions_fts WHERE versions_fts MATCH ? ORDER BY rowid').all(term) as { rowid: number }[]).map((r) => r.rowid);
  beforeEach(() => {
    db = freshDb();
    migrate(db, 1);
  });
  afterEach(() => db.close());

  it('makes versions stored at version 1 searchable (backfill)', () => {
    const id = insertVersion(db, SHA_A, 'The Syrian Observatory for Human Rights said the toll had risen to 22.');
    expect(migrate(db, 2)).toEqual({ from: 1, to: 2 });
    expect(schemaVersion(db)).toBe(2);
    expect(found('Observatory')).toEqual([id]);
  });

  it('makes versions stored after it searchable (insert trigger)', () => {
    migrate(db, 2);
    expect(found('Kataib')).toEqual([]);
    const id = insertVersion(db, SHA_B, 'Most of the dead belonged to Kataib Hezbollah, the monitor said.');
    expect(found('Kataib')).toEqual([id]);
  });
});

describe('migration 0003 (claims), from version 2', () => {
  let db: WritableDb;
  let versionId: number;
  beforeEach(() => {
    db = freshDb();
    db.pragma('foreign_keys = ON');
    migrate(db, 2);
    versionId = insertVersion(db, SHA_A, 'The Syrian Observatory for Human Rights said at least 22 fighters were killed.');
    expect(migrate(db, 3)).toEqual({ from: 2, to: 3 });
  });
  afterEach(() => db.close());

  /** A claim on "at least 22" in the version above; `fields` override the columns. */
  function insertClaim(fields: Record<string, string | number | null> = {}): number {
    const row: Record<string, string | number | null> = {
      version_id: versionId, extractor_version: '1', kind: 'figure', value: null, low: 22, high: null, approx: 1,
      start: 56, end: 67, sentence_start: 0, sentence_end: 79, subject: 'fighters killed', entity: 'fighters',
      measure: 'killed', source: 'Syrian Observatory for Human Rights', qualifiers: '[]', confidence: 0.9,
      status: 'auto', created_at: '2021-02-26T10:00:00Z', ...fields,
    };
    const columns = Object.keys(row);
    return Number(
      db.prepare(`INSERT INTO claims (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(...Object.values(row))
        .lastInsertRowid,
    );
  }

  function insertAction(claimId: number, action = 'confirm'): number {
    return Number(
      db.prepare("INSERT INTO claim_actions (claim_id, action, at, before, after) VALUES (?, ?, '2021-02-27T09:00:00Z', '{}', '{}')")
        .run(claimId, action).lastInsertRowid,
    );
  }

  it('adds claims and claim_actions beside the versions already stored, at version 3', () => {
    expect(tables(db)).toEqual(expect.arrayContaining(['claim_actions', 'claims', 'versions']));
    expect(schemaVersion(db)).toBe(3);
    expect(db.prepare('SELECT count(*) FROM versions').pluck().get()).toBe(1);
    const id = insertClaim();
    expect(db.prepare('SELECT low, high, approx, qualifiers, status FROM claims WHERE id = ?').get(id)).toEqual({
      low: 22, high: null, approx: 1, qualifiers: '[]', status: 'auto',
    });
  });

  it.each([
    ['a kind other than figure or no-figure', { kind: 'estimate' }],
    ['a status other than auto, confirmed, edited or rejected', { status: 'approved' }],
    ['a confidence above 1', { confidence: 1.5 }],
    ['a negative confidence', { confidence: -0.1 }],
    ['approx other than 0 or 1', { approx: 2 }],
    ['a span ending before it starts', { start: 67, end: 56 }],
    ['a range whose low exceeds its high', { low: 25, high: 20 }],
    ['qualifiers that are not a JSON array', { qualifiers: '"US"' }],
    ['a figure given as text (STRICT)', { value: 'twenty-two' }],
  ])('refuses %s', (_what, fields) => {
    expect(() => insertClaim(fields)).toThrow(/constraint failed|cannot store/);
  });

  it('refuses a claim on a version that does not exist', () => {
    expect(() => insertClaim({ version_id: 999 })).toThrow(/FOREIGN KEY constraint failed/);
  });

  it('keeps claim_actions append-only: UPDATE and DELETE are refused', () => {
    const action = insertAction(insertClaim());
    expect(() => db.prepare("UPDATE claim_actions SET action = 'reject' WHERE id = ?").run(action)).toThrow(
      'the claim log is append-only: record a new action instead',
    );
    expect(() => db.prepare('DELETE FROM claim_actions WHERE id = ?').run(action)).toThrow('the claim log is append-only and is never deleted');
    expect(db.prepare('SELECT action FROM claim_actions').pluck().all()).toEqual(['confirm']);
  });

  it('refuses an action naming a claim that does not exist', () => {
    expect(() => insertAction(999)).toThrow('a claim action must name an existing claim');
  });

  it('refuses to delete a reviewed claim', () => {
    const id = insertClaim({ status: 'confirmed' });
    expect(() => db.prepare('DELETE FROM claims WHERE id = ?').run(id)).toThrow('a reviewed claim is never deleted: reopen it first');
  });

  it('lets an automatic claim go while its log stays, and never gives its id to another claim', () => {
    const first = insertClaim();
    insertAction(first, 'reopen');
    db.prepare('DELETE FROM claims WHERE id = ?').run(first);
    expect(db.prepare('SELECT claim_id FROM claim_actions').pluck().all()).toEqual([first]);
    expect(insertClaim()).toBeGreaterThan(first);
  });
});

describe('migration 0004 (curation), from version 3', () => {
  let db: WritableDb;
  let versionId: number;
  beforeEach(() => {
    db = freshDb();
    db.pragma('foreign_keys = ON');
    migrate(db, 3);
    versionId = insertVersion(db, SHA_A, 'The Syrian Observatory for Human Rights said at least 22 fighters were killed.');
    expect(migrate(db, 4)).toEqual({ from: 3, to: 4 });
  });
  afterEach(() => db.close());

  const NOW = '2021-02-27T09:00:00Z';
  function insertFigure(fields: Record<string, string | number | null> = {}): number {
    const row = { event_id: 1, label: null, best_low: null, best_high: null, merged_into: null, created_at: NOW, ...fields };
    const columns = Object.keys(row);
    return Number(
      db.prepare(`INSERT INTO figures (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(...Object.values(row)).lastInsertRowid,
    );
  }

  it('adds the curation tables beside what is stored, at version 4', () => {
    expect(tables(db)).toEqual(
      expect.arrayContaining(['article_copies', 'curation_actions', 'figure_keys', 'figure_placements', 'figures', 'notes', 'source_aliases', 'sources', 'versions']),
    );
    expect(schemaVersion(db)).toBe(4);
    expect(db.prepare('SELECT count(*) FROM versions').pluck().get()).toBe(1);
  });

  it.each([
    ['a best value with only one end', { best_low: 17 }],
    ['a best value whose low is above its high', { best_low: 22, best_high: 17 }],
    ['a blank label', { label: '  ' }],
  ])('refuses a figure with %s', (_what, fields) => {
    expect(() => insertFigure(fields)).toThrow(/constraint failed/);
  });

  it('refuses a figure merged into itself, or into a figure that does not exist', () => {
    const id = insertFigure();
    expect(() => db.prepare('UPDATE figures SET merged_into = ? WHERE id = ?').run(id, id)).toThrow(/constraint failed/);
    expect(() => db.prepare('UPDATE figures SET merged_into = 999 WHERE id = ?').run(id)).toThrow(/FOREIGN KEY constraint failed/);
  });

  it('names a placed claim by version and span, one figure per span', () => {
    const a = insertFigure();
    const b = insertFigure();
    const place = db.prepare('INSERT INTO figure_placements (event_id, version_id, span_start, span_end, figure_id) VALUES (1, ?, 56, 67, ?)');
    place.run(versionId, a);
    expect(() => place.run(versionId, b)).toThrow(/UNIQUE constraint failed|PRIMARY KEY/);
    expect(() => place.run(999, a)).toThrow(/FOREIGN KEY constraint failed/);
  });

  it('keeps a note on a figure or on a claim span, never both or neither, and finds it by its words', () => {
    const figure = insertFigure();
    const note = db.prepare(
      `INSERT INTO notes (event_id, figure_id, version_id, span_start, span_end, body, created_at, updated_at) VALUES (1, ?, ?, ?, ?, ?, '${NOW}', '${NOW}')`,
    );
    note.run(figure, null, null, null, 'Pentagon gave no casualty figure');
    note.run(null, versionId, 56, 67, 'Observatory count, checked against its own site');
    expect(() => note.run(figure, versionId, 56, 67, 'both')).toThrow(/constraint failed/);
    expect(() => note.run(null, null, null, null, 'neither')).toThrow(/constraint failed/);
    expect(() => note.run(null, versionId, 56, null, 'half a span')).toThrow(/constraint failed/);
    const find = db.prepare('SELECT body FROM notes_fts WHERE notes_fts MATCH ? ORDER BY rank').pluck();
    expect(find.all('casualty')).toEqual(['Pentagon gave no casualty figure']);
    db.prepare("UPDATE notes SET body = 'Observatory count, not yet checked' WHERE version_id = ?").run(versionId);
    expect(find.all('site')).toEqual([]);
    expect(find.all('checked')).toEqual(['Observatory count, not yet checked']);
    db.prepare('DELETE FROM notes WHERE version_id = ?').run(versionId);
    expect(find.all('Observatory')).toEqual([]);
  });

  it('keeps one source per name and one source per alias, in any letter case, graded A to F or not at all', () => {
    const source = db.prepare(`INSERT INTO sources (name, grade, created_at) VALUES (?, ?, '${NOW}')`);
    const sohr = Number(source.run('Syrian Observatory for Human Rights', 'B').lastInsertRowid);
    expect(() => source.run('syrian observatory for human rights', null)).toThrow(/UNIQUE constraint failed/);
    expect(() => source.run('Pentagon', 'G')).toThrow(/constraint failed/);
    const alias = db.prepare('INSERT INTO source_aliases (alias, source_id) VALUES (?, ?)');
    alias.run('SOHR', sohr);
    expect(() => alias.run('sohr', sohr)).toThrow(/UNIQUE constraint failed|PRIMARY KEY/);
    expect(() => alias.run('the war monitor', 999)).toThrow(/FOREIGN KEY constraint failed/);
  });

  it('refuses an article marked as a copy of itself', () => {
    expect(() => db.prepare(`INSERT INTO article_copies (article_id, copy_of, marked_at) VALUES (1, 1, '${NOW}')`).run()).toThrow(/constraint failed/);
  });

  it('keeps curation_actions append-only, each detail a JSON object', () => {
    const log = db.prepare(`INSERT INTO curation_actions (at, event_id, action, detail) VALUES ('${NOW}', 1, ?, ?)`);
    const id = Number(log.run('rename', '{"figureId":1,"before":null,"after":"people killed"}').lastInsertRowid);
    expect(() => log.run('rename', '[1]')).toThrow(/constraint failed/);
    expect(() => log.run('delete-everything', '{}')).toThrow(/constraint failed/);
    expect(() => db.prepare("UPDATE curation_actions SET action = 'best' WHERE id = ?").run(id)).toThrow(
      'the curation log is append-only: record a new action instead',
    );
    expect(() => db.prepare('DELETE FROM curation_actions WHERE id = ?').run(id)).toThrow('the curation log is append-only and is never deleted');
  });
});

describe('migration 0005 (original articles), from version 4', () => {
  let db: WritableDb;
  beforeEach(() => {
    db = freshDb();
    db.pragma('foreign_keys = ON');
    migrate(db, 4);
    insertVersion(db, SHA_A, 'Wire copy, reprinted.');
    expect(migrate(db, 5)).toEqual({ from: 4, to: 5 });
  });
  afterEach(() => db.close());

  it('adds article_originals beside what is stored, at version 5: one mark per article, on an article that exists', () => {
    expect(tables(db)).toEqual(expect.arrayContaining(['article_originals', 'article_copies', 'versions']));
    expect(schemaVersion(db)).toBe(5);
    const mark = db.prepare("INSERT INTO article_originals (article_id, marked_at) VALUES (?, '2021-02-27T09:00:00Z')");
    mark.run(1);
    expect(() => mark.run(1)).toThrow(/UNIQUE constraint failed|PRIMARY KEY/);
    expect(() => mark.run(999)).toThrow(/FOREIGN KEY constraint failed/);
  });
});

describe('migration 0006 (claim frames), from version 5', () => {
  let db: WritableDb;
  let versionId: number;
  const CLAIM = `INSERT INTO claims (version_id, extractor_version, kind, value, low, high, approx, start, end, sentence_start, sentence_end,
                                     qualifiers, confidence, created_at)
                 VALUES (?, '1', 'figure', 23, 23, 23, 0, 14, 19, 0, 30, '[]', 0.9, '2021-02-26T10:00:00Z')`;
  beforeEach(() => {
    db = freshDb();
    db.pragma('foreign_keys = ON');
    migrate(db, 5);
    versionId = insertVersion(db, SHA_A, 'It struck at a depth of 23 km.');
    db.prepare(CLAIM).run(versionId);
    expect(migrate(db, 6)).toEqual({ from: 5, to: 6 });
  });
  afterEach(() => db.close());

  it('gives the claims already stored an empty frame, at version 6', () => {
    expect(schemaVersion(db)).toBe(6);
    expect(db.prepare('SELECT unit, holder, modality, incident FROM claims').get()).toEqual({ unit: null, holder: null, modality: null, incident: '[]' });
  });

  it('stores a claim’s unit, holder, modality and incident tags', () => {
    const id = Number(db.prepare(CLAIM).run(versionId).lastInsertRowid);
    db.prepare("UPDATE claims SET unit = 'km', holder = 'USGS', modality = 'forecast', incident = '[\"event:quake\"]' WHERE id = ?").run(id);
    expect(db.prepare('SELECT unit, holder, modality, incident FROM claims WHERE id = ?').get(id)).toEqual({
      unit: 'km', holder: 'USGS', modality: 'forecast', incident: '["event:quake"]',
    });
  });

  it('refuses incident tags that are not a JSON array', () => {
    const id = Number(db.prepare(CLAIM).run(versionId).lastInsertRowid);
    expect(() => db.prepare("UPDATE claims SET incident = '\"event:quake\"' WHERE id = ?").run(id)).toThrow(/constraint failed/);
  });
});

describe('migration 0007 (extractions), from version 6', () => {
  let db: WritableDb;
  let read: number;
  let unread: number;
  beforeEach(() => {
    db = freshDb();
    db.pragma('foreign_keys = ON');
    migrate(db, 6);
    read = insertVersion(db, SHA_A, 'Twenty-two people were killed.');
    unread = insertVersion(db, SHA_B, 'No figures here.');
    db.prepare(
      `INSERT INTO claims (version_id, extractor_version, kind, value, low, high, approx, start, end, sentence_start, sentence_end,
                           qualifiers, confidence, created_at)
       VALUES (?, '3', 'figure', 22, 22, 22, 0, 0, 10, 0, 30, '[]', 0.9, '2021-02-26T10:00:00Z')`,
    ).run(read);
    expect(migrate(db, 7)).toEqual({ from: 6, to: 7 });
  });
  afterEach(() => db.close());

  it('counts a version with claims as read, with the extractor that read it, and one without as unread', () => {
    expect(db.prepare('SELECT version_id AS versionId, extractor_version AS extractor FROM extractions').all()).toEqual([
      { versionId: read, extractor: '3' },
    ]);
    expect(unreadVersionIds(db)).toEqual([unread]);
  });

  it('refuses a mark on a version that does not exist, and a second mark on one version', () => {
    expect(() => db.prepare("INSERT INTO extractions VALUES (999, '3', 'now')").run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("INSERT INTO extractions VALUES (?, '3', 'now')").run(read)).toThrow(/UNIQUE|PRIMARY KEY/);
  });
});

describe('migration 0008 (claim search), from version 7', () => {
  let db: WritableDb;
  let versionId: number;
  const claim = (value: number | null, source: string | null): number =>
    Number(
      db.prepare(
        `INSERT INTO claims (version_id, extractor_version, kind, value, low, high, approx, start, end, sentence_start, sentence_end,
                             source, qualifiers, confidence, created_at)
         VALUES (?, '3', 'figure', ?, ?, ?, 0, 0, 10, 0, 30, ?, '[]', 0.9, '2021-02-26T10:00:00Z')`,
      ).run(versionId, value, value, value, source).lastInsertRowid,
    );
  const found = (query: string): number[] =>
    (db.prepare('SELECT rowid AS id FROM claims_fts WHERE claims_fts MATCH ? ORDER BY rowid').all(query) as { id: number }[]).map((r) => r.id);

  beforeEach(() => {
    db = freshDb();
    db.pragma('foreign_keys = ON');
    migrate(db, 7);
    versionId = insertVersion(db, SHA_A, 'Twenty-two people were killed, 3.5 million displaced.');
  });
  afterEach(() => db.close());

  it('indexes the claims already stored, by their words and their numbers', () => {
    const monitor = claim(22, 'Syrian Observatory for Human Rights');
    const agency = claim(3.5, 'the UN agency');
    expect(migrate(db, 8)).toEqual({ from: 7, to: 8 });
    expect(found('{words} : "observ"*')).toEqual([monitor]);
    expect(found('{numbers} : "22"')).toEqual([monitor]);
    expect(found('{numbers} : "3d5"')).toEqual([agency]);
    expect(found('{words} : "agency"')).toEqual([agency]);
  });

  it('follows every later insert, edit and delete of a claim', () => {
    migrate(db, 8);
    const id = claim(22, 'monitor');
    expect(found('{words} : "monitor"')).toEqual([id]);
    db.prepare("UPDATE claims SET source = 'police', value = 31, low = 31, high = 31 WHERE id = ?").run(id);
    expect(found('{words} : "monitor"')).toEqual([]);
    expect(found('{numbers} : "22"')).toEqual([]);
    expect(found('{words} : "police" AND {numbers} : "31"')).toEqual([id]);
    db.prepare('DELETE FROM claims WHERE id = ?').run(id);
    expect(found('{words} : "police"')).toEqual([]);
  });
});

describe('migration 0009 (claims indexed a version at a time), from version 8', () => {
  let db: WritableDb;
  let versionId: number;
  const found = (query: string): number[] =>
    (db.prepare('SELECT rowid AS id FROM claims_fts WHERE claims_fts MATCH ? ORDER BY rowid').all(query) as { id: number }[]).map((r) => r.id);
  const extracted = (value: number, source: string, start: number): ExtractedClaim => ({
    kind: 'figure', value, low: value, high: value, approx: false, start, end: start + 2, sentenceStart: 0, sentenceEnd: 40,
    subject: 'people killed', entity: 'people', measure: 'killed', source, qualifiers: [], unit: null, holder: null,
    modality: null, incident: [], confidence: 0.9,
  });

  beforeEach(() => {
    db = freshDb();
    db.pragma('foreign_keys = ON');
    migrate(db, 8);
    versionId = insertVersion(db, SHA_A, 'Twenty-two people were killed, 3.5 million displaced.');
  });
  afterEach(() => db.close());

  it('keeps what 0008 indexed, and gives a claim the same words and numbers 0008 gave it', () => {
    const before = Number(
      db.prepare(
        `INSERT INTO claims (version_id, extractor_version, kind, value, low, high, approx, start, end, sentence_start, sentence_end,
                             source, subject, qualifiers, confidence, created_at)
         VALUES (?, '3', 'figure', 3.5, 3, 4, 0, 0, 10, 0, 30, 'the UN agency', 'people displaced', '[]', 0.9, '2021-02-26T10:00:00Z')`,
      ).run(versionId).lastInsertRowid,
    );
    expect(migrate(db, 9)).toEqual({ from: 8, to: 9 });
    expect(found('{words} : "agency"')).toEqual([before]);
    expect(db.prepare('SELECT words, numbers FROM claim_search_terms WHERE id = ?').get(before)).toEqual({
      words: 'the UN agency people displaced  ',
      numbers: '3d5 3 4',
    });
  });

  it('indexes the claims an extraction stores, and follows their edits and deletions', () => {
    migrate(db, 9);
    replaceAutoClaims(db, versionId, [extracted(22, 'Syrian Observatory for Human Rights', 0), extracted(31, 'police', 20)], '3', '2021-02-26T10:00:00Z');
    const [monitor, police] = (db.prepare('SELECT id FROM claims ORDER BY id').all() as { id: number }[]).map((r) => r.id);
    expect(found('{words} : "observ"*')).toEqual([monitor]);
    expect(found('{numbers} : "31"')).toEqual([police]);
    db.prepare("UPDATE claims SET source = 'the ministry', value = 34, low = 34, high = 34 WHERE id = ?").run(police);
    expect(found('{numbers} : "31"')).toEqual([]);
    expect(found('{words} : "ministry" AND {numbers} : "34"')).toEqual([police]);
    // extracted again: the old automatic claims leave the index, the new ones enter it
    replaceAutoClaims(db, versionId, [extracted(23, 'monitor', 0)], '3', '2021-02-27T10:00:00Z');
    const [again] = (db.prepare('SELECT id FROM claims ORDER BY id').all() as { id: number }[]).map((r) => r.id);
    expect(found('{words} : "observ"*')).toEqual([]);
    expect(found('{words} : "monitor" AND {numbers} : "23"')).toEqual([again]);
    expect(db.prepare('SELECT count(*) AS n FROM claims_fts').get()).toEqual({ n: 1 });
  });
});

describe('migration 0010 (added claims), from version 9', () => {
  let db: WritableDb;
  let claimId: number;
  beforeEach(() => {
    db = freshDb();
    db.pragma('foreign_keys = ON');
    migrate(db, 9);
    const versionId = insertVersion(db, SHA_A, 'Twenty-two people were killed.');
    claimId = Number(
      db.prepare(
        `INSERT INTO claims (version_id, extractor_version, kind, value, low, high, approx, start, end, sentence_start, sentence_end,
                             qualifiers, confidence, status, created_at)
         VALUES (?, '3', 'figure', 22, 22, 22, 0, 0, 10, 0, 30, '[]', 0.9, 'confirmed', '2021-02-26T10:00:00Z')`,
      ).run(versionId).lastInsertRowid,
    );
    db.prepare(`INSERT INTO claim_actions (claim_id, action, at, before, after) VALUES (?, 'confirm', '2021-02-26T11:00:00Z', '{}', '{}')`).run(claimId);
  });
  afterEach(() => db.close());

  it('keeps the log as it was, and takes an added claim’s "add" from then on', () => {
    expect(() => db.prepare(`INSERT INTO claim_actions (claim_id, action, at, before, after) VALUES (?, 'add', 'x', '{}', '{}')`).run(claimId)).toThrow(/CHECK/);
    expect(migrate(db, 10)).toEqual({ from: 9, to: 10 });
    expect(db.prepare('SELECT claim_id AS claimId, action FROM claim_actions').all()).toEqual([{ claimId, action: 'confirm' }]);
    db.prepare(`INSERT INTO claim_actions (claim_id, action, at, before, after) VALUES (?, 'add', '2021-02-26T12:00:00Z', '{}', '{}')`).run(claimId);
    expect(() => db.prepare(`INSERT INTO claim_actions (claim_id, action, at, before, after) VALUES (?, 'delete', 'x', '{}', '{}')`).run(claimId)).toThrow(/CHECK/);
  });

  it('keeps the log append-only and naming claims that exist', () => {
    migrate(db, 10);
    expect(() => db.prepare("UPDATE claim_actions SET action = 'reject'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM claim_actions').run()).toThrow(/never deleted/);
    expect(() => db.prepare(`INSERT INTO claim_actions (claim_id, action, at, before, after) VALUES (999, 'add', 'x', '{}', '{}')`).run()).toThrow(/existing claim/);
  });
});

describe('migration 0011 (publication), from version 10', () => {
  let db: WritableDb;
  let versionId: number;
  beforeEach(() => {
    db = freshDb();
    db.pragma('foreign_keys = ON');
    migrate(db, 10);
    versionId = insertVersion(db, SHA_A, 'Death toll rises to 22 – Reuters\n\nBEIRUT (Reuters) - Twenty-two people were killed.');
  });
  afterEach(() => db.close());

  it('reads a version stored before it through version_provenance as it was, until its publication is read', () => {
    expect(migrate(db, 11)).toEqual({ from: 10, to: 11 });
    expect(db.prepare('SELECT outlet, published_at AS publishedAt FROM version_provenance WHERE version_id = ?').get(versionId)).toEqual({ outlet: null, publishedAt: null });
    db.prepare(
      `INSERT INTO version_publication (version_id, outlet, outlet_from, outlet_words, published_at, published_from, reader_version)
       VALUES (?, 'Reuters', 'headline', 'Death toll rises to 22 – Reuters', '2021-02-26T09:00', 'published line', 1)`,
    ).run(versionId);
    expect(db.prepare('SELECT outlet, outlet_from AS outletFrom, published_at AS publishedAt FROM version_provenance WHERE version_id = ?').get(versionId)).toEqual({
      outlet: 'Reuters',
      outletFrom: 'headline',
      publishedAt: '2021-02-26T09:00',
    });
  });

  it('refuses a publication for a version that does not exist, and leaves the version itself untouched', () => {
    migrate(db, 11);
    expect(() => db.prepare("INSERT INTO version_publication (version_id, reader_version) VALUES (999, 1)").run()).toThrow(/FOREIGN KEY/);
    expect(db.prepare('SELECT outlet_name AS outlet FROM versions WHERE id = ?').get(versionId)).toEqual({ outlet: null });
  });
});

describe('migration 0012 (metadata edits), from version 11', () => {
  let db: WritableDb;
  let versionId: number;
  beforeEach(() => {
    db = freshDb();
    db.pragma('foreign_keys = ON');
    migrate(db, 11);
    versionId = insertVersion(db, SHA_A, 'Death toll rises to 22\n\nTwenty-two people were killed.');
    db.prepare(
      `INSERT INTO version_publication (version_id, outlet, outlet_from, published_at, published_from, reader_version) VALUES (?, 'Wire', 'headline', '2021-02-26T09:00', 'published line', 1)`,
    ).run(versionId);
  });
  afterEach(() => db.close());

  const provenance = () => db.prepare('SELECT outlet, outlet_from AS outletFrom, published_at AS publishedAt FROM version_provenance WHERE version_id = ?').get(versionId);
  const edit = (target: 'article_id' | 'version_id', id: number, field: string, value: string | null): void => {
    db.prepare(`INSERT INTO metadata_edits (${target}, field, value, at) VALUES (?, ?, ?, '2021-02-27T10:00:00Z')`).run(id, field, value);
  };

  it('reads what the capture says until an edit, a version’s own edit over its article’s, and null back to the capture', () => {
    expect(migrate(db, 12)).toEqual({ from: 11, to: 12 });
    expect(provenance()).toEqual({ outlet: 'Wire', outletFrom: 'headline', publishedAt: '2021-02-26T09:00' });
    edit('article_id', 1, 'outlet', 'Reuters');
    expect(provenance()).toMatchObject({ outlet: 'Reuters', outletFrom: 'researcher' });
    edit('version_id', versionId, 'outlet', 'AP');
    expect(provenance()).toMatchObject({ outlet: 'AP' });
    edit('version_id', versionId, 'outlet', '');
    expect(provenance()).toMatchObject({ outlet: null });
    edit('version_id', versionId, 'outlet', null);
    expect(provenance()).toMatchObject({ outlet: 'Wire', outletFrom: 'headline' });
    edit('article_id', 1, 'title', 'Toll rises');
    expect(db.prepare('SELECT title FROM article_headings WHERE article_id = 1').get()).toEqual({ title: 'Toll rises' });
  });

  it('keeps the edits append-only, each naming an article or a version and a field it knows', () => {
    migrate(db, 12);
    edit('article_id', 1, 'outlet', 'Reuters');
    expect(() => db.prepare("UPDATE metadata_edits SET value = 'AP'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM metadata_edits').run()).toThrow(/never deleted/);
    expect(() => edit('article_id', 1, 'section', 'World')).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO metadata_edits (article_id, version_id, field, value, at) VALUES (1, ?, 'outlet', 'x', 'y')").run(versionId)).toThrow(/CHECK/);
    expect(() => edit('version_id', 999, 'outlet', 'AP')).toThrow(/FOREIGN KEY/);
  });
});

describe('migration 0013 (library actions), from version 12', () => {
  let db: WritableDb;
  beforeEach(() => {
    db = freshDb();
    migrate(db, 12);
    insertVersion(db, SHA_A, 'Twenty-two people were killed.');
  });
  afterEach(() => db.close());

  it('keeps the events stored before it in view, and logs the rearranging append-only', () => {
    expect(migrate(db, 13)).toEqual({ from: 12, to: 13 });
    expect(db.prepare('SELECT name, trashed_at AS trashedAt FROM events').all()).toEqual([{ name: 'US strikes near al Bukamal', trashedAt: null }]);
    db.prepare(`INSERT INTO library_actions (kind, detail, at) VALUES ('event-rename', '{"eventId":1}', '2021-02-27T10:00:00Z')`).run();
    expect(() => db.prepare("UPDATE library_actions SET kind = 'event-trash'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM library_actions').run()).toThrow(/never deleted/);
    expect(() => db.prepare(`INSERT INTO library_actions (kind, detail, at) VALUES ('event-delete', '{}', 'x')`).run()).toThrow(/CHECK/);
    expect(() => db.prepare(`INSERT INTO library_actions (kind, detail, at) VALUES ('event-trash', '[1]', 'x')`).run()).toThrow(/CHECK/);
  });
});

describe('migration 0014 (outlet names), from version 13', () => {
  let db: WritableDb;
  let versionId: number;
  beforeEach(() => {
    db = freshDb();
    migrate(db, 13);
    versionId = insertVersion(db, SHA_A, 'Twenty-two people were killed.');
    db.prepare(`INSERT INTO version_publication (version_id, outlet, outlet_from, reader_version) VALUES (?, 'REUTERS', 'dateline', 1)`).run(versionId);
    db.prepare(`INSERT INTO library_actions (kind, detail, at) VALUES ('event-rename', '{"eventId":1}', 'x')`).run();
  });
  afterEach(() => db.close());

  it('shows an outlet as the researcher names it, any letter case, and keeps the log as it was with the rename among its kinds', () => {
    expect(migrate(db, 14)).toEqual({ from: 13, to: 14 });
    const outlet = () => db.prepare('SELECT outlet FROM version_provenance WHERE version_id = ?').pluck().get(versionId);
    expect(outlet()).toBe('REUTERS');
    db.prepare("INSERT INTO outlet_names (name, shown_as) VALUES ('Reuters', 'Reuters')").run();
    expect(outlet()).toBe('Reuters');
    expect(db.prepare('SELECT kind FROM library_actions').pluck().all()).toEqual(['event-rename']);
    db.prepare(`INSERT INTO library_actions (kind, detail, at) VALUES ('outlet-rename', '{}', 'x')`).run();
    expect(() => db.prepare('DELETE FROM library_actions').run()).toThrow(/never deleted/);
  });
});

describe('migration 0015 (article placements), from version 14', () => {
  let db: WritableDb;
  let first: number;
  let second: number;
  beforeEach(() => {
    db = freshDb();
    migrate(db, 14);
    first = insertVersion(db, SHA_A, 'Twenty-two people were killed.');
    second = insertVersion(db, SHA_B, 'Twenty-three people were killed.');
    db.prepare("INSERT INTO metadata_edits (article_id, field, value, at) VALUES (1, 'outlet', 'Reuters', 'x')").run();
    db.prepare(`INSERT INTO library_actions (kind, detail, at) VALUES ('outlet-rename', '{}', 'x')`).run();
  });
  afterEach(() => db.close());

  it('places every stored version in the article it was captured into, and each new one by itself', () => {
    expect(migrate(db, 15)).toEqual({ from: 14, to: 15 });
    expect(db.prepare('SELECT version_id, article_id FROM version_articles ORDER BY version_id').raw().all()).toEqual([[first, 1], [second, 1]]);
    const third = insertVersion(db, 'c'.repeat(64), 'Twenty-four people were killed.');
    expect(db.prepare('SELECT article_id FROM version_articles WHERE version_id = ?').pluck().get(third)).toBe(1);
    expect(db.prepare('SELECT event_id, article_id, home FROM event_articles').raw().all()).toEqual([[1, 1, 1]]);
  });

  it('gives a version moved into another article that article\'s corrections, its captured row unchanged', () => {
    migrate(db, 15);
    db.prepare("INSERT INTO articles (id, event_id, title, created_at) VALUES (2, 1, 'Split out', 'x')").run();
    const outlet = () => db.prepare('SELECT outlet FROM version_provenance WHERE version_id = ?').pluck().get(second);
    expect(outlet()).toBe('Reuters');
    db.prepare('UPDATE version_articles SET article_id = 2 WHERE version_id = ?').run(second);
    expect(outlet()).toBeNull();
    expect(db.prepare('SELECT article_id FROM versions WHERE id = ?').pluck().get(second)).toBe(1);
  });

  it('files an article in a second event beside its own, and keeps the log with the new kinds, append-only', () => {
    migrate(db, 15);
    db.prepare("INSERT INTO events (id, name, created_at) VALUES (2, 'Syria', 'x')").run();
    db.prepare("INSERT INTO article_filings (article_id, event_id, filed_at) VALUES (1, 2, 'x'), (1, 1, 'x')").run();
    // a filing in the article's own event adds nothing
    expect(db.prepare('SELECT event_id, home FROM event_articles ORDER BY event_id').raw().all()).toEqual([[1, 1], [2, 0]]);
    expect(db.prepare('SELECT kind FROM library_actions').pluck().all()).toEqual(['outlet-rename']);
    for (const kind of ['article-merge', 'article-split', 'article-join', 'article-file', 'article-unfile']) {
      db.prepare(`INSERT INTO library_actions (kind, detail, at) VALUES (?, '{}', 'x')`).run(kind);
    }
    expect(() => db.prepare('UPDATE library_actions SET at = 1').run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM library_actions').run()).toThrow(/never deleted/);
  });
});

describe('migration 0016 (history undos), from version 15', () => {
  it('adds an append-only table of which entry undid which, and an unmerge to the curation log, leaving the logs as they were', () => {
    const db = freshDb();
    migrate(db, 15);
    db.prepare(`INSERT INTO library_actions (kind, detail, at) VALUES ('event-rename', '{"eventId":1}', 'x')`).run();
    db.prepare(`INSERT INTO curation_actions (at, event_id, action, detail) VALUES ('x', NULL, 'grade', '{"sourceId":1}')`).run();
    expect(() => db.prepare(`INSERT INTO curation_actions (at, event_id, action, detail) VALUES ('x', NULL, 'unmerge', '{}')`).run()).toThrow(/CHECK/);
    expect(migrate(db, 16)).toEqual({ from: 15, to: 16 });
    expect(db.prepare('SELECT kind FROM library_actions').pluck().all()).toEqual(['event-rename']);
    // the curation log keeps its rows and guards, and takes an unmerge
    expect(db.prepare('SELECT action FROM curation_actions').pluck().all()).toEqual(['grade']);
    db.prepare(`INSERT INTO curation_actions (at, event_id, action, detail) VALUES ('y', NULL, 'unmerge', '{}')`).run();
    expect(() => db.prepare('DELETE FROM curation_actions').run()).toThrow(/never deleted/);
    db.prepare("INSERT INTO history_undos (log, entry_id, undoes_log, undoes_id, at) VALUES ('library', 2, 'library', 1, 'y')").run();
    expect(() => db.prepare("INSERT INTO history_undos (log, entry_id, undoes_log, undoes_id, at) VALUES ('library', 2, 'claims', 1, 'y')").run()).toThrow(/UNIQUE/);
    expect(() => db.prepare("INSERT INTO history_undos (log, entry_id, undoes_log, undoes_id, at) VALUES ('elsewhere', 3, 'library', 1, 'y')").run()).toThrow(/CHECK/);
    expect(() => db.prepare('UPDATE history_undos SET at = ?').run('z')).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM history_undos').run()).toThrow(/never deleted/);
    db.close();
  });
});

describe('migration 0017 (archive captures), from version 16', () => {
  it('adds a table of the web archive records behind versions, one row per record of an archive, never changed or deleted', () => {
    const db = freshDb();
    db.pragma('foreign_keys = ON');
    migrate(db, 16);
    const versionId = insertVersion(db, SHA_A, 'At least 12 killed');
    expect(migrate(db, 17)).toEqual({ from: 16, to: 17 });
    const add = db.prepare(
      `INSERT INTO archive_captures (version_id, kind, archive_path, archive_sha256, archive_member, record_id, record_offset, target_uri, captured_at, payload_digest, imported_at)
       VALUES (?, ?, '/crawls/a.wacz', ?, 'archive/data.warc.gz', ?, 0, 'https://news.example/a', '2016-02-06T09:00:00.000Z', NULL, 'x')`,
    );
    add.run(versionId, 'response', SHA_B, '<urn:uuid:1>');
    const bare = db.prepare(
      `INSERT INTO archive_captures (version_id, kind, archive_path, archive_sha256, archive_member, record_id, record_offset, target_uri, captured_at, payload_digest, imported_at)
       VALUES (?, 'response', '/crawls/a.warc', ?, NULL, '<urn:uuid:1>', 0, 'https://news.example/a', '2016-02-06T09:00:00.000Z', NULL, 'x')`,
    );
    bare.run(versionId, SHA_A);
    expect(() => bare.run(versionId, SHA_A)).toThrow(/UNIQUE/);
    // a revisit whose earlier capture is not in the library still says when the page was seen
    add.run(null, 'revisit', SHA_B, '<urn:uuid:2>');
    expect(() => add.run(versionId, 'response', SHA_B, '<urn:uuid:1>')).toThrow(/UNIQUE/);
    expect(() => add.run(versionId, 'request', SHA_B, '<urn:uuid:3>')).toThrow(/CHECK/);
    expect(() => add.run(versionId, 'response', 'short', '<urn:uuid:4>')).toThrow(/CHECK/);
    expect(() => add.run(versionId + 99, 'response', SHA_B, '<urn:uuid:5>')).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare('UPDATE archive_captures SET captured_at = ?').run('z')).toThrow(/never changed/);
    expect(() => db.prepare('DELETE FROM archive_captures').run()).toThrow(/never deleted/);
    expect(db.prepare('SELECT count(*) FROM versions').pluck().get()).toBe(1);
    db.close();
  });
});

describe('migration 0018 (mhtml format), from version 17', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tally-migration-18-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** A library file at version 17 holding one saved page, as a library opened by the app is set up. */
  function libraryAt17(): WritableDb {
    const db = new Database(join(dir, 'library.sqlite')) as WritableDb;
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    migrate(db, 17);
    insertVersion(db, SHA_A, 'At least 12 people were killed', 'html');
    return db;
  }

  it('stores a version read from an MHTML file, the rows stored before and their guards as they were', () => {
    const db = libraryAt17();
    // another process that has the library open reads the widened CHECK too
    const other = new Database(join(dir, 'library.sqlite')) as WritableDb;
    expect(() => insertVersion(other, SHA_B, 'At least 14 people were killed', 'mhtml')).toThrow(/CHECK/);
    expect(migrate(db, 18)).toEqual({ from: 17, to: 18 });
    const mhtml = insertVersion(other, SHA_B, 'At least 14 people were killed', 'mhtml');
    other.close();
    expect(db.prepare('SELECT format FROM versions WHERE id = ?').pluck().get(mhtml)).toBe('mhtml');
    expect(() => insertVersion(db, 'c'.repeat(64), 'A page', 'pdf')).toThrow(/CHECK/);
    expect(db.prepare('SELECT format, text FROM versions ORDER BY id').all()).toEqual([
      { format: 'html', text: 'At least 12 people were killed' },
      { format: 'mhtml', text: 'At least 14 people were killed' },
    ]);
    expect(() => db.prepare('UPDATE versions SET format = ? WHERE id = ?').run('mhtml', mhtml - 1)).toThrow(/immutable/);
    expect(() => db.prepare('DELETE FROM versions').run()).toThrow(/never deleted/);
    expect(db.prepare("SELECT rowid FROM versions_fts WHERE versions_fts MATCH 'killed' ORDER BY rowid").pluck().all()).toEqual([mhtml - 1, mhtml]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });

  it('is undone with the rest when a later migration fails', () => {
    const db = libraryAt17();
    const broken: Migration = {
      version: 19,
      name: 'broken',
      up() {
        throw new Error('disk on fire');
      },
    };
    expect(() => migrate(db, undefined, [...MIGRATIONS.slice(0, 18), broken])).toThrow('disk on fire');
    expect(schemaVersion(db)).toBe(17);
    expect(() => insertVersion(db, SHA_B, 'At least 14 people were killed', 'mhtml')).toThrow(/CHECK/);
    expect(db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'versions'").pluck().get()).not.toContain('mhtml');
    db.close();
  });
});

describe('the migration runner', () => {
  it('refuses a library written by a newer Tally, saying so, and leaves it as it is', () => {
    const db = freshDb();
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${LATEST + 1}`);
    const error = libraryError(() => migrate(db));
    expect(error.code).toBe('too-new');
    expect(error.message).toContain('newer');
    expect(schemaVersion(db)).toBe(LATEST + 1);
    db.close();
  });

  it('refuses an SQLite file holding another program’s tables and leaves them alone', () => {
    const db = freshDb();
    db.exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('buy milk')");
    const error = libraryError(() => migrate(db));
    expect(error.code).toBe('not-a-library');
    expect(tables(db)).toEqual(['notes']);
    expect(schemaVersion(db)).toBe(0);
    db.close();
  });

  it('refuses an SQLite file with another application id', () => {
    const db = freshDb();
    db.pragma('application_id = 1234');
    expect(libraryError(() => migrate(db)).code).toBe('not-a-library');
    expect(tables(db)).toEqual([]);
    db.close();
  });

  it('runs every pending migration in one transaction: a failing one leaves the library untouched', () => {
    const broken: Migration = {
      version: 2,
      name: 'broken',
      up(db) {
        db.exec('CREATE TABLE claims (id INTEGER PRIMARY KEY)');
        throw new Error('disk on fire');
      },
    };
    const db = freshDb();
    expect(() => migrate(db, undefined, [MIGRATIONS[0]!, broken])).toThrow('disk on fire');
    expect(schemaVersion(db)).toBe(0);
    expect(db.pragma('application_id', { simple: true })).toBe(0);
    expect(tables(db)).toEqual([]);
    db.close();
  });

  it('leaves a library at version 1 at version 1 when the next migration fails', () => {
    const db = freshDb();
    migrate(db, 1);
    insertVersion(db, SHA_A, 'The death toll rose to 22.');
    const broken: Migration = {
      version: 2,
      name: 'broken',
      up(d) {
        MIGRATIONS[1]!.up(d);
        throw new Error('disk on fire');
      },
    };
    expect(() => migrate(db, undefined, [MIGRATIONS[0]!, broken])).toThrow('disk on fire');
    expect(schemaVersion(db)).toBe(1);
    expect(tables(db)).toEqual(['articles', 'events', 'outlets', 'versions']);
    expect(db.prepare('SELECT count(*) FROM versions').pluck().get()).toBe(1);
    db.close();
  });

  it('does nothing to a library already at the latest version', () => {
    const db = freshDb();
    migrate(db);
    expect(migrate(db)).toEqual({ from: LATEST, to: LATEST });
    db.close();
  });
});

describe('openLibrary', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tally-open-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates a missing folder only when asked to (the app\'s own data folder)', () => {
    const path = join(dir, 'typo', 'library.sqlite');
    const error = libraryError(() => openLibrary(path));
    expect(error.code).toBe('cannot-open');
    expect(error.message).toBe(`cannot open library ${path}: the folder ${join(dir, 'typo')} does not exist`);
    openLibrary(path, { createFolder: true }).close();
    expect(readFileSync(path).subarray(0, 15).toString()).toBe('SQLite format 3');
  });

  it('creates a library at the latest version, with WAL, foreign keys and a busy timeout', () => {
    const db = openLibrary(join(dir, 'library.sqlite'));
    try {
      expect(schemaVersion(db)).toBe(LATEST);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('busy_timeout', { simple: true })).toBe(BUSY_TIMEOUT_MS);
    } finally {
      db.close();
    }
  });

  it('refuses a file that is not SQLite with not-a-library, and does not overwrite it', () => {
    const path = join(dir, 'notes.db');
    writeFileSync(path, 'hello');
    const error = libraryError(() => openLibrary(path));
    expect(error.code).toBe('not-a-library');
    expect(error.message).toContain(path);
    expect(readFileSync(path, 'utf8')).toBe('hello');
  });

  it('refuses a library file from a newer Tally with too-new', () => {
    const path = join(dir, 'newer.sqlite');
    const raw = new Database(path);
    raw.pragma(`application_id = ${APPLICATION_ID}`);
    raw.pragma(`user_version = ${LATEST + 5}`);
    raw.close();
    const error = libraryError(() => openLibrary(path));
    expect(error.code).toBe('too-new');
    expect(error.message).toMatch(/newer/);
  });

  it('refuses another program’s SQLite file with not-a-library, and leaves its bytes as they were (no switch to WAL)', () => {
    const path = join(dir, 'other.sqlite');
    const raw = new Database(path);
    raw.exec("CREATE TABLE bookmarks (url TEXT); INSERT INTO bookmarks VALUES ('https://example.org')");
    raw.close();
    const before = readFileSync(path);
    expect(libraryError(() => openLibrary(path)).code).toBe('not-a-library');
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses an empty file name: the driver would open a temporary database that vanishes', () => {
    const error = libraryError(() => openLibrary(''));
    expect(error.code).toBe('cannot-open');
    expect(error.message).toBe('cannot open a library without a file name');
  });

  it('enforces foreign keys: a version must belong to an article', () => {
    const db = openLibrary(':memory:');
    try {
      expect(() => insertVersion(db, SHA_A, 'The death toll rose to 22.')).not.toThrow();
      expect(() =>
        db
          .prepare(
            `INSERT INTO versions (article_id, sha256, bytes, byte_length, format, encoding, text, captured_at, origin, origin_kind)
             VALUES (999, ?, x'00', 1, 'text', 'UTF-8', 't', 'now', 'o', 'file')`,
          )
          .run(SHA_B),
      ).toThrow(/FOREIGN KEY constraint failed/);
    } finally {
      db.close();
    }
  });
});
