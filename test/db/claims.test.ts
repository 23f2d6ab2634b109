// db/queries/claims on a real library file: replacing automatic claims never
// touches the researcher's reviews, and every review is logged for good.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary, type WritableDb } from '../../db/connection';
import { claimHistory, getClaim, listClaims, replaceAutoClaims, reviewClaim } from '../../db/queries/claims';
import type { ClaimRecord, ExtractedClaim } from '../../main/core/model';
import { importBatch } from '../../main/library/import/importBatch';
import { TOLL_TEXT, claimAt } from '../fixtures/claims';

const NOW = '2021-02-27T09:00:00.000Z';
const LATER = '2021-02-28T09:00:00.000Z';

let dir: string;
let db: WritableDb;
let versionId: number;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tally-claims-'));
  db = openLibrary(join(dir, 'library.sqlite'));
  const report = await importBatch(db, { batchId: 'c', target: { eventName: 'Strikes' }, inputs: [{ kind: 'paste', text: TOLL_TEXT }] });
  versionId = report.imported[0]!.versionId;
});

afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const killed = claimAt(TOLL_TEXT, '22', { value: 22, subject: 'people killed', entity: 'people', measure: 'killed', source: 'Officials' });
const wounded = claimAt(TOLL_TEXT, 'about 30', { value: 30, approx: true, subject: 'people wounded', measure: 'wounded', qualifiers: ['in the strikes'] });
const dead = claimAt(TOLL_TEXT, 'at least 24', { low: 24, approx: true, subject: 'dead', source: 'the monitor', confidence: 0.65 });

/** The stored claims, as the extractor gave them (ids and review state aside). */
function extractedOf(claims: ClaimRecord[]): ExtractedClaim[] {
  return claims.map(({ id: _id, versionId: _v, status: _s, extractorVersion: _e, ...claim }) => claim);
}

