// A value a source gave that the extraction missed, added by the researcher
// through the handlers as the app does: stored as their own claim, audited,
// placed in the figure they named, kept when the version is extracted again,
// cited in the report as reviewed, and undone by rejecting it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary, type WritableDb } from '../../db/connection';
import { handlers, type HandlerContext } from '../../main/ipc/handlers';
import { reextractVersions } from '../../main/library/claims/extractVersionClaims';
import { importBatch } from '../../main/library/import/importBatch';
import { reportFromLibrary } from '../../main/report/collectReport';
import { unpackFigures } from '../../main/core/compare/figurePack';

const TEXT =
  'Border clash toll rises\n\nAt least 12 soldiers were killed in the clash on Tuesday, the army said.\n\n' +
  'Local medics said that by nightfall their list of the dead had reached the low thirties.\n';
const WORDS = 'the low thirties';

let dir: string;
let db: WritableDb;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tally-added-'));
  db = openLibrary(join(dir, 'library.sqlite'));
});

afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const ctx = (): HandlerContext => ({ db }) as HandlerContext;

describe('claims:add', () => {
  it('adds the missed value into the figure named, keeps it through extraction, cites it, and undoes it', async () => {
    const report = await importBatch(db, { batchId: 'b', target: { eventName: 'Border clash' }, inputs: [{ kind: 'paste', title: 'Border clash toll rises', text: TEXT }] }, { onWarning: () => {} });
    const { versionId, eventId } = report.imported[0]!;
    const before = unpackFigures(await handlers['events:figures']({ eventId }, ctx()));
    const killed = before.find((f) => f.label === 'troops killed')!;
    expect(killed.members.map((m) => m.text)).toEqual(['At least 12']);

    const start = TEXT.indexOf(WORDS);
    const added = await handlers['claims:add'](
      { versionId, start, end: start + WORDS.length, value: null, low: 30, high: 33, approx: true, source: 'Local medics', subject: 'soldiers killed', figure: killed.ref },
      ctx(),
    );
    expect(added).toMatchObject({ status: 'confirmed', extractorVersion: 'researcher', low: 30, high: 33, source: 'Local medics', sentenceStart: TEXT.indexOf('Local medics') });
    expect((await handlers['claims:history']({ claimId: added.id }, ctx())).map((a) => a.action)).toEqual(['add']);

    const inFigure = unpackFigures(await handlers['events:figures']({ eventId }, ctx())).find((f) => f.members.some((m) => m.claimId === added.id))!;
    expect(inFigure.members.map((m) => m.text).sort()).toEqual(['At least 12', WORDS]);
    // "at least 12" and "the low thirties" can both be true
    expect(inFigure.status).toBe('agree');

    // extracting the version again keeps the researcher's claim
    reextractVersions(db, [versionId], () => '2026-12-07T10:00:00Z');
    const after = unpackFigures(await handlers['events:figures']({ eventId }, ctx())).find((f) => f.members.some((m) => m.claimId === added.id));
    expect(after?.members.map((m) => m.text).sort()).toEqual(['At least 12', WORDS]);

    // the report cites it, as reviewed by the researcher
    const cited = reportFromLibrary(db, { id: eventId, name: 'Border clash' });
    expect(cited.claims.find((c) => c.id === added.id)).toMatchObject({ text: WORDS, status: 'confirmed', source: 'Local medics' });

    // undone: rejected, it leaves the figure; its log says both
    await handlers['claims:review']({ claimId: added.id, action: 'reject' }, ctx());
    expect(unpackFigures(await handlers['events:figures']({ eventId }, ctx())).some((f) => f.members.some((m) => m.claimId === added.id))).toBe(false);
    expect((await handlers['claims:history']({ claimId: added.id }, ctx())).map((a) => a.action)).toEqual(['add', 'reject']);
  });

  it('refuses words outside the text, and a range that runs backwards, in one line', async () => {
    const report = await importBatch(db, { batchId: 'b', target: { eventName: 'Border clash' }, inputs: [{ kind: 'paste', title: 'Border clash toll rises', text: TEXT }] }, { onWarning: () => {} });
    const { versionId } = report.imported[0]!;
    const base = { versionId, value: 31, low: null, high: null, approx: false, source: null, subject: 'soldiers killed', figure: null };
    await expect(async () => handlers['claims:add']({ ...base, start: TEXT.length - 2, end: TEXT.length + 5 }, ctx())).rejects.toMatchObject({
      code: 'invalid-argument',
      message: 'the value’s words must be a stretch of the version’s text',
    });
    await expect(async () => handlers['claims:add']({ ...base, start: 0, end: 6, value: null, low: 40, high: 30 }, ctx())).rejects.toMatchObject({
      code: 'invalid-argument',
      message: expect.stringContaining('low must not exceed high'),
    });
  });
});

describe('claims:override', () => {
  it('corrects a source’s amount with the reason as a note on it, in one step the report shows, and can be put back', async () => {
    const report = await importBatch(db, { batchId: 'b', target: { eventName: 'Border clash' }, inputs: [{ kind: 'paste', title: 'Border clash toll rises', text: TEXT }] }, { onWarning: () => {} });
    const { eventId } = report.imported[0]!;
    const killed = unpackFigures(await handlers['events:figures']({ eventId }, ctx())).find((f) => f.label === 'troops killed')!;
    const army = killed.members[0]!;
    const { claim, noteId } = await handlers['claims:override'](
      { claimId: army.claimId, changes: { value: 14, low: 14, high: 14, approx: false }, note: 'The army’s own statement of Wednesday gives 14.' },
      ctx(),
    );
    expect(claim).toMatchObject({ status: 'edited', value: 14, low: 14, high: 14 });
    const after = unpackFigures(await handlers['events:figures']({ eventId }, ctx())).find((f) => f.members.some((m) => m.claimId === army.claimId))!;
    expect(after.notes.map((n) => [n.id, n.body])).toEqual([[noteId, 'The army’s own statement of Wednesday gives 14.']]);
    const cited = reportFromLibrary(db, { id: eventId, name: 'Border clash' });
    expect(cited.claims.find((c) => c.id === army.claimId)).toMatchObject({ value: 14, status: 'edited' });
    expect(cited.figures.find((f) => f.claims.includes(army.claimId))!.notes.map((n) => n.body)).toEqual(['The army’s own statement of Wednesday gives 14.']);

    // a reason is needed, and the range must run upwards; nothing is stored when either is wrong
    await expect(async () => handlers['claims:override']({ claimId: army.claimId, changes: { low: 20, high: 10 }, note: 'x' }, ctx())).rejects.toMatchObject({ code: 'invalid-argument' });

    // put back as the screen's Undo does: the amount as it was, the note removed; the log keeps every step
    await handlers['claims:review']({ claimId: army.claimId, action: 'edit', changes: { value: army.value, low: army.low, high: army.high, approx: army.approx } }, ctx());
    await handlers['figures:act']({ eventId, action: { kind: 'note-delete', noteId } }, ctx());
    const back = unpackFigures(await handlers['events:figures']({ eventId }, ctx())).find((f) => f.members.some((m) => m.claimId === army.claimId))!;
    expect(back.members.find((m) => m.claimId === army.claimId)).toMatchObject({ value: army.value, low: army.low, high: army.high });
    expect(back.notes).toEqual([]);
    expect((await handlers['claims:history']({ claimId: army.claimId }, ctx())).map((a) => a.action)).toEqual(['edit', 'edit']);
  });
});
