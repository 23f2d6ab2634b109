// The history told in words from the logs' rows, with names looked up by a
// stand-in: one line per action, with what stands in the way of its undo.
import { describe, expect, it } from 'vitest';
import { describeRows, groupActions, historyEntries, type HistoryContext } from '../../../main/core/history/historyEntries';
import { claimAdd, claimEdit, claimReject } from '../../../main/core/history/describeClaims';
import { figureMerge, figureRename, figureUnmerge, noteAdd } from '../../../main/core/history/describeCuration';
import { articleMove, eventRename, eventRestore, eventTrash, outletRename } from '../../../main/core/history/describeLibrary';
import { metadataEdit } from '../../../main/core/history/describeMetadata';
import { historyKey, kindKey, type Describing, type HistoryNames, type HistoryRef, type HistoryRow } from '../../../main/core/history/historyModel';
import { amount, keyWords } from '../../../main/core/history/historyWords';

const names: HistoryNames = {
  event: (id) => ({ 1: 'Ecuador quake', 2: 'Nice' })[id] ?? `event ${id}`,
  article: (id) => ({ 7: 'Quake toll rises' })[id] ?? `article ${id}`,
  version: (id) => ({ 70: 'Reuters v2' })[id] ?? `version ${id}`,
  claimVersion: (claimId) => (claimId === 5 ? 70 : null),
  figure: (id) => ({ 3: 'people killed' })[id] ?? `figure ${id}`,
  figureLabel: () => null,
  automaticFigure: () => 'people killed',
  source: () => 'SOHR',
};

const KINDS: Record<string, Describing> = {
  'library:event-rename': eventRename,
  'library:event-trash': eventTrash,
  'library:event-restore': eventRestore,
  'library:article-move': articleMove,
  'library:outlet-rename': outletRename,
  'metadata:title': metadataEdit,
  'metadata:byline': metadataEdit,
  'claims:reject': claimReject,
  'claims:edit': claimEdit,
  'claims:add': claimAdd,
  'curation:rename': figureRename,
  'curation:merge': figureMerge,
  'curation:unmerge': figureUnmerge,
  'curation:note': noteAdd,
};

let nextId = 1;
function row(log: HistoryRow['log'], kind: string, at: string, detail: Record<string, unknown>, eventId: number | null = 1): HistoryRow {
  return { log, id: nextId++, kind, at, eventId, detail };
}

function context(undone: [HistoryRef, HistoryRef][] = []): HistoryContext {
  return {
    names,
    describing: (r) => KINDS[kindKey(r)],
    undoable: (r) => kindKey(r) in KINDS,
    undone: new Map(undone.map(([undo, of]) => [historyKey(undo), of])),
    rowsOf: () => [],
  };
}

const tell = (rows: HistoryRow[]): string => describeRows(rows, context());

describe('telling an action in one line', () => {
  it('names events, articles and outlets', () => {
    expect(tell([row('library', 'event-rename', 't', { eventId: 1, before: 'Quake', after: 'Ecuador quake' })])).toBe('Renamed event “Quake” to “Ecuador quake”');
    expect(tell([row('library', 'event-trash', 't', { eventId: 2 })])).toBe('Moved event “Nice” to the trash');
    expect(tell([row('library', 'article-move', 't', { articleId: 7, from: 2, to: 1 })])).toBe('Moved “Quake toll rises” from “Nice” to “Ecuador quake”');
    expect(tell([row('library', 'outlet-rename', 't', { from: 'REUTERS', to: 'Reuters', names: ['REUTERS', 'Thomson Reuters'] })])).toBe(
      'Renamed outlet “REUTERS” to “Reuters” (“REUTERS”, “Thomson Reuters”)',
    );
  });

  it('tells a review carried to other versions as one, with the amount and what it counts', () => {
    const at = 't';
    const before = { value: 300, low: 300, high: 300, approx: false, subject: 'people killed' };
    const rows = [5, 6, 8].map((claimId) => row('claims', 'reject', at, { claimId, before, after: before }));
    expect(tell(rows)).toBe('Rejected 300 people killed in Reuters v2 (and 2 other versions)');
    expect(tell([row('claims', 'edit', at, { claimId: 5, before, after: { ...before, value: 310, low: 310, high: 310 } })])).toBe('Corrected 300 people killed to 310 people killed in Reuters v2');
    expect(tell([row('claims', 'reject', at, { claimId: 99, before, after: before })])).toBe('Rejected 300 people killed in a claim no longer stored');
  });

  it('names a figure known only by its group in words, the incident after the measure', () => {
    expect(keyWords('killed|people|')).toBe('people killed');
    expect(keyWords('wounded|contractors|US,in total')).toBe('US in total contractors wounded');
    expect(keyWords('killed|contractors|at:erbil')).toBe('contractors killed in Erbil');
    expect(keyWords('killed|people|year:1999@2024-03-05')).toBe('people killed in 1999');
  });

  it('says amounts as a reader writes them', () => {
    expect(amount({ value: 1500000 })).toBe('1,500,000');
    expect(amount({ value: 20, low: 20, high: 25, approx: false })).toBe('20–25');
    expect(amount({ value: 300, approx: true })).toBe('about 300');
    expect(amount({ value: null, low: 20, high: null })).toBe('at least 20');
  });

  it('tells several fields corrected at once as one correction, and a single one with its value', () => {
    const at = 't';
    expect(tell([row('metadata', 'byline', at, { articleId: null, versionId: 70, value: 'Jane Doe' })])).toBe('Set the byline of Reuters v2 to “Jane Doe”');
    expect(tell([row('metadata', 'byline', at, { articleId: 7, versionId: null, value: null })])).toBe('Put the byline of “Quake toll rises” back to what the capture says');
    expect(tell([row('metadata', 'title', at, { articleId: 7, versionId: null, value: 'Toll rises' }), row('metadata', 'byline', at, { articleId: 7, versionId: null, value: '' })])).toBe(
      'Corrected the headline and byline of “Quake toll rises”',
    );
  });

  it('joins an action’s parts in different logs into one line', () => {
    const at = 't';
    const before = { value: 300, subject: 'people killed' };
    expect(tell([row('claims', 'edit', at, { claimId: 5, before, after: { value: 77, subject: 'people killed' } }), row('curation', 'note', at, { noteId: 1, body: 'checked' })])).toBe(
      'Corrected 300 people killed to 77 people killed in Reuters v2; noted on a claim: “checked”',
    );
  });
});

