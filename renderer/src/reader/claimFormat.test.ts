import { describe, expect, it } from 'vitest';
import type { ClaimActionKind, ClaimEdit, ClaimStatus } from '../../../main/core/model';
import {
  canReview,
  describeChanges,
  formatConfidence,
  formatSource,
  formatValue,
  matchesFilter,
  OWN_VOICE,
  spanText,
  STATUS_LABEL,
  summarize,
  valueWords,
  type ClaimFilter,
} from './claimFormat';
import { testClaim as claim } from './testClaim';

function fields(over: ClaimEdit = {}): Required<ClaimEdit> {
  return { value: 7, low: 7, high: 7, approx: false, subject: 'people killed', source: null, kind: 'figure', ...over };
}

const STATUSES: ClaimStatus[] = ['auto', 'confirmed', 'edited', 'rejected'];

describe('the words a claim stands on', () => {
  const text = 'Officials said  at least\n 12   people died.';

  it('gives the figure’s words on one line, without the spaces around them', () => {
    expect(spanText(text, { start: 14, end: 30 })).toBe('at least 12');
    expect(spanText(text, { start: 16, end: 16 })).toBe('');
  });

  it('keeps to the text when the offsets run past either end', () => {
    expect(spanText(text, { start: -5, end: 9 })).toBe('Officials');
    expect(spanText(text, { start: 38, end: 99 })).toBe('died.');
  });

  it('shows no words beside a value the researcher edited', () => {
    expect(valueWords(text, { start: 14, end: 28, status: 'confirmed' })).toBe('at least 12');
    expect(valueWords(text, { start: 14, end: 28, status: 'edited' })).toBe('');
  });

  it('shows a figure given in words after the number it stands for, until it is edited', () => {
    const dozens = claim({ value: null, low: 24, high: null, approx: true, start: 0, end: 6 });
    expect(formatValue(dozens, valueWords('dozens were hurt', dozens))).toBe('24+ (dozens)');
    const edited = claim({ ...dozens, status: 'edited' });
    expect(formatValue(edited, valueWords('dozens were hurt', edited))).toBe('≥ 24');
  });
});

describe('a claim’s source, status and confidence', () => {
  it('names the outlet’s own voice when no source is given', () => {
    expect(formatSource('Reuters')).toBe('Reuters');
    expect(formatSource(null)).toBe('article’s own voice');
    expect(formatSource('')).toBe('');
  });

  it('calls an automatic claim unreviewed', () => {
    expect(STATUSES.map((s) => STATUS_LABEL[s])).toEqual(['unreviewed', 'confirmed', 'edited', 'rejected']);
  });

  it('gives confidence as a whole percentage, never below 0 % or above 100 %', () => {
    expect(formatConfidence(0.874)).toBe('87%');
    expect(formatConfidence(0.875)).toBe('88%');
    expect(formatConfidence(0)).toBe('0%');
    expect(formatConfidence(1)).toBe('100%');
    expect(formatConfidence(1.4)).toBe('100%');
    expect(formatConfidence(-0.2)).toBe('0%');
  });
});

describe('filtering the claim list', () => {
  const shown = (filter: ClaimFilter): ClaimStatus[] => STATUSES.filter((status) => matchesFilter(claim({ status }), filter));

  it('shows every claim under All, and each status under its own filter', () => {
    expect(shown('all')).toEqual(['auto', 'confirmed', 'edited', 'rejected']);
    expect(shown('unreviewed')).toEqual(['auto']);
    expect(shown('reviewed')).toEqual(['confirmed', 'edited']);
    expect(shown('rejected')).toEqual(['rejected']);
  });
});

describe('the count at the top of the claim list', () => {
  it('counts figures, claims without one, and each review status', () => {
    const claims = [
      claim({ status: 'confirmed' }),
      claim({ status: 'confirmed' }),
      claim({ status: 'edited' }),
      claim(),
      claim({ kind: 'no-figure', value: null, low: null, high: null, status: 'rejected' }),
    ];
    expect(summarize(claims)).toBe('4 figures · 1 without a figure · 2 confirmed · 1 edited · 1 rejected');
  });

  it('always gives the figures, and leaves out the other counts at zero', () => {
    expect(summarize([])).toBe('0 figures');
    expect(summarize([claim()])).toBe('1 figure');
    expect(summarize([claim({ kind: 'no-figure', value: null, low: null, high: null })])).toBe('0 figures · 1 without a figure');
    expect(summarize([claim({ status: 'rejected' }), claim()])).toBe('2 figures · 1 rejected');
  });
});

describe('what an edit in a claim’s history changed', () => {
  it('gives a single figure’s new value alone, its bounds following it', () => {
    expect(describeChanges(fields(), fields({ value: 8, low: 8, high: 8 }))).toEqual(['value 7 → 8']);
  });

  it('gives each bound when a single figure becomes a range, and back', () => {
    const range = fields({ value: null, low: 20, high: 25 });
    expect(describeChanges(fields(), range)).toEqual(['value 7 → —', 'low 7 → 20', 'high 7 → 25']);
    expect(describeChanges(range, fields({ value: 1200, low: 1200, high: 1200 }))).toEqual(['value — → 1,200', 'low 20 → 1,200', 'high 25 → 1,200']);
  });

  it('reads yes and no for approximate, the own voice for no source, and a dash for no subject', () => {
    expect(describeChanges(fields(), fields({ approx: true, source: 'Reuters', subject: null }))).toEqual([
      'approximate no → yes',
      'subject people killed → —',
      'source article’s own voice → Reuters',
    ]);
    expect(describeChanges(fields({ source: 'Reuters', kind: 'figure' }), fields({ source: null, kind: 'no-figure', value: null, low: null, high: null }))).toEqual([
      'value 7 → —',
      'low 7 → —',
      'high 7 → —',
      `source Reuters → ${OWN_VOICE}`,
      'kind figure → no-figure',
    ]);
  });

  it('lists nothing for fields left as they were or not recorded after', () => {
    expect(describeChanges(fields(), fields())).toEqual([]);
    expect(describeChanges(fields(), { approx: false, subject: undefined })).toEqual([]);
    expect(describeChanges(fields(), { approx: true })).toEqual(['approximate no → yes']);
  });
});

describe('what a researcher may do to a claim', () => {
  const allowed = (status: ClaimStatus): ClaimActionKind[] =>
    (['confirm', 'edit', 'reject', 'reopen'] as const).filter((action) => canReview({ status }, action));

  it('confirms only an unreviewed claim, edits and rejects any live one, and reopens any reviewed one', () => {
    expect(allowed('auto')).toEqual(['confirm', 'edit', 'reject']);
    expect(allowed('confirmed')).toEqual(['edit', 'reject', 'reopen']);
    expect(allowed('edited')).toEqual(['edit', 'reject', 'reopen']);
    expect(allowed('rejected')).toEqual(['reopen']);
  });
});
