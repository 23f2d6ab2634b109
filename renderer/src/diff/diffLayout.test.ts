import { describe, expect, it } from 'vitest';
import { diffTexts } from '../../../main/core/diff/diffTexts';
import type { DiffPart, DiffSummary, DiffUnit, FigureChange, FigureSide, VersionDiff } from '../../../main/core/model';
import {
  changeStops,
  figureSpans,
  formatShare,
  gapBefore,
  inlineSegments,
  isHiddenMinor,
  isIdentical,
  opensParagraph,
  paragraphAt,
  piecesOf,
  sideRows,
  sideSegments,
  summaryParts,
  unitOfFigure,
  type Segment,
} from './diffLayout';

type Span = [number, number] | null;

function unit(kind: DiffUnit['kind'], before: Span, after: Span, parts: DiffPart[] | null = null, minor = false): DiffUnit {
  const at = (s: Span): { start: number; end: number } | null => (s ? { start: s[0], end: s[1] } : null);
  return { kind, minor, before: at(before), after: at(after), parts };
}

const same = (text: string): DiffPart => ({ kind: 'same', text });
const removed = (text: string): DiffPart => ({ kind: 'removed', text });
const added = (text: string): DiffPart => ({ kind: 'added', text });

function summary(over: Partial<DiffSummary> = {}): DiffSummary {
  return {
    sentencesBefore: 0,
    sentencesAfter: 0,
    added: 0,
    removed: 0,
    changed: 0,
    moved: 0,
    minor: 0,
    figuresChanged: 0,
    figuresAppeared: 0,
    figuresDisappeared: 0,
    unchangedShare: 1,
    rewrite: false,
    coarse: false,
    ...over,
  };
}

function diffOf(before: string, after: string, units: DiffUnit[], figureChanges: FigureChange[] = []): VersionDiff {
  return { summary: summary(), units, figureChanges, texts: { before, after } };
}

function figure(start: number, end: number, text: string): FigureSide {
  return { value: null, low: null, high: null, approx: false, text, start, end, sentenceStart: 0, sentenceEnd: end, subject: null, source: null, claimId: null };
}

function change(kind: FigureChange['kind'], before: FigureSide | null, after: FigureSide | null): FigureChange {
  return { kind, before, after };
}

function seg(side: Segment['side'], start: number | null, text: string, mark: Segment['mark'] = 'same'): Segment {
  return { side, start, end: start === null ? null : start + text.length, text, mark };
}

const BEFORE = 'The storm hit the coast on Monday. At least 12 people died.\n\nRescue teams arrived late. Roads were closed.';
const AFTER = 'The storm hit the coast on Monday. At least 15 people died.\n\nRoads were closed. Power was cut to 4,000 homes.';

