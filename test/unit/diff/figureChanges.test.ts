// Figures paired across two versions of a real article: the old and new value
// of every figure that changed, and the figures that appeared or disappeared,
// with the claims the extractor finds in each version.
import { describe, expect, it } from 'vitest';
import { diffTexts } from '../../../main/core/diff/diffTexts';
import { extractClaims } from '../../../main/core/extract';
import type { FigureChange, FigureSide, VersionDiff } from '../../../main/core/model';
import { corpusText, type CorpusFile } from '../../fixtures/corpus';

function diffOf(before: string, after: string): VersionDiff {
  return diffTexts({ before, after, claimsBefore: extractClaims(before), claimsAfter: extractClaims(after) });
}

function diffFiles(before: CorpusFile, after: CorpusFile): VersionDiff {
  return diffOf(corpusText(before), corpusText(after));
}

/** A change as "old words → new words" ("" for a missing side). */
const arrow = (f: FigureChange): string => `${f.before?.text ?? ''} → ${f.after?.text ?? ''}`;

/** The sentence a figure stands in, from its side's text. */
const sentence = (text: string, side: FigureSide): string => text.slice(side.sentenceStart, side.sentenceEnd);

describe('figures across the CBS revisions (cbs-bukamal r1 → r2)', () => {
  const diff = diffFiles('cbs-bukamal-r1.txt', 'cbs-bukamal-r2.txt');
  const changed = diff.figureChanges.filter((f) => f.kind === 'changed');

  it('pairs the five figures that changed, in reading order, with their old and new values', () => {
    expect(changed.map(arrow)).toEqual(['17 → 22', 'more than 20 → dozens', 'A total of six → A total of eight', 'one → two', 'about a dozen → 14']);
    expect(changed.map((f) => [f.before!.value ?? f.before!.low, f.after!.value ?? f.after!.low])).toEqual([
      [17, 22],
      [20, expect.any(Number)],
      [6, 8],
      [1, 2],
      [12, 14],
    ]);
  });

  it('keeps each side in its own sentence: killed, Israeli attacks, contractors, evacuated, rockets', () => {
    const texts = diff.texts;
    const [killed, attacks, injured, evacuated, rockets] = changed;
    expect(sentence(texts.before, killed!.before!)).toContain('17 people were killed');
    expect(sentence(texts.after, killed!.after!)).toContain('22 people were killed');
    expect(sentence(texts.before, attacks!.before!)).toContain('more than 20');
    expect(sentence(texts.after, attacks!.after!)).toContain('dozens');
    expect(sentence(texts.after, attacks!.after!)).toMatch(/Israel/);
    expect(sentence(texts.after, injured!.after!)).toContain('contractors were injured');
    expect(sentence(texts.after, evacuated!.after!)).toContain('evacuat');
    expect(sentence(texts.before, rockets!.before!)).toBe('The attack on Erbil consisted of about a dozen rockets.');
    expect(sentence(texts.after, rockets!.after!)).toContain('14 rockets');
  });

  it('marks "about a dozen" as approximate and 14 as exact', () => {
    const rockets = changed[4]!;
    expect(rockets.before).toMatchObject({ approx: true, value: 12 });
    expect(rockets.after).toMatchObject({ approx: false, value: 14 });
  });

  it('reports the six rockets still on the launcher as a figure that appeared, and nothing as disappeared', () => {
    const appeared = diff.figureChanges.filter((f) => f.kind === 'appeared');
    expect(appeared).toHaveLength(1);
    expect(appeared[0]!.after).toMatchObject({ text: 'six', value: 6 });
    expect(diff.texts.after.slice(appeared[0]!.after!.start, appeared[0]!.after!.end + ' more'.length)).toBe('six more');
    expect(diff.figureChanges.filter((f) => f.kind === 'disappeared')).toEqual([]);
  });

  it('counts them in the summary', () => {
    expect(diff.summary).toMatchObject({ figuresChanged: 5, figuresAppeared: 1, figuresDisappeared: 0 });
  });

  it('gives offsets that slice to each side’s figure words', () => {
    for (const f of diff.figureChanges) {
      if (f.before) expect(diff.texts.before.slice(f.before.start, f.before.end)).toBe(f.before.text);
      if (f.after) expect(diff.texts.after.slice(f.after.start, f.after.end)).toBe(f.after.text);
    }
  });
});

