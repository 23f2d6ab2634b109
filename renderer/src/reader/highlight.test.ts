import { describe, expect, it } from 'vitest';
import type { ClaimStatus } from '../../../main/core/model';
import { runsOf, type Run } from './highlight';

function span(id: number, start: number, end: number, status: ClaimStatus = 'auto'): { id: number; start: number; end: number; status: ClaimStatus } {
  return { id, start, end, status };
}

function plain(start: number, end: number): Run {
  return { start, end, claimId: null, covering: [] };
}

function marked(start: number, end: number, claimId: number, covering: number[] = [claimId]): Run {
  return { start, end, claimId, covering };
}

/** The text as the runs lay it out: every character once, in order. */
function rejoin(text: string, runs: Run[]): string {
  let at = 0;
  for (const run of runs) {
    expect(run.start).toBe(at);
    expect(run.end).toBeGreaterThan(run.start);
    at = run.end;
  }
  return runs.map((r) => text.slice(r.start, r.end)).join('');
}

const TEXT = 'At least 12 people died, 40 were hurt.';

describe('laying claims’ marks over a text', () => {
  it('gives nothing for an empty text, whatever the claims say', () => {
    expect(runsOf(0, [], null)).toEqual([]);
    expect(runsOf(0, [span(1, 0, 4), span(2, -1, 3)], 1)).toEqual([]);
  });

  it('gives the whole text as one plain run when there are no claims', () => {
    expect(runsOf(TEXT.length, [], null)).toEqual([plain(0, 38)]);
  });

  it('marks a claim’s words and leaves the text around them plain', () => {
    const runs = runsOf(TEXT.length, [span(7, 9, 11)], null);
    expect(runs).toEqual([plain(0, 9), marked(9, 11, 7), plain(11, 38)]);
    expect(TEXT.slice(9, 11)).toBe('12');
    expect(rejoin(TEXT, runs)).toBe(TEXT);
  });

  it('marks spans at the very start and end of the text without empty runs around them', () => {
    const runs = runsOf(TEXT.length, [span(2, 25, 38), span(1, 0, 11)], null);
    expect(runs).toEqual([marked(0, 11, 1), plain(11, 25), marked(25, 38, 2)]);
    expect(rejoin(TEXT, runs)).toBe(TEXT);
    expect(runsOf(TEXT.length, [span(1, 0, 38)], null)).toEqual([marked(0, 38, 1)]);
  });

  it('keeps adjacent spans apart', () => {
    const runs = runsOf(TEXT.length, [span(1, 0, 8), span(2, 8, 11)], null);
    expect(runs).toEqual([marked(0, 8, 1), marked(8, 11, 2), plain(11, 38)]);
  });

  it('shows the narrower of two overlapping spans where they overlap, both covering it', () => {
    const runs = runsOf(TEXT.length, [span(1, 0, 18), span(2, 9, 23)], null);
    expect(runs).toEqual([marked(0, 9, 1), marked(9, 18, 2, [1, 2]), marked(18, 23, 2), plain(23, 38)]);
    expect(rejoin(TEXT, runs)).toBe(TEXT);
  });

  it('shows a nested span inside the one around it, and the outer one again after it', () => {
    const runs = runsOf(TEXT.length, [span(1, 0, 24), span(2, 9, 11)], null);
    expect(runs).toEqual([marked(0, 9, 1), marked(9, 11, 2, [1, 2]), marked(11, 24, 1), plain(24, 38)]);
  });

  it('gives one run to claims on the same words, shown as the first listed', () => {
    expect(runsOf(TEXT.length, [span(5, 9, 11), span(3, 9, 11)], null)).toEqual([plain(0, 9), marked(9, 11, 5, [5, 3]), plain(11, 38)]);
  });

  it('lets the selected claim show through the spans over it', () => {
    const runs = runsOf(TEXT.length, [span(1, 0, 24), span(2, 9, 11)], 1);
    expect(runs).toEqual([marked(0, 9, 1), marked(9, 11, 1, [1, 2]), marked(11, 24, 1), plain(24, 38)]);
  });

  it('shows a live claim before a rejected one, unless the rejected one is selected', () => {
    const claims = [span(1, 0, 24), span(2, 9, 11, 'rejected')];
    expect(runsOf(TEXT.length, claims, null)).toEqual([marked(0, 9, 1), marked(9, 11, 1, [1, 2]), marked(11, 24, 1), plain(24, 38)]);
    expect(runsOf(TEXT.length, claims, 2)).toEqual([marked(0, 9, 1), marked(9, 11, 2, [1, 2]), marked(11, 24, 1), plain(24, 38)]);
    expect(runsOf(TEXT.length, [span(1, 0, 5, 'rejected')], null)).toEqual([marked(0, 5, 1), plain(5, 38)]);
  });

  it('clamps offsets past the ends of the text and leaves out empty or reversed spans', () => {
    const runs = runsOf(TEXT.length, [span(1, -4, 2), span(2, 30, 99), span(3, 12, 12), span(4, 20, 15), span(5, 40, 45)], null);
    expect(runs).toEqual([marked(0, 2, 1), plain(2, 30), marked(30, 38, 2)]);
    expect(rejoin(TEXT, runs)).toBe(TEXT);
  });

  it('lays many overlapping spans over the text without losing or repeating a character', () => {
    const claims = [span(1, 3, 17), span(2, 9, 11), span(3, 9, 30), span(4, 25, 38), span(5, 0, 3), span(6, 17, 17)];
    const runs = runsOf(TEXT.length, claims, 3);
    expect(rejoin(TEXT, runs)).toBe(TEXT);
    expect(runs.map((r) => [r.start, r.claimId, r.covering])).toEqual([
      [0, 5, [5]],
      [3, 1, [1]],
      [9, 3, [1, 2, 3]],
      [11, 3, [1, 3]],
      [17, 3, [3]],
      [25, 3, [3, 4]],
      [30, 4, [4]],
    ]);
  });
});
