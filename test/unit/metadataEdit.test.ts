import { describe, expect, it } from 'vitest';
import { checkMetadataValue } from '../../main/core/metadataEdit';

const NOW = new Date('2026-12-07T10:00:00Z');

describe('a researcher’s correction of who published a version and when', () => {
  it('reads a publication time typed in a common way as ISO 8601, with its zone where one is given', () => {
    expect(checkMetadataValue('published', '22 March 2016 10:05 GMT', NOW)).toEqual({ value: '2016-03-22T10:05:00.000Z' });
    expect(checkMetadataValue('published', '2016-03-22T10:05', NOW)).toEqual({ value: '2016-03-22T10:05' });
    expect(checkMetadataValue('published', '2016-03-22', NOW)).toEqual({ value: '2016-03-22' });
    expect(checkMetadataValue('published', 'Thursday 25 February, 23:40', NOW)).toEqual({ value: '2021-02-25T23:40' });
  });

  it('refuses a time it cannot read, an address that is not the web, and an empty headline, each in one line', () => {
    expect(checkMetadataValue('published', 'last week', NOW)).toEqual({ problem: expect.stringMatching(/^“last week” is not a time Tally can read/) });
    expect(checkMetadataValue('url', 'file:///etc/passwd', NOW)).toEqual({ problem: '“file:///etc/passwd” is not a web address (https://…)' });
    expect(checkMetadataValue('title', '  ', NOW)).toEqual({ problem: expect.stringMatching(/^a headline cannot be empty/) });
    expect(checkMetadataValue('outlet', 'Reu\u0007ters', NOW)).toEqual({ problem: 'the outlet has a control character in it' });
    expect(checkMetadataValue('byline', 'x'.repeat(301), NOW)).toEqual({ problem: 'the byline is 301 characters; 300 at most' });
  });

  it('keeps an outlet as typed, says none with an empty one, and goes back to the capture with null', () => {
    expect(checkMetadataValue('outlet', '  Thomson  Reuters ', NOW)).toEqual({ value: 'Thomson Reuters' });
    expect(checkMetadataValue('outlet', '', NOW)).toEqual({ value: '' });
    expect(checkMetadataValue('outlet', null, NOW)).toEqual({ value: null });
    expect(checkMetadataValue('url', 'https://www.reuters.com/world/a?b=1', NOW)).toEqual({ value: 'https://www.reuters.com/world/a?b=1' });
  });
});
