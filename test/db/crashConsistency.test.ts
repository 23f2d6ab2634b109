// A process killed while it imports must not leave a version without its
// claims; and a version found without them (a library written by a Tally
// that stored claims after their version, or an extractor that failed) is
// read the next time the library is opened or the import is run again.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { runTally } from '../fixtures/tallyCli';
import { countRows, killAfterVersionStored, writeLongCapture } from '../stress/killDuringImport';

const VERSIONS = 'SELECT count(*) AS n FROM versions';
const CLAIMS = 'SELECT count(*) AS n FROM claims';
const READ = 'SELECT count(*) AS n FROM extractions';

describe('an import killed as its version is stored', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tally-kill-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'long-capture.txt');
  writeLongCapture(file);

  it('leaves the version stored with its claims, never unread', async () => {
    const library = join(dir, 'killed.sqlite');
    await killAfterVersionStored(library, file);
    expect(countRows(library, VERSIONS)).toBe(1);
    expect(countRows(library, READ)).toBe(1);
    expect(countRows(library, CLAIMS)).toBeGreaterThan(100);
  }, 120_000);

  /** The library of a finished import, with its version's claims and extraction mark taken away. */
  async function unreadLibrary(name: string): Promise<string> {
    const library = join(dir, name);
    const imported = await runTally(['import', file, '--library', library, '--json'], dir);
    expect(imported.code).toBe(0);
    const db = new Database(library);
    db.exec('DELETE FROM claims; DELETE FROM extractions;');
    db.close();
    expect(countRows(library, READ)).toBe(0);
    return library;
  }

  it('a version found unread is read the next time the library is opened', async () => {
    const library = await unreadLibrary('opened.sqlite');
    const listed = await runTally(['list', '--json', '--library', library], dir);
    expect(listed.code).toBe(0);
    expect(countRows(library, READ)).toBe(1);
    expect(countRows(library, CLAIMS)).toBeGreaterThan(100);
  }, 120_000);

  it('or when the import is run again, which reports the version as already stored', async () => {
    const library = await unreadLibrary('again.sqlite');
    const again = await runTally(['import', file, '--library', library, '--json'], dir);
    expect(again.code).toBe(0);
    expect((JSON.parse(again.stdout) as { imported: { duplicate: boolean }[] }).imported[0]!.duplicate).toBe(true);
    expect(countRows(library, READ)).toBe(1);
    expect(countRows(library, CLAIMS)).toBeGreaterThan(100);
  }, 120_000);
});
