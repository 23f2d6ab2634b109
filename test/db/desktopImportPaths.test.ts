// The desktop shell imports only paths the researcher handed over this
// session (picked in the dialog, or dropped): through the real dispatch and a
// real library, a path the page names on its own is refused before anything
// is read; a picked folder's files, and a dropped file, are imported.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary, type WritableDb } from '../../db/connection';
import type { ImportReport } from '../../main/core/model';
import { GrantedPaths } from '../../main/ipc/grantedPaths';
import { dispatch } from '../../main/ipc/dispatch';
import type { HandlerContext } from '../../main/ipc/handlers';
import { importBatch } from '../../main/library/import/importBatch';

let dir: string;
let db: WritableDb;
let granted: GrantedPaths;
let ran: number;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tally-desktop-paths-'));
  db = openLibrary(join(dir, 'library.sqlite'));
  granted = new GrantedPaths();
  ran = 0;
  mkdirSync(join(dir, 'picked'));
  writeFileSync(join(dir, 'picked', 'story.txt'), 'Police said 12 people were killed in the attack on Tuesday.');
  writeFileSync(join(dir, 'secret.txt'), 'Not for the page to read.');
});

afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

function desktop(): HandlerContext {
  const refuse = (): Promise<never> => Promise.reject(new Error('not in this test'));
  return {
    db,
    libraryPath: join(dir, 'library.sqlite'),
    shell: 'electron',
    emit: () => {},
    pathGranted: (path) => granted.allows(path),
    runImport: (arg) => {
      ran++;
      return importBatch(db, arg, { onWarning: () => {} });
    },
    runExtraction: refuse,
    runReport: refuse,
    runCheck: refuse,
    runDiff: refuse,
    keepFigures: refuse,
  };
}

const importPaths = (paths: string[]) =>
  dispatch(desktop(), 'import:run', { batchId: `b${Math.random()}`, target: { eventName: 'Attack' }, inputs: paths.map((path) => ({ kind: 'path' as const, path })) });

describe('import:run on the desktop', () => {
  it('refuses a path the page names that was never picked or dropped, reading nothing', async () => {
    const reply = await importPaths([join(dir, 'secret.txt')]);
    expect(reply).toEqual({ ok: false, error: { code: 'invalid-argument', message: `${join(dir, 'secret.txt')} was not picked or dropped in this window: choose it with Import files… or drop it here` } });
    expect(ran).toBe(0);
    expect(db.prepare('SELECT count(*) AS n FROM versions').get()).toEqual({ n: 0 });
  });

  it('imports a picked folder, and a dropped file, but not a path beside them', async () => {
    granted.grant(join(dir, 'picked'));
    const picked = await importPaths([join(dir, 'picked')]);
    expect(picked.ok && (picked.value as ImportReport).imported.length).toBe(1);
    expect((await importPaths([join(dir, 'picked', 'story.txt'), join(dir, 'secret.txt')])).ok).toBe(false);
    granted.grant(join(dir, 'secret.txt'));
    const dropped = await importPaths([join(dir, 'secret.txt')]);
    expect(dropped.ok && (dropped.value as ImportReport).imported.length).toBe(1);
  });
});
