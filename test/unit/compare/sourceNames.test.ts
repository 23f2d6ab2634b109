import { describe, expect, it } from 'vitest';
import { resolveSourceNames, sourceKey, type DirectorySource } from '../../../main/core/compare/sourceNames';

const SOHR = 'Syrian Observatory for Human Rights';

/** Each name as written → what it resolves to, as a plain object for readable failures. */
function resolve(names: string[], directory: DirectorySource[] = [], texts: string[] = []): Record<string, string> {
  return Object.fromEntries(resolveSourceNames(names, directory, texts));
}

describe('sourceKey', () => {
  it('ignores letter case, a leading "the" and spacing', () => {
    expect(sourceKey('  The  Syrian Observatory ')).toBe('syrian observatory');
    expect(sourceKey('the war monitor')).toBe(sourceKey('War   Monitor'));
  });

  it('reads a typed and a typeset apostrophe alike', () => {
    expect(sourceKey('the city’s police')).toBe(sourceKey("The city's police"));
    expect(resolve(["the city's police", 'the city’s police'])).toEqual({ "the city's police": "the city's police", 'the city’s police': "the city's police" });
  });
});

describe('resolveSourceNames: one source, however each document names it', () => {
  it('reads "SOHR" as the acronym of the Syrian Observatory for Human Rights', () => {
    expect(resolve([SOHR, 'SOHR'])).toEqual({ [SOHR]: SOHR, SOHR: SOHR });
  });

  it('reads one person under two titles, and their surname alone, as the fullest naming of them', () => {
    const full = 'French Minister of Interior Bernard Cazeneuve';
    expect(resolve(['Interior Minister Bernard Cazeneuve', full, 'Cazeneuve'])).toEqual({
      'Interior Minister Bernard Cazeneuve': full,
      [full]: full,
      Cazeneuve: full,
    });
    // two people of one surname stay apart, and so does a title with no person after it
    expect(resolve(['Interior Minister Bernard Cazeneuve', 'Mayor Anne Cazeneuve', 'Cazeneuve', 'Interior Minister'])).toEqual({
      'Interior Minister Bernard Cazeneuve': 'Interior Minister Bernard Cazeneuve',
      'Mayor Anne Cazeneuve': 'Mayor Anne Cazeneuve',
      Cazeneuve: 'Cazeneuve',
      'Interior Minister': 'Interior Minister',
    });
  });

  it('reads "the Observatory" as the fuller name it is a proper name inside', () => {
    expect(resolve(['the Observatory', SOHR])).toEqual({ 'the Observatory': SOHR, [SOHR]: SOHR });
  });

  it('reads "the war monitor" and "monitor" as the source a text describes as a war monitor', () => {
    const texts = ['The Syrian Observatory for Human Rights, a UK-based war monitor, said 22 people were killed.'];
    expect(resolve([SOHR, 'the war monitor', 'monitor'], [], texts)).toEqual({ [SOHR]: SOHR, 'the war monitor': SOHR, monitor: SOHR });
  });

  it('needs the description in some text: without it "the war monitor" stays itself', () => {
    expect(resolve([SOHR, 'the war monitor'], [], ['The Syrian Observatory for Human Rights said 22 people were killed.'])).toEqual({
      [SOHR]: SOHR,
      'the war monitor': 'the war monitor',
    });
  });

  it('reads a description written before the name, at the start of a sentence too', () => {
    const middle = ['Figures from the war monitor Syrian Observatory for Human Rights put the toll at 22.'];
    const start = ['The war monitor Syrian Observatory for Human Rights put the toll at 22.'];
    expect(resolve([SOHR, 'the war monitor'], [], middle)['the war monitor']).toBe(SOHR);
    expect(resolve([SOHR, 'the war monitor'], [], start)['the war monitor']).toBe(SOHR);
  });

  it('ties a description to a source whose own name is shorter than it: "the agency" is AFP', () => {
    const texts = ['AFP, the French news agency, said 12 people were killed.'];
    expect(resolve(['AFP', 'the agency'], [], texts)).toEqual({ AFP: 'AFP', 'the agency': 'AFP' });
  });

  it('reads a police spokeswoman as the Police when the Police is also a source', () => {
    expect(resolve(['police spokeswoman', 'Police'])).toEqual({ 'police spokeswoman': 'Police', Police: 'Police' });
  });

  it('reads a named spokesman as the body he speaks for, and his surname with him', () => {
    expect(resolve(['Pentagon spokesman John Kirby', 'Pentagon', 'Kirby'])).toEqual({
      'Pentagon spokesman John Kirby': 'Pentagon',
      Pentagon: 'Pentagon',
      Kirby: 'Pentagon',
    });
    expect(resolve(['Police', 'Police spokeswoman Jane Doe'])).toEqual({ Police: 'Police', 'Police spokeswoman Jane Doe': 'Police' });
  });

  it('gives "Police" and "police" one spelling, the capitalised one, whichever comes first', () => {
    expect(resolve(['police', 'Police'])).toEqual({ police: 'Police', Police: 'Police' });
    expect(resolve(['Police', 'police'])).toEqual({ Police: 'Police', police: 'Police' });
  });

  it('lets the directory decide first: an alias names its source, over what the texts suggest', () => {
    const directory: DirectorySource[] = [
      { name: SOHR, aliases: ['SOHR'], grade: null },
      { name: 'Airwars', aliases: ['the war monitor'], grade: 'B' },
    ];
    const texts = ['The Syrian Observatory for Human Rights, a UK-based war monitor, said 22 people were killed.'];
    expect(resolve(['SOHR', 'war monitor', 'The War Monitor'], directory, texts)).toEqual({
      SOHR: SOHR,
      'war monitor': 'Airwars',
      'The War Monitor': 'Airwars',
    });
  });

  it('names a source by the directory’s spelling, whatever case the text uses', () => {
    expect(resolve(['syrian observatory for human rights'], [{ name: SOHR, aliases: [], grade: null }])).toEqual({
      'syrian observatory for human rights': SOHR,
    });
  });

  it('leaves a short name with two candidates as it is', () => {
    expect(resolve(['Ministry', 'Health Ministry', 'Interior Ministry'])['Ministry']).toBe('Ministry');
    expect(resolve(['SOHR', SOHR, 'Syrian Organisation for Human Rights'])['SOHR']).toBe('SOHR');
    const texts = ['The Syrian Observatory for Human Rights, a UK-based war monitor, said 22.', 'Airwars, a London-based monitor, counted 19.'];
    expect(resolve(['the monitor', SOHR, 'Airwars'], [], texts)['the monitor']).toBe('the monitor');
  });

  it('does not read "Officials" as "Iraqi security officials"', () => {
    expect(resolve(['Officials', 'Iraqi security officials'])).toEqual({ Officials: 'Officials', 'Iraqi security officials': 'Iraqi security officials' });
    expect(resolve(['officials', 'Iraqi security officials'])['officials']).toBe('officials');
  });

  it('skips empty names and keeps names it has nothing to tie to', () => {
    expect(resolve(['', '  ', 'Kataib Hezbollah'])).toEqual({ 'Kataib Hezbollah': 'Kataib Hezbollah' });
  });
});
