// Reading amounts: number words, digits, scales, money, percentages, ranges
// and the qualifiers around them. Sentences are from the development corpus
// or written the way wire reports put such figures.
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../../main/core/extract/quantities';
import { tagSentence } from '../../../main/core/extract/tokens';
import { claimOn, figuresIn, wordsOf } from './claims';

/** findQuantities on one sentence, each amount with its words (whole mention, qualifiers included). */
function quantities(sentence: string): { words: string; value: number | null; low: number | null; high: number | null; approx: boolean; unit: string }[] {
  const tagged = tagSentence({ text: sentence, start: 0 });
  return findQuantities(tagged.tokens).map((q) => ({
    words: sentence.slice(q.charStart ?? tagged.tokens[q.first]!.start, q.charEnd ?? tagged.tokens[q.last]!.end),
    value: q.value,
    low: q.low,
    high: q.high,
    approx: q.approx,
    unit: q.unit,
  }));
}

describe('number words', () => {
  it('reads "four" (cbs-bukamal: "wounded four US contractors")', () => {
    const text = 'Last week, a rocket attack in Erbil, northern Iraq, killed a contractor, who was not a US citizen, and wounded four US contractors and a US service member.';
    const c = claimOn(text, 'four');
    expect(c).toMatchObject({ value: 4, low: 4, high: 4, approx: false, kind: 'figure' });
    expect(c.subject).toContain('contractors');
  });

  it('reads a hyphenated "Twenty-two" as 22', () => {
    const c = claimOn('Twenty-two migrants drowned off the coast of Libya, the UN refugee agency said.', 'Twenty-two');
    expect(c).toMatchObject({ value: 22, low: 22, high: 22, approx: false });
    expect(c.subject).toContain('migrants');
  });

  it('reads "a dozen" as 12, exact (protest-wire: "called by a dozen unions")', () => {
    const c = claimOn('The march, called by a dozen unions, was largely peaceful, but police said 17 people were detained.', 'a dozen');
    expect(c).toMatchObject({ value: 12, low: 12, high: 12, approx: false });
    expect(c.subject).toContain('unions');
  });

  it('reads "about a dozen" as 12, approximate (monitor-bukamal)', () => {
    const c = claimOn('Officials said about a dozen rockets were fired.', 'about a dozen');
    expect(c).toMatchObject({ value: 12, approx: true });
    expect(c.subject).toContain('rockets');
  });

  it('reads "Two dozen" as 24', () => {
    const c = claimOn('Two dozen soldiers were wounded in the attack, the army said.', 'Two dozen');
    expect(c).toMatchObject({ value: 24, low: 24, high: 24, approx: false });
    expect(c.subject).toContain('soldiers');
  });

  it('reads "One hundred and fifty" as 150', () => {
    expect(claimOn('One hundred and fifty people were rescued from the ship, the coastguard said.', 'One hundred and fifty')).toMatchObject({ value: 150 });
  });

  it('does not read the pronoun "one" as a figure ("the one thing")', () => {
    expect(wordsOf('He said the one thing he wanted was peace.')).toEqual([]);
  });

  it('does not read "one" in "at one point" as a figure', () => {
    expect(wordsOf('At one point, 40 people were trapped in the building, firefighters said.')).toEqual(['40']);
  });

  // "Half a million" is 500,000; reading only "a million" doubles the figure.
  it('reads "Half a million" as 500,000', () => {
    const c = claimOn('Half a million people have fled the city since the fighting began, the UN said.', 'Half a million');
    expect(c).toMatchObject({ value: 500_000 });
  });
});