describe('a real revision laid out', () => {
  const diff = diffTexts({ before: BEFORE, after: AFTER, claimsBefore: [], claimsAfter: [] });
  const changed = diff.units.findIndex((u) => u.kind === 'changed');
  const changedUnit = diff.units[changed]!;

  it('reads a changed sentence inline as the later one with the earlier words struck in place', () => {
    const segments = inlineSegments(diff, changedUnit, false);
    expect(segments).toEqual([seg('after', 35, 'At least '), seg('before', 44, '12', 'del'), seg('after', 44, '15', 'ins'), seg('after', 46, ' people died.')]);
    for (const s of segments) expect(diff.texts[s.side].slice(s.start!, s.end!)).toBe(s.text);
  });

  it('reads a changed sentence in each column as that version wrote it', () => {
    const { before, after } = sideSegments(diff, changedUnit, false);
    expect(before).toEqual([seg('before', 35, 'At least '), seg('before', 44, '12', 'del'), seg('before', 46, ' people died.')]);
    expect(after).toEqual([seg('after', 35, 'At least '), seg('after', 44, '15', 'ins'), seg('after', 46, ' people died.')]);
    expect(before.map((s) => s.text).join('')).toBe('At least 12 people died.');
    expect(after.map((s) => s.text).join('')).toBe('At least 15 people died.');
  });

  it('reads kept, added and removed sentences whole, each on its own side', () => {
    const kinds = diff.units.map((u) => u.kind).sort();
    expect(kinds).toEqual(['added', 'changed', 'removed', 'same', 'same']);
    const added = diff.units.find((u) => u.kind === 'added')!;
    const removed = diff.units.find((u) => u.kind === 'removed')!;
    const kept = diff.units[0]!;
    expect(inlineSegments(diff, added, false)).toEqual([seg('after', 80, 'Power was cut to 4,000 homes.')]);
    expect(inlineSegments(diff, removed, false)).toEqual([seg('before', 61, 'Rescue teams arrived late.')]);
    expect(sideSegments(diff, removed, false)).toEqual({ before: [seg('before', 61, 'Rescue teams arrived late.')], after: [] });
    expect(sideSegments(diff, kept, false)).toEqual({
      before: [seg('before', 0, 'The storm hit the coast on Monday.')],
      after: [seg('after', 0, 'The storm hit the coast on Monday.')],
    });
  });

  it('marks a changed figure’s words on both sides, and finds the sentence that holds it', () => {
    const changes = [change('changed', figure(44, 46, '12'), figure(44, 46, '15')), change('appeared', null, figure(97, 102, '4,000'))];
    const spans = figureSpans(changes);
    const pieces = inlineSegments(diff, changedUnit, false).map((s) => piecesOf(s, spans[s.side]));
    expect(pieces).toEqual([
      [{ text: 'At least ', figure: null, key: 'p35' }],
      [{ text: '12', figure: 0, key: 'f44' }],
      [{ text: '15', figure: 0, key: 'f44' }],
      [{ text: ' people died.', figure: null, key: 'p46' }],
    ]);
    expect(unitOfFigure(diff.units, changes[0]!)).toBe(changed);
    expect(unitOfFigure(diff.units, changes[1]!)).toBe(diff.units.findIndex((u) => u.kind === 'added'));
  });

  it('sums the revision up', () => {
    expect(summaryParts(diff)).toEqual(['1 sentence added', '1 removed', '1 changed', '0 moved', '0 minor', '0 figures changed', '71\u00a0% of the text unchanged']);
    expect(isIdentical(diff)).toBe(false);
    expect(isIdentical(diffTexts({ before: BEFORE, after: BEFORE, claimsBefore: [], claimsAfter: [] }))).toBe(true);
  });
});

