// Amounts that are not figures a source asserts: dates, years, times, ordinals,
// ages, reading times, street numbers, hyphenated measurements and durations.
// Each sentence also holds a real figure where it can, so a test shows both
// that the non-figure is dropped and that the figure beside it is kept.
import { describe, expect, it } from 'vitest';
import { notAFigure } from '../../../main/core/extract/notFigures';
import { findQuantities } from '../../../main/core/extract/quantities';
import { tagSentence } from '../../../main/core/extract/tokens';
import { claimOn, wordsOf } from './claims';

/** Why each amount in the sentence is not a figure (null for a figure), keyed by its number's words. */
function reasons(sentence: string): [string, string | null][] {
  const { tokens } = tagSentence({ text: sentence, start: 0 });
  return findQuantities(tokens).map((q) => [sentence.slice(tokens[q.numFirst]!.start, tokens[q.numLast]!.end), notAFigure(tokens, q)]);
}

describe('dates, years and times of day', () => {
  it('drops the dateline "Feb 26" and keeps the toll (wire-bukamal)', () => {
    const text = 'BEIRUT, Feb 26 - The number of fighters killed in US airstrikes on positions held by Iran-backed militias in eastern Syria has risen to 22, the Syrian Observatory for Human Rights said on Friday, up from the 17 it reported overnight.';
    expect(wordsOf(text)).toEqual(['22', '17']);
  });

  it('drops "February 15" in "a February 15 rocket attack" (wire-bukamal)', () => {
    const text = 'The US action followed a February 15 rocket attack on Erbil airport in which a foreign contractor was killed and nine people were wounded.';
    expect(wordsOf(text)).not.toContain('15');
    expect(wordsOf(text)).toContain('nine');
  });

  it('drops "14 March" written day first', () => {
    expect(wordsOf('The vote took place on 14 March, when 300 delegates attended.')).toEqual(['300']);
  });

  it('drops "25 February" and "23:40" in a publication line (monitor-bukamal)', () => {
    expect(wordsOf('Published Thursday 25 February, 23:40')).toEqual([]);
  });

  it('drops the year in "in 2019"', () => {
    expect(wordsOf('The law was passed in 2019 and has led to 40 prosecutions, the ministry said.')).toEqual(['40']);
  });

  it('drops the year in "by 2030" (protest-citydaily)', () => {
    expect(wordsOf('The government aims to cut emissions by 2030, the minister said.')).toEqual([]);
  });

  it('drops the year in "December 2019" (cbs-bukamal)', () => {
    expect(wordsOf('The most recent airstrike against Iranian-backed militias was in December 2019, which hitting targets in both Iraq and Syria.')).toEqual([]);
  });

  it('drops "3 p.m." and keeps "five people"', () => {
    expect(wordsOf('The explosion happened at 3 p.m. and killed five people.')).toEqual(['five']);
  });

  it('drops "23:40" on its own', () => {
    expect(wordsOf('The first explosion was heard at 23:40 local time, residents said.')).toEqual([]);
  });

  it('says why: a date, a year, a time of day', () => {
    expect(reasons('Talks on 14 March in 2019 began at 3 p.m.')).toEqual([
      ['14', 'date'],
      ['2019', 'year'],
      ['3', 'time of day'],
    ]);
  });
});

describe('ordinals', () => {
  it('never reads "first" as one (cbs-bukamal headline and lede)', () => {
    expect(wordsOf('US airstrikes target Iran-backed militias in Syria in Biden’s first military action')).toEqual([]);
    expect(wordsOf('In the first military strike of his presidency, Biden approved a target along the Syrian-Iraqi border.')).toEqual([]);
  });

  it('drops "second" and keeps the count after it', () => {
    expect(wordsOf('A second car bomb wounded 12 people outside the ministry, police said.')).toEqual(['12']);
  });
});

describe('ages and durations are figures of their own kinds, never counts', () => {
  it('reads "a 12-year-old" as an age, not a count of the dead', () => {
    const age = claimOn('A 12-year-old boy was among the dead, hospital officials said.', '12-year-old');
    expect(age).toMatchObject({ value: 12, unit: 'years old' });
  });

  it('reads "aged 45" as an age and keeps the arrests a count', () => {
    const text = 'The driver, aged 45, was arrested at the scene with two passengers, police said.';
    expect(wordsOf(text)).toEqual(['aged 45', 'two']);
    expect(claimOn(text, 'aged 45').unit).toBe('years old');
    expect(claimOn(text, 'two').unit).toBeNull();
  });

  it('reads "45 years old" as an age', () => {
    expect(claimOn('The driver, 45 years old, was arrested.', '45 years old').unit).toBe('years old');
  });

  it('reads "a three-day ceasefire" and "within two weeks" as durations', () => {
    expect(claimOn('The warring parties agreed to a three-day ceasefire on Sunday, mediators said.', 'three-day').unit).toBe('days');
    const text =
      'Finance Minister Edda Lund told reporters on Sunday that the government would not withdraw the reform, which she said would save the treasury 4.2 billion crowns a year once fully in force, and that talks with the unions would resume within two weeks.';
    expect(wordsOf(text)).toEqual(['4.2 billion', 'two weeks']);
    expect(claimOn(text, 'two weeks').unit).toBe('weeks');
    expect(claimOn(text, '4.2 billion').unit).toBeNull();
  });

  it('drops "a day" and "one day": set phrases, not amounts', () => {
    expect(wordsOf('A day after the blast, one day before the vote, police said 12 people were held.')).toEqual(['12']);
  });

  it('drops a reading time', () => {
    expect(wordsOf('5 min read')).toEqual([]);
  });
});

