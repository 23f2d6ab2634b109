// Every quantity read, each as its kind: measurements with their units,
// fractions, vague amounts, ranges that carry a unit, a currency or a scale,
// and the numbers that are no figure at all ("one" as a pronoun, names and
// codes). Sentences written for these tests, in the style of wire copy.
import { describe, expect, it } from 'vitest';
import { claimOn, wordsOf } from './claims';

describe('measurements carry their units', () => {
  it('reads magnitude before, after and joined to the number', () => {
    const text = 'A magnitude-6.9 earthquake struck off the coast; a 5.2-magnitude aftershock and a 4.1 magnitude tremor followed, and a third was put at magnitude 4.';
    expect(wordsOf(text)).toEqual(['magnitude-6.9', '5.2-magnitude', '4.1 magnitude', 'magnitude 4']);
    expect(claimOn(text, 'magnitude-6.9')).toMatchObject({ value: 6.9, unit: 'magnitude' });
    expect(claimOn(text, '5.2-magnitude')).toMatchObject({ value: 5.2, unit: 'magnitude' });
    expect(claimOn(text, '4.1 magnitude')).toMatchObject({ value: 4.1, unit: 'magnitude' });
    expect(claimOn(text, 'magnitude 4')).toMatchObject({ value: 4, unit: 'magnitude' });
  });

  it('reads units after the number and at the head of a hyphenated modifier', () => {
    const text = 'The fire spread over a 3,000-hectare area, 12 miles from the town, and the 22-storey tower lost 14 inches of roof to winds of 90 mph.';
    expect(claimOn(text, '3,000-hectare')).toMatchObject({ value: 3000, unit: 'hectares' });
    expect(claimOn(text, '12 miles')).toMatchObject({ value: 12, unit: 'miles' });
    expect(claimOn(text, '22-storey')).toMatchObject({ value: 22, unit: 'stories' });
    expect(claimOn(text, '14 inches')).toMatchObject({ value: 14, unit: 'inches' });
    expect(claimOn(text, '90 mph')).toMatchObject({ value: 90, unit: 'mph' });
  });

  it('reads two-word units: percentage points and basis points', () => {
    const text = 'The bank raised rates by 50 basis points, a 0.5 percentage point rise, after a 25-basis-point cut in May.';
    expect(claimOn(text, '50 basis points')).toMatchObject({ value: 50, unit: 'basis points' });
    expect(claimOn(text, '0.5 percentage point')).toMatchObject({ value: 0.5, unit: 'percentage points' });
    expect(claimOn(text, '25-basis-point')).toMatchObject({ value: 25, unit: 'basis points' });
  });

  it('reads "20 points" on an index but not "a five-point plan"', () => {
    expect(wordsOf('The index fell 20 points after the minister unveiled a five-point plan.')).toEqual(['20 points']);
  });
});

describe('fractions', () => {
  it('reads a fraction of a unit: "one-quarter of a mile", "half a mile", "one-tenth of a percentage point"', () => {
    const text = 'Visibility fell to one-quarter of a mile, then half a mile, and the rate slipped one-tenth of a percentage point.';
    expect(claimOn(text, 'one-quarter of a mile')).toMatchObject({ value: 0.25, unit: 'miles' });
    expect(claimOn(text, 'half a mile')).toMatchObject({ value: 0.5, unit: 'miles' });
    expect(claimOn(text, 'one-tenth of a percentage point')).toMatchObject({ value: 0.1, unit: 'percentage points' });
  });

  it('reads a share of a whole: "a third of the respondents", "two-thirds of voters", "half the prize"', () => {
    const text = 'A third of the respondents and two-thirds of voters backed the plan, and the winner kept half the prize.';
    expect(claimOn(text, 'A third')).toMatchObject({ unit: 'fraction' });
    expect(claimOn(text, 'A third').value).toBeCloseTo(1 / 3, 6);
    expect(claimOn(text, 'two-thirds').value).toBeCloseTo(2 / 3, 6);
    expect(claimOn(text, 'half')).toMatchObject({ value: 0.5, unit: 'fraction' });
  });

  it('keeps "half a million" a number and "cut in half" a phrase', () => {
    expect(claimOn('Half a million people fled, the agency said.', 'Half a million').value).toBe(500_000);
    expect(wordsOf('The budget was cut in half.')).toEqual([]);
  });
});