describe('word diffs that cannot be placed, and changes the reader hides', () => {
  it('shows the rest of a side without offsets once a part is not found where it should stand', () => {
    const before = 'Five  died today.';
    const after = 'Six died.';
    const u = unit('changed', [0, 17], [0, 9], [removed('Five'), added('Six'), same(' died'), removed(' today'), same(''), same('.')]);
    const diff = diffOf(before, after, [u]);
    expect(sideSegments(diff, u, false)).toEqual({
      before: [seg('before', 0, 'Five', 'del'), seg('before', null, ' died'), seg('before', null, ' today', 'del'), seg('before', null, '.')],
      after: [seg('after', 0, 'Six', 'ins'), seg('after', 3, ' died'), seg('after', 8, '.')],
    });
    expect(inlineSegments(diff, u, false)).toEqual([
      seg('before', 0, 'Five', 'del'),
      seg('after', 0, 'Six', 'ins'),
      seg('after', 3, ' died'),
      seg('before', null, ' today', 'del'),
      seg('after', 8, '.'),
    ]);
  });

  it('places kept words that differ only in case (case ignored) in each text as that text has them', () => {
    const before = 'The Mayor said 12 died.';
    const after = 'The mayor said 19 died.';
    const u = unit('changed', [0, 23], [0, 23], [{ kind: 'same', text: 'The mayor said ', before: 'The Mayor said ' }, removed('12'), added('19'), same(' died.')]);
    const diff = diffOf(before, after, [u]);
    expect(sideSegments(diff, u, false)).toEqual({
      before: [seg('before', 0, 'The Mayor said '), seg('before', 15, '12', 'del'), seg('before', 17, ' died.')],
      after: [seg('after', 0, 'The mayor said '), seg('after', 15, '19', 'ins'), seg('after', 17, ' died.')],
    });
  });

  it('reads a minor change as the sentences themselves until minor changes are shown', () => {
    const before = 'He said "no."';
    const after = 'He said “no.”';
    const u = unit('changed', [0, 13], [0, 13], [same('He said '), removed('"no."'), added('“no.”')], true);
    const diff = diffOf(before, after, [u]);
    expect(isHiddenMinor(u, false)).toBe(true);
    expect(inlineSegments(diff, u, false)).toEqual([seg('after', 0, after)]);
    expect(sideSegments(diff, u, false)).toEqual({ before: [seg('before', 0, before)], after: [seg('after', 0, after)] });
    expect(isHiddenMinor(u, true)).toBe(false);
    expect(inlineSegments(diff, u, true)).toEqual([seg('after', 0, 'He said '), seg('before', 8, '"no."', 'del'), seg('after', 8, '“no.”', 'ins')]);
  });

  it('reads a changed sentence without a word diff whole', () => {
    const u = unit('changed', [0, 6], [0, 7], null);
    const diff = diffOf('Eight.', 'Eleven.', [u]);
    expect(inlineSegments(diff, u, true)).toEqual([seg('after', 0, 'Eleven.')]);
    expect(sideSegments(diff, { ...u, parts: [] }, true)).toEqual({ before: [seg('before', 0, 'Eight.')], after: [seg('after', 0, 'Eleven.')] });
  });

  it('gives no segments for a unit with neither side', () => {
    const u = unit('same', null, null);
    expect(inlineSegments(diffOf('', '', [u]), u, true)).toEqual([]);
    expect(sideSegments(diffOf('', '', [u]), u, true)).toEqual({ before: [], after: [] });
  });
});

describe('stepping from change to change', () => {
  const units = [
    unit('same', [0, 5], [0, 5]),
    unit('changed', [6, 10], [6, 10], null, true),
    unit('changed', [11, 15], [11, 16]),
    unit('added', null, [17, 20]),
    unit('removed', [16, 20], null),
    unit('moved', [21, 25], [21, 25], null, true),
    unit('same', [26, 30], [26, 30]),
  ];

  it('stops at every change but minor ones, unless those are shown', () => {
    expect(changeStops(units, false)).toEqual([2, 3, 4, 5]);
    expect(changeStops(units, true)).toEqual([1, 2, 3, 4, 5]);
    expect(changeStops([units[0]!, units[6]!], true)).toEqual([]);
  });

  it('hides only changed sentences that are minor, never a move', () => {
    expect(units.map((u) => isHiddenMinor(u, false))).toEqual([false, true, false, false, false, false, false]);
  });
});

