import { describe, expect, it } from 'vitest';
import type { DiffUnit, FigureChange, VersionDiff } from '../../../main/core/model';
import { markLabel, overviewMarks } from './overviewMarks';

const span = (start: number, end: number): { start: number; end: number } => ({ start, end });

function diffOf(afterLength: number, units: DiffUnit[], figureChanges: FigureChange[] = []): VersionDiff {
  return {
    summary: { sentencesBefore: 0, sentencesAfter: 0, added: 0, removed: 0, changed: 0, moved: 0, minor: 0, figuresChanged: 0, figuresAppeared: 0, figuresDisappeared: 0, unchangedShare: 1, rewrite: false, coarse: false },
    units,
    figureChanges,
    texts: { before: 'x'.repeat(afterLength), after: 'x'.repeat(afterLength) },
  };
}

const unit = (kind: DiffUnit['kind'], before: [number, number] | null, after: [number, number] | null, minor = false): DiffUnit => ({
  kind,
  minor,
  before: before && span(...before),
  after: after && span(...after),
  parts: null,
});

describe('the overview strip’s marks', () => {
  it('places each change by its offset in the later text, a removed sentence where it stood, and leaves kept ones out', () => {
    const diff = diffOf(1000, [unit('same', [0, 100], [0, 100]), unit('added', null, [100, 200]), unit('same', [100, 500], [200, 600]), unit('removed', [500, 520], null), unit('changed', [520, 600], [600, 1000])]);
    const marks = overviewMarks(diff, false, 10);
    expect(marks.map((m) => [m.kinds.join('+'), m.top, Math.round(m.height * 10) / 10, m.unit])).toEqual([
      ['added', 0.1, 0.1, 1],
      // a removed sentence shares its band with the change that follows: the band shows the stronger kind and names both
      ['changed+removed', 0.6, 0.1, 3],
      ['changed', 0.7, 0.3, 4],
    ]);
    expect(marks[1]!.kind).toBe('changed');
  });

  it('marks a changed figure distinctly, above the change of its sentence', () => {
    const figure: FigureChange = {
      kind: 'changed',
      before: null,
      after: { value: 22, low: 22, high: 22, approx: false, text: '22', start: 710, end: 712, sentenceStart: 700, sentenceEnd: 800, subject: null, source: null, claimId: null },
    };
    const diff = diffOf(1000, [unit('same', [0, 700], [0, 700]), unit('changed', [700, 800], [700, 800])], [figure]);
    const [mark] = overviewMarks(diff, false, 10);
    expect(mark).toMatchObject({ kind: 'figure', kinds: ['figure', 'changed'], top: 0.7, unit: 1 });
    expect(markLabel(mark!)).toBe('figure changed, changed, 70 % into the text');
  });

  it('hides a minor change until minor changes are shown', () => {
    const diff = diffOf(100, [unit('changed', [0, 50], [0, 50], true), unit('same', [50, 100], [50, 100])]);
    expect(overviewMarks(diff, false)).toEqual([]);
    expect(overviewMarks(diff, true).map((m) => m.kind)).toEqual(['changed']);
  });

  it('draws no more marks than bands however many changes there are', () => {
    const units = Array.from({ length: 20_000 }, (_, i) => unit(i % 2 ? 'added' : 'changed', i % 2 ? null : [i * 10, i * 10 + 10], [i * 10, i * 10 + 10]));
    const started = performance.now();
    const marks = overviewMarks(diffOf(200_000, units), false);
    expect(performance.now() - started).toBeLessThan(200);
    expect(marks.length).toBeLessThanOrEqual(200);
    expect(marks.every((m) => m.kinds.join() === 'changed,added')).toBe(true);
  });

  it('finds the sentence of every figure as the figure list does, cheaply for thousands of figures', () => {
    const units = Array.from({ length: 20_000 }, (_, i) => unit('changed', [i * 10, i * 10 + 10], [i * 10, i * 10 + 10]));
    const side = (start: number): FigureChange['after'] => ({ value: 1, low: 1, high: 1, approx: false, text: '1', start, end: start + 1, sentenceStart: start, sentenceEnd: start + 1, subject: null, source: null, claimId: null });
    const figures: FigureChange[] = Array.from({ length: 5_000 }, (_, i) =>
      i % 2 ? { kind: 'disappeared', before: side(i * 40 + 3), after: null } : { kind: 'appeared', before: null, after: side(i * 40 + 3) },
    );
    const started = performance.now();
    const marks = overviewMarks(diffOf(200_000, units, figures), false);
    expect(performance.now() - started).toBeLessThan(200);
    // every band holds a figure: 5,000 figures over 200,000 characters, one each 40
    expect(marks.every((m) => m.kind === 'figure')).toBe(true);
    expect(marks.reduce((n, m) => n + m.height, 0)).toBeCloseTo(1);
  });

  it('shows the band where sentences were both removed and added as changed, naming all three, and the rest of the addition as added', () => {
    const diff = diffOf(100, [unit('removed', [0, 40], null), unit('added', null, [0, 40]), unit('same', [40, 100], [40, 100])]);
    expect(overviewMarks(diff, false, 10).map((m) => [m.kind, m.kinds.join('+')])).toEqual([
      ['changed', 'changed+added+removed'],
      ['added', 'added'],
    ]);
  });
});
