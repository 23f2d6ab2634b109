import { describe, expect, it } from 'vitest';
import type { CurationLogEntry } from '../../../main/core/model';
import { describeAction, type LogNames } from './describeAction';

const names: LogNames = {
  figure: (id) => `“figure ${String(id)}”`,
  automatic: (id) => `“automatic ${String(id)}”`,
  article: (id) => `“article ${String(id)}”`,
  source: (id) => `source ${String(id)}`,
};

function entry(action: string, detail: Record<string, unknown>): CurationLogEntry {
  return { id: 1, at: '2024-03-05T10:00:00.000Z', eventId: 1, action, detail };
}

const say = (action: string, detail: Record<string, unknown>): string => describeAction(entry(action, detail), names);

const span = (start: number) => ({ versionId: 10, start, end: start + 2 });

describe('the sentence of each curation action', () => {
  it('says what a figure was renamed from and to', () => {
    expect(say('rename', { figureId: 3, before: 'people killed', after: 'people killed in the strikes' })).toBe(
      'Renamed “people killed” to “people killed in the strikes”',
    );
  });

  it('names a figure renamed for the first time by its automatic name', () => {
    expect(say('rename', { figureId: 3, before: null, after: 'civilians killed' })).toBe('Renamed “automatic 3” to “civilians killed”');
  });

  it('says when a figure was given back its automatic name', () => {
    expect(say('rename', { figureId: 3, before: 'civilians killed', after: null })).toBe('Gave “civilians killed” back its automatic name');
    expect(say('rename', { figureId: 3, before: null, after: null })).toBe('Gave “figure 3” back its automatic name');
  });

  it('gives the best value chosen, a single number or a range', () => {
    expect(say('best', { figureId: 3, best: { low: 20, high: 25 } })).toBe('Chose 20–25 as the best value of “figure 3”');
    expect(say('best', { figureId: 3, best: { low: 1200, high: 1200 } })).toBe('Chose 1,200 as the best value of “figure 3”');
    expect(say('best', { figureId: 3, best: { low: 0, high: 0 } })).toBe('Chose 0 as the best value of “figure 3”');
  });

  it('says when the best value was cleared', () => {
    expect(say('best', { figureId: 3, best: null })).toBe('Cleared the best value of “figure 3”');
  });

  it('counts the claims moved, and where to', () => {
    expect(say('move', { claims: [span(1)], to: 4 })).toBe('Moved 1 claim to “figure 4”');
    expect(say('move', { claims: [span(1), span(5), span(9)], to: 4 })).toBe('Moved 3 claims to “figure 4”');
  });

  it('says when claims were sent back to where grouping puts them', () => {
    expect(say('move', { claims: [span(1), span(5)], to: null })).toBe('Sent 2 claims back to where grouping puts them');
    expect(say('move', { claims: [span(1)], to: null })).toBe('Sent 1 claim back to where grouping puts it');
  });

  it('counts no claims when the entry lists none', () => {
    expect(say('move', { claims: [], to: 4 })).toBe('Moved 0 claims to “figure 4”');
    expect(say('move', { to: 4 })).toBe('Moved 0 claims to “figure 4”');
  });

  it('says what a split took off which figure, and the new figure’s name', () => {
    expect(say('split', { from: 3, figureId: 8, claims: [span(1)], label: 'soldiers wounded' })).toBe(
      'Split 1 claim off “figure 3” into “soldiers wounded”',
    );
    expect(say('split', { from: 3, figureId: 8, claims: [span(1), span(5)], label: null })).toBe('Split 2 claims off “figure 3” into “figure 8”');
  });

  it('names a merged figure by the groups it held, scope first', () => {
    expect(say('merge', { figureId: 5, into: 3, keys: ['wounded|soldier|US'] })).toBe('Merged “US soldier wounded” into “figure 3”');
    expect(say('merge', { figureId: 5, into: 3, keys: ['injured|contractors|US,in total'] })).toBe('Merged “US in total contractors injured” into “figure 3”');
    expect(say('merge', { figureId: 5, into: 3, keys: ['killed|people|', 'killed|civilian|Gaza@2024-03-05'] })).toBe(
      'Merged “people killed”, “Gaza civilian killed” into “figure 3”',
    );
  });

  it('says a merge taken apart, by the groups the figure took back', () => {
    expect(say('unmerge', { figureId: 5, into: 3, keys: ['wounded|soldier|US'], placements: [], notes: [] })).toBe('Took “US soldier wounded” back out of “figure 3”');
  });

  it('names a merged figure that held no groups by its id', () => {
    expect(say('merge', { figureId: 5, into: 3, keys: [] })).toBe('Merged “figure 5” into “figure 3”');
    expect(say('merge', { figureId: 5, into: 3 })).toBe('Merged “figure 5” into “figure 3”');
  });

  it('quotes a note on a figure or a claim', () => {
    expect(say('note', { noteId: 1, figureId: 3, body: 'Ministry figure, not verified' })).toBe('Noted on “figure 3”: “Ministry figure, not verified”');
    expect(say('note', { noteId: 2, claim: span(1), body: 'Quoted from a tweet' })).toBe('Noted on a claim: “Quoted from a tweet”');
  });

  it('quotes a note edited, with what it was', () => {
    expect(say('note-edit', { noteId: 1, before: 'unverified', after: 'verified by phone' })).toBe('Edited a note: “verified by phone” (was “unverified”)');
  });

  it('quotes a deleted note', () => {
    expect(say('note-delete', { noteId: 1, before: { id: 1, body: 'check again' } })).toBe('Deleted a note: “check again”');
    expect(say('note-delete', { noteId: 1 })).toBe('Deleted a note: “”');
  });

  it('names a source added, and a name given to or taken from a source', () => {
    expect(say('source', { sourceId: 2, name: 'Syrian Observatory for Human Rights' })).toBe('Added “Syrian Observatory for Human Rights” to the sources');
    expect(say('alias', { alias: 'SOHR', sourceId: 2, before: null })).toBe('Named “SOHR” as source 2');
    expect(say('alias-remove', { alias: 'SOHR', sourceId: 2 })).toBe('Removed the name “SOHR” from source 2');
  });

  it('gives a source’s grade, with the one it replaced', () => {
    expect(say('grade', { sourceId: 2, before: null, after: 'B' })).toBe('Graded source 2 B');
    expect(say('grade', { sourceId: 2, before: 'D', after: 'B' })).toBe('Graded source 2 B (was D)');
  });

  it('says when a source’s grade was cleared', () => {
    expect(say('grade', { sourceId: 2, before: 'B', after: null })).toBe('Cleared the grade of source 2');
  });

  it('says which article was marked a copy of which, or as its own text', () => {
    expect(say('copy', { articleId: 7, copyOf: 6 })).toBe('Marked “article 7” as a copy of “article 6”');
    expect(say('copy', { articleId: 7, copyOf: null, ownText: true })).toBe('Marked “article 7” as its own text, never a copy');
    expect(say('copy-remove', { articleId: 7 })).toBe('Cleared the copy mark of “article 7”');
  });

  it('gives an action it does not know by its name', () => {
    expect(say('reindex', { figureId: 3 })).toBe('reindex');
  });
});