describe('changed figures’ marks', () => {
  const changes = [
    change('changed', figure(44, 46, '12'), figure(44, 46, '15')),
    change('appeared', null, figure(97, 102, '4,000')),
    change('disappeared', figure(10, 12, '30'), null),
    change('changed', figure(60, 62, '20'), figure(50, 50, '')),
  ];

  it('gives each side’s spans in text order, leaving out empty ones', () => {
    expect(figureSpans(changes)).toEqual({
      before: [
        { figure: 2, start: 10, end: 12 },
        { figure: 0, start: 44, end: 46 },
        { figure: 3, start: 60, end: 62 },
      ],
      after: [
        { figure: 0, start: 44, end: 46 },
        { figure: 1, start: 97, end: 102 },
      ],
    });
    expect(figureSpans([])).toEqual({ before: [], after: [] });
  });

  it('cuts a segment at the spans over it, the first of two overlapping spans winning', () => {
    const segment = seg('after', 10, 'abcdefghijklmnopqrst');
    const spans = [
      { figure: 5, start: 0, end: 10 },
      { figure: 0, start: 5, end: 12 },
      { figure: 1, start: 15, end: 18 },
      { figure: 2, start: 16, end: 20 },
      { figure: 3, start: 28, end: 40 },
      { figure: 4, start: 30, end: 35 },
    ];
    const pieces = piecesOf(segment, spans);
    expect(pieces).toEqual([
      { text: 'ab', figure: 0, key: 'f10' },
      { text: 'cde', figure: null, key: 'p12' },
      { text: 'fgh', figure: 1, key: 'f15' },
      { text: 'ij', figure: 2, key: 'f18' },
      { text: 'klmnopqr', figure: null, key: 'p20' },
      { text: 'st', figure: 3, key: 'f28' },
    ]);
    expect(pieces.map((p) => p.text).join('')).toBe(segment.text);
  });

  it('leaves a segment whole where no span meets it, or where it has no offsets', () => {
    expect(piecesOf(seg('after', 10, 'plain'), [{ figure: 0, start: 15, end: 18 }])).toEqual([{ text: 'plain', figure: null, key: 'p10' }]);
    expect(piecesOf(seg('after', 10, 'plain'), [])).toEqual([{ text: 'plain', figure: null, key: 'p10' }]);
    expect(piecesOf(seg('after', null, 'lost words'), [{ figure: 0, start: 0, end: 99 }])).toEqual([{ text: 'lost words', figure: null, key: 't10' }]);
  });

  it('marks a segment that is all figure as one piece', () => {
    expect(piecesOf(seg('before', 44, '12', 'del'), [{ figure: 0, start: 44, end: 46 }])).toEqual([{ text: '12', figure: 0, key: 'f44' }]);
  });
});

describe('the sentence that holds a figure change', () => {
  const units = [
    unit('same', [0, 10], [0, 10]),
    unit('removed', [11, 20], null),
    unit('changed', [21, 30], [11, 25]),
    unit('added', null, [26, 40]),
  ];

  it('is the later version’s where the change has a later side', () => {
    expect(unitOfFigure(units, change('changed', figure(22, 24, '7'), figure(11, 13, '8')))).toBe(2);
    expect(unitOfFigure(units, change('appeared', null, figure(39, 40, '9')))).toBe(3);
  });

  it('is the earlier version’s for a figure that disappeared, or whose later words lie outside every sentence', () => {
    expect(unitOfFigure(units, change('disappeared', figure(25, 27, '40'), null))).toBe(2);
    expect(unitOfFigure(units, change('changed', figure(15, 17, '40'), figure(10, 12, '41')))).toBe(1);
  });

  it('is none where neither side lies in a sentence', () => {
    expect(unitOfFigure(units, change('appeared', null, figure(40, 42, '5')))).toBe(-1);
    expect(unitOfFigure(units, change('disappeared', figure(50, 52, '5'), null))).toBe(-1);
    expect(unitOfFigure(units, change('changed', null, null))).toBe(-1);
  });
});

describe('the text between sentences', () => {
  const text = 'One.\nTwo. Three.\n  \n  Four.';

  it('gives the whitespace between the previous sentence and this one', () => {
    expect(gapBefore(text, 4, 5)).toBe('\n');
    expect(gapBefore(text, 16, 22)).toBe('\n  \n  ');
    expect(gapBefore(text, 9, 9)).toBe('');
    expect(gapBefore(text, 12, 10)).toBe('');
  });

  it('opens a paragraph at the start of the text and after a line break, not mid-line', () => {
    expect(opensParagraph(text, 0)).toBe(true);
    expect(opensParagraph(text, 5)).toBe(true);
    expect(opensParagraph(text, 10)).toBe(false);
    expect(opensParagraph(text, 22)).toBe(true);
    expect(opensParagraph('   Lead.', 3)).toBe(true);
    expect(opensParagraph(`${'x'.repeat(300)} Next.`, 301)).toBe(false);
  });

  it('numbers paragraphs from one, parted at blank lines only', () => {
    const paras = '\n\nFirst para. Still first.\nSame para.\n\nSecond para.\n \t\nThird, one. Two.';
    expect(paragraphAt(paras, 0)).toBe(1);
    expect(paragraphAt(paras, paras.indexOf('Still'))).toBe(1);
    expect(paragraphAt(paras, paras.indexOf('Same') + 2)).toBe(1);
    expect(paragraphAt(paras, paras.indexOf('Second') + 1)).toBe(2);
    expect(paragraphAt(paras, paras.indexOf('Two.'))).toBe(3);
    expect(paragraphAt(paras, paras.length)).toBe(3);
  });

  it('numbers a paragraph’s first sentence with its own paragraph', () => {
    const paras = 'First para.\n\nSecond para.\n\n\nThird para.';
    expect(paragraphAt(paras, paras.indexOf('First'))).toBe(1);
    expect(paragraphAt(paras, paras.indexOf('Second'))).toBe(2);
    expect(paragraphAt(paras, paras.indexOf('Third'))).toBe(3);
  });
});

