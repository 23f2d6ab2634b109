import { describe, expect, it } from 'vitest';
import type { EventFigure, FigureMember } from '../../../main/core/model';
import { cellValues, columnsOf, formatInterval, formatRange, matchesFilter, memberKey, memberSpan, parseBest, shownValue } from './figureFormat';
import { testMember as member } from './testMember';

function figure(over: Partial<EventFigure> = {}): EventFigure {
  return {
    ref: 'key:killed|people|',
    figureId: null,
    keys: ['killed|people|'],
    label: 'people killed',
    autoLabel: 'people killed',
    status: 'single',
    min: 22,
    max: 22,
    conservative: 22,
    best: null,
    independentSources: 1,
    related: [],
    notes: [],
    members: [member()],
    ...over,
  };
}

describe('a member’s value', () => {
  it('shows a single number, with thousands separators', () => {
    expect(shownValue(member())).toBe('22');
    expect(shownValue(member({ value: 12500, low: 12500, high: 12500, text: '12,500' }))).toBe('12,500');
  });

  it('marks an approximate number', () => {
    expect(shownValue(member({ value: 300, low: 300, high: 300, approx: true, text: 'about 300' }))).toBe('about 300');
  });

  it('shows a best value with its range', () => {
    expect(shownValue(member({ value: 22, low: 20, high: 25, text: '22' }))).toBe('22 (20–25)');
  });

  it('shows a range the text gives without a best value', () => {
    expect(shownValue(member({ value: null, low: 20, high: 25, text: '20 to 25' }))).toBe('20–25');
    expect(shownValue(member({ value: null, low: 20, high: 25, approx: true, text: 'some 20 to 25' }))).toBe('about 20–25');
  });

  it('shows open ranges as bounds', () => {
    expect(shownValue(member({ value: null, low: 17, high: null, text: 'at least 17' }))).toBe('≥ 17');
    expect(shownValue(member({ value: null, low: null, high: 30, text: 'up to 30' }))).toBe('≤ 30');
  });

  it('keeps the words of a figure given in words, on one line', () => {
    expect(shownValue(member({ value: null, low: 24, high: null, text: 'dozens' }))).toBe('24+ (dozens)');
    expect(shownValue(member({ value: null, low: 3, high: 3, text: 'at least\n  three' }))).toBe('3 (at least three)');
    expect(shownValue(member({ value: null, low: null, high: null, text: 'scores' }))).toBe('scores');
  });

  it('leaves the words out once the claim has a value', () => {
    expect(shownValue(member({ value: 12, low: 12, high: 12, text: 'a dozen' }))).toBe('12');
  });

  it('says so when there is no number at all', () => {
    expect(shownValue(member({ value: null, low: null, high: null, text: '' }))).toBe('no number');
  });
});

describe('a member’s place', () => {
  it('names a member by its version and span', () => {
    const m = member({ versionId: 7, start: 120, end: 128 });
    expect(memberKey(m)).toBe('7:120:128');
    expect(memberSpan(m)).toEqual({ versionId: 7, start: 120, end: 128 });
  });
});

describe('intervals and ranges', () => {
  it('shows a dash for no bounds', () => {
    expect(formatInterval(null, null)).toBe('—');
  });

  it('shows equal bounds as one number', () => {
    expect(formatInterval(0, 0)).toBe('0');
    expect(formatInterval(1, 1)).toBe('1');
    expect(formatInterval(1200000, 1200000)).toBe('1,200,000');
  });

  it('joins distinct bounds with an en dash', () => {
    expect(formatInterval(20, 25)).toBe('20–25');
    expect(formatInterval(1500, 2000)).toBe('1,500–2,000');
    expect(formatInterval(0.5, 1.25)).toBe('0.5–1.25');
  });

  it('shows the one bound of an open interval as a number', () => {
    expect(formatInterval(17, null)).toBe('17');
    expect(formatInterval(null, 30)).toBe('30');
  });

  it('shows a figure’s range from its lowest to its highest value', () => {
    expect(formatRange(figure({ min: 17, max: 22 }))).toBe('17–22');
    expect(formatRange(figure({ min: 22, max: 22 }))).toBe('22');
    expect(formatRange(figure({ min: null, max: null }))).toBe('—');
  });
});

describe('filters of figures', () => {
  const conflict = figure({ status: 'conflict' });
  const revised = figure({ status: 'revised' });
  const agree = figure({ status: 'agree' });
  const scoped = figure({ status: 'agree', related: [{ ref: 'key:killed|people|in total', label: 'people killed in total' }] });
  const all = [conflict, revised, agree, scoped];

  it('keeps every figure under All', () => {
    expect(all.filter((f) => matchesFilter(f, 'all'))).toEqual(all);
  });

  it('keeps the figures of a status under its filter', () => {
    expect(all.filter((f) => matchesFilter(f, 'conflict'))).toEqual([conflict]);
    expect(all.filter((f) => matchesFilter(f, 'revised'))).toEqual([revised]);
  });

  it('keeps the figures counted in another scope too under Scope differs, whatever their status', () => {
    expect(all.filter((f) => matchesFilter(f, 'scope'))).toEqual([scoped]);
    expect(matchesFilter(figure({ status: 'conflict', related: scoped.related }), 'scope')).toBe(true);
  });
});

