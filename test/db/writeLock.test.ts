// A write that meets another process's write waits for it, says so, and then
// succeeds: it never fails with "database is locked".
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openLibrary, transaction } from '../../db/connection';
import { createEvent, listEvents } from '../../db/queries/events';
import { onLibraryWait } from '../../db/writeLock';
import type { ImportProgress } from '../../main/core/model';
import { runImportInWorker } from '../../main/workers/runInWorker';
import { REPO } from '../fixtures/tallyCli';

/** Another process that holds the library's write lock for `ms`; resolves once it holds it, with the moment it lets go. */
function holdWriteLock(path: string, ms: number): Promise<{ released: Promise<void> }> {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(process.argv[1]);
    db.exec('BEGIN IMMEDIATE');
    process.stdout.write('locked\\n');
    setTimeout(() => { db.exec('COMMIT'); db.close(); }, Number(process.argv[2]));`;
  const child = spawn(process.execPath, ['-e', script, path, String(ms)], { cwd: REPO, stdio: ['ignore', 'pipe', 'inherit'] });
  const done = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.stdout.once('data', () => resolve({ released: done }));
  });
}

describe('a write while another process writes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tally-lock-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('waits for the other process, announces the wait once, and is stored', async () => {
    const path = join(dir, 'library.sqlite');
    const db = openLibrary(path);
    const waits: string[] = [];
    onLibraryWait(() => waits.push('waiting'));
    try {
      const { released } = await holdWriteLock(path, 1500);
      const started = Date.now();
      // reads first, then writes: the shape that failed at once with SQLITE_BUSY_SNAPSHOT before the lock was taken up front
      transaction(db, () => {
        listEvents(db);
        createEvent(db, 'Brussels attacks', '2016-03-22T10:00:00Z');
      });
      expect(Date.now() - started).toBeGreaterThan(1000);
      expect(waits).toEqual(['waiting']);
      expect(listEvents(db).map((e) => e.name)).toEqual(['Brussels attacks']);
      await released;
    } finally {
      onLibraryWait(null);
      db.close();
    }
  }, 30_000);

  it('an import in the app’s worker that must wait says so in its progress, then stores its version', async () => {
    const path = join(dir, 'worker.sqlite');
    openLibrary(path).close();
    const { released } = await holdWriteLock(path, 4000);
    const progress: ImportProgress[] = [];
    const report = await runImportInWorker(
      { batchId: 'w', target: { eventName: 'Carrow' }, inputs: [{ kind: 'paste', text: 'Police estimated the crowd at 18,000.', title: 'Carrow protest' }] },
      { libraryPath: path, onProgress: (p) => progress.push(p) },
    );
    await released;
    expect(progress.some((p) => p.waiting === true)).toBe(true);
    expect(report.imported).toHaveLength(1);
    expect(report.failed).toEqual([]);
  }, 60_000);
});
