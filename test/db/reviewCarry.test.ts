// A review carried to the same claim in the article's other versions,
// through the handlers as the app does, on the two CBS captures of one
// article: a wrong figure rejected in version 1 leaves version 2 and the
// figures too; a claim the researcher reviewed otherwise keeps its review;
// "this version only" keeps a review to one version.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WritableDb } from '../../db/connection';
import type { ClaimRecord } from '../../main/core/model';
import { handlers, type HandlerContext } from '../../main/ipc/handlers';
import { importBatch } from '../../main/library/import/importBatch';
import { openLibraryForWork } from '../../main/library/openLibraryForWork';
import { corpusPath } from '../fixtures/corpus';
import { unpackFigures } from '../../main/core/compare/figurePack';

let dir: string;
let db: WritableDb;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tally-carry-'));
  db = openLibraryForWork(join(dir, 'library.sqlite'));
});

afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const ctx = (): HandlerContext => ({ db }) as HandlerContext;

async function twoVersions(): Promise<{ eventId: number; v1: number; v2: number }> {
  const report = await importBatch(db, { batchId: 'b', target: { eventName: 'Bukamal' }, inputs: ['cbs-bukamal-r1.txt', 'cbs-bukamal-r2.txt'].map((f) => ({ kind: 'path', path: corpusPath(f as 'cbs-bukamal-r1.txt') })) });
  const [first, second] = report.imported;
  expect(first!.articleId).toBe(second!.articleId);
  return { eventId: first!.eventId, v1: first!.versionId, v2: second!.versionId };
}

const claims = async (versionId: number): Promise<ClaimRecord[]> => handlers['claims:list']({ versionId }, ctx());

/** A claim of version 1 whose sentence version 2 keeps word for word, and that claim there. */
async function pairOf(v1: number, v2: number): Promise<[ClaimRecord, ClaimRecord]> {
  const text = async (id: number) => (await handlers['versions:get']({ id }, ctx())).text;
  const [t1, t2] = [await text(v1), await text(v2)];
  const second = await claims(v2);
  for (const c of await claims(v1)) {
    const sentence = t1.slice(c.sentenceStart, c.sentenceEnd);
    const twin = second.find((d) => t2.slice(d.sentenceStart, d.sentenceEnd) === sentence && d.start - d.sentenceStart === c.start - c.sentenceStart && d.kind === c.kind);
    if (twin) return [c, twin];
  }
  throw new Error('no claim kept word for word');
}

describe('a review carried to the article’s other versions', () => {
  it('rejects the same claim in the other version, and the figures lose it in both', async () => {
    const { eventId, v1, v2 } = await twoVersions();
    const [c1, c2] = await pairOf(v1, v2);
    const reviewed = await handlers['claims:review']({ claimId: c1.id, action: 'reject' }, ctx());
    expect(reviewed.carriedTo).toEqual([c2.id]);
    expect((await claims(v2)).find((c) => c.id === c2.id)?.status).toBe('rejected');
    const members = unpackFigures(await handlers['events:figures']({ eventId }, ctx())).flatMap((f) => f.members);
    expect(members.some((m) => m.claimId === c1.id || m.claimId === c2.id)).toBe(false);
    expect((await handlers['claims:history']({ claimId: c2.id }, ctx())).map((a) => a.action)).toEqual(['reject']);

    // reopened, both come back
    expect((await handlers['claims:review']({ claimId: c1.id, action: 'reopen' }, ctx())).carriedTo).toEqual([c2.id]);
    expect((await claims(v2)).find((c) => c.id === c2.id)?.status).toBe('auto');
  });

  it('carries an edit, keeps a claim reviewed otherwise as it is, and keeps a review to one version when asked', async () => {
    const { v1, v2 } = await twoVersions();
    const [c1, c2] = await pairOf(v1, v2);
    await handlers['claims:review']({ claimId: c2.id, action: 'confirm' }, ctx());
    // the researcher already confirmed version 2's: the edit of version 1's does not reach it
    expect((await handlers['claims:review']({ claimId: c1.id, action: 'edit', changes: { subject: 'militants killed' } }, ctx())).carriedTo).toEqual([]);
    expect((await claims(v2)).find((c) => c.id === c2.id)).toMatchObject({ status: 'confirmed' });

    await handlers['claims:review']({ claimId: c2.id, action: 'reopen', thisVersionOnly: true }, ctx());
    expect((await handlers['claims:review']({ claimId: c1.id, action: 'confirm', thisVersionOnly: true }, ctx())).carriedTo).toEqual([]);
    expect((await claims(v2)).find((c) => c.id === c2.id)?.status).toBe('auto');
  });
});
