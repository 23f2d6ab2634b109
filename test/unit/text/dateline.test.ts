import { describe, expect, it } from 'vitest';
import { datelineAt, datelineOf } from '../../../main/core/text/dateline';
import { extractClaims } from '../../../main/core/extract';

describe('the wire dateline', () => {
  it('reads the place words, a region and an agency, up to the first word of the story', () => {
    expect(datelineAt('BERLIN Police said on Monday ...')).toEqual({ place: 'BERLIN', length: 7 });
    expect(datelineAt('BERGEN, Norway A ferry ran aground ...')?.place).toBe('BERGEN');
    expect(datelineAt('STAVANGER/BERGEN, Norway (Reuters) - Storms cut ...')?.place).toBe('STAVANGER/BERGEN');
    expect(datelineAt('WASHINGTON U.S. officials said ...')).toEqual({ place: 'WASHINGTON', length: 11 });
  });

  it('never takes an acronym, a crosshead or an agency line for a place', () => {
    expect(datelineAt('NATO Secretary General Jens Olsen said ...')).toBeNull();
    expect(datelineAt('UNICEF said on Monday ...')).toBeNull();
    expect(datelineAt('ASSOCIATED PRESS')).toBeNull();
    expect(datelineAt('HUNT FOR SURVIVORS')).toBeNull();
  });

  it('is looked for in the first paragraphs only', () => {
    expect(datelineOf('Storm hits coast\n\nBERGEN, Norway A storm hit ...')).toBe('BERGEN');
    expect(datelineOf('Storm hits coast\n\nA storm hit.\n\nMore.\n\nOSLO Police said ...')).toBeNull();
  });

  it('is no part of the source that opens the story: "WASHINGTON U.S. officials said" is said by U.S. officials', () => {
    const text = 'Americans hurt\n\nWASHINGTON U.S. officials said on Wednesday that four Americans were hurt in the blasts.';
    const [claim] = extractClaims(text);
    expect(claim?.source).toBe('U.S. officials');
  });
});
