// Whether a library file is sound: SQLite's own checks of its pages and
// indexes, and a fresh SHA-256 of every stored version's bytes against the
// hash recorded when it was captured (a flipped byte on disk is found here,
// never silently cited in a report).
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { LibraryCheckReport } from '../main/core/model';

/** SQLite's checks stop after this many problems: enough to say what is wrong. */
const MAX_PROBLEMS = 20;

/** The problems `PRAGMA quick_check` or `integrity_check` finds, none when the file is sound. */
function pageProblems(db: Database.Database, pragma: 'quick_check' | 'integrity_check'): string[] {
  try {
    const rows = db.pragma(`${pragma}(${MAX_PROBLEMS})`) as Record<string, string>[];
    const lines = rows.map((row) => Object.values(row)[0] ?? '');
    return lines.length === 1 && lines[0] === 'ok' ? [] : lines;
  } catch (error) {
    return [(error as Error).message];
  }
}

/** The quick check run on every open: pages and records, not the indexes' agreement with their tables. */
export function quickCheck(db: Database.Database): string[] {
  return pageProblems(db, 'quick_check');
}

export type IntegrityReport = LibraryCheckReport;

/** The full check, on demand (`tally check`): SQLite's integrity check, then every version's bytes hashed again. */
export function checkLibrary(db: Database.Database, onProgress?: (done: number) => void): IntegrityReport {
  const problems = pageProblems(db, 'integrity_check');
  const badVersions: IntegrityReport['badVersions'] = [];
  let versions = 0;
  let ids: number[];
  try {
    ids = (db.prepare('SELECT id FROM versions ORDER BY id').pluck().all() as number[]);
  } catch (error) {
    return { problems: [...problems, `the versions cannot be listed: ${(error as Error).message}`], versions: 0, badVersions };
  }
  const read = db.prepare('SELECT sha256, bytes FROM versions WHERE id = ?');
  for (const id of ids) {
    versions++;
    try {
      const row = read.get(id) as { sha256: string; bytes: Buffer };
      if (createHash('sha256').update(row.bytes).digest('hex') !== row.sha256) {
        badVersions.push({ id, problem: 'its bytes no longer match the SHA-256 recorded when it was captured' });
      }
    } catch (error) {
      badVersions.push({ id, problem: `its bytes cannot be read: ${(error as Error).message}` });
    }
    if (versions % 500 === 0) onProgress?.(versions);
  }
  onProgress?.(versions);
  return { problems, versions, badVersions };
}
