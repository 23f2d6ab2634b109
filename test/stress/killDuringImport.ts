// `kill -9` during an import, as a crash or a power cut would stop it. Shared
// by the database test (one kill the moment a version is stored) and
// `npm run stress` (kills at random moments).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { NEWS_DIR } from '../fixtures/corpus';
import { CLI, REPO } from '../fixtures/tallyCli';

/**
 * The bundled CLI's import as one process. Never through the tsx command:
 * that runs the program in a child process of its own, which a SIGKILL to
 * the command would leave running, so the "killed" import would go on writing.
 */
export function startImport(library: string, paths: string[]): ChildProcess {
  return spawn(process.execPath, [CLI, 'import', ...paths, '--event', 'Killed', '--library', library, '--json'], { cwd: REPO, stdio: 'ignore' });
}

/** How many rows `query` counts, read without disturbing the writer; 0 before the library has its tables. */
export function countRows(library: string, query: string): number {
  if (!existsSync(library)) return 0;
  try {
    // read-write, so that after a kill the connection can recover the write-ahead log before it counts
    const db = new Database(library, { fileMustExist: true });
    try {
      return (db.prepare(query).get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0;
  }
}

/** A capture of several MB of real news, so that reading it for claims takes a second or more. */
export function writeLongCapture(path: string): void {
  const texts = readdirSync(NEWS_DIR).filter((n) => n.endsWith('.txt')).map((n) => readFileSync(join(NEWS_DIR, n), 'utf8'));
  let text = '';
  for (let round = 0; text.length < 3_000_000; round++) text += texts.map((t) => `${t}\n\nRound ${round}.\n\n`).join('');
  writeFileSync(path, text);
}

/**
 * Imports `file` with the CLI and kills it (SIGKILL) as soon as its version is
 * stored: the moment an import that stored claims after their version would
 * leave the version unread. Resolves once the process is gone.
 */
export async function killAfterVersionStored(library: string, file: string): Promise<void> {
  const child = startImport(library, [file]);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const deadline = Date.now() + 60_000;
  while (countRows(library, 'SELECT count(*) AS n FROM versions') === 0) {
    if (Date.now() > deadline || child.exitCode !== null) break;
    await sleep(10);
  }
  child.kill('SIGKILL');
  await exited;
}
