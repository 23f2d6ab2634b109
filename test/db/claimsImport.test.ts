// Claims on import: a new version's claims are what the extractor finds in
// its stored text; a duplicate is not extracted again; a failing extractor
// costs the claims, never the version.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openLibrary, type WritableDb } from '../../db/connection';
import { listClaims, replaceAutoClaims } from '../../db/queries/claims';
import { getVersion } from '../../db/queries/versions';
import type * as extract from '../../main/core/extract';
import { EXTRACTOR_VERSION, extractClaims } from '../../main/core/extract';
import type { ExtractedClaim, ImportInput, ImportReport } from '../../main/core/model';
import { importBatch } from '../../main/library/import/importBatch';
import { TOLL_TEXT, claimAt } from '../fixtures/claims';
import { corpusPath } from '../fixtures/corpus';

/** The real extractor, unless a test breaks it or stands in for it. */
const extractor = vi.hoisted(() => ({ broken: false, standIn: null as ((text: string) => ExtractedClaim[]) | null }));

vi.mock('../../main/core/extract', async (importOriginal) => {
  const real = await importOriginal<typeof extract>();
  return {
    ...real,
    extractClaims: (text: string): ExtractedClaim[] => {
      if (extractor.broken) throw new Error('extractor broke\nat line 2 of its stack');
      return extractor.standIn ? extractor.standIn(text) : real.extractClaims(text);
    },
  };
});

let dir: string;
let db: WritableDb;

beforeEach(() => {
  extractor.broken = false;
  extractor.standIn = null;
  dir = mkdtempSync(join(tmpdir(), 'tally-claims-import-'));
  db = openLibrary(join(dir, 'library.sqlite'));
});

afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const WIRE: ImportInput = { kind: 'path', path: corpusPath('wire-bukamal.txt') };

function run(inputs: ImportInput[], onWarning?: (message: string) => void): Promise<ImportReport> {
  return importBatch(db, { batchId: 'claims', target: { eventName: 'US strikes near al Bukamal, Feb 2021' }, inputs }, { onWarning });
}

/** In text order, as listClaims gives them. */
function inTextOrder(claims: ExtractedClaim[]): ExtractedClaim[] {
  return claims.map((c, i) => ({ c, i })).sort((a, b) => a.c.start - b.c.start || a.c.end - b.c.end || a.i - b.i).map(({ c }) => c);
}

describe('extraction on import', () => {
  it('stores, for a new version, exactly the claims the extractor finds in its stored text', async () => {
    const report = await run([WIRE]);
    expect(report.failed).toEqual([]);
    const versionId = report.imported[0]!.versionId;
    const text = getVersion(db, versionId)!.text;

    const stored = listClaims(db, versionId);
    expect(stored.map(({ id: _i, versionId: _v, status: _s, extractorVersion: _e, ...claim }) => claim)).toEqual(inTextOrder(extractClaims(text)));
    expect(stored.every((c) => c.status === 'auto' && c.extractorVersion === EXTRACTOR_VERSION && c.versionId === versionId)).toBe(true);
  });

  it('stores what a stand-in extractor finds, in text order, for a pasted text', async () => {
    extractor.standIn = (text) => [claimAt(text, 'at least 24', { low: 24, approx: true }), claimAt(text, '22', { value: 22 })];
    const report = await run([{ kind: 'paste', text: TOLL_TEXT }]);
    const stored = listClaims(db, report.imported[0]!.versionId);
    expect(stored.map((c) => [TOLL_TEXT.slice(c.start, c.end), c.value, c.low, c.status])).toEqual([
      ['22', 22, null, 'auto'],
      ['at least 24', null, 24, 'auto'],
    ]);
  });

  it('does not extract a duplicate again: its claims stay as they are', async () => {
    const first = await run([{ kind: 'paste', text: TOLL_TEXT }]);
    const versionId = first.imported[0]!.versionId;
    replaceAutoClaims(db, versionId, [claimAt(TOLL_TEXT, '22', { value: 22 })], 'hand-made', '2021-02-27T09:00:00Z');
    const before = listClaims(db, versionId);

    const again = await run([{ kind: 'paste', text: TOLL_TEXT }]);
    expect(again.imported[0]).toMatchObject({ versionId, duplicate: true });
    expect(listClaims(db, versionId)).toEqual(before);
  });

  it('keeps the version and the import item when the extractor throws, with a one-line warning', async () => {
    extractor.broken = true;
    const warnings: string[] = [];
    const report = await run([WIRE, { kind: 'paste', text: TOLL_TEXT }], (m) => warnings.push(m));

    expect(report.failed).toEqual([]);
    expect(report.imported.map((i) => i.duplicate)).toEqual([false, false]);
    for (const item of report.imported) {
      expect(getVersion(db, item.versionId)).toBeDefined();
      expect(listClaims(db, item.versionId)).toEqual([]);
    }
    expect(warnings).toEqual([
      `${corpusPath('wire-bukamal.txt')}: imported, but its claims could not be extracted: extractor broke`,
      '(pasted text): imported, but its claims could not be extracted: extractor broke',
    ]);
  });
});
