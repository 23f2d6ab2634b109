// The mechanisms real news needs, each on sentences written for the test in
// the style of wire copy (none is from a corpus): incidents inside an event,
// what is counted, verdicts a researcher would sign and labels a researcher
// would write.
import { describe, expect, it } from 'vitest';
import { figureKey } from '../../../main/core/compare/figureKey';
import { groupFigures, type FigureGroup } from '../../../main/core/compare/groupFigures';
import { extractClaims } from '../../../main/core/extract';

interface Doc {
  name: string;
  article: string;
  text: string;
}

function group(docs: Doc[]): { groups: FigureGroup[]; holding(doc: string, words: string): FigureGroup } {
  const groups = groupFigures(docs.map((d) => ({ name: d.name, article: d.article, text: d.text, claims: extractClaims(d.text) })));
  return {
    groups,
    holding(doc, words) {
      const text = docs.find((d) => d.name === doc)!.text;
      const at = text.indexOf(words);
      if (at < 0) throw new Error(`"${words}" is not in ${doc}`);
      const found = groups.find((g) => g.claims.some((c) => c.doc === doc && c.claim.start >= at && c.claim.start < at + words.length));
      if (!found) throw new Error(`no figure holds "${words}" of ${doc}`);
      return found;
    },
  };
}

const one = (text: string): Doc[] => [{ name: 'a', article: 'a', text }];

/** The label of the figure on `words` of a one-sentence text. */
function labelOn(text: string, words: string): string {
  const at = text.indexOf(words);
  const claim = extractClaims(text).find((c) => c.start === at);
  if (!claim) throw new Error(`no claim on "${words}"`);
  return figureKey(claim)!.label;
}

describe('incidents inside an event', () => {
  it('tells a total, its parts and a background event apart: four figures', () => {
    const text =
      'Twin blasts in Halden\n\nTwo car bombs killed 31 people in Halden on Sunday, police said. ' +
      'The first, in the fish market, killed 22; a second near the stadium killed nine. ' +
      'Last March an attack in Kerrow killed 40.';
    const { holding } = group(one(text));
    const total = holding('a', '31');
    const first = holding('a', '22');
    const second = holding('a', 'nine');
    const kerrow = holding('a', '40');
    expect(new Set([total, first, second, kerrow]).size).toBe(4);
    expect(total.status).toBe('single');
  });

  it('keeps an earlier year’s disaster out of this one’s toll, and lines up its tolls across outlets', () => {
    const docs: Doc[] = [
      { name: 'a', article: 'a', text: 'The quake killed at least 14 people on Friday. A 1998 quake in the same region killed about 1,200 people.' },
      { name: 'b', article: 'b', text: 'At least 16 people died in the earthquake. In 1998 a tremor there killed 1,200 people.' },
    ];
    const { holding } = group(docs);
    expect(holding('a', 'at least 14')).toBe(holding('b', 'At least 16'));
    expect(holding('a', 'about 1,200')).toBe(holding('b', '1,200'));
    expect(holding('a', 'about 1,200')).not.toBe(holding('a', 'at least 14'));
    expect(holding('a', 'about 1,200').status).toBe('agree');
  });
});

describe('places inside places', () => {
  it('reads "the northern city of Tarsk" and "Tarsk, northern Arland" as one place, never a second incident in the country', () => {
    const docs: Doc[] = [
      { name: 'a', article: 'a', text: 'Strikes hit depots in Ostria on Friday. Militias have attacked bases in Arland for years, most recently in a rocket attack in the northern city of Tarsk last week that wounded four guards.' },
      { name: 'b', article: 'b', text: 'Strikes in Ostria killed 17 people. Last week a rocket attack in Tarsk, northern Arland, wounded four guards.' },
      { name: 'c', article: 'c', text: 'The strikes in Ostria followed a rocket attack in Tarsk last week which wounded five guards.' },
    ];
    const { holding } = group(docs);
    expect(holding('a', 'four guards')).toBe(holding('b', 'four guards'));
    expect(holding('a', 'four guards')).toBe(holding('c', 'five guards'));
    expect(holding('a', 'four guards').label).toBe('guards wounded in Tarsk');
  });
});

