// How alike two sentences are, and which edits are minor: punctuation,
// whitespace and quotation-mark style only. A changed number never is.
import { describe, expect, it } from 'vitest';
import { diffTexts } from '../../../main/core/diff/diffTexts';
import { containment, minorKey, sameKey, similarity, wordsOf } from '../../../main/core/diff/similarity';
import type { DiffUnit } from '../../../main/core/model';

/** The one unit that is not `same`, or the only unit, of a one-sentence diff. */
function unitOf(before: string, after: string): { unit: DiffUnit; minorCount: number } {
  const diff = diffTexts({ before, after, claimsBefore: [], claimsAfter: [] });
  expect(diff.units).toHaveLength(1);
  return { unit: diff.units[0]!, minorCount: diff.summary.minor };
}

describe('words and likeness', () => {
  it('keeps numbers whole and lower-cases words', () => {
    expect(wordsOf('The contract was worth $35,000,000, up from 1.5 million, the U.S. Treasury said.')).toEqual([
      'the', 'contract', 'was', 'worth', '35,000,000', 'up', 'from', '1.5', 'million', 'the', 'u.s', 'treasury', 'said',
    ]);
  });

  it('scores the same words 1, no shared word 0, and one changed figure in between', () => {
    const a = wordsOf('Officials said 40 homes had been destroyed.');
    expect(similarity(a, a)).toBe(1);
    expect(similarity(a, wordsOf('Schools stay closed until Friday.'))).toBe(0);
    const b = wordsOf('Officials said 45 homes had been destroyed.');
    expect(similarity(a, b)).toBeCloseTo(6 / 7);
  });

  it('sees a sentence grown by a clause as containing the old one', () => {
    const three = wordsOf('Three officers were slightly injured.');
    const grown = wordsOf('Five officers were slightly injured, and at least 30 shops were damaged, according to the city council.');
    expect(similarity(three, grown)).toBeLessThan(0.5);
    expect(containment(three, grown)).toBeCloseTo(4 / 5);
    expect(containment(wordsOf('No one died.'), wordsOf('No one died in the fire, police said.'))).toBe(0);
  });

  it('gives the same key to sentences that differ only in spacing, punctuation or quotation marks', () => {
    expect(sameKey('Officials said 40 homes\n had been  destroyed. ')).toBe('Officials said 40 homes had been destroyed.');
    expect(minorKey('The minister said: “We will rebuild every home.”')).toBe(minorKey('The minister said: "We will rebuild every home."'));
    expect(minorKey('The village’s school reopened.')).toBe(minorKey("The village's school reopened."));
    expect(minorKey('Officials said 40 homes had been destroyed.')).not.toBe(minorKey('Officials said 45 homes had been destroyed.'));
  });
});

describe('minor changes', () => {
  it('marks a change of quotation-mark style alone as minor', () => {
    const { unit, minorCount } = unitOf('The minister said: "We will rebuild every home."', 'The minister said: “We will rebuild every home.”');
    expect(unit).toMatchObject({ kind: 'changed', minor: true });
    expect(minorCount).toBe(1);
  });

  it('marks a curly apostrophe replacing a straight one as minor', () => {
    const { unit } = unitOf("The village's only school reopened on Thursday.", 'The village’s only school reopened on Thursday.');
    expect(unit).toMatchObject({ kind: 'changed', minor: true });
  });

  it('marks a dropped comma as minor, and its word diff shows just the comma', () => {
    const { unit } = unitOf('Officials said 40 homes had been destroyed, and more were at risk.', 'Officials said 40 homes had been destroyed and more were at risk.');
    expect(unit).toMatchObject({ kind: 'changed', minor: true });
    expect(unit.parts!.filter((p) => p.kind !== 'same')).toEqual([{ kind: 'removed', text: ',' }]);
  });

  it('marks a whitespace-only edit inside a sentence as minor and counts the text as unchanged', () => {
    const before = 'Officials said 40 homes had been  destroyed by the landslide.';
    const after = 'Officials said 40 homes had been destroyed by the landslide.';
    const diff = diffTexts({ before, after, claimsBefore: [], claimsAfter: [] });
    expect(diff.units).toHaveLength(1);
    expect(diff.units[0]!.minor).toBe(true);
    expect(['same', 'changed']).toContain(diff.units[0]!.kind);
    expect(diff.summary.unchangedShare).toBe(1);
  });

  // Engine fault: a line break inside a paragraph ends a sentence
  // (core/text/sentences.ts), so a hard-wrapped plain-text capture against the
  // same article on unbroken lines gives half-sentences removed, sentences
  // "changed" by the other half, and a rewrite with 0 % unchanged.
  it('treats a paragraph re-wrapped at other line breaks as a whitespace-only change', () => {
    const before = 'Rescue teams reached the village of Tarn on Monday morning, two days after\nthe landslide. Officials said 40 homes had been destroyed and 12 people were\nstill missing.';
    const after = 'Rescue teams reached the village of Tarn on Monday morning, two days after the landslide. Officials said 40 homes had been destroyed and 12 people were still missing.';
    const diff = diffTexts({ before, after, claimsBefore: [], claimsAfter: [] });
    expect(diff.units.every((u) => u.kind === 'same' || (u.kind === 'changed' && u.minor))).toBe(true);
    expect(diff.summary).toMatchObject({ added: 0, removed: 0, rewrite: false, unchangedShare: 1 });
  });

  it('never marks a changed number as minor', () => {
    const { unit, minorCount } = unitOf('Officials said 40 homes had been destroyed.', 'Officials said 45 homes had been destroyed.');
    expect(unit).toMatchObject({ kind: 'changed', minor: false });
    expect(minorCount).toBe(0);
  });

  it('does not mark a changed word as minor even when the punctuation changed too', () => {
    const { unit } = unitOf('"We will rebuild every home," the minister said.', '“We will rebuild every school,” the minister said.');
    expect(unit).toMatchObject({ kind: 'changed', minor: false });
  });

  // Engine fault: minorKey turns every non-letter, non-digit into a space, so a
  // figure whose separators changed has the same key; the figure list reports
  // 1.2 → 1,200 as a changed figure while the sentence is hidden as minor.
  it('never marks a changed number as minor, even when only its separator changed ("1.200" → "1,200")', () => {
    const { unit } = unitOf('Officials said 1.200 homes had been destroyed.', 'Officials said 1,200 homes had been destroyed.');
    expect(unit).toMatchObject({ kind: 'changed', minor: false });
  });

  // Engine fault: the minus sign is stripped like a hyphen, so -12 → 12 is minor.
  it('never marks a changed sign as minor ("-12C" → "12C")', () => {
    const { unit } = unitOf('Temperatures fell to -12C overnight in the mountain villages.', 'Temperatures fell to 12C overnight in the mountain villages.');
    expect(unit).toMatchObject({ kind: 'changed', minor: false });
  });

  // Engine fault: currency signs are symbols, not punctuation, but minorKey strips them.
  it('does not mark a changed currency as minor ("$35 million" → "£35 million")', () => {
    const { unit } = unitOf('The contract was worth $35 million, the ministry said.', 'The contract was worth £35 million, the ministry said.');
    expect(unit).toMatchObject({ kind: 'changed', minor: false });
  });
});
