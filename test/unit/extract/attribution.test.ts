// Who says so, within a sentence: "X said", "said X", "according to X", a
// source with a description set off by commas, two sources in one sentence,
// and numbers that belong to the source's own name.
import { describe, expect, it } from 'vitest';
import { clauseIds, findCues } from '../../../main/core/extract/attribution';
import { tagSentence } from '../../../main/core/extract/tokens';
import { claimOn, figuresIn, wordsOf } from './claims';

function cues(sentence: string): { verb: string; raw: string; pronoun: string | null; apposition: string | null }[] {
  const { tokens } = tagSentence({ text: sentence, start: 0 });
  return findCues(sentence, tokens).map((c) => ({ verb: tokens[c.verb]!.text, raw: c.raw, pronoun: c.pronoun, apposition: c.apposition }));
}

describe('a reporting verb and its subject', () => {
  it('"police said 17 people were detained" (protest-wire)', () => {
    const text = 'The march, called by a dozen unions, was largely peaceful, but police said 17 people were detained after clashes near the central station in which four officers were hurt.';
    expect(claimOn(text, '17')).toMatchObject({ value: 17, source: 'police' });
    expect(claimOn(text, 'four').source).toBe('police');
    // the dozen unions are in the article's own voice, before the clause police speak in
    expect(claimOn(text, 'a dozen').source).toBeNull();
  });

  it('"X said" after the figure, at the end of the sentence', () => {
    expect(claimOn('At least 17 people were killed in the blast, officials said.', 'At least 17').source).toBe('officials');
  });

  it('"said X" with the subject after the verb', () => {
    expect(claimOn('At least 30 people were killed, said the health ministry.', 'At least 30').source).toBe('health ministry');
  });

  it('"said X" with a titled name and a description after it', () => {
    const c = claimOn('"Three people were killed," said Dr. Ahmed Hassan, a doctor at the hospital.', 'Three');
    expect(c.source).toContain('Ahmed Hassan');
  });

  it('"told" with a named outlet as its object: "Witnesses told the BBC that ..."', () => {
    expect(claimOn('Witnesses told the BBC that at least 50 people had been killed.', 'at least 50').source).toBe('Witnesses');
  });

  it('"according to X" (cbs-bukamal, protest-citydaily)', () => {
    expect(claimOn('At least 30 people were killed, according to the health ministry.', 'At least 30').source).toBe('health ministry');
    const text = 'The reform would raise the pension age from 64 to 66 by 2030 and, according to the finance ministry, save 4.2 billion crowns a year.';
    expect(claimOn(text, '4.2 billion').source).toBe('finance ministry');
  });

  it('"found" by a named institute (protest-citydaily)', () => {
    expect(claimOn('A poll published on Friday by the Carrow Institute found 61 percent of voters opposed the plan.', '61 percent').source).toBe('Carrow Institute');
  });

  it('a monitoring group described before its name keeps the name (cbs-bukamal)', () => {
    const text =
      'The Pentagon spokesman did not name any casualties, but the UK-based monitoring group the Syrian Observatory for Human Rights said on Friday 22 people were killed in the attacks, which it said had hit three trucks carrying ammunition from Iraq to Syria.';
    expect(claimOn(text, '22').source).toBe('Syrian Observatory for Human Rights');
    expect(claimOn(text, 'three').source).toBe('Syrian Observatory for Human Rights');
  });

  // The commonest wire pattern of all: the quotation first, the speaker after it.
  it('a quotation followed by its speaker: "We counted 40 bodies," the doctor said', () => {
    expect(claimOn('"We counted 40 bodies," the doctor said.', '40').source).toBe('doctor');
  });
});