describe('background figures told in passing', () => {
  it('files "attacks in Paris that left 130 dead" with the Paris toll, not as a conflict with this attack\'s 84', () => {
    const docs: Doc[] = [
      { name: 'a', article: 'a', text: 'Truck kills 84 in Lorient\n\nA truck killed 84 people in Lorient on Thursday. Gunmen killed 130 people in Paris last November.' },
      { name: 'b', article: 'b', text: 'Lorient attack\n\nAt least 80 people were killed in Lorient. France has been on edge since attacks in Paris that left 130 people dead.' },
      { name: 'c', article: 'c', text: 'Grief in Lorient\n\nThe attack in Lorient killed 84. Paris was hit last November, when gunmen killed 130 people in Paris.' },
    ];
    const { holding } = group(docs);
    const toll = holding('a', '84');
    expect(holding('b', 'At least 80')).toBe(toll);
    expect(holding('b', '130')).toBe(holding('a', '130'));
    expect(holding('b', '130')).not.toBe(toll);
    expect(toll.label).toBe('people killed');
  });

  it('reads two ages in one article as two people, and two outlets\' same age as one', () => {
    const docs: Doc[] = [
      { name: 'a', article: 'a', text: 'A 61-year-old man and a 94-year-old man died while shoveling snow.' },
      { name: 'b', article: 'b', text: 'The dead included a 94-year-old man who collapsed while shoveling.' },
    ];
    const { holding } = group(docs);
    expect(holding('a', '61-year-old')).not.toBe(holding('a', '94-year-old'));
    expect(holding('a', '94-year-old')).toBe(holding('b', '94-year-old'));
    expect(holding('a', '61-year-old').status).toBe('single');
  });

  it('reads a service cut to homes as homes without it, apart from the homes a building holds', () => {
    const docs: Doc[] = [
      { name: 'a', article: 'a', text: 'The storm cut power to 40,000 homes. There are 60 homes in the tower, an official said.' },
      { name: 'b', article: 'b', text: 'By evening power had been restored to all but about 900 homes.' },
    ];
    const { holding } = group(docs);
    const power = holding('a', '40,000');
    expect(holding('b', 'about 900')).toBe(power);
    expect(holding('a', '60')).not.toBe(power);
    expect(power.label).toBe('households without power');
  });
});

describe('what is counted', () => {
  it('reads "were shot and killed", "left ... dead" and "lost" as one measure of the dead', () => {
    const docs: Doc[] = [
      { name: 'a', article: 'a', text: 'Six miners were shot and killed at the pit, the union said.' },
      { name: 'b', article: 'b', text: 'The blast left six miners dead, officials said.' },
      { name: 'c', article: 'c', text: 'The village lost six miners in the attack, the mayor said.' },
    ];
    const { holding } = group(docs);
    const a = holding('a', 'Six');
    expect(holding('b', 'six')).toBe(a);
    expect(holding('c', 'six')).toBe(a);
    expect(a.status).toBe('agree');
  });

  it('reads "taken to hospital" then "treated" as one figure, revised, and never as the injured', () => {
    const docs: Doc[] = [
      { name: 'v1', article: 'a', text: 'Nine people were taken to hospital after the fire, a spokesman said. Twenty people were injured.' },
      { name: 'v2', article: 'a', text: 'Eleven patients were treated after the fire, a spokesman said. Twenty people were injured.' },
    ];
    const { holding } = group(docs);
    const hospital = holding('v1', 'Nine');
    expect(holding('v2', 'Eleven')).toBe(hospital);
    expect(hospital.status).toBe('revised');
    expect(holding('v1', 'Twenty')).not.toBe(hospital);
  });

  it('never counts the people present as casualties, and keeps a breakdown of the dead a part', () => {
    const text = 'The hall held about 300 guests when the gunmen opened fire, killing 12 people, police said. Three of the dead were Norwegians.';
    const { holding } = group(one(text));
    const killed = holding('a', '12');
    expect(holding('a', 'about 300')).not.toBe(killed);
    expect(holding('a', 'Three')).not.toBe(killed);
  });

  it('reads "adding just 38,000 jobs" as jobs added, and an amount of jobs that says neither added nor cut as neither', () => {
    const text = 'The economy slowed in May, adding just 38,000 jobs. Factories cut 5,000 jobs. The agency lowered its estimate of hiring in March by 9,000 jobs.';
    const { holding } = group(one(text));
    expect(holding('a', '38,000').label).toBe('jobs added');
    expect(holding('a', '9,000')).not.toBe(holding('a', '5,000'));
    expect(holding('a', '9,000')).not.toBe(holding('a', '38,000'));
  });

  it('lines up the attackers killed however they are named', () => {
    const docs: Doc[] = [
      { name: 'a', article: 'a', text: 'Police said three assailants were killed in the shootout.' },
      { name: 'b', article: 'b', text: 'Security forces killed four gunmen, the ministry said.' },
    ];
    const { holding } = group(docs);
    const a = holding('a', 'three');
    expect(holding('b', 'four')).toBe(a);
    expect(a.status).toBe('conflict');
    expect(a.label).toBe('attackers killed');
  });
});

