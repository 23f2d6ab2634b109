// The comparison's options: a change that is only case or only spacing
// vanishes when the option is on and stays when it is off; a figure that
// changed is still found either way; offsets still index the stored texts.
import { describe, expect, it } from 'vitest';
import { foldCase, optionKey } from '../../../main/core/diff/diffOptions';
import { diffTexts } from '../../../main/core/diff/diffTexts';
import { diffSentenceWords } from '../../../main/core/diff/jsdiff';
import { extractClaims } from '../../../main/core/extract';
import type { DiffOptions, VersionDiff } from '../../../main/core/model';

const compare = (before: string, after: string, options?: DiffOptions): VersionDiff =>
  diffTexts({ before, after, claimsBefore: extractClaims(before), claimsAfter: extractClaims(after), options });

const kinds = (d: VersionDiff): string[] => d.units.map((u) => u.kind);

const BEFORE = 'Police said 12 people were arrested in the capital.\n\nThe march ended peacefully at the town hall.';
const RECASED = 'police said 12 People were arrested in the Capital.\n\nThe march ended peacefully at the Town Hall.';
const RESPACED = 'Police  said 12 people were arrested in the \t capital.\n\nThe march ended peace fully at the town hall.';

describe('ignore case', () => {
  it('keeps sentences that differ only in case, which count as changed without the option', () => {
    expect(kinds(compare(BEFORE, RECASED))).toEqual(['changed', 'changed']);
    const d = compare(BEFORE, RECASED, { ignoreCase: true });
    expect(kinds(d)).toEqual(['same', 'same']);
    expect(d.summary).toMatchObject({ changed: 0, minor: 0, unchangedShare: 1 });
    expect(d.texts.after).toBe(RECASED);
  });

  it('still shows a changed word and a changed figure in a sentence whose case changed too', () => {
    const after = 'POLICE said 19 people were detained in the capital.\n\nThe march ended peacefully at the town hall.';
    const d = compare(BEFORE, after, { ignoreCase: true });
    expect(kinds(d)).toEqual(['changed', 'same']);
    const parts = d.units[0]!.parts!;
    expect(parts.filter((p) => p.kind !== 'same').map((p) => `${p.kind}:${p.text.trim()}`)).toEqual(['removed:12', 'added:19', 'removed:arrested', 'added:detained']);
    // the kept words carry the earlier sentence's own case, so both sides can be placed in their texts
    expect(parts[0]).toEqual({ kind: 'same', text: 'POLICE said ', before: 'Police said ' });
    expect(d.figureChanges.map((f) => `${f.kind}:${f.before?.text}→${f.after?.text}`)).toEqual(['changed:12→19']);
  });
});

describe('ignore whitespace', () => {
  it('keeps sentences that differ only in spacing, which are minor changes without the option', () => {
    const plain = compare(BEFORE, RESPACED);
    expect(kinds(plain)).toEqual(['changed', 'changed']);
    expect(plain.units[0]!.minor).toBe(true);
    const d = compare(BEFORE, RESPACED, { ignoreWhitespace: true });
    expect(kinds(d)).toEqual(['same', 'same']);
    expect(d.summary).toMatchObject({ changed: 0, minor: 0 });
    // offsets index the later text as stored, line break and double space included
    expect(RESPACED.slice(d.units[0]!.after!.start, d.units[0]!.after!.end)).toBe('Police  said 12 people were arrested in the \t capital.');
  });

  it('does not ignore case, nor does ignoring case ignore spacing', () => {
    expect(kinds(compare(BEFORE, RECASED, { ignoreWhitespace: true }))).toEqual(['changed', 'changed']);
    expect(kinds(compare(BEFORE, RESPACED, { ignoreCase: true }))).toEqual(['changed', 'changed']);
    const both = `${RECASED.replace('Capital', 'Cap ital')}`;
    expect(kinds(compare(BEFORE, both, { ignoreCase: true, ignoreWhitespace: true }))).toEqual(['same', 'same']);
  });

  it('still finds a figure that changed inside a respaced sentence', () => {
    const after = 'Police  said 21 people were arrested in the \t capital.\n\nThe march ended peacefully at the town hall.';
    const d = compare(BEFORE, after, { ignoreWhitespace: true, ignoreCase: true });
    expect(kinds(d)).toEqual(['changed', 'same']);
    expect(d.figureChanges.map((f) => `${f.before?.text}→${f.after?.text}`)).toEqual(['12→21']);
  });
});

describe('the keys the options compare by', () => {
  it('folds case without changing the length, and takes out all whitespace only when asked', () => {
    expect(foldCase('İstanbul ÉTÉ')).toHaveLength('İstanbul ÉTÉ'.length);
    expect(foldCase('Police ÉTÉ')).toBe('police été');
    expect(optionKey('A  b\nC', {})).toBe('A  b\nC');
    expect(optionKey('A  b\nC', { ignoreWhitespace: true })).toBe('AbC');
    expect(optionKey('A  b\nC', { ignoreCase: true, ignoreWhitespace: true })).toBe('abc');
  });

  it('word diff without the option marks a change of case', () => {
    expect(diffSentenceWords('The Mayor spoke.', 'The mayor spoke.', 100)!.some((p) => p.kind !== 'same')).toBe(true);
    expect(diffSentenceWords('The Mayor spoke.', 'The mayor spoke.', 100, true)).toEqual([{ kind: 'same', text: 'The mayor spoke.', before: 'The Mayor spoke.' }]);
  });
});