describe('figures across the City Daily revisions (protest-citydaily r1 → r2)', () => {
  const diff = diffFiles('protest-citydaily-r1.txt', 'protest-citydaily-r2.txt');

  it('pairs arrests 12 → 19 and injured officers Three → Five', () => {
    const changed = diff.figureChanges.filter((f) => f.kind === 'changed');
    expect(changed.map(arrow)).toEqual(['12 → 19', 'Three → Five']);
    expect(changed.map((f) => [f.before!.value, f.after!.value])).toEqual([
      [12, 19],
      [3, 5],
    ]);
    expect(sentence(diff.texts.after, changed[0]!.after!)).toContain('arrests');
    expect(sentence(diff.texts.after, changed[1]!.after!)).toContain('officers were slightly injured');
  });

  it('reports the police’s revised 21,000 and the "at least 30" shops as figures that appeared', () => {
    const appeared = diff.figureChanges.filter((f) => f.kind === 'appeared');
    expect(appeared.map((f) => f.after!.text)).toEqual(['21,000', 'at least 30']);
    expect(appeared[0]!.after).toMatchObject({ value: 21_000 });
    expect(appeared[1]!.after).toMatchObject({ value: null, low: 30 });
    expect(sentence(diff.texts.after, appeared[1]!.after!)).toContain('shops were damaged');
  });

  it('keeps the first police estimate and the organisers’ figure as unchanged, so nothing disappeared', () => {
    expect(diff.figureChanges.filter((f) => f.kind === 'disappeared')).toEqual([]);
    expect(diff.figureChanges.some((f) => f.before?.text === '18,000' || f.after?.text === '18,000')).toBe(false);
    expect(diff.figureChanges.some((f) => f.after?.text === '65,000')).toBe(false);
  });
});

describe('figures in small revisions', () => {
  it('reports a figure cut with its sentence as disappeared', () => {
    const before = 'Officials said 40 homes had been destroyed. Another 15 people were taken to hospital.';
    const after = 'Officials said 40 homes had been destroyed.';
    const diff = diffOf(before, after);
    expect(diff.figureChanges.map((f) => [f.kind, f.before?.text ?? null, f.after?.text ?? null])).toEqual([['disappeared', '15', null]]);
  });

  it('follows a figure into a moved sentence and reports its new value there', () => {
    const before = 'Rescue teams reached Tarn on Monday. The Red Cross said 12 trucks of aid were on their way to the valley from the capital.';
    const after = 'The Red Cross said 16 trucks of aid were on their way to the valley from the capital. Rescue teams reached Tarn on Monday.';
    const diff = diffOf(before, after);
    expect(diff.figureChanges.map((f) => [f.kind, f.before?.value ?? null, f.after?.value ?? null])).toEqual([['changed', 12, 16]]);
  });

  it('reports nothing when only the wording around a figure changed', () => {
    const diff = diffOf('Police said 12 people were arrested on Saturday.', 'Police said 12 people were detained on Saturday.');
    expect(diff.figureChanges).toEqual([]);
  });

  it('leaves claims with no figure (a "gave no figure" statement) out of the pairing', () => {
    const before = 'The Pentagon did not give a death toll.';
    const after = 'The Pentagon did not give a death toll. The Observatory said 22 people were killed.';
    const diff = diffOf(before, after);
    expect(diff.figureChanges.every((f) => f.before === null)).toBe(true);
  });
});
