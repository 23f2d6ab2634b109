// Statements that a source gave no figure: the difference between "the
// Pentagon said none died" and "the Pentagon said nothing".
import { describe, expect, it } from 'vitest';
import { findNoFigures } from '../../../main/core/extract/noFigure';
import { tagSentence } from '../../../main/core/extract/tokens';
import { claimsIn } from './claims';

/** The one no-figure claim in `text`. */
function noFigure(text: string): ReturnType<typeof claimsIn>[number] {
  const found = claimsIn(text).filter((c) => c.kind === 'no-figure');
  expect(found, text).toHaveLength(1);
  const c = found[0]!;
  expect(c).toMatchObject({ value: null, low: null, high: null, approx: false });
  return c;
}

function spans(sentence: string): string[] {
  const { tokens } = tagSentence({ text: sentence, start: 0 });
  return findNoFigures(tokens).map((nf) => sentence.slice(tokens[nf.first]!.start, tokens[nf.last]!.end));
}

describe('no-figure statements through extractClaims', () => {
  it('"The Pentagon spokesman did not name any casualties" (cbs-bukamal)', () => {
    const text =
      'The Pentagon spokesman did not name any casualties, but the UK-based monitoring group the Syrian Observatory for Human Rights said on Friday 22 people were killed in the attacks.';
    const c = noFigure(text);
    expect(c.words).toBe('did not name any casualties');
    expect(c.subject).toContain('casualties');
    expect(c.source).toContain('Pentagon spokesman');
    // the figure after "but" belongs to the Observatory, not to the Pentagon
    expect(claimsIn(text).find((f) => f.words === '22')?.source).toBe('Syrian Observatory for Human Rights');
  });

  it('"He gave no figure for casualties" is Kirby, named in the sentence before (monitor-bukamal)', () => {
    const text =
      'Pentagon spokesman John Kirby said the strikes destroyed multiple facilities at a border control point used by Kataib Hezbollah and Kataib Sayyid al Shuhada. He gave no figure for casualties.';
    const c = noFigure(text);
    expect(c.words).toContain('gave no figure');
    expect(c.source).toBe('Pentagon spokesman John Kirby');
  });

  it('"has not released a casualty figure" (wire-bukamal)', () => {
    const c = noFigure('The Pentagon has not released a casualty figure.');
    expect(c.words).toBe('has not released a casualty figure');
    expect(c.source).toBe('Pentagon');
  });

  it('"declined to give a death toll"', () => {
    const c = noFigure('The army declined to give a death toll for the overnight fighting.');
    expect(c.words).toContain('declined to give a death toll');
    expect(c.source).toBe('army');
  });

  it('"refused to say how many"', () => {
    const c = noFigure('The interior ministry refused to say how many people had been arrested.');
    expect(c.words).toContain('refused to say how many');
    expect(c.source).toBe('interior ministry');
  });

  it('"did not give a figure for the wounded"', () => {
    const c = noFigure('Hospital officials did not give a figure for the wounded.');
    expect(c.words).toContain('did not give a figure');
    expect(c.source).toBe('Hospital officials');
  });

  it('"gave no casualty figures", after "and", takes the subject of the sentence', () => {
    const c = noFigure('The military said it had struck weapons depots overnight and gave no casualty figures.');
    expect(c.words).toContain('gave no casualty figures');
    expect(c.source).toContain('military');
  });
});

describe('what is not a no-figure statement', () => {
  it('a denial with no figure word is not one', () => {
    expect(claimsIn('The ministry did not comment on the report.')).toEqual([]);
  });

  it('"no figure" in an unrelated sense', () => {
    expect(claimsIn('There was no immediate response from Iranian officials to the US attack on Thursday.')).toEqual([]);
  });

  it('a figure that was given is a figure, not a no-figure', () => {
    expect(claimsIn('The Pentagon released a casualty figure of 12 on Friday.').map((c) => c.kind)).toEqual(['figure']);
  });
});

describe('findNoFigures on tagged tokens', () => {
  it('finds the negated verb through its figure noun', () => {
    expect(spans('The Pentagon spokesman did not name any casualties.')).toEqual(['did not name any casualties']);
    expect(spans('The ministry has not yet released a death toll.')).toEqual(['has not yet released a death toll']);
  });

  it('finds "gave no figure"', () => {
    expect(spans('He gave no figure for casualties.')).toEqual(['gave no figure']);
  });

  it('finds nothing in a plain figure sentence', () => {
    expect(spans('Officials said 22 people were killed.')).toEqual([]);
  });
});
