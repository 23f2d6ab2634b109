// Two processes write one library at once, as when the desktop app is open
// while the CLI imports: nothing may fail, nothing may be lost or altered.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runTwoWriters } from '../stress/twoWriters';

describe('two processes writing one library', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tally-two-writers-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a CLI import of 2,000 files beside another process importing 1,000 and making 1,000 UI writes: 0 failures, 3,000 versions, every hash true', async () => {
    const outcome = await runTwoWriters(dir, { cliFiles: 2000, otherFiles: 1000, uiWrites: 1000 });
    expect(outcome.failures).toEqual([]);
    expect(outcome.versions).toBe(3000);
    expect(outcome.badHashes).toBe(0);
    expect(outcome.uiWrites).toBe(1000);
  }, 600_000);
});
