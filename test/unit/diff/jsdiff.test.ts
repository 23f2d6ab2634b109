// The jsdiff module: sentence runs, and word diffs in which a number is one
// word, so "$35,000,000" → "$55,000,000" reads as that figure replaced, not
// as "35" changed to "55".
import { describe, expect, it } from 'vitest';
import { alignArrays, diffSentenceWords } from '../../../main/core/diff/jsdiff';
import type { DiffPart } from '../../../main/core/model';

const changed = (parts: DiffPart[] | null): DiffPart[] => (parts ?? []).filter((p) => p.kind !== 'same');

/** Both sides put back together from the parts. */
function sides(parts: DiffPart[]): { before: string; after: string } {
  return {
    before: parts.filter((p) => p.kind !== 'added').map((p) => p.text).join(''),
    after: parts.filter((p) => p.kind !== 'removed').map((p) => p.text).join(''),
  };
}

describe('number tokens', () => {
  it('shows "$35,000,000" → "$55,000,000" as one removed and one added number', () => {
    const before = 'The contract was worth $35,000,000, the ministry said.';
    const after = 'The contract was worth $55,000,000, the ministry said.';
    const parts = diffSentenceWords(before, after, 1000)!;
    expect(changed(parts)).toEqual([
      { kind: 'removed', text: '35,000,000' },
      { kind: 'added', text: '55,000,000' },
    ]);
    expect(sides(parts)).toEqual({ before, after });
  });

  it('keeps a decimal whole: "1.5" → "2.5" is one number replaced', () => {
    const parts = diffSentenceWords('Turnout rose by 1.5 percent in the capital.', 'Turnout rose by 2.5 percent in the capital.', 1000);
    expect(changed(parts)).toEqual([
      { kind: 'removed', text: '1.5' },
      { kind: 'added', text: '2.5' },
    ]);
  });

  it('keeps a decimal whole when only the digits after the point change', () => {
    const parts = diffSentenceWords('Prices rose 1.5 percent in March.', 'Prices rose 1.7 percent in March.', 1000);
    expect(changed(parts)).toEqual([
      { kind: 'removed', text: '1.5' },
      { kind: 'added', text: '1.7' },
    ]);
  });

  it('replaces a casualty figure as a whole word: 17 → 22', () => {
    const parts = diffSentenceWords(
      'The UK-based Syrian Observatory for Human Rights said 17 people were killed.',
      'The UK-based Syrian Observatory for Human Rights said 22 people were killed.',
      1000,
    );
    expect(changed(parts)).toEqual([
      { kind: 'removed', text: '17' },
      { kind: 'added', text: '22' },
    ]);
  });

  it('shows a figure spelled out in place of a vague one as words replaced', () => {
    const before = 'The attack on Erbil consisted of about a dozen rockets.';
    const after = 'The attack on Erbil consisted of 14 rockets, with six more remaining on the launcher.';
    const parts = diffSentenceWords(before, after, 1000)!;
    expect(sides(parts)).toEqual({ before, after });
    expect(parts.filter((p) => p.kind === 'removed').map((p) => p.text.trim())).toEqual(['about a dozen']);
    expect(parts.find((p) => p.kind === 'added')!.text).toContain('14');
  });

  it('merges neighbouring parts of one kind', () => {
    const parts = diffSentenceWords('A total of six contractors were injured.', 'In all, eight American contractors were injured.', 1000)!;
    for (let i = 1; i < parts.length; i++) expect(parts[i]!.kind).not.toBe(parts[i - 1]!.kind);
  });
});

describe('sentence runs', () => {
  it('counts kept, removed and added runs', () => {
    expect(alignArrays(['a', 'b', 'c', 'd'], ['a', 'c', 'x', 'd'], 1000)).toEqual([
      { kind: 'same', count: 1 },
      { kind: 'removed', count: 1 },
      { kind: 'same', count: 1 },
      { kind: 'added', count: 1 },
      { kind: 'same', count: 1 },
    ]);
  });

  it('gives up (null) on a pair too different to align in time', () => {
    const a = Array.from({ length: 20_000 }, (_, i) => `Sentence ${i} of the first article.`);
    const b = Array.from({ length: 20_000 }, (_, i) => `Sentence ${i} of the second article.`);
    expect(alignArrays(a, b, 5)).toBeNull();
  });
});