describe('article columns', () => {
  it('has none for no figures, or figures without members', () => {
    expect(columnsOf([])).toEqual([]);
    expect(columnsOf([figure({ members: [] })])).toEqual([]);
  });

  it('gives each article once, in the order they were first captured', () => {
    const early = member({ articleId: 2, articleTitle: 'Early', outlet: null, capturedAt: '2024-03-05T08:00:00.000Z' });
    const later = member({ articleId: 1, articleTitle: 'Later', outlet: 'AP', capturedAt: '2024-03-05T09:00:00.000Z' });
    const earlierVersion = member({ articleId: 1, articleTitle: 'Later', outlet: 'AP', capturedAt: '2024-03-05T07:00:00.000Z' });
    expect(columnsOf([figure({ members: [later, early] }), figure({ members: [earlierVersion] })])).toEqual([
      { articleId: 1, title: 'Later', outlet: 'AP', firstCaptured: '2024-03-05T07:00:00.000Z' },
      { articleId: 2, title: 'Early', outlet: null, firstCaptured: '2024-03-05T08:00:00.000Z' },
    ]);
  });

  it('orders articles captured at the same moment by id', () => {
    const at = '2024-03-05T08:00:00.000Z';
    expect(columnsOf([figure({ members: [member({ articleId: 9, capturedAt: at }), member({ articleId: 4, capturedAt: at })] })]).map((c) => c.articleId)).toEqual([4, 9]);
  });
});

describe('a cell’s values version by version', () => {
  const inVersion = (versionId: number, capturedAt: string, value: number, claimId = versionId): FigureMember =>
    member({ claimId, versionId, capturedAt, value, low: value, high: value, text: String(value) });
  const shown = (cells: ReturnType<typeof cellValues>): [number, string[]][] => cells.map((c) => [c.versionId, c.values.map((v) => v.shown)]);

  it('is empty for no members', () => {
    expect(cellValues([])).toEqual([]);
  });

  it('puts versions in capture order', () => {
    const cells = cellValues([inVersion(12, '2024-03-05T12:00:00Z', 25), inVersion(11, '2024-03-05T11:00:00Z', 22)]);
    expect(shown(cells)).toEqual([
      [11, ['22']],
      [12, ['25']],
    ]);
  });

  it('orders versions captured at the same moment by id', () => {
    const at = '2024-03-05T11:00:00Z';
    expect(shown(cellValues([inVersion(12, at, 25), inVersion(11, at, 22)]))).toEqual([
      [11, ['22']],
      [12, ['25']],
    ]);
  });

  it('keeps the values one version gives together, each once', () => {
    const at = '2024-03-05T11:00:00Z';
    const first = inVersion(11, at, 22, 1);
    const cells = cellValues([first, inVersion(11, at, 30, 2), inVersion(11, at, 22, 3)]);
    expect(shown(cells)).toEqual([[11, ['22', '30']]]);
    expect(cells[0]!.values[0]!.member).toBe(first);
  });

  it('shows a version that repeats the one before once, and a value that comes back again', () => {
    const cells = cellValues([
      inVersion(11, '2024-03-05T11:00:00Z', 22),
      inVersion(12, '2024-03-05T12:00:00Z', 22),
      inVersion(13, '2024-03-05T13:00:00Z', 25),
      inVersion(14, '2024-03-05T14:00:00Z', 22),
    ]);
    expect(shown(cells)).toEqual([
      [11, ['22']],
      [13, ['25']],
      [14, ['22']],
    ]);
  });
});

describe('reading a best value', () => {
  it('reads a single number as a range of one', () => {
    expect(parseBest('17')).toEqual({ low: 17, high: 17 });
    expect(parseBest('0')).toEqual({ low: 0, high: 0 });
    expect(parseBest(' 2.5 ')).toEqual({ low: 2.5, high: 2.5 });
  });

  it('reads a range written with a hyphen, an en dash or “to”', () => {
    expect(parseBest('17-22')).toEqual({ low: 17, high: 22 });
    expect(parseBest('17 – 22')).toEqual({ low: 17, high: 22 });
    expect(parseBest('17 to 22')).toEqual({ low: 17, high: 22 });
    expect(parseBest('17-17')).toEqual({ low: 17, high: 17 });
  });

  it('reads thousands separators', () => {
    expect(parseBest('1,200')).toEqual({ low: 1200, high: 1200 });
    expect(parseBest('1,200–1,500')).toEqual({ low: 1200, high: 1500 });
  });

  it('refuses commas that are no thousands separators', () => {
    expect(parseBest('17,22')).toBeUndefined();
    expect(parseBest('1,20')).toBeUndefined();
    expect(parseBest('12,000,0')).toBeUndefined();
  });

  it('reads empty input as no best value', () => {
    expect(parseBest('')).toBeNull();
    expect(parseBest('   ')).toBeNull();
  });

  it('refuses what is not a number or a range', () => {
    for (const input of ['many', '≥ 17', '-5', '17-', '17 or 22', '1.2.3', '17—22']) expect(parseBest(input)).toBeUndefined();
  });

  it('refuses a range whose low end is above its high end', () => {
    expect(parseBest('22-17')).toBeUndefined();
  });
});
