// Two processes writing one library at once: the CLI importing a folder while
// a second process (secondWriter.ts) imports another folder and makes
// UI-style writes. Shared by the database test and `npm run stress`.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { CLI, runProcess, TSX } from '../fixtures/tallyCli';
import { corpusBytes } from '../fixtures/corpus';

export interface TwoWriters {
  cliFiles: number;
  otherFiles: number;
  uiWrites: number;
}

export interface TwoWritersOutcome {
  /** Inputs that failed in either process, and UI writes that failed, each with its reason. */
  failures: string[];
  versions: number;
  /** Versions whose stored bytes no longer hash to their recorded SHA-256. */
  badHashes: number;
  uiWrites: number;
  /** Whether the CLI said it was waiting for the other process. */
  cliWaited: boolean;
  seconds: number;
}

/** `count` distinct captures of a wire story in `folder`. */
export function writeCaptures(folder: string, prefix: string, count: number): void {
  mkdirSync(folder, { recursive: true });
  const base = corpusBytes('cbs-bukamal-r2.txt');
  for (let i = 0; i < count; i++) {
    writeFileSync(join(folder, `${prefix}-${String(i).padStart(5, '0')}.txt`), Buffer.concat([Buffer.from(`${prefix} revision ${i}\n\n`), base]));
  }
}

/** Every stored version's bytes hashed again against the SHA-256 recorded with them. */
export function countBadHashes(libraryPath: string): { versions: number; bad: number } {
  const db = new Database(libraryPath, { fileMustExist: true });
  try {
    let versions = 0;
    let bad = 0;
    for (const row of db.prepare('SELECT sha256, bytes FROM versions').iterate() as Iterable<{ sha256: string; bytes: Buffer }>) {
      versions++;
      if (createHash('sha256').update(row.bytes).digest('hex') !== row.sha256) bad++;
    }
    return { versions, bad };
  } finally {
    db.close();
  }
}

export async function runTwoWriters(dir: string, sizes: TwoWriters): Promise<TwoWritersOutcome> {
  const library = join(dir, 'library.sqlite');
  writeCaptures(join(dir, 'cli'), 'cli', sizes.cliFiles);
  writeCaptures(join(dir, 'other'), 'other', sizes.otherFiles);
  const started = performance.now();
  const [cli, other] = await Promise.all([
    runProcess(process.execPath, [CLI, 'import', join(dir, 'cli'), '--event', 'CLI import', '--library', library, '--json']),
    runProcess(TSX, ['test/stress/secondWriter.ts', library, join(dir, 'other'), String(sizes.uiWrites)]),
  ]);
  const seconds = (performance.now() - started) / 1000;
  const failures: string[] = [];
  if (cli.code !== 0) failures.push(`the CLI import exited ${cli.code}: ${cli.stderr.trim().split('\n').at(-1)}`);
  if (other.code !== 0) failures.push(`the second writer exited ${other.code}: ${other.stderr.trim().split('\n').at(-1)}`);
  const cliReport = JSON.parse(cli.stdout || '{"failed":[]}') as { failed: { path: string; error: string }[] };
  failures.push(...cliReport.failed.map((f) => `${f.path}: ${f.error}`));
  const otherReport = JSON.parse(other.stdout || '{"failed":[],"writeFailures":[],"writes":0}') as { failed: string[]; writeFailures: string[]; writes: number };
  failures.push(...otherReport.failed, ...otherReport.writeFailures);
  const { versions, bad } = countBadHashes(library);
  return { failures, versions, badHashes: bad, uiWrites: otherReport.writes, cliWaited: cli.stderr.includes('waiting for another Tally process'), seconds };
}