describe('verdicts a researcher would sign', () => {
  it('takes rounding as agreement: "€2.41 billion" and "€2.4 billion"', () => {
    const docs: Doc[] = [
      { name: 'a', article: 'a', text: 'The storm caused €2.41 billion of damage, insurers said.' },
      { name: 'b', article: 'b', text: 'Insurers put the damage from the storm at €2.4 billion.' },
    ];
    expect(group(docs).holding('a', '€2.41 billion').status).toBe('agree');
  });

  it('keeps a forecast and the reported number apart: "economists expected 164,000"', () => {
    const text = 'Employers added 38,000 jobs last month. Economists had expected 164,000 jobs.';
    const { holding } = group(one(text));
    expect(holding('a', '38,000')).not.toBe(holding('a', '164,000'));
  });

  it('reads "up to six" then "five" as a bound and its later value: revised', () => {
    const docs: Doc[] = [
      { name: 'v1', article: 'a', text: 'Up to six people were killed in the collapse, officials said.' },
      { name: 'v2', article: 'a', text: 'Five people were killed in the collapse, officials said.' },
    ];
    expect(group(docs).holding('v2', 'Five').status).toBe('revised');
  });

  it('reads "fell from 5 percent to 4.7 percent" as a change, and "since peaking at 10 percent" as a high point of its own', () => {
    const text = 'The jobless rate fell from 5 percent to 4.7 percent. The rate has fallen by half since peaking at 10 percent after the recession.';
    const { holding } = group(one(text));
    const rate = holding('a', '4.7 percent');
    expect(holding('a', '5 percent')).toBe(rate);
    expect(rate.status).toBe('revised');
    expect(holding('a', '10 percent')).not.toBe(rate);
    expect(holding('a', '10 percent').label).toMatch(/^peak /);
  });

  it('takes a superseded number as an earlier value: "initially put at 7.4, later upgraded to 7.8"', () => {
    const text = 'The quake was initially called a magnitude-7.4 quake, but the agency later upgraded it to a magnitude-7.8 quake.';
    expect(group(one(text)).holding('a', 'magnitude-7.8').status).toBe('revised');
  });
});

describe('labels a researcher would write', () => {
  const label = (text: string, words: string): string | undefined => {
    const claims = extractClaims(text);
    const at = text.indexOf(words);
    const claim = claims.find((c) => c.start >= at && c.start < at + words.length)!;
    return figureKey(claim)?.label;
  };

  it('"people killed", "people arrested", never "arrests arrested"', () => {
    expect(label('At least 40 people were killed in the raid.', 'At least 40')).toBe('people killed');
    expect(label('Police made 19 arrests after the march.', '19')).toBe('people arrested');
  });

  it('"Trump delegates", "delegates needed"', () => {
    expect(label('Trump now has 996 delegates, the AP said.', '996')).toBe('Trump delegates');
    expect(label('He is short of the 1,237 delegates needed to clinch the nomination.', '1,237')).toBe('delegates needed');
  });

  it('"Remain poll share", "cash value of the jackpot", "workers cut"', () => {
    expect(label('A Norstat poll put Remain on 44 percent and Leave on 40 percent.', '44 percent')).toBe('Remain poll share');
    expect(label('The jackpot has a cash value of $450 million.', '$450 million')).toBe('cash value of the jackpot (dollars)');
    // a plant that lost workers laid them off; a village that lost them in an attack buried them
    expect(label('The plant lost 300 workers last year.', '300')).toBe('workers cut');
  });

  it('never a verb the sentence merely held: "things accomplishing"', () => {
    expect(label('The strikes achieved three things, accomplishing the goals set out.', 'three')).not.toMatch(/accomplishing/);
  });
});

describe('what a verb does to the counted thing', () => {
  it('reads "Employers added 38,000 jobs" as jobs added, but "He added 12 people were hurt" as a report', () => {
    expect(labelOn('Employers added 38,000 jobs in May.', '38,000')).toBe('jobs added');
    expect(labelOn('He added 12 people were hurt.', '12')).toBe('people wounded');
  });

  it('reads people a village lost as dead, and workers a plant lost as cut', () => {
    expect(labelOn('The village lost six men.', 'six')).toBe('men killed');
    expect(labelOn('The plant lost 300 workers.', '300')).toBe('workers cut');
  });
});

