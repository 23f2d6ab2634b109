// A process killed between storing a version and storing its claims must not
// leave that version without claims for good.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runTally } from '../fixtures/tallyCli';
import { countRows, killAfterVersionStored, writeLongCapture } from '../stress/killDuringImport';

const CLAIMS = 'SELECT count(*) AS n FROM claims';
const READ = 'SELECT count(*) AS n FROM extractions';

describe('an import killed between a version and its claims', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tally-kill-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'long-capture.txt');
  writeLongCapture(file);

  it('leaves the version stored and unread, and the next open of the library reads it', async () => {
    const library = join(dir, 'opened.sqlite');
    await killAfterVersionStored(library, file);
    expect(countRows(library, 'SELECT count(*) AS n FROM versions')).toBe(1);
    // killed after the version, before its claims: this is the moment under test
    expect(countRows(library, READ)).toBe(0);
    expect(countRows(library, CLAIMS)).toBe(0);

    const listed = await runTally(['list', '--json', '--library', library], dir);
    expect(listed.code).toBe(0);
    expect(countRows(library, READ)).toBe(1);
    expect(countRows(library, CLAIMS)).toBeGreaterThan(100);
  }, 120_000);

  it('or the import run again reads it, reporting the version as already stored', async () => {
    const library = join(dir, 'again.sqlite');
    await killAfterVersionStored(library, file);
    expect(countRows(library, READ)).toBe(0);

    const again = await runTally(['import', file, '--library', library, '--json'], dir);
    expect(again.code).toBe(0);
    expect((JSON.parse(again.stdout) as { imported: { duplicate: boolean }[] }).imported[0]!.duplicate).toBe(true);
    expect(countRows(library, READ)).toBe(1);
    expect(countRows(library, CLAIMS)).toBeGreaterThan(100);
  }, 120_000);
});