describe('vague amounts', () => {
  it('reads "several hundred" as at least 300, "a score of" as 20 and "scores" after a casualty verb', () => {
    const text = 'The gunman wounded scores when he drove on, mowing down several hundred people; a score of bullets hit the cab.';
    expect(claimOn(text, 'scores')).toMatchObject({ low: 40, approx: true });
    expect(claimOn(text, 'several hundred')).toMatchObject({ low: 300, high: null, approx: true });
    expect(claimOn(text, 'a score')).toMatchObject({ value: 20 });
  });

  it('reads "several" only where a casualty makes it a count', () => {
    expect(claimOn('Airport blast, several killed: local media', 'several')).toMatchObject({ low: 3, approx: true });
    expect(wordsOf('Officials met several times.')).toEqual([]);
  });

  it('does not read test scores as an amount', () => {
    expect(wordsOf('Test scores rose at the school.')).toEqual([]);
  });
});

describe('ranges carry a unit, a currency or a scale', () => {
  it('reads "between 3.0 percent and 3.5 percent" as one range', () => {
    expect(claimOn('Economists said wage growth between 3.0 percent and 3.5 percent is needed.', 'between 3.0 percent and 3.5 percent')).toMatchObject({
      low: 3,
      high: 3.5,
      value: null,
      unit: 'percent',
    });
  });

  it('reads "€2 billion to €3.5 billion" and "between $2 billion and $3 billion" as one range each', () => {
    expect(claimOn('The storm caused €2 billion to €3.5 billion of damage.', '€2 billion to €3.5 billion')).toMatchObject({ low: 2e9, high: 3.5e9, unit: 'euros' });
    expect(claimOn('Losses were between $2 billion and $3 billion, he said.', 'between $2 billion and $3 billion')).toMatchObject({ low: 2e9, high: 3e9, unit: 'dollars' });
  });

  it('gives "3 to 4 million" the scale of its second number', () => {
    expect(claimOn('Officials forecast 3 to 4 million cases.', '3 to 4 million')).toMatchObject({ low: 3e6, high: 4e6 });
  });

  it('reads "ranging from 5.4 to 4.8 in magnitude" as a range, and "rose from 64 to 66" as two figures', () => {
    expect(claimOn('Aftershocks followed, ranging from 5.4 to 4.8 in magnitude.', '5.4 to 4.8 in magnitude')).toMatchObject({ low: 4.8, high: 5.4, unit: 'magnitude' });
    expect(wordsOf('The pension age rose from 64 to 66.')).toEqual(['64', '66']);
  });

  it('reads a currency with country letters: "NT$341.2 billion"', () => {
    expect(claimOn('Damage was put at NT$341.2 billion.', 'NT$341.2 billion')).toMatchObject({ value: 341.2e9, unit: 'NT dollars' });
  });

  it('reads numbers written without separators: "47300 people"', () => {
    expect(claimOn('Some 47300 people were evacuated.', 'Some 47300')).toMatchObject({ value: 47300, approx: true });
  });
});

describe('numbers that are no figure', () => {
  it('drops "one" as a pronoun or an article', () => {
    expect(wordsOf('It was one of the worst floods, and the second one gave way; he is one hell of a mayor, one smart man.')).toEqual([]);
    expect(wordsOf('Rain fell one day after another.')).toEqual([]);
  });

  it('keeps "one" where something happened to it or where it is had', () => {
    expect(wordsOf('One person was killed when the bridge collapsed.')).toEqual(['One']);
    expect(wordsOf('Police said one of the guards had been wounded.')).toEqual(['one']);
    expect(wordsOf('He had one criminal conviction.')).toEqual(['one']);
  });

  it('drops numbers inside names and codes', () => {
    expect(wordsOf('Officials said that Air Force Two would land at noon.')).toEqual([]);
    expect(wordsOf('Shares of Hon Hai (2317.TW) fell.')).toEqual([]);
    expect(wordsOf('The COVID-19 unit and the F-16 squadron were moved.')).toEqual([]);
  });

  it('drops "the two" standing for things named before', () => {
    expect(wordsOf('Doctors do not know whether the virus causes the defects, or if the two are just associated.')).toEqual([]);
  });

  it('reads a figure set off by a spaced dash: "delegates - 1,300 to 1,400"', () => {
    expect(claimOn('He expected to win more than the required number of delegates - 1,300 to 1,400.', '1,300 to 1,400')).toMatchObject({ low: 1300, high: 1400 });
  });
});