describe('an apposition: the source, and the figure inside its description', () => {
  it('"The organisers, a coalition of 14 unions, said 65,000 people took part" (protest-citydaily-r2)', () => {
    const text = 'The organisers, a coalition of 14 unions, said 65,000 people took part.';
    const people = claimOn(text, '65,000');
    expect(people.source).toBe('organisers');
    expect(people.subject).toContain('people');
    // the 14 unions are the article's description of the organisers: its own voice
    const unions = claimOn(text, '14');
    expect(unions.source).toBeNull();
    expect(unions.subject).toContain('unions');
  });

  it('gives findCues the subject and the apposition apart', () => {
    expect(cues('The organisers, a coalition of 14 unions, said 65,000 people took part.')).toEqual([
      { verb: 'said', raw: 'The organisers', pronoun: null, apposition: 'a coalition of 14 unions' },
    ]);
  });

  it('keeps a "who" clause out of the source: "Police, who had first put the crowd at 18,000, revised ..." (protest-citydaily-r2)', () => {
    const text = 'Police, who had first put the crowd at 18,000, revised their estimate to 21,000 on Sunday morning.';
    expect(claimOn(text, '18,000').source).toBe('Police');
    expect(claimOn(text, '21,000').source).toBe('Police');
  });
});

describe('two sources in one sentence', () => {
  it('police and organisers, joined by "while" (protest-citydaily-r1)', () => {
    const text = 'Police estimated the crowd at 18,000, while the organisers, a coalition of 14 unions, said 65,000 people took part.';
    expect(figuresIn(text).map((c) => [c.words, c.source])).toEqual([
      ['18,000', 'Police'],
      ['14', null],
      ['65,000', 'organisers'],
    ]);
  });

  it('police, then organisers putting the turnout higher (protest-wire)', () => {
    const text = 'About 20,000 people marched through Carrow on Saturday against plans to raise the pension age, police said, while organisers put the turnout at more than 60,000.';
    expect(figuresIn(text).map((c) => [c.words, c.source])).toEqual([
      ['About 20,000', 'police'],
      ['more than 60,000', 'organisers'],
    ]);
  });

  it('officials and the coalition (wire-bukamal)', () => {
    const text = 'Iraqi security officials put the number of rockets fired at Erbil at 14, while the coalition said at least three rockets struck inside the air base.';
    expect(claimOn(text, '14').source).toBe('Iraqi security officials');
    expect(claimOn(text, 'at least three').source).toContain('coalition');
  });

  it('a new clause after ", and" takes the source after it, the one before does not (protest-citydaily-r2)', () => {
    const text = "Five officers were slightly injured, and at least 30 shops were damaged, according to the city's chamber of commerce.";
    expect(claimOn(text, 'at least 30').source).toContain('chamber of commerce');
    expect(claimOn(text, 'Five').source).toBeNull();
  });

  // The second estimate leaves its verb out ("organisers [put it] at 40,000"): it is the organisers', not the police's.
  it('"Police put the figure at 15,000, organisers at 40,000": each figure to its own source', () => {
    const text = 'Police put the figure at 15,000, organisers at 40,000.';
    expect(claimOn(text, '15,000').source).toBe('Police');
    expect(claimOn(text, '40,000').source).toBe('organisers');
  });

  it('gives each side of ", while" its own clause', () => {
    const sentence = 'Police put the crowd at 18,000, while organisers said 65,000.';
    const { tokens } = tagSentence({ text: sentence, start: 0 });
    const ids = clauseIds(tokens);
    const at = (word: string): number => ids[tokens.findIndex((t) => t.text === word)]!;
    expect(at('18,000')).toBe(at('Police'));
    expect(at('65,000')).toBe(at('organisers'));
    expect(at('65,000')).not.toBe(at('18,000'));
  });
});

