import { describe, expect, it } from 'vitest';
import { placesIn, placesOfSentence } from '../../../main/core/compare/eventPlaces';

describe('placesIn', () => {
  it('reads names after prepositions of place, Arabic prefixes included', () => {
    expect(placesIn('Strikes near al Bukamal killed 22; a rocket attack in Erbil wounded four.')).toEqual(['al bukamal', 'erbil']);
    expect(placesIn('Police in New York and protesters outside the Capitol')).toEqual(['new york', 'capitol']);
  });

  it('leaves out times and words that are not places', () => {
    expect(placesIn('In March, in total 40 people died in the attacks on Friday in response.')).toEqual([]);
  });
});

describe('placesOfSentence', () => {
  const text = 'A bomb exploded in Kabul on Tuesday. It killed 12 people.\n\nFive others died.';
  it('takes the place of an earlier sentence of the same paragraph when its own names none', () => {
    const at = text.indexOf('It killed');
    expect(placesOfSentence(text, at, at + 'It killed 12 people.'.length)).toEqual(['kabul']);
  });

  it('does not look past its paragraph', () => {
    const at = text.indexOf('Five');
    expect(placesOfSentence(text, at, text.length)).toEqual([]);
  });
});