describe('a forecast and a reported value are different scopes', () => {
  it('reads "the 164,000 economists had forecast" as the forecast, never a count of economists, and lines it up with another outlet’s forecast', () => {
    const docs: Doc[] = [
      { name: 'a', article: 'a', text: 'Employers added 38,000 jobs in May. Economists had expected 164,000 jobs.' },
      { name: 'b', article: 'b', text: 'The economy added 38,000 jobs last month, far below the 164,000 economists had forecast.' },
      { name: 'c', article: 'c', text: 'Analysts had been anticipating solid growth of 160,000 jobs.' },
    ];
    const { holding } = group(docs);
    const forecast = holding('b', '164,000');
    expect(forecast).toBe(holding('a', '164,000'));
    expect(forecast).toBe(holding('c', '160,000'));
    expect(forecast).not.toBe(holding('b', '38,000'));
    expect(holding('a', '38,000')).toBe(holding('b', '38,000'));
    expect(holding('a', '38,000').label).toBe('jobs added');
  });
});

describe('what is counted, read from the words around the count', () => {
  it('reads casualty words that stand for people: "among the dead", "the number of injured", "the bodies of"', () => {
    expect(labelOn('Two police officers were among the dead.', 'Two')).toBe('officers killed');
    expect(labelOn('Hospital officials put the number of injured at 150.', '150')).toBe('people wounded');
    expect(labelOn('Divers recovered the bodies of nine fishermen.', 'nine')).toBe('fishermen killed');
  });

  it('reads what people were made to do and what a participle after "has" did', () => {
    expect(labelOn('The flood forced 20,000 people to evacuate.', '20,000')).toBe('people evacuated');
    expect(labelOn('The army sent 300 troops to help.', '300')).toBe('troops');
    expect(labelOn('The virus has infected more than 4,000 people.', 'more than 4,000')).toBe('people infected');
  });
});

describe('labels from what the words mean', () => {
  it('reads bodies found as people killed, and a speaker’s "we" as nobody’s holding', () => {
    expect(labelOn('Rescue workers said they had found 25 bodies.', '25')).toBe('people killed');
    expect(labelOn('"We have 15 dead," the mayor said.', '15')).toBe('people killed');
  });
});

describe('whose share a percentage is', () => {
  it('gives "with Cruz at 37 percent" to Cruz, and names a holder once', () => {
    expect(labelOn('Trump won 53 percent of the vote, with Cruz at 37 percent.', '37 percent')).toBe('Cruz percent');
    expect(labelOn('With 99 percent of precincts reporting, Sanders had 52.5 percent.', '52.5 percent')).toBe('Sanders percent');
  });
});

describe('a share and a count of one thing are two figures', () => {
  it('never lines up "less than half of the 1,373 cases" with the 1,373', () => {
    const text = 'Doctors think that less than half of the 1,373 reported suspect cases are linked to the virus.';
    const { holding } = group(one(text));
    expect(holding('a', 'less than half')).not.toBe(holding('a', '1,373'));
    expect(holding('a', 'less than half').label).toMatch(/^share of /);
  });
});

describe('a sector’s jobs are not the economy’s', () => {
  it('keeps "Professional services added just 10,000 jobs" apart from the headline "Employers added 38,000 jobs"', () => {
    const docs: Doc[] = [
      { name: 'a', article: 'a', text: 'Employers added 38,000 jobs in May. Professional and business services added just 10,000 jobs.' },
      { name: 'b', article: 'b', text: 'The economy added just 38,000 jobs last month. Retailers cut 11,000 jobs.' },
    ];
    const { holding } = group(docs);
    expect(holding('a', '38,000')).toBe(holding('b', '38,000'));
    expect(holding('a', '38,000').label).toBe('jobs added');
    expect(holding('a', '10,000')).not.toBe(holding('a', '38,000'));
    expect(holding('a', '10,000').label).toBe('professional and business services jobs added');
    expect(holding('b', '11,000').label).toBe('retailers jobs cut');
    // and an amount that goes on with the sector's jobs stays the sector's
    const more = group(one('Employers added 38,000 jobs. Business services added just 10,000 jobs after bringing on 55,000 in April.'));
    expect(more.holding('a', '55,000')).not.toBe(more.holding('a', '38,000'));
  });
});