describe('numbers inside the source phrase are not claims', () => {
  it('"Two former Trump administration officials told CBS News ..." (cbs-bukamal-r2)', () => {
    const text =
      'Two former Trump administration officials told CBS News that the al Bukamal area has been the target of dozens of Israeli attacks in recent months because it serves as a transshipment point for Iranian-backed Shiite militias in Syria and Iraq.';
    expect(wordsOf(text)).toEqual(['dozens']);
    expect(claimOn(text, 'dozens').source).toContain('officials');
  });

  it('"Three senior officials told Reuters that 40 soldiers had been killed"', () => {
    const text = 'Three senior officials told Reuters that 40 soldiers had been killed.';
    expect(wordsOf(text)).toEqual(['40']);
    expect(claimOn(text, '40').source).toContain('officials');
  });

  it('"One of the former officials said ..." (cbs-bukamal)', () => {
    expect(wordsOf('One of the former officials said that “it is easier to send messages there because we are less exposed.”')).toEqual([]);
  });

  it('"An official of one of the targeted groups denied ..." (monitor-bukamal)', () => {
    const text = 'An official of one of the targeted groups denied that any of its members had died, saying only a guard was lightly wounded.';
    const guard = claimOn(text, 'a');
    expect(guard.value).toBe(1);
    expect(guard.subject).toContain('guard');
    expect(guard.source).toContain('official');
  });
});

describe('a passive reporting verb is not a source', () => {
  // "were reported", "had been confirmed", "were recorded": the figure is the subject of a passive verb, not a
  // source's name; these figures are dropped entirely today.
  it('"At least 30 deaths were reported in the province"', () => {
    const c = claimOn('At least 30 deaths were reported in the province on Sunday.', 'At least 30');
    expect(c).toMatchObject({ value: null, low: 30, approx: true });
    expect(c.subject).toContain('deaths');
  });

  it('"The health ministry said 45 new cases had been confirmed"', () => {
    const c = claimOn('The health ministry said 45 new cases had been confirmed.', '45');
    expect(c.source).toBe('health ministry');
    expect(c.subject).toContain('cases');
  });

  it('"Some 300 violations of the ceasefire were recorded overnight, monitors said"', () => {
    const c = claimOn('Some 300 violations of the ceasefire were recorded overnight, monitors said.', 'Some 300');
    expect(c.source).toBe('monitors');
    expect(c.subject).toContain('violations');
  });
});