describe('the summary line', () => {
  it('gives a share of unchanged text that reads 100 % or 0 % only when it is exactly so', () => {
    expect(formatShare(1)).toBe('100\u00a0%');
    expect(formatShare(0.999)).toBe('99\u00a0%');
    expect(formatShare(0.912)).toBe('91\u00a0%');
    expect(formatShare(0.004)).toBe('1\u00a0%');
    expect(formatShare(0)).toBe('0\u00a0%');
    expect(formatShare(1.5)).toBe('100\u00a0%');
    expect(formatShare(-0.5)).toBe('0\u00a0%');
  });

  it('counts sentences and figures, minor changes apart from the others', () => {
    const diff: VersionDiff = {
      ...diffOf('', '', []),
      summary: summary({ added: 2, removed: 1, changed: 5, minor: 1, moved: 1, figuresChanged: 5, figuresAppeared: 2, unchangedShare: 0.912 }),
    };
    expect(summaryParts(diff)).toEqual(['2 sentences added', '1 removed', '4 changed', '1 moved', '1 minor', '5 figures changed, 2 appeared', '91\u00a0% of the text unchanged']);
  });

  it('names figures that disappeared, and one figure in the singular', () => {
    const diff: VersionDiff = { ...diffOf('', '', []), summary: summary({ added: 1, figuresChanged: 1, figuresDisappeared: 3, unchangedShare: 0 }) };
    expect(summaryParts(diff)).toEqual(['1 sentence added', '0 removed', '0 changed', '0 moved', '0 minor', '1 figure changed, 3 disappeared', '0\u00a0% of the text unchanged']);
  });

  it('calls two texts identical only when every sentence is kept and no figure changed', () => {
    const kept = [unit('same', [0, 5], [0, 5])];
    expect(isIdentical(diffOf('', '', []))).toBe(true);
    expect(isIdentical(diffOf('', '', kept))).toBe(true);
    expect(isIdentical(diffOf('', '', [...kept, unit('changed', [6, 9], [6, 9], null, true)]))).toBe(false);
    expect(isIdentical(diffOf('', '', kept, [change('appeared', null, figure(0, 1, '5'))]))).toBe(false);
  });
});

describe('the rows of the side-by-side view', () => {
  it('gives kept, changed and moved sentences a row each, and sets removed and added ones side by side', () => {
    const units = [
      unit('same', [0, 1], [0, 1]),
      unit('removed', [2, 3], null),
      unit('removed', [4, 5], null),
      unit('added', null, [2, 3]),
      unit('changed', [6, 7], [4, 5]),
      unit('added', null, [6, 7]),
      unit('moved', [8, 9], [8, 9]),
      unit('added', null, [10, 11]),
      unit('added', null, [12, 13]),
      unit('removed', [10, 11], null),
    ];
    expect(sideRows(units)).toEqual([
      { unit: 0 },
      { before: 1, after: 3 },
      { before: 2, after: null },
      { unit: 4 },
      { before: null, after: 5 },
      { unit: 6 },
      { before: 9, after: 7 },
      { before: null, after: 8 },
    ]);
  });

  it('gives no rows for no units', () => {
    expect(sideRows([])).toEqual([]);
  });
});