describe('vague amounts: a lower bound and approx, no single value', () => {
  it('"dozens" is at least 24 (cbs-bukamal-r2: "dozens of Israeli attacks")', () => {
    const text =
      'Two former Trump administration officials told CBS News that the al Bukamal area has been the target of dozens of Israeli attacks in recent months because it serves as a transshipment point for Iranian-backed Shiite militias in Syria and Iraq.';
    const c = claimOn(text, 'dozens');
    expect(c).toMatchObject({ value: null, low: 24, high: null, approx: true });
    expect(c.subject).toContain('attacks');
  });

  it('"Dozens of people" at the head of a sentence', () => {
    const c = claimOn('Dozens of people were injured in the blast, the health ministry said.', 'Dozens');
    expect(c).toMatchObject({ value: null, low: 24, high: null, approx: true });
    expect(c.subject).toContain('people');
  });

  it('"Hundreds" is at least 200', () => {
    const c = claimOn('Hundreds of people gathered outside the embassy on Sunday.', 'Hundreds');
    expect(c).toMatchObject({ value: null, low: 200, high: null, approx: true });
    expect(c.subject).toContain('people');
  });

  it('"Thousands" is at least 2,000', () => {
    expect(claimOn('Thousands of people fled their homes, aid agencies said.', 'Thousands')).toMatchObject({ value: null, low: 2000, approx: true });
  });

  it('"Tens of thousands" is at least 20,000 (protest-citydaily)', () => {
    const text = "Tens of thousands of people marched through central Carrow on Saturday against the government's plan to raise the pension age, in the largest demonstration the city has seen in a decade.";
    const c = claimOn(text, 'Tens of thousands');
    expect(c).toMatchObject({ value: null, low: 20_000, high: null, approx: true, source: null });
    expect(c.subject).toContain('people');
  });

  it('"a handful" is approximate with no single value (wire-bukamal: "killed a handful" of militants)', () => {
    const text = 'A US defense official, speaking on condition of anonymity, said the strike "killed a handful" of militants, adding that seven 500-pound bombs were dropped on seven targets.';
    const c = claimOn(text, 'a handful');
    expect(c.value).toBeNull();
    expect(c.approx).toBe(true);
    expect(c.subject).toContain('militants');
  });

  it('"scores" is an amount only before "of"', () => {
    expect(claimOn('Scores of people were injured in the stampede, witnesses said.', 'Scores')).toMatchObject({ value: null, low: 40, approx: true });
    expect(wordsOf('Test scores fell for the third year running, the report said.')).toEqual([]);
  });
});

describe('digits, scales, money and percentages', () => {
  it('reads "1,500" with its thousands separator', () => {
    const c = claimOn('Police said 1,500 officers would be deployed for the match.', '1,500');
    expect(c).toMatchObject({ value: 1500, low: 1500, high: 1500, approx: false });
    expect(c.subject).toContain('officers');
  });

  it('reads "1.5 million" as 1,500,000 and keeps the scale word in the span', () => {
    const c = claimOn('The storm left 1.5 million homes without power, the utility said.', '1.5 million');
    expect(c).toMatchObject({ value: 1_500_000, approx: false });
    expect(c.subject).toContain('homes');
  });

  it('reads "$35,000,000" with the currency sign in the span', () => {
    expect(claimOn('The company agreed to pay $35,000,000 to settle the lawsuit, court filings showed.', '$35,000,000')).toMatchObject({ value: 35_000_000, approx: false });
  });

  it('reads "$35m" as 35 million dollars', () => {
    const c = claimOn('The club paid $35m for the striker, the largest fee in its history.', '$35m');
    expect(c.value).toBe(35_000_000);
    expect(c.subject).toContain('dollars');
  });

  it('reads "4.2 billion crowns" as 4,200,000,000 (protest-wire)', () => {
    const text = 'Finance Minister Edda Lund told reporters on Sunday that the government would not withdraw the reform, which she said would save the treasury 4.2 billion crowns a year once fully in force, and that talks with the unions would resume within two weeks.';
    const c = claimOn(text, '4.2 billion');
    expect(c.value).toBe(4_200_000_000);
    expect(c.subject).toContain('crowns');
    expect(c.source).toContain('Edda Lund');
  });

  it('reads "52 percent" and "52%" alike', () => {
    const a = claimOn('Turnout was 52 percent, the electoral commission said.', '52 percent');
    const b = claimOn('Turnout was 52%, the electoral commission said.', '52%');
    for (const c of [a, b]) {
      expect(c).toMatchObject({ value: 52, low: 52, high: 52, approx: false, source: 'electoral commission' });
      expect(c.subject).toContain('percent');
    }
  });

  it('reads "52 per cent" (British style) as a percentage', () => {
    expect(claimOn('Support for the party rose to 52 per cent, the poll found.', '52 per cent')).toMatchObject({ value: 52 });
  });

  it('keeps "61 percent of voters" as what is counted (protest-citydaily)', () => {
    const c = claimOn('A poll published on Friday by the Carrow Institute found 61 percent of voters opposed the plan.', '61 percent');
    expect(c.subject).toContain('voters');
    expect(c.source).toBe('Carrow Institute');
  });

  it('reads a vote "54-46" as two figures, each span on its own side of the dash', () => {
    const text = 'The Senate voted 54-46 to confirm the nominee on Tuesday.';
    const figures = figuresIn(text);
    expect(figures.map((c) => [c.words, c.value])).toEqual([
      ['54', 54],
      ['46', 46],
    ]);
    expect(figures[0]!.start).toBe(text.indexOf('54-46'));
    expect(figures[1]!.end).toBe(text.indexOf('54-46') + 5);
  });
});

