// What a figure counts: the noun after it, or, when the figure stands alone,
// the thing named elsewhere ("six more" rockets, "the toll rose to 34", "put
// the crowd at 18,000").
import { describe, expect, it } from 'vitest';
import { subjectPhrase } from '../../../main/core/extract/countedThing';
import { claimOn, figuresIn } from './claims';

describe('the noun after the figure', () => {
  it('takes the counted noun, its scope and what happened to it (cbs-bukamal)', () => {
    const text = 'Last week, a rocket attack in Erbil, northern Iraq, killed a contractor, who was not a US citizen, and wounded four US contractors and a US service member.';
    const c = claimOn(text, 'four');
    expect(c.entity).toBe('contractors');
    expect(c.measure).toBe('wounded');
    expect(c.qualifiers).toContain('US');
    expect(c.subject).toContain('US contractors');
  });

  it('takes a passive verb after the noun: "at least 17 fighters were killed" (monitor-bukamal)', () => {
    const c = claimOn('The Syrian Observatory for Human Rights said at least 17 fighters were killed near al Bukamal.', 'at least 17');
    expect(c.entity).toBe('fighters');
    expect(c.measure).toBe('killed');
  });

  it('keeps a participle phrase: "three trucks carrying ammunition" (wire-bukamal)', () => {
    const text = 'The war monitor said most of the dead belonged to Kataib Hezbollah and that the strikes hit three trucks carrying ammunition across the Iraqi border near al Bukamal.';
    const c = claimOn(text, 'three');
    expect(c.subject).toContain('trucks');
    expect(c.subject).toContain('ammunition');
  });

  it('reads "made 12 arrests" as a count of arrests (protest-citydaily)', () => {
    const text = 'Officers made 12 arrests after a group of about 200 masked protesters broke away from the march, a police spokeswoman said.';
    expect(claimOn(text, '12').subject).toContain('arrests');
  });

  it('reads "65,000 people took part" (protest-citydaily)', () => {
    const c = claimOn('The organisers said 65,000 people took part.', '65,000');
    expect(c.subject).toContain('people');
    expect(c.measure).toBe('took part');
  });

  it('reads "killed one civilian contractor" with its scope (monitor-bukamal)', () => {
    const text = 'The strikes follow a February 15 rocket attack in Erbil, in northern Iraq, that killed one civilian contractor and wounded six other people, including a US service member.';
    const one = claimOn(text, 'one');
    expect(one.subject).toContain('contractor');
    expect(one.measure).toBe('killed');
    expect(one.qualifiers).toContain('civilian');
    const six = claimOn(text, 'six');
    expect(six.subject).toContain('people');
    expect(six.measure).toBe('wounded');
    const member = claimOn(text, 'a');
    expect(member.value).toBe(1);
    expect(member.subject).toContain('service member');
  });
});

describe('the counted thing carried over', () => {
  it('"14 rockets, with six more remaining": six rockets (cbs-bukamal-r2)', () => {
    const text = 'The attack on Erbil consisted of 14 rockets, with six more remaining on the launcher’s rails.';
    expect(claimOn(text, '14').subject).toContain('rockets');
    const six = claimOn(text, 'six');
    expect(six.value).toBe(6);
    expect(six.entity).toBe('rockets');
    expect(six.subject).toContain('remaining');
  });

  it('"one of its fighters had been killed and four others wounded": fighters both (wire-bukamal)', () => {
    const text = 'Kataib Hezbollah said in a statement that one of its fighters had been killed and four others wounded, and vowed to respond.';
    const one = claimOn(text, 'one');
    expect(one).toMatchObject({ value: 1, entity: 'fighters', measure: 'killed', source: 'Kataib Hezbollah' });
    const four = claimOn(text, 'four');
    expect(four).toMatchObject({ value: 4, entity: 'fighters', measure: 'wounded', source: 'Kataib Hezbollah' });
  });

  it('"At least 12 people were killed and 40 others wounded": 40 people wounded', () => {
    const c = claimOn('At least 12 people were killed and 40 others wounded, the ministry said.', '40');
    expect(c.entity).toBe('people');
    expect(c.measure).toBe('wounded');
    expect(c.source).toBe('ministry');
  });

  it('"two serious enough to require evacuation": two contractors (cbs-bukamal-r2)', () => {
    const c = claimOn('A total of eight contractors were injured, two serious enough to require evacuation.', 'two');
    expect(c.value).toBe(2);
    expect(c.subject).toContain('contractors');
  });

  it('"among them eight contractors, five of them Americans" (wire-bukamal)', () => {
    const text =
      'The US action followed a February 15 rocket attack on Erbil airport in which a foreign contractor was killed and nine people were wounded, among them eight contractors, five of them Americans, and a US soldier, according to the US-led coalition.';
    const nine = claimOn(text, 'nine');
    expect(nine).toMatchObject({ entity: 'people', measure: 'wounded' });
    const eight = claimOn(text, 'eight');
    expect(eight.subject).toContain('contractors');
    expect(eight.measure).toBe('wounded');
    expect(claimOn(text, 'five').subject).toContain('Americans');
    expect(figuresIn(text).every((c) => c.source === 'US-led coalition')).toBe(true);
  });

  it('carries the thing into the next sentence of the paragraph: "Another 12 are missing"', () => {
    const text = 'Rescuers pulled 40 bodies from the rubble on Monday. Another 12 are missing, the civil defence said.';
    const c = claimOn(text, '12');
    expect(c.subject).toContain('bodies');
    expect(c.subject).toContain('missing');
  });

  // "Six more were wounded": the soldiers carry over, but what happened to them is "wounded", said in this very clause.
  it('"Six more were wounded" after "12 soldiers were killed" takes "wounded", not "killed"', () => {
    const text = "Israel's military said 12 soldiers were killed on Tuesday. Six more were wounded, it said.";
    const c = claimOn(text, 'Six');
    expect(c.subject).toContain('soldiers');
    expect(c.measure).toBe('wounded');
    expect(c.subject).toContain('wounded');
  });
});

