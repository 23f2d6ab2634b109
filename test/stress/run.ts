// `npm run stress`: the reliability checks anyone can repeat.
//   two writers   the CLI importing 2,000 files while another process imports 1,000 and makes 1,000 UI writes
//   kills         an import killed with SIGKILL at random moments, 20 times; after each, the library must be
//                 sound, every stored version's bytes must hash to its SHA-256, and once the library is
//                 opened again no version may be left without its claims
// `npm run stress -- --short` runs a smaller version of each (CI runs it).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { openLibraryForWork } from '../../main/library/openLibraryForWork';
import { countRows, startImport } from './killDuringImport';
import { buildCli } from '../fixtures/tallyCli';
import { countBadHashes, runTwoWriters, writeCaptures } from './twoWriters';

const short = process.argv.includes('--short');
const dir = mkdtempSync(join(tmpdir(), 'tally-stress-'));
let failed = false;

function check(ok: boolean, line: string): void {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${line}`);
  if (!ok) failed = true;
}

async function twoWriters(): Promise<void> {
  const sizes = short ? { cliFiles: 200, otherFiles: 100, uiWrites: 100 } : { cliFiles: 2000, otherFiles: 1000, uiWrites: 1000 };
  const outcome = await runTwoWriters(join(dir, 'two-writers'), sizes);
  const expected = sizes.cliFiles + sizes.otherFiles;
  check(outcome.failures.length === 0, `two writers: ${outcome.failures.length} failures${outcome.failures[0] ? ` (first: ${outcome.failures[0]})` : ''}`);
  check(outcome.versions === expected, `two writers: ${outcome.versions} of ${expected} versions stored`);
  check(outcome.badHashes === 0, `two writers: ${outcome.badHashes} versions whose bytes do not match their SHA-256`);
  check(outcome.uiWrites === sizes.uiWrites, `two writers: ${outcome.uiWrites} of ${sizes.uiWrites} UI writes made`);
  console.log(`     (${outcome.seconds.toFixed(1)} s; the CLI ${outcome.cliWaited ? 'said it was waiting' : 'never had to wait'})`);
}

async function kills(): Promise<void> {
  const rounds = short ? 5 : 20;
  const library = join(dir, 'killed.sqlite');
  for (let round = 1; round <= rounds; round++) {
    // new captures each round, so that every kill lands in an import that is storing and reading
    const folder = join(dir, `kill-${round}`);
    writeCaptures(folder, `kill${round}`, 800);
    const stored = countRows(library, 'SELECT count(*) AS n FROM versions');
    const child = startImport(library, [folder]);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    // once this round's import is storing, then somewhere in the rest of its 800 files
    const deadline = Date.now() + 30_000;
    while (countRows(library, 'SELECT count(*) AS n FROM versions') === stored && child.exitCode === null && Date.now() < deadline) await sleep(20);
    await sleep(Math.random() * 1500);
    child.kill('SIGKILL');
    await exited;
    const raw = new Database(library, { fileMustExist: true });
    const integrity = raw.pragma('integrity_check', { simple: true });
    raw.close();
    const { versions, bad } = countBadHashes(library);
    const unreadBefore = countRows(library, 'SELECT count(*) AS n FROM versions v WHERE NOT EXISTS (SELECT 1 FROM extractions e WHERE e.version_id = v.id)');
    openLibraryForWork(library).close();
    const unreadAfter = countRows(library, 'SELECT count(*) AS n FROM versions v WHERE NOT EXISTS (SELECT 1 FROM extractions e WHERE e.version_id = v.id)');
    check(integrity === 'ok' && bad === 0 && unreadAfter === 0, `kill ${round}: ${versions} versions, integrity ${integrity}, ${bad} bad hashes, ${unreadBefore} left unread → ${unreadAfter} after opening`);
  }
}

buildCli();
try {
  await twoWriters();
  await kills();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