function only(words: string): ClaimRecord {
  const found = listClaims(db, versionId).filter((c) => TOLL_TEXT.slice(c.start, c.end) === words);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('replaceAutoClaims and listClaims', () => {
  it('stores every field of each claim and lists them in text order', () => {
    expect(replaceAutoClaims(db, versionId, [dead, killed, wounded], 'x1', NOW)).toEqual({ claims: 3, kept: 0 });
    const claims = listClaims(db, versionId);
    expect(extractedOf(claims)).toEqual([killed, wounded, dead]);
    expect(claims.every((c) => c.status === 'auto' && c.extractorVersion === 'x1' && c.versionId === versionId)).toBe(true);
  });

  it('replaces the automatic claims of that version only', async () => {
    const other = await importBatch(db, { batchId: 'd', target: { eventName: 'Strikes' }, inputs: [{ kind: 'paste', text: `${TOLL_TEXT} Updated.` }] });
    const otherId = other.imported[0]!.versionId;
    replaceAutoClaims(db, otherId, [killed], 'x1', NOW);
    replaceAutoClaims(db, versionId, [killed, wounded], 'x1', NOW);
    expect(replaceAutoClaims(db, versionId, [dead], 'x2', LATER)).toEqual({ claims: 1, kept: 0 });
    expect(extractedOf(listClaims(db, versionId))).toEqual([dead]);
    expect(extractedOf(listClaims(db, otherId))).toEqual([killed]);
  });

  it('keeps confirmed, edited and rejected claims exactly as they are', () => {
    replaceAutoClaims(db, versionId, [killed, wounded, dead], 'x1', NOW);
    reviewClaim(db, { claimId: only('22').id, action: 'confirm' }, NOW);
    reviewClaim(db, { claimId: only('about 30').id, action: 'edit', changes: { value: 31 } }, NOW);
    reviewClaim(db, { claimId: only('at least 24').id, action: 'reject' }, NOW);
    const before = listClaims(db, versionId);

    expect(replaceAutoClaims(db, versionId, [], 'x2', LATER)).toEqual({ claims: 0, kept: 3 });
    expect(listClaims(db, versionId)).toEqual(before);
  });

  it('skips a new claim whose span overlaps a reviewed one, and writes the rest', () => {
    replaceAutoClaims(db, versionId, [killed], 'x1', NOW);
    const confirmed = reviewClaim(db, { claimId: only('22').id, action: 'confirm' }, NOW)!;

    const wider = claimAt(TOLL_TEXT, '22 people', { value: 22, subject: 'people' });
    const touching = claimAt(TOLL_TEXT, ' people were killed'); // starts where "22" ends: no shared character
    expect(replaceAutoClaims(db, versionId, [wider, touching, wounded], 'x2', LATER)).toEqual({ claims: 2, kept: 1 });
    expect(listClaims(db, versionId).map((c) => [TOLL_TEXT.slice(c.start, c.end), c.status])).toEqual([
      ['22', 'confirmed'],
      [' people were killed', 'auto'],
      ['about 30', 'auto'],
    ]);
    expect(getClaim(db, confirmed.id)).toEqual(confirmed);
  });

  it('writes all of a new extraction or none of it', () => {
    replaceAutoClaims(db, versionId, [killed], 'x1', NOW);
    expect(() => replaceAutoClaims(db, versionId, [wounded, { ...dead, confidence: 2 }], 'x2', LATER)).toThrow(/CHECK constraint failed/);
    expect(extractedOf(listClaims(db, versionId))).toEqual([killed]);
  });
});

describe('reviewClaim and claimHistory', () => {
  beforeEach(() => {
    replaceAutoClaims(db, versionId, [killed, wounded, dead], 'x1', NOW);
  });

  it('confirms a claim and logs the action with its fields unchanged', () => {
    const claim = only('22');
    const confirmed = reviewClaim(db, { claimId: claim.id, action: 'confirm' }, LATER)!;
    expect(confirmed).toEqual({ ...claim, status: 'confirmed' });
    const fields = { value: 22, low: null, high: null, approx: false, subject: 'people killed', source: 'Officials', kind: 'figure' };
    expect(claimHistory(db, claim.id)).toEqual([
      { id: expect.any(Number), claimId: claim.id, action: 'confirm', at: LATER, before: fields, after: fields },
    ]);
  });

  it('applies an edit, marks the claim edited and logs the fields before and after', () => {
    const claim = only('about 30');
    const edited = reviewClaim(db, { claimId: claim.id, action: 'edit', changes: { value: null, low: 30, high: 35, subject: 'civilians wounded' } }, LATER)!;
    expect(edited).toEqual({ ...claim, status: 'edited', value: null, low: 30, high: 35, subject: 'civilians wounded' });
    expect(getClaim(db, claim.id)).toEqual(edited);
    const [entry] = claimHistory(db, claim.id);
    expect(entry).toMatchObject({
      action: 'edit',
      before: { value: 30, low: null, high: null, approx: true, subject: 'people wounded', source: null, kind: 'figure' },
      after: { value: null, low: 30, high: 35, approx: true, subject: 'civilians wounded', source: null, kind: 'figure' },
    });
  });

  it('rejects, then reopens: the claim is automatic again and the next extraction replaces it, its log kept', () => {
    const claim = only('at least 24');
    expect(reviewClaim(db, { claimId: claim.id, action: 'reject' }, NOW)!.status).toBe('rejected');
    expect(reviewClaim(db, { claimId: claim.id, action: 'reopen' }, LATER)!.status).toBe('auto');
    expect(claimHistory(db, claim.id).map((a) => [a.action, a.at])).toEqual([
      ['reject', NOW],
      ['reopen', LATER],
    ]);

    expect(replaceAutoClaims(db, versionId, [dead], 'x2', LATER)).toEqual({ claims: 1, kept: 0 });
    expect(getClaim(db, claim.id)).toBeUndefined();
    expect(only('at least 24').id).toBeGreaterThan(claim.id);
    expect(claimHistory(db, claim.id)).toHaveLength(2);
  });

  it('answers undefined for a claim that does not exist, and logs nothing', () => {
    expect(reviewClaim(db, { claimId: 9999, action: 'confirm' }, NOW)).toBeUndefined();
    expect(claimHistory(db, 9999)).toEqual([]);
    expect(db.prepare('SELECT count(*) FROM claim_actions').pluck().get()).toBe(0);
  });

  it('leaves the claim as it was when the edit breaks a rule of the table, and logs nothing', () => {
    const claim = only('about 30');
    expect(() => reviewClaim(db, { claimId: claim.id, action: 'edit', changes: { low: 40, high: 35 } }, NOW)).toThrow(/CHECK constraint failed/);
    expect(getClaim(db, claim.id)).toEqual(claim);
    expect(claimHistory(db, claim.id)).toEqual([]);
  });

  it('keeps the log append-only', () => {
    const claim = only('22');
    reviewClaim(db, { claimId: claim.id, action: 'confirm' }, NOW);
    expect(() => db.prepare("UPDATE claim_actions SET at = '2000-01-01'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM claim_actions').run()).toThrow(/append-only/);
    expect(claimHistory(db, claim.id).map((a) => a.at)).toEqual([NOW]);
  });
});