describe('attribution that reads English', () => {
  it('carries an attributed account on to the figure after it: "Another 45 were badly damaged"', () => {
    const text = 'About 300 homes were destroyed, the governor told reporters. Another 45 were badly damaged.';
    expect(claimOn(text, 'About 300').source).toBe('governor');
    expect(claimOn(text, '45').source).toBe('governor');
  });

  it('joins coordinated speakers: "police and ambulance officials said"', () => {
    expect(claimOn('Eleven people were hurt in the crash, police and ambulance officials said.', 'Eleven').source).toBe('police and ambulance officials');
  });

  it('reads an inverted speaker and the pronoun that goes on with her', () => {
    const text = '"The river rose two metres overnight," said Maria Lund, the flood coordinator. Forty homes were evacuated, she added.';
    expect(claimOn(text, 'two metres').source).toBe('Maria Lund');
    expect(claimOn(text, 'Forty').source).toBe('Maria Lund');
  });

  it('takes a document as a source: "A Norstat survey showed ..."', () => {
    expect(claimOn('A Norstat survey showed the Greens on 14 percent, the best in a decade.', '14 percent').source).toBe('Norstat survey');
  });

  it('reads "per X" as a source', () => {
    expect(claimOn('Some 1,200 people were evacuated, per the county sheriff.', 'Some 1,200').source).toBe('county sheriff');
  });

  it('gives each side of a gapped passive its own source: "reported by Vattenfall, 900 by Ellevio"', () => {
    const text = 'Outages for 2,300 homes were reported by Vattenfall, 900 by Ellevio.';
    expect(claimOn(text, '2,300').source).toBe('Vattenfall');
    expect(claimOn(text, '900').source).toBe('Ellevio');
  });

  it('skips a relative clause inside the speaker: "Nordhavn Lines, whose ferries were grounded, said 40 trips were cancelled"', () => {
    expect(claimOn('Nordhavn Lines, whose ferries were grounded, said 40 trips were cancelled.', '40').source).toBe('Nordhavn Lines');
  });

  it('reads a fronted "According to X," over the whole sentence', () => {
    const text = 'According to the coastguard, 14 sailors were rescued and two are still missing.';
    expect(claimOn(text, '14').source).toBe('coastguard');
    expect(claimOn(text, 'two').source).toBe('coastguard');
  });

  it('gives the outlet’s own voice no source: "Rebels claimed responsibility for the raid, which left nine dead"', () => {
    expect(claimOn('Rebels claimed responsibility for the raid, which left nine dead.', 'nine').source).toBeNull();
  });

  it('never ends a name at "U.S.": "the U.S. Geological Survey said"', () => {
    expect(claimOn('The quake struck 27 miles southeast of the city, the U.S. Geological Survey said.', '27 miles').source).toBe('U.S. Geological Survey');
  });

  it('reads a report in a newspaper as the newspaper’s: "according to a report in The Harbour Herald"', () => {
    expect(claimOn('Six of the dead were fishermen, according to a report in The Harbour Herald.', 'Six').source).toBe('Harbour Herald');
  });

  it('gives a quotation’s figures to its speaker across sentences, and to the next quotation that names nobody', () => {
    const text = '"We counted 40 bodies near the bridge. There were 12 more in the river," the mayor said. "Another 6 are missing."';
    expect(claimOn(text, '40').source).toBe('mayor');
    expect(claimOn(text, '12').source).toBe('mayor');
    expect(claimOn(text, '6').source).toBe('mayor');
  });

  it('reads a speaker before a colon: Estrosi tweeted: "..."', () => {
    const text = 'The mayor, Anna Berg, tweeted: "The storm has left dozens of homes without roofs. Stay inside."';
    expect(claimOn(text, 'dozens').source).toBe('Anna Berg');
  });

  it('does not read an instruction as a report: "Police told residents of the town, 30 km from the border, to stay indoors"', () => {
    expect(claimOn('Police told residents of the town, 30 km from the border, to stay indoors.', '30 km').source).toBeNull();
  });

  it('keeps a description of the speaker in the outlet’s voice: "said Clinton, who won four of the five states"', () => {
    expect(claimOn('"It is time," said Clinton, who won four of the five states that voted last week.', 'four').source).toBeNull();
  });

  it('remembers a speaker named after the verb, so "she added" is hers: "said Maria Lund, the flood coordinator"', () => {
    const text = '"We lost everything," said Greta Holm, the relief coordinator. Forty homes were evacuated, she added.';
    expect(claimOn(text, 'Forty').source).toBe('Greta Holm');
  });

  it('never ends a name at the dot of a domain: "Officials at example.com said"', () => {
    expect(claimOn('Figures from tracker.example.com showed 7 ferries were cancelled.', '7').source).toBe('tracker.example.com');
    expect(claimOn('Officials at flightdesk.com said 7 flights were missing.', '7').source).toContain('flightdesk.com');
  });

  it('reads a participle after its noun as no report: "people confirmed dead", "The attack, claimed by Islamic State,"', () => {
    const text = 'The number of people confirmed dead has risen to 11, with 17 still missing, officials said on Tuesday.';
    expect(claimOn(text, '11').source).toBe('officials');
    expect(claimOn(text, '17').source).toBe('officials');
    expect(claimOn('The attack, claimed by a rebel group, killed 39 people.', '39').source).toBeNull();
  });

  it('keeps a name the tagger half reads as a verb whole: "the mayor told the Associated Press"', () => {
    expect(claimOn('Five of the victims were children, the mayor told the Associated Press.', 'Five').source).toBe('mayor');
  });

  it('steps over a description set off by commas before any reporting verb: "The Observatory, a monitoring group, reported 41 deaths"', () => {
    expect(claimOn('The Harbour Watch Group, a Norway-based monitor, reported 41 deaths.', '41').source).toBe('Harbour Watch Group');
  });

  it('keeps where speaking people are as part of who they are: "Officials in the province", "Doctors at the hospital"', () => {
    expect(claimOn('Officials in the province told Reuters that 200 houses collapsed.', '200').source).toBe('Officials in the province');
    expect(claimOn('Doctors at the hospital said 12 were critical.', '12').source).toBe('Doctors at the hospital');
  });
});
