// Resolving a source to the fullest name the text gave: "the Observatory",
// "the war monitor", "it" and "he" point back to names seen before.
import { describe, expect, it } from 'vitest';
import { SourceRegistry, cleanName } from '../../../main/core/extract/sourceRegistry';
import { claimOn } from './claims';

const SOHR = 'Syrian Observatory for Human Rights';

describe('cleanName', () => {
  it('keeps the name after a description: "the UK-based monitoring group the Syrian Observatory ..." (cbs-bukamal)', () => {
    expect(cleanName('the UK-based monitoring group the Syrian Observatory for Human Rights')).toBe(SOHR);
  });

  it('drops the article and keeps a titled name whole', () => {
    expect(cleanName('The Pentagon spokesman')).toBe('Pentagon spokesman');
    expect(cleanName('Pentagon spokesman John Kirby')).toBe('Pentagon spokesman John Kirby');
  });

  it('takes the author of a survey: "a second survey by Nordpol", "A poll published on Friday by the Carrow Institute"', () => {
    expect(cleanName('a second survey by Nordpol')).toBe('Nordpol');
    expect(cleanName('A poll published on Friday by the Carrow Institute')).toBe('Carrow Institute');
  });

  it('drops a count at the head: "Two former Trump administration officials"', () => {
    expect(cleanName('Two former Trump administration officials')).toBe('former Trump administration officials');
  });

  it('tidies spaces and trailing punctuation', () => {
    expect(cleanName('  the   health ministry, ')).toBe('health ministry');
  });
});

describe('SourceRegistry.resolve', () => {
  it('resolves a short form to the full name seen before ("the Observatory")', () => {
    const r = new SourceRegistry();
    expect(r.resolve('the UK-based monitoring group the Syrian Observatory for Human Rights')).toBe(SOHR);
    expect(r.resolve('The Observatory')).toBe(SOHR);
  });

  it('resolves a surname to the titled name ("Kirby")', () => {
    const r = new SourceRegistry();
    r.resolve('Pentagon spokesman John Kirby');
    expect(r.resolve('Kirby')).toBe('Pentagon spokesman John Kirby');
  });

  it('resolves "the war monitor" through the description given beside the name', () => {
    const r = new SourceRegistry();
    r.resolve(`The ${SOHR}`, 'a Britain-based war monitor');
    r.resolve('Pentagon spokesman John Kirby');
    expect(r.resolve('The war monitor')).toBe(SOHR);
  });

  it('resolves "the group" to the last organisation', () => {
    const r = new SourceRegistry();
    r.resolve(SOHR);
    expect(r.resolve('The group')).toBe(SOHR);
  });

  it('keeps a new name as it is', () => {
    const r = new SourceRegistry();
    expect(r.resolve('the health ministry')).toBe('health ministry');
    expect(r.resolve('the interior ministry')).toBe('interior ministry');
  });
});

describe('SourceRegistry.resolvePronoun', () => {
  it('"he" is the last person, "it" the last organisation, "they" the last source', () => {
    const r = new SourceRegistry();
    r.resolve(SOHR);
    r.resolve('Pentagon spokesman John Kirby');
    expect(r.resolvePronoun('he')).toBe('Pentagon spokesman John Kirby');
    expect(r.resolvePronoun('it')).toBe(SOHR);
    expect(r.resolvePronoun('they')).toBe(SOHR);
  });

  it('answers null when nothing was named', () => {
    const r = new SourceRegistry();
    expect(r.resolvePronoun('he')).toBeNull();
    expect(r.resolvePronoun('it')).toBeNull();
    expect(r.resolvePronoun('we')).toBeNull();
  });

  it('does not take an organisation for "he"', () => {
    const r = new SourceRegistry();
    r.resolve('The Pentagon');
    expect(r.resolvePronoun('he')).toBeNull();
  });
});

describe('sources across sentences, through extractClaims', () => {
  it('"it said" is the Observatory named in the sentence before (wire-bukamal)', () => {
    const text = `The ${SOHR} said the strikes hit a convoy. It said 22 people were killed.`;
    expect(claimOn(text, '22').source).toBe(SOHR);
  });

  it('"the 17 it reported" inside the same sentence (wire-bukamal)', () => {
    const text = `The number of fighters killed in US airstrikes has risen to 22, the ${SOHR} said on Friday, up from the 17 it reported overnight.`;
    expect(claimOn(text, '17').source).toBe(SOHR);
  });

  it('"The Observatory" and "the war monitor" are the Syrian Observatory (cbs-bukamal, wire-bukamal)', () => {
    const text = `The ${SOHR}, a Britain-based war monitor, said at least 17 fighters were killed. The Observatory said 10 trucks were hit. The war monitor said three sites were destroyed.`;
    expect(claimOn(text, '10').source).toBe(SOHR);
    expect(claimOn(text, 'three').source).toBe(SOHR);
  });

  it('"The war monitor said" at the start of a paragraph, with the name in the paragraph before (wire-bukamal)', () => {
    const text = `BEIRUT, Feb 26 - The number of fighters killed has risen to 22, the ${SOHR} said on Friday.\n\nThe war monitor said most of the dead belonged to Kataib Hezbollah and that the strikes hit three trucks carrying ammunition across the Iraqi border near al Bukamal.`;
    expect(claimOn(text, 'three').source).toBe(SOHR);
  });

  it('"Several of the wounded ..., it said" in a paragraph whose first sentence named "the war monitor"', () => {
    const text = `The number of fighters killed has risen to 22, the ${SOHR} said on Friday.\n\nThe war monitor said the strikes hit three trucks. Two of the wounded were in critical condition, it said.`;
    expect(claimOn(text, 'Two').source).toBe(SOHR);
  });

  it('"he said" is the person named before, in a sentence with no figure (monitor-bukamal style)', () => {
    const text = 'Pentagon spokesman John Kirby said the strikes destroyed multiple facilities. He said three trucks were hit.';
    expect(claimOn(text, 'three').source).toBe('Pentagon spokesman John Kirby');
  });

  it('"She said" is the minister named before', () => {
    const text = 'Health Minister Maria Lopez said on Tuesday that the virus had spread. She said 12 people died.';
    expect(claimOn(text, '12').source).toContain('Maria Lopez');
  });

  it('"They said" is the source of the sentence before', () => {
    const text = 'Police said 17 people were detained. They said four officers were hurt.';
    expect(claimOn(text, 'four').source).toBe('Police');
  });

  it('"Kirby" alone, after his full name, keeps the full name (cbs-bukamal)', () => {
    const text =
      '“The operation sends an unequivocal message,” Pentagon spokesman John Kirby said in a statement. The attacks destroyed nine facilities at a border checkpoint in al Bukamal, according to Kirby.';
    expect(claimOn(text, 'nine').source).toBe('Pentagon spokesman John Kirby');
  });

  // AP style names the person first and the title after, between commas; "He" then means that person.
  it('"John Kirby, the Pentagon spokesman, said ... He said three sites were hit": he is Kirby', () => {
    const text = 'John Kirby, the Pentagon spokesman, said the strikes were defensive. He said three sites were hit.';
    expect(claimOn(text, 'three').source).toContain('Kirby');
  });

  // The description ("a Britain-based war monitor") was given in a sentence with no figure, so it is never read.
  it('"the war monitor" after a figure-free sentence that described the Observatory as one', () => {
    const text = `The ${SOHR}, a Britain-based war monitor, said the strikes hit a convoy. The war monitor said 22 people were killed.`;
    expect(claimOn(text, '22').source).toBe(SOHR);
  });
});
