import { describe, expect, it } from 'vitest';
import type { FigureMember } from '../../../main/core/model';
import { claimRuns, runVersions } from './claimRuns';
import { testMember } from './testMember';

let nextClaim = 1;
function member(versionId: number, capturedAt: string, value: number, more: Partial<FigureMember> = {}): FigureMember {
  return testMember({
    claimId: nextClaim++,
    versionId,
    articleId: 1,
    capturedAt,
    start: 10,
    end: 13,
    value,
    low: value,
    high: value,
    source: 'Officials',
    sourceAsWritten: 'officials',
    text: String(value),
    sentence: `Officials said ${value} were seized.`,
    ...more,
  });
}

const at = (minute: number): string => `2026-03-14T10:${String(minute).padStart(2, '0')}:00.000Z`;

describe('a figure’s claims in one article, as runs', () => {
  it('makes one line of the same value from the same source across captures, and a new one where it changed', () => {
    const runs = claimRuns([member(3, at(3), 260), member(1, at(1), 259), member(2, at(2), 260), member(4, at(4), 260)]);
    expect(runs.map((r) => [r.first.value, r.members.length, r.versions])).toEqual([
      [259, 1, 1],
      [260, 3, 3],
    ]);
    expect(runs[1]!.first.versionId).toBe(2);
    expect(runs[1]!.last.versionId).toBe(4);
  });

  it('breaks a run where the source, the review or the researcher’s placing differs', () => {
    const runs = claimRuns([
      member(1, at(1), 22),
      member(2, at(2), 22, { source: 'Syrian Observatory for Human Rights' }),
      member(3, at(3), 22, { source: 'Syrian Observatory for Human Rights', claimStatus: 'confirmed' }),
      member(4, at(4), 22, { source: 'Syrian Observatory for Human Rights', claimStatus: 'confirmed', placed: true }),
    ]);
    expect(runs).toHaveLength(4);
  });

  it('counts two mentions in one capture as one version', () => {
    const runs = claimRuns([member(1, at(1), 5), member(1, at(1), 5, { start: 80, end: 81 }), member(2, at(2), 5)]);
    expect(runs).toHaveLength(1);
    expect(runs[0]!.members).toHaveLength(3);
    expect(runs[0]!.versions).toBe(2);
  });

  it('keeps a value that came back after a change as a run of its own', () => {
    const runs = claimRuns([member(1, at(1), 3), member(2, at(2), 4), member(3, at(3), 3)]);
    expect(runs.map((r) => r.first.value)).toEqual([3, 4, 3]);
  });

  it('names the versions a run spans as the article list numbers them', () => {
    const runs = claimRuns([member(1, at(1), 259), member(2, at(2), 260), member(3, at(3), 260)]);
    const numbers = new Map([
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    expect(runs.map((r) => runVersions(r, numbers))).toEqual(['v1', 'v2–v3']);
    expect(runVersions(runs[0]!, new Map())).toBe('');
  });

  it('has no runs for no claims', () => {
    expect(claimRuns([])).toEqual([]);
  });
});