describe('merges', () => {
  it('names the figure merged away by the group it held, and its unmerge', () => {
    const detail = { figureId: 4, into: 3, keys: ['wounded|people|'], placements: [], notes: [] };
    const [unmerged, merged] = historyEntries(groupActions([row('curation', 'merge', 't1', detail), row('curation', 'unmerge', 't2', detail)]), context());
    expect(merged).toMatchObject({ description: 'Merged “people wounded” into “people killed”', canUndo: false, why: 'Changed again later (Took “people wounded” back out of “people killed”): undo that first.' });
    expect(unmerged).toMatchObject({
      description: 'Took “people wounded” back out of “people killed”',
      canUndo: true,
      asks: 'Merge “people wounded” into “people killed” again? Its claims join that figure.',
    });
  });
});

describe('which entries can be undone', () => {
  it('groups rows written at one moment, newest first, and refuses an entry a later one changed, naming it', () => {
    const first = row('library', 'event-rename', '2026-01-01T10:00:00.000Z', { eventId: 1, before: 'Quake', after: 'Ecuador quake' });
    const other = row('library', 'event-trash', '2026-01-01T10:01:00.000Z', { eventId: 2 });
    const second = row('library', 'event-rename', '2026-01-01T10:02:00.000Z', { eventId: 1, before: 'Ecuador quake', after: 'Quito quake' });
    const entries = historyEntries(groupActions([first, other, second]), context());
    expect(entries.map((e) => [e.description, e.canUndo, e.why])).toEqual([
      ['Renamed event “Ecuador quake” to “Quito quake”', true, null],
      ['Moved event “Nice” to the trash', true, null],
      ['Renamed event “Quake” to “Ecuador quake”', false, 'Changed again later (Renamed event “Ecuador quake” to “Quito quake”): undo that first.'],
    ]);
  });

  it('tells an undo by what it undid, frees what the undone later action stood in the way of, and an undo of an undo redoes', () => {
    const first = row('library', 'event-rename', '2026-01-01T10:00:00.000Z', { eventId: 1, before: 'A', after: 'B' });
    const second = row('library', 'event-rename', '2026-01-01T10:01:00.000Z', { eventId: 1, before: 'B', after: 'C' });
    const undo = row('library', 'event-rename', '2026-01-01T10:02:00.000Z', { eventId: 1, before: 'C', after: 'B' });
    const redo = row('library', 'event-rename', '2026-01-01T10:03:00.000Z', { eventId: 1, before: 'B', after: 'C' });
    const ref = (r: HistoryRow): HistoryRef => ({ log: r.log, id: r.id });

    const undone = historyEntries(groupActions([first, second, undo]), context([[ref(undo), ref(second)]]));
    expect(undone.map((e) => [e.description, e.isUndo, e.canUndo, e.why])).toEqual([
      ['Undid: Renamed event “B” to “C”', true, true, null],
      ['Renamed event “B” to “C”', false, false, 'Already undone by a later entry.'],
      ['Renamed event “A” to “B”', false, true, null],
    ]);

    const redone = historyEntries(groupActions([first, second, undo, redo]), context([[ref(undo), ref(second)], [ref(redo), ref(undo)]]));
    expect(redone.map((e) => [e.description, e.isUndo, e.canUndo])).toEqual([
      ['Redid: Renamed event “B” to “C”', false, true],
      ['Undid: Renamed event “B” to “C”', true, false],
      // the redo stands again: what it changed waits on it
      ['Renamed event “B” to “C”', false, true],
      ['Renamed event “A” to “B”', false, false],
    ]);
  });

  it('says why a kind is never undone here, and what asks first', () => {
    const merge = row('curation', 'merge', 't1', { figureId: 4, into: 3, keys: [] });
    const note = row('curation', 'note', 't2', { noteId: 9, figureId: 3, body: 'check it' });
    const restore = row('library', 'event-restore', 't3', { eventId: 2 });
    const unknown = row('library', 'article-split', 't4', { articleId: 7 });
    const [split, restored, noted, merged] = historyEntries(groupActions([merge, note, restore, unknown]), context());
    expect(merged).toMatchObject({
      description: 'Merged “figure 4” into “people killed”',
      canUndo: false,
      why: 'Cannot be undone here: this merge was made before Tally kept what a merge moves; split its claims off again instead (Split… in the figure).',
    });
    expect(noted).toMatchObject({ canUndo: true, asks: 'Delete the note “check it”? It stays in the history, and Redo brings it back.' });
    expect(restored!.asks).toBe('Move “Nice” to the trash again? Its articles and versions stay in the library.');
    expect(split).toMatchObject({ description: 'article-split (library)', canUndo: false, why: 'Tally cannot undo this kind of action yet.' });
  });
});