describe('ranges: low and high, no single value', () => {
  it('"Between 20 and 25"', () => {
    const c = claimOn('Between 20 and 25 people were killed in the raid, residents said.', 'Between 20 and 25');
    expect(c).toMatchObject({ value: null, low: 20, high: 25, source: 'residents' });
    expect(c.subject).toContain('people');
  });

  it('"20 to 25"', () => {
    expect(claimOn('Residents said 20 to 25 people were killed in the raid.', '20 to 25')).toMatchObject({ value: null, low: 20, high: 25 });
  });

  it('"20-25" written as one token', () => {
    const c = claimOn('Residents said 20-25 people were killed in the raid.', '20-25');
    expect(c).toMatchObject({ value: null, low: 20, high: 25 });
    expect(c.subject).toContain('people');
  });

  it('"six or seven" is a range and approximate', () => {
    expect(claimOn('Six or seven gunmen opened fire on the crowd, witnesses said.', 'Six or seven')).toMatchObject({ value: null, low: 6, high: 7, approx: true });
  });

  // "opened fire" is read as a modifier, so the gunmen fall into the qualifiers and "fire" becomes the counted thing.
  it('counts the gunmen in "Six or seven gunmen opened fire"', () => {
    expect(claimOn('Six or seven gunmen opened fire on the crowd, witnesses said.', 'Six or seven').subject).toContain('gunmen');
  });

  // Whether a pension age is a figure at all is borderline (the gold marks it not required); what matters here is that it is never one range 64–66.
  it('"from 64 to 66" is a change, never a range (protest-citydaily)', () => {
    const text = 'The reform would raise the pension age from 64 to 66 by 2030 and, according to the finance ministry, save 4.2 billion crowns a year.';
    const figures = figuresIn(text);
    expect(figures.some((c) => c.low === 64 && c.high === 66)).toBe(false);
    expect(figures.some((c) => c.words.includes('64') && c.words.includes('66'))).toBe(false);
    expect(figures.find((c) => c.words === '4.2 billion')?.value).toBe(4_200_000_000);
  });
});

