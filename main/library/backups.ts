// Where a library's backups live and when they are made: before every
// migration, once a day while a shell has the library open (the last seven
// kept), and whenever the researcher asks (`tally backup`). They live in the
// user data folder, under a folder named after the library file, so two
// libraries never mix their backups.
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { mkdirSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { backupFile, backupTo, copyNow, notARestorableLibrary } from '../../db/backup';
import type { ReadableDb, WritableDb } from '../../db/connection';
import { userDataFolder } from './libraryPath';

/** Daily backups kept per library. */
export const DAILY_KEPT = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

export function backupFolder(libraryPath: string, env: Readonly<Record<string, string | undefined>> = process.env): string {
  const full = resolve(libraryPath);
  const stem = basename(full, extname(full)).replace(/[^\w.-]+/g, '-') || 'library';
  return join(userDataFolder(process.platform, env), 'backups', `${stem}-${createHash('sha256').update(full).digest('hex').slice(0, 8)}`);
}

/** "2026-12-07T04-05-09": a time that sorts and is a valid file name everywhere. */
function stamp(date: Date): string {
  return date.toISOString().slice(0, 19).replace(/:/g, '-');
}

/** The copy made just before migrations rewrite a library's schema: a failed or regretted upgrade can be undone. */
export function backupBeforeMigration(db: WritableDb, libraryPath: string, fromVersion: number, now = new Date()): string {
  const folder = backupFolder(libraryPath);
  mkdirSync(folder, { recursive: true });
  const file = join(folder, `before-schema-upgrade-from-${fromVersion}-${stamp(now)}.sqlite`);
  copyNow(db, file);
  return file;
}

/**
 * A daily backup, when the newest is a day old or more (or there is none);
 * the oldest beyond the last seven are deleted. Answers the file written, or
 * null when none was due.
 */
export async function dailyBackup(db: ReadableDb, libraryPath: string, now = new Date()): Promise<string | null> {
  const folder = backupFolder(libraryPath);
  await mkdir(folder, { recursive: true });
  const daily = (await readdir(folder)).filter((name) => /^daily-.*\.sqlite$/.test(name)).sort();
  const newest = daily.at(-1);
  if (newest && now.getTime() - (await stat(join(folder, newest))).mtimeMs < DAY_MS) return null;
  const file = join(folder, `daily-${stamp(now)}.sqlite`);
  await backupTo(db, file);
  for (const old of [...daily, basename(file)].slice(0, -DAILY_KEPT)) await rm(join(folder, old), { force: true });
  return file;
}

/**
 * Puts the library at `backup` in the place of the one at `libraryPath`. The
 * backup is checked first (a Tally library, sound, not from a newer Tally);
 * the library it replaces is moved, as it was, into the backups folder, so a
 * restore can itself be undone. No other Tally may have the library open.
 */
export async function restoreLibrary(backup: string, libraryPath: string, now = new Date()): Promise<{ previous: string | null }> {
  const refusal = notARestorableLibrary(backup);
  if (refusal) throw new Error(`${backup} cannot be restored: ${refusal}`);
  const target = resolve(libraryPath);
  await mkdir(dirname(target), { recursive: true });
  // a consistent copy of the backup beside the library, so the swap is one rename
  const incoming = join(dirname(target), `.${basename(target)}.restoring-${process.pid}`);
  await rm(incoming, { force: true });
  await backupFile(backup, incoming);
  let previous: string | null = null;
  if (await exists(target)) {
    const folder = backupFolder(target);
    await mkdir(folder, { recursive: true });
    previous = join(folder, `before-restore-${stamp(now)}.sqlite`);
    // the replaced library and its write-ahead log travel together, untouched
    for (const suffix of ['', '-wal', '-shm']) {
      if (await exists(target + suffix)) await moveFile(target + suffix, previous + suffix);
    }
  }
  await rename(incoming, target);
  return { previous };
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** A rename, or a copy and delete where the user data folder is on another disk. */
async function moveFile(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await copyFile(from, to);
    await rm(from);
  }
}