describe('hyphenated measurements and compounds', () => {
  it('reads "500-pound" as a measurement of the bombs and keeps "seven" bombs and "seven" targets (wire-bukamal)', () => {
    const text = 'A US defense official said the strike "killed a handful" of militants, adding that seven 500-pound bombs were dropped on seven targets.';
    expect(wordsOf(text)).toEqual(['a handful', 'seven', '500-pound', 'seven']);
    expect(claimOn(text, '500-pound')).toMatchObject({ value: 500, unit: 'pounds' });
    const bombs = claimOn('Seven 500-pound bombs were dropped on the compound.', 'Seven');
    expect(bombs.subject).toContain('bombs');
    expect(bombs.qualifiers).toContain('500-pound');
    expect(bombs.unit).toBeNull();
  });

  it('reads "5,000-strong" as a count of the force', () => {
    expect(claimOn('A 5,000-strong force was sent to the region, the ministry said.', '5,000').value).toBe(5000);
  });

  it('drops a compound that measures nothing ("a two-state solution")', () => {
    expect(wordsOf('Both sides backed a two-state solution, and 40 delegates signed the text.')).toEqual(['40']);
  });

  it('drops "COVID-19" as part of a name', () => {
    expect(wordsOf('The hospital treated 40 COVID-19 patients on Monday.')).toEqual(['40']);
  });
});

describe('"a"/"an" counts one only beside a casualty', () => {
  it('counts "killed a contractor" (cbs-bukamal)', () => {
    const text = 'Last week, a rocket attack in Erbil, northern Iraq, killed a contractor, who was not a US citizen, and wounded four US contractors and a US service member.';
    const claims = wordsOf(text);
    // "a rocket attack" and "a US citizen" are articles; the contractor killed and the service member wounded are ones.
    expect(claims).toEqual(['a', 'four', 'a']);
    const killed = claimOn('Gunmen killed a contractor near the base, officials said.', 'a');
    expect(killed).toMatchObject({ value: 1, low: 1, high: 1, approx: false, source: 'officials' });
    expect(killed.subject).toContain('contractor');
  });

  it('counts "a foreign contractor was killed" (wire-bukamal)', () => {
    const c = claimOn('The US action followed a February 15 rocket attack on Erbil airport in which a foreign contractor was killed.', 'a');
    expect(c.value).toBe(1);
    expect(c.subject).toContain('contractor');
    expect(c.start).toBe('The US action followed a February 15 rocket attack on Erbil airport in which '.length);
  });

  it('does not count "a second survey" or other articles', () => {
    expect(wordsOf('A second survey by Nordpol put opposition at 58 percent.')).toEqual(['58 percent']);
    expect(wordsOf('The minister gave a speech in the capital on Monday.')).toEqual([]);
  });

  it('does not count "a" beside a casualty word that is not about a casualty', () => {
    // "a statement" sits near "killed" but is no one killed
    expect(wordsOf('Kataib Hezbollah said in a statement that one of its fighters had been killed.')).toEqual(['one']);
  });
});

describe('numbers inside names, codes and year ranges are no figures', () => {
  it('drops a market index, a phone number, a corrected paragraph and a group named by a number word', () => {
    expect(wordsOf('(Corrects paragraph 3 to fix spelling) The FTSE 100 index slipped and the S&P 500 fell 2 percent.')).toEqual(['2 percent']);
    expect(wordsOf('Residents dialled 999 as the water rose. Neighbours called 911.')).toEqual([]);
    expect(wordsOf('The Group of Twenty met in Hamburg.')).toEqual([]);
    // a call verb with a counted thing after it is a count
    expect(wordsOf('The army called 300 reservists.')).toEqual(['300']);
  });

  it('drops a port or a path number in an address written without its scheme, and keeps the count beside it', () => {
    expect(wordsOf('The feed at example.com:8080 said 30 people were wounded.')).toEqual(['30']);
    expect(wordsOf('A copy at localhost:7453 and at 10.0.0.2:3000/live shows 12 people were killed.')).toEqual(['12']);
    expect(wordsOf('The list is at www.example.org/news/2016/22 and names 5 people killed.')).toEqual(['5']);
    // a ratio or a score written without spaces is no address
    expect(wordsOf('The committee voted 7-2 to release 40 prisoners.')).toEqual(['7', '2', '40']);
  });

  it('reads "the 1998-9 season" and "2015-16" as years, never as figures', () => {
    expect(wordsOf('He scored twice in the 1998-9 season and again in 2015-16.')).toEqual([]);
  });
});

describe('a person’s age set off by commas', () => {
  it('reads "The victim, 54, was" as an age, not a count', () => {
    const c = claimOn('The victim, 54, was a teacher at the school.', '54');
    expect(c.unit).toBe('years old');
    // a group set off by commas is no one person's age
    expect(claimOn('Of the dead, 22, were children.', '22').unit).toBeNull();
  });
});

describe('names that end in a number, ranks and set phrases', () => {
  it('drops "The Apollo 11 crew", "its Boeing 737 jets", "the top 10" and "a 50-50 chance"', () => {
    expect(wordsOf('The Apollo 11 crew returned safely.')).toEqual([]);
    expect(wordsOf('The airline grounded its Boeing 737 jets.')).toEqual([]);
    expect(wordsOf('She finished in the top 10. It was a 50-50 chance.')).toEqual([]);
    // a count after a name and a verb stays a count
    expect(wordsOf('Strikes on Raqqa killed 22 fighters.')).toEqual(['22']);
  });
});