describe('bounds and qualifiers', () => {
  it('"at least 17": low 17, no high (monitor-bukamal)', () => {
    const text = 'The Syrian Observatory for Human Rights, a Britain-based war monitor, said at least 17 fighters were killed near al Bukamal and that three trucks loaded with weapons were destroyed.';
    const c = claimOn(text, 'at least 17');
    expect(c).toMatchObject({ value: null, low: 17, high: null, approx: true, source: 'Syrian Observatory for Human Rights' });
    expect(c.subject).toContain('fighters');
    expect(c.subject).toContain('killed');
  });

  it('"more than 20": low 20, no high (cbs-bukamal-r1)', () => {
    const text = 'Two former Trump administration officials told CBS News that the al Bukamal area has been the target of more than 20 Israeli attacks in recent months.';
    expect(claimOn(text, 'more than 20')).toMatchObject({ value: null, low: 20, high: null, approx: true });
  });

  it('"more than 60,000" (protest-wire)', () => {
    const text = 'About 20,000 people marched through Carrow on Saturday against plans to raise the pension age, police said, while organisers put the turnout at more than 60,000.';
    const c = claimOn(text, 'more than 60,000');
    expect(c).toMatchObject({ value: null, low: 60_000, high: null, approx: true, source: 'organisers' });
    expect(c.subject).toContain('turnout');
  });

  it('"up to 30": high 30, no low', () => {
    const c = claimOn('Up to 30 people may have been trapped under the rubble, rescuers said.', 'Up to 30');
    expect(c).toMatchObject({ value: null, low: null, high: 30, approx: true });
    expect(c.subject).toContain('people');
  });

  it('"as many as 300" and "fewer than 100" are upper bounds', () => {
    expect(claimOn('As many as 300 people may have died, the governor said.', 'As many as 300')).toMatchObject({ value: null, low: null, high: 300, approx: true });
    expect(claimOn('Fewer than 100 people attended the rally, police said.', 'Fewer than 100')).toMatchObject({ value: null, high: 100, approx: true });
  });

  it('"no fewer than 12" is a lower bound', () => {
    expect(claimOn('No fewer than 12 ministers resigned on Thursday.', 'No fewer than 12')).toMatchObject({ value: null, low: 12, high: null, approx: true });
  });

  // "nearly", "about", "some": the number is the estimate, marked approximate.
  it('"nearly 40" is 40, approximate', () => {
    expect(claimOn('Nearly 40 people were wounded, the ministry said.', 'Nearly 40')).toMatchObject({ value: 40, approx: true });
  });

  it('"about 200" is 200, approximate (protest-citydaily)', () => {
    const text = 'Officers made 12 arrests after a group of about 200 masked protesters broke away from the march and smashed shop windows near the central station, a police spokeswoman said.';
    const c = claimOn(text, 'about 200');
    expect(c).toMatchObject({ value: 200, low: 200, approx: true });
    expect(c.subject).toContain('protesters');
  });

  it('"some 25" is 25, approximate (protest-wire)', () => {
    const c = claimOn('Shop owners reported broken windows at some 25 stores.', 'some 25');
    expect(c).toMatchObject({ value: 25, approx: true, source: 'Shop owners' });
    expect(c.subject).toContain('stores');
  });

  it('"A total of eight" is exact and scoped "in total" (cbs-bukamal-r2)', () => {
    const c = claimOn('A total of eight contractors were injured, two serious enough to require evacuation.', 'A total of eight');
    expect(c).toMatchObject({ value: 8, low: 8, high: 8, approx: false });
    expect(c.qualifiers).toContain('in total');
    expect(c.subject).toContain('contractors');
  });
});

describe('findQuantities on tagged tokens', () => {
  it('gives each amount in a sentence, left to right, qualifiers included', () => {
    expect(quantities('Police estimated the crowd at 18,000, while organisers said more than 60,000 took part.')).toEqual([
      { words: '18,000', value: 18_000, low: 18_000, high: 18_000, approx: false, unit: 'count' },
      { words: 'more than 60,000', value: null, low: 60_000, high: null, approx: true, unit: 'count' },
    ]);
  });

  it('marks money and percentages by their unit', () => {
    expect(quantities('The fund lost $2.5 billion, or 12 percent of its value.').map((q) => [q.words, q.value, q.unit])).toEqual([
      ['$2.5 billion', 2_500_000_000, 'money'],
      ['12 percent', 12, 'percent'],
    ]);
  });

  it('finds nothing in a sentence with no amount', () => {
    expect(quantities('The Pentagon has not released a casualty figure.')).toEqual([]);
  });

  it('does not read "one another" as a count', () => {
    expect(quantities('The two sides blamed one another for the collapse of the talks.').map((q) => q.words)).toEqual(['two']);
  });
});
