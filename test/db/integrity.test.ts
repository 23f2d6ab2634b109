// A damaged library is noticed, opened read-only with what to do, checked in
// full on demand, salvaged into a new file, or replaced by a backup; and
// backups are made before a migration and once a day.
import { copyFileSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, truncateSync, utimesSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { libraryDamage, openLibrary, type WritableDb } from '../../db/connection';
import { checkLibrary } from '../../db/integrity';
import { dispatch } from '../../main/ipc/dispatch';
import { reportFromLibrary } from '../../main/report/collectReport';
import type { HandlerContext } from '../../main/ipc/handlers';
import { migrate, schemaVersion } from '../../db/migrate';
import { MIGRATIONS } from '../../db/migrations';
import { recoverLibrary } from '../../db/recover';
import { backupFolder, dailyBackup, DAILY_KEPT, restoreLibrary } from '../../main/library/backups';
import { importBatch } from '../../main/library/import/importBatch';
import { openLibraryForWork } from '../../main/library/openLibraryForWork';
import { NEWS_DIR } from '../fixtures/corpus';
import { runTally } from '../fixtures/tallyCli';

const dir = mkdtempSync(join(tmpdir(), 'tally-integrity-'));
const sound = join(dir, 'sound.sqlite');
const PAGE = 4096;

beforeAll(async () => {
  process.env.XDG_CONFIG_HOME = join(dir, 'config');
  const db = openLibrary(sound);
  await importBatch(db, { batchId: 'n', target: { eventName: 'News' }, inputs: [{ kind: 'path', path: NEWS_DIR }] }, { onWarning: () => {} });
  db.close();
}, 60_000);

afterAll(() => {
  delete process.env.XDG_CONFIG_HOME;
  rmSync(dir, { recursive: true, force: true });
});

/** A copy of the sound library, for one test to damage. */
function copyOfSound(name: string): string {
  const path = join(dir, name);
  copyFileSync(sound, path);
  return path;
}

function overwritePage(path: string, page: number): void {
  const fd = openSync(path, 'r+');
  writeSync(fd, Buffer.alloc(PAGE, 0xde), 0, PAGE, page * PAGE);
  closeSync(fd);
}

describe('a library with a damaged page', () => {
  it('opens read-only, saying what is wrong and what to do, and refuses every write', () => {
    const path = copyOfSound('damaged-page.sqlite');
    overwritePage(path, 60);
    const before = readFileSync(path);
    const db = openLibrary(path);
    try {
      expect(libraryDamage(db)).toMatch(new RegExp(`^the library ${path} is damaged \\(.+\\); it is open read-only, so nothing more is written to it\\. \`tally check\``));
      expect(() => db.prepare("INSERT INTO events (name, created_at) VALUES ('x', 'now')").run()).toThrow(/readonly/);
    } finally {
      db.close();
    }
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('in the app: app:info carries the problem for the banner, and an import is refused with it', async () => {
    const path = copyOfSound('damaged-app.sqlite');
    overwritePage(path, 60);
    const db = openLibrary(path);
    const ctx: HandlerContext = {
      db,
      libraryPath: path,
      shell: 'web',
      emit: () => {},
      runImport: () => Promise.reject(new Error('an import reached the worker')),
      runExtraction: () => Promise.reject(new Error('not in this test')),
      runReport: () => Promise.reject(new Error('not in this test')),
      runCheck: () => Promise.reject(new Error('not in this test')),
      runDiff: () => Promise.reject(new Error('not in this test')),
      keepFigures: () => Promise.reject(new Error('not in this test')),
    };
    try {
      const info = await dispatch(ctx, 'app:info', undefined);
      expect(info.ok && (info.value as { libraryProblem?: string }).libraryProblem).toMatch(/is damaged/);
      const imported = await dispatch(ctx, 'import:run', { batchId: 'b', target: { eventName: 'News' }, inputs: [{ kind: 'paste', text: 'Twelve people were killed.' }] });
      expect(imported).toMatchObject({ ok: false, error: { code: 'unsupported', message: expect.stringMatching(/is damaged .* open read-only/) } });
    } finally {
      db.close();
    }
  });

  it('is refused by tally import and read by tally list with a warning; tally check exits 2', async () => {
    const path = copyOfSound('damaged-cli.sqlite');
    overwritePage(path, 60);
    const imported = await runTally(['import', join(NEWS_DIR, '..', '..', 'dev', 'docs', 'protest-wire.txt'), '--library', path], dir);
    expect(imported.code).toBe(1);
    expect(imported.stderr).toMatch(/^tally import: the library .* is damaged/);
    const listed = await runTally(['list', '--library', path], dir);
    expect(listed.stderr).toMatch(/^warning: the library .* is damaged/);
    const checked = await runTally(['check', '--library', path], dir);
    expect(checked.code).toBe(2);
    expect(checked.stdout).toContain('is damaged:');
  }, 60_000);
});

/** A copy of the sound library whose stored bytes were altered on disk: every copy of a phrase changed by one letter, so its pages stay valid. */
function flippedCopy(name: string): string {
  const path = copyOfSound(name);
  const bytes = readFileSync(path);
  const phrase = Buffer.from('Syrian Observatory');
  for (let at = bytes.indexOf(phrase); at >= 0; at = bytes.indexOf(phrase, at + 1)) bytes[at] = 's'.charCodeAt(0);
  const fd = openSync(path, 'r+');
  writeSync(fd, bytes, 0, bytes.length, 0);
  closeSync(fd);
  return path;
}

describe('tally check', () => {
  it('finds a version whose stored bytes were altered on disk, by hashing them again', () => {
    const path = flippedCopy('flipped.sqlite');
    const db = new Database(path, { readonly: true });
    try {
      const report = checkLibrary(db);
      expect(report.problems).toEqual([]);
      expect(report.versions).toBe(25);
      expect(report.badVersions.length).toBeGreaterThan(0);
      expect(report.badVersions[0]!.problem).toBe('its bytes no longer match the SHA-256 recorded when it was captured');
    } finally {
      db.close();
    }
  });

  it('makes a report refuse to cite a SHA-256 its version’s bytes no longer have', () => {
    const db = new Database(flippedCopy('flipped-report.sqlite'), { readonly: true }) as WritableDb;
    try {
      expect(() => reportFromLibrary(db, { id: 1, name: 'News' })).toThrow(/^the stored bytes of versions? [\d, ]+ no longer match the SHA-256 recorded at capture/);
    } finally {
      db.close();
    }
    const intact = new Database(sound, { readonly: true }) as WritableDb;
    try {
      expect(reportFromLibrary(intact, { id: 1, name: 'News' }).versions).toHaveLength(25);
    } finally {
      intact.close();
    }
  });

  it('finds nothing wrong in a sound library', () => {
    const db = new Database(sound, { readonly: true });
    try {
      expect(checkLibrary(db)).toEqual({ problems: [], versions: 25, badVersions: [] });
    } finally {
      db.close();
    }
  });
});

describe('a truncated library', () => {
  it('cannot be opened, and recover salvages the versions before the cut into a new library, naming those lost', () => {
    const path = copyOfSound('truncated.sqlite');
    truncateSync(path, Math.floor(readFileSync(path).length * 0.6));
    expect(() => openLibrary(path)).toThrow(/is damaged/);
    const salvaged = openLibrary(join(dir, 'salvaged.sqlite'));
    try {
      const report = recoverLibrary(path, salvaged, '2026-12-07T00:00:00Z');
      expect(report.versionsCopied).toBeGreaterThan(5);
      expect(report.versionsCopied + report.versionsLost.length).toBe(25);
      expect(report.versionsLost.length).toBeGreaterThan(0);
      expect(report.tables.find((t) => t.table === 'versions')!.unreadable).toBe(true);
      expect(checkLibrary(salvaged)).toMatchObject({ problems: [], badVersions: [] });
    } finally {
      salvaged.close();
    }
  });

  it('is replaced by a backup with restore, the damaged file kept among the backups; a file that is no library is refused', async () => {
    const path = copyOfSound('restored.sqlite');
    truncateSync(path, 100_000);
    await expect(restoreLibrary(join(dir, '..'), path)).rejects.toThrow(/cannot be restored/);
    await expect(restoreLibrary(join(NEWS_DIR, '..', 'README.md'), path)).rejects.toThrow(/cannot be restored: it is not a Tally library|cannot be opened/);
    const { previous } = await restoreLibrary(sound, path);
    expect(previous).toMatch(/before-restore-.*\.sqlite$/);
    expect(readFileSync(previous!).length).toBe(100_000);
    const db = openLibrary(path);
    try {
      expect(libraryDamage(db)).toBeNull();
      expect(checkLibrary(db)).toEqual({ problems: [], versions: 25, badVersions: [] });
    } finally {
      db.close();
    }
  });
});

describe('backups', () => {
  it('are made before a library’s schema is upgraded, holding the schema as it was', () => {
    const path = join(dir, 'old-schema.sqlite');
    const raw = new Database(path) as WritableDb;
    migrate(raw, 6);
    raw.close();
    openLibraryForWork(path).close();
    const folder = backupFolder(path);
    const [backup] = readdirSync(folder).filter((f) => f.startsWith('before-schema-upgrade-from-6-'));
    expect(backup).toBeDefined();
    const copy = new Database(join(folder, backup!), { readonly: true }) as WritableDb;
    expect(schemaVersion(copy)).toBe(6);
    copy.close();
    const upgraded = new Database(path, { readonly: true }) as WritableDb;
    expect(schemaVersion(upgraded)).toBe(MIGRATIONS.at(-1)!.version);
    upgraded.close();
  });

  it('are made once a day, the last seven kept', async () => {
    const path = copyOfSound('daily.sqlite');
    const db = openLibrary(path);
    try {
      const folder = backupFolder(path);
      let day = Date.parse('2026-12-01T09:00:00Z');
      for (let i = 0; i < 9; i++) {
        const file = await dailyBackup(db, path, new Date(day));
        expect(file).not.toBeNull();
        // the backup is as old as the day it stands for
        utimesSync(file!, day / 1000, day / 1000);
        expect(await dailyBackup(db, path, new Date(day + 60 * 60 * 1000))).toBeNull();
        day += 24 * 60 * 60 * 1000;
      }
      const kept = readdirSync(folder).filter((f) => f.startsWith('daily-')).sort();
      expect(kept).toHaveLength(DAILY_KEPT);
      expect(kept[0]).toBe('daily-2026-12-03T09-00-00.sqlite');
      const copy = new Database(join(folder, kept.at(-1)!), { readonly: true });
      expect(checkLibrary(copy)).toEqual({ problems: [], versions: 25, badVersions: [] });
      copy.close();
    } finally {
      db.close();
    }
    expect(existsSync(path)).toBe(true);
  });
});
