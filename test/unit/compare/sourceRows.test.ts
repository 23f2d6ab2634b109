// A figure read as a casualty recorder reads it: one row per source, what it
// says now, its low / best / high, what it said before, and the verdict's
// reason in one sentence.
import { describe, expect, it } from 'vitest';
import { figureReason, sourceRows, speakerOf } from '../../../main/core/compare/sourceRows';
import type { FigureMember } from '../../../main/core/model';

let nextClaim = 1;
function member(over: Partial<FigureMember> & Pick<FigureMember, 'versionId' | 'capturedAt'>): FigureMember {
  const value = over.value === undefined ? 22 : over.value;
  return {
    claimId: nextClaim++,
    // these captures state no times: they are read in capture order
    seq: Date.parse(over.capturedAt),
    articleId: over.versionId,
    articleTitle: `Article ${over.versionId}`,
    outlet: null,
    publishedAt: null,
    start: 0,
    end: 2,
    value,
    low: over.low === undefined ? value : over.low,
    high: over.high === undefined ? value : over.high,
    approx: false,
    source: null,
    sourceAsWritten: null,
    modality: null,
    grade: null,
    claimStatus: 'auto',
    placed: false,
    copyOf: null,
    ownText: false,
    text: String(value),
    sentence: '',
    ...over,
  };
}

describe('a figure’s rows, one per source', () => {
  const monitor17 = member({ versionId: 1, capturedAt: '2021-02-26T08:00:00Z', value: 17, source: 'Syrian Observatory for Human Rights', outlet: 'CBS News', grade: 'B' });
  const monitor22 = member({ versionId: 2, articleId: 1, capturedAt: '2021-02-26T12:00:00Z', publishedAt: '2021-02-26T11:30:00Z', value: 22, source: 'Syrian Observatory for Human Rights', outlet: 'CBS News', grade: 'B' });
  const wire = member({ versionId: 3, capturedAt: '2021-02-26T10:00:00Z', value: 22, source: 'Syrian Observatory for Human Rights', outlet: 'Reuters', grade: 'B' });
  const ownVoice = member({ versionId: 3, capturedAt: '2021-02-26T10:00:00Z', value: null, low: 24, high: null, text: 'dozens', outlet: 'Reuters' });
  const pentagon = member({ versionId: 4, capturedAt: '2021-02-26T09:00:00Z', value: 1, low: 1, high: 1, source: 'the Pentagon', outlet: 'AP', approx: true, text: 'about one' });

  it('gives each source its latest statement, with what it said before, the outlets that carry it and its versions', () => {
    const rows = sourceRows({ members: [monitor17, monitor22, wire, ownVoice, pentagon] });
    expect(rows.map(speakerOf)).toEqual(['Syrian Observatory for Human Rights', 'Reuters (own reporting)', 'the Pentagon']);
    const [monitor, reuters, pentagonRow] = rows;
    expect(monitor).toMatchObject({ low: 22, best: 22, high: 22, carriedBy: ['CBS News', 'Reuters'], versions: 3, capturedAt: '2021-02-26T12:00:00Z', publishedAt: '2021-02-26T11:30:00Z', grade: 'B' });
    expect(monitor!.latest.map((a) => a.value)).toEqual([22]);
    expect(monitor!.earlier.map((amounts) => amounts.map((a) => a.value))).toEqual([[17]]);
    expect(monitor!.quote).toBe(monitor22);
    // an open "dozens": a low, no best, no high
    expect(reuters).toMatchObject({ low: 24, best: null, high: null, voiceOf: 'Reuters', earlier: [] });
    // an approximate number is no best value
    expect(pentagonRow).toMatchObject({ low: 1, best: null, high: 1 });
  });

  it('speaks for a file with no outlet named by its title, and for a copy under its original', () => {
    const original = member({ versionId: 5, capturedAt: '2021-02-26T08:00:00Z', value: 31 });
    const copy = member({ versionId: 6, capturedAt: '2021-02-26T09:00:00Z', value: 31, copyOf: { articleId: 5, marked: false } });
    const rows = sourceRows({ members: [original, copy] });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ voiceOf: 'Article 6', versions: 2, carriedBy: ['Article 5', 'Article 6'] });
  });

  it('says why in one sentence: the two sources furthest apart, who revised what, or how many agree', () => {
    const police = member({ versionId: 7, capturedAt: '2021-02-26T08:00:00Z', value: 31, source: 'police', outlet: 'Reuters' });
    const officials = member({ versionId: 8, capturedAt: '2021-02-26T09:00:00Z', value: 34, source: 'officials', outlet: 'AP' });
    expect(figureReason({ status: 'conflict', members: [police, officials] })).toBe('officials says 34; police says 31: both cannot be true.');
    expect(figureReason({ status: 'revised', members: [monitor17, monitor22] })).toBe('Syrian Observatory for Human Rights changed its number: 17 → 22.');
    expect(figureReason({ status: 'agree', members: [monitor22, ownVoice] })).toBe(
      '2 sources agree: Syrian Observatory for Human Rights says 22; Reuters (own reporting) says at least 24.',
    );
    expect(figureReason({ status: 'single', members: [pentagon] })).toBe('Only the Pentagon says about 1.');
  });

  it('reads a number the text says was superseded ("initially 17") as said before, not now', () => {
    const initially = member({ versionId: 9, capturedAt: '2021-02-27T08:00:00Z', value: 17, source: 'Syrian Observatory for Human Rights', outlet: 'Reuters', modality: 'earlier', start: 10 });
    const now = member({ versionId: 9, capturedAt: '2021-02-27T08:00:00Z', value: 22, source: 'Syrian Observatory for Human Rights', outlet: 'Reuters', start: 40 });
    const [row] = sourceRows({ members: [now, initially] });
    expect(row!.latest.map((a) => a.value)).toEqual([22]);
    expect(row!.earlier.map((amounts) => amounts.map((a) => a.value))).toEqual([[17]]);
    expect(row).toMatchObject({ low: 22, best: 22, high: 22, versions: 1 });
    expect(row!.quote).toBe(now);
  });
});