describe('a count named before the figure', () => {
  it('"the toll rose to 34": the toll', () => {
    const c = claimOn('The death toll from the earthquake rose to 34 on Sunday, officials said.', '34');
    expect(c.subject).toContain('toll');
    expect(c.source).toBe('officials');
  });

  it('"Death toll ... rises to 22" in a headline (wire-bukamal)', () => {
    const c = claimOn('Death toll from US strikes in eastern Syria rises to 22, monitor says', '22');
    expect(c.subject).toContain('toll');
    expect(c.measure).toBe('killed');
    expect(c.source).toBe('monitor');
  });

  it('"The number of fighters killed ... has risen to 22": fighters killed (wire-bukamal)', () => {
    const text =
      'BEIRUT, Feb 26 - The number of fighters killed in US airstrikes on positions held by Iran-backed militias in eastern Syria has risen to 22, the Syrian Observatory for Human Rights said on Friday, up from the 17 it reported overnight.';
    for (const words of ['22', '17']) {
      const c = claimOn(text, words);
      expect(c.entity).toBe('fighters');
      expect(c.measure).toBe('killed');
    }
  });

  it('"put the number of rockets fired at Erbil at 14": rockets (wire-bukamal)', () => {
    const c = claimOn('Iraqi security officials put the number of rockets fired at Erbil at 14, while the coalition said at least three rockets struck inside the air base.', '14');
    expect(c.subject).toContain('rockets');
    expect(c.source).toBe('Iraqi security officials');
  });

  it('"put the crowd at 18,000": the crowd (protest-citydaily)', () => {
    const c = claimOn('Police estimated the crowd at 18,000, while the organisers said 65,000 people took part.', '18,000');
    expect(c.subject).toContain('crowd');
    expect(c.source).toBe('Police');
    expect(claimOn('Police put the crowd at 18,000.', '18,000').subject).toContain('crowd');
  });

  it('"revised their estimate to 21,000": still the crowd (protest-citydaily-r2)', () => {
    const c = claimOn('Police, who had first put the crowd at 18,000, revised their estimate to 21,000 on Sunday morning.', '21,000');
    expect(c.subject).toContain('crowd');
    expect(c.source).toBe('Police');
  });

  it('"a crowd of 20,000": the crowd (protest-wire headline)', () => {
    const c = claimOn('Carrow pension protest draws crowd of 20,000, police say', '20,000');
    expect(c.subject).toContain('crowd');
    expect(c.source).toBe('police');
    expect(claimOn('The march drew a crowd of 20,000, police said.', '20,000').subject).toContain('crowd');
  });

  it('"put the turnout at more than 60,000": the turnout (protest-wire)', () => {
    expect(claimOn('Organisers put the turnout at more than 60,000.', 'more than 60,000').subject).toContain('turnout');
  });

  it('"put opposition at 58 percent": a percentage (protest-wire)', () => {
    const c = claimOn('A second survey by Nordpol put opposition at 58 percent.', '58 percent');
    expect(c.subject).toContain('percent');
    expect(c.source).toBe('Nordpol');
  });
});

describe('subjectPhrase', () => {
  it('puts the scope first and what happened last', () => {
    expect(subjectPhrase({ entity: 'contractors', measure: 'wounded', qualifiers: ['US'], detail: null, carried: false })).toBe('US contractors wounded');
  });

  it('prefers the detail to the verb, and says "in total" last', () => {
    expect(subjectPhrase({ entity: 'trucks', measure: 'hit', qualifiers: [], detail: 'carrying ammunition', carried: false })).toBe('trucks carrying ammunition');
    expect(subjectPhrase({ entity: 'contractors', measure: 'injured', qualifiers: ['in total'], detail: null, carried: false })).toBe('contractors injured in total');
  });

  it('leaves out modifiers that are not scope ("masked") and the word "more"', () => {
    expect(subjectPhrase({ entity: 'protesters', measure: null, qualifiers: ['masked'], detail: null, carried: false })).toBe('protesters');
    expect(subjectPhrase({ entity: 'rockets', measure: 'remaining', qualifiers: ['more'], detail: null, carried: true })).toBe('rockets remaining');
  });

  it('falls back on the verb alone, or nothing', () => {
    expect(subjectPhrase({ entity: null, measure: 'killed', qualifiers: [], detail: null, carried: false })).toBe('killed');
    expect(subjectPhrase({ entity: null, measure: null, qualifiers: [], detail: null, carried: false })).toBeNull();
  });
});
