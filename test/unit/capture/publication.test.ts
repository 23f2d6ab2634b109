// Who published a capture and when, read from its own words: each pattern on
// real lines from both corpora (named by their file), and on lines in the
// style of the wires where the corpora have none (a "(Reuters) -" dateline, a
// byline line, a zone-stated time).
import { describe, expect, it } from 'vitest';
import { bylineOf, outletAfterHeadline, outletInDateline, readPublication, savedPageHeader, statedTime } from '../../../main/core/capture/publication';

const CAPTURED = new Date('2026-12-07T10:00:00Z');

describe('the outlet after a headline', () => {
  it.each([
    ['brussels_attacks_reuters_v1', 'Atlanta airport evacuated day after deadly Brussels bombings – Reuters', 'Reuters'],
    ['ecuador_quake_nbc_day1', "77 Dead After 7.8-Magnitude Earthquake Hits Near Ecuador's Coast – NBCNews.com", 'NBCNews.com'],
    ['ecuador_quake_nbc_day2', "Ecuador Earthquake Toll Expected to Rise 'in a Considerable Way' – NBCNews.com", 'NBCNews.com'],
    ['syria_coast_bombings_reuters_v2', 'Bombs kill nearly 150 in Syrian government-held cities: monitor – Reuters', 'Reuters'],
    ['taiwan_quake_bloomberg', 'Taiwan Quake Toll Climbs to 26 as Rescuers Search Rubble – Bloomberg', 'Bloomberg'],
    ['taiwan_quake_reuters_v1_huffpost', 'At Least 2 Dead After Magnitude 6.4 Earthquake Hits Taiwan – Huffington Post', 'Huffington Post'],
    ['us_blizzard_nyt', 'Battered by East Coast Snowstorm, Cities Face Digging Out – New York Times', 'New York Times'],
    ['us_jobs_may_wapo', 'Hiring dropped sharply in May, the weakest in 6 years; unemployment rate fell to 4.7 percent – Washington Post', 'Washington Post'],
    ['a page title with a bar', 'Flood waters recede in the north | The Times of India', 'The Times of India'],
  ])('%s: %s', (_doc, headline, outlet) => {
    expect(outletAfterHeadline(headline)?.outlet).toBe(outlet);
  });

  it.each([
    ['brussels_attacks_reuters_early', 'Explosions hit Brussels airport, several killed: Belgian media'],
    ['taiwan_quake_reuters_v2', 'Taiwan quake kills at least 12, fells apartment block'],
    ['indiana_primary_reuters_early', "Eyeing an Indiana victory, Trump says, 'It's over'"],
    ['wire-bukamal.html (a section, not an outlet)', 'Death toll from US strikes in eastern Syria rises to 22, monitor says | World News'],
    ['protest-wire', 'Carrow pension protest draws crowd of 20,000, police say'],
    ['a kicker before the dash', 'Brexit – What Happens Next'],
    ['more headline after the dash', 'Storm hits the coast – thousands without power'],
    ['a figure after the dash', 'Quake toll rises - 26 Dead In Taiwan'],
  ])('%s: none in “%s”', (_doc, headline) => {
    expect(outletAfterHeadline(headline)).toBeNull();
  });
});

describe('the outlet in a wire dateline', () => {
  it.each([
    ['LONDON (Reuters) - Britain’s economy grew faster than expected in the first quarter.', 'Reuters'],
    ['WASHINGTON, March 3 (AP) — The Senate voted 52-48 on Thursday.', 'AP'],
    ['(CNN) — At least 22 people were killed on Monday.', 'CNN'],
    ['NEW YORK/WASHINGTON (Reuters) - A blizzard paralyzed the East Coast.', 'Reuters'],
  ])('%s', (paragraph, outlet) => {
    expect(outletInDateline(paragraph)?.outlet).toBe(outlet);
  });

  it.each([
    ['brussels_attacks_reuters_early', 'BRUSSELS Explosions tore through the departure hall of Brussels airport on Tuesday morning killing up to 10 people'],
    ['us_blizzard_reuters_v1', 'NEW YORK/WASHINGTON A blizzard that has paralyzed much of the U.S. East Coast intensified on Saturday'],
    ['wire-bukamal', 'BEIRUT, Feb 26 - The number of fighters killed in US airstrikes on positions held by Iran-backed militias'],
    ['protest-wire', 'CARROW, March 15 - About 20,000 people marched through Carrow on Saturday'],
    ['a parenthesis that is no outlet', 'The ministry (which declined to comment) - said nothing more.'],
  ])('%s: none', (_doc, paragraph) => {
    expect(outletInDateline(paragraph)).toBeNull();
  });
});

describe('a byline line', () => {
  it.each([
    ['By Jane Doe', 'Jane Doe'],
    ['By Jane Doe and John Roe', 'Jane Doe, John Roe'],
    ['By Maria de la Cruz, Ahmed al Amin and Li Wei', 'Maria de la Cruz, Ahmed al Amin, Li Wei'],
    ['By: Jean-Luc Martin', 'Jean-Luc Martin'],
    ['By Jane Doe, Reuters', 'Jane Doe'],
  ])('%s', (line, names) => {
    expect(bylineOf(line)).toBe(names);
  });

  it.each([
    ['us_blizzard_reuters_v2', 'By early Sunday the storm had all but moved off the coastline, with remnants trailing over parts of Long Island and Cape Cod.'],
    ['a sentence', 'By the time police arrived, the crowd had gone.'],
    ['one word', 'By Reuters'],
  ])('%s: none', (_doc, line) => {
    expect(bylineOf(line)).toBeNull();
  });
});

describe('a stated time', () => {
  it('takes the year in which the date falls on the weekday named (monitor-bukamal)', () => {
    expect(statedTime('Thursday 25 February, 23:40', CAPTURED)).toEqual({
      iso: '2021-02-25T23:40',
      note: 'year from the weekday named; time zone not stated: the outlet’s local time',
    });
  });

  it('reads the city daily’s published and updated lines alike (protest-citydaily)', () => {
    expect(statedTime('Saturday 14 March, 19:05', CAPTURED)?.iso).toBe('2026-03-14T19:05');
    expect(statedTime('Sunday 15 March, 08:30', CAPTURED)?.iso).toBe('2026-03-15T08:30');
  });

  it('turns a stated zone into UTC, US Eastern by the date’s own daylight saving', () => {
    expect(statedTime('7:13 PM ET, Sat July 16, 2016', CAPTURED)).toEqual({ iso: '2016-07-16T23:13:00.000Z' });
    expect(statedTime('Jan 24, 2016 4:09 AM ET', CAPTURED)).toEqual({ iso: '2016-01-24T09:09:00.000Z' });
    expect(statedTime('22 March 2016 10:05 GMT', CAPTURED)).toEqual({ iso: '2016-03-22T10:05:00.000Z' });
  });

  it('keeps a date without a time as a date', () => {
    expect(statedTime('March 22, 2016', CAPTURED)).toEqual({ iso: '2016-03-22' });
  });

  it('refuses words without a day and a month', () => {
    expect(statedTime('yesterday evening', CAPTURED)).toBeNull();
    expect(statedTime('in 2016', CAPTURED)).toBeNull();
  });
});

describe('SingleFile’s header', () => {
  it('gives the page’s address and when it was saved', () => {
    const html = `<!DOCTYPE html> <html lang="en"><!--
 Page saved with SingleFile
 url: https://www.example.com/world/2024/03/14/quake
 saved date: Thu Mar 14 2024 10:00:00 GMT+0100 (Central European Standard Time)
--><head><title>Quake</title></head></html>`;
    expect(savedPageHeader(html)).toMatchObject({ url: 'https://www.example.com/world/2024/03/14/quake', savedAt: '2024-03-14T09:00:00.000Z' });
    expect(savedPageHeader('<html><!-- a comment --></html>')).toBeNull();
  });
});

describe('all of a capture', () => {
  it('reads the dev monitor’s published line (monitor-bukamal)', () => {
    const text = 'US strikes Iran-backed militia sites near Syria-Iraq border\n\nPublished Thursday 25 February, 23:40\n\nThe United States struck facilities in eastern Syria.';
    const p = readPublication({ headline: 'US strikes Iran-backed militia sites near Syria-Iraq border', text, capturedAt: CAPTURED });
    expect(p.publishedAt).toMatchObject({ value: '2021-02-25T23:40', in: 'published line', words: 'Published Thursday 25 February, 23:40' });
    expect(p.outlet).toBeNull();
  });

  it('keeps a page’s declared fields first and fills the rest from the text', () => {
    const text = 'Quake kills 12 – Reuters\n\nBy Jane Doe\n\nTAIPEI (Reuters) - A quake struck.\n\nUpdated March 22, 2016 10:05 GMT';
    const p = readPublication({
      headline: 'Quake kills 12 – Reuters',
      text,
      declared: { from: 'page metadata', outlet: 'Reuters.com', byline: null, canonicalUrl: 'https://example.com/q', publishedAt: '2016-03-22T09:00:00Z' },
      capturedAt: CAPTURED,
    });
    expect(p.outlet).toMatchObject({ value: 'Reuters.com', in: 'page metadata' });
    expect(p.byline).toMatchObject({ value: 'Jane Doe', in: 'byline' });
    expect(p.publishedAt).toMatchObject({ value: '2016-03-22T09:00:00.000Z', in: 'page metadata' });
    expect(p.updatedAt).toMatchObject({ value: '2016-03-22T10:05:00.000Z', in: 'updated line' });
  });

  it('names the outlet its page title ends with, before the headline the page shows', () => {
    const html = '<html><head><title>Tens of thousands march in Carrow against pension reform - City Daily</title></head><body></body></html>';
    const p = readPublication({ headline: 'Tens of thousands march in Carrow against pension reform', text: 'Tens of thousands march.', html, capturedAt: CAPTURED });
    expect(p.outlet).toMatchObject({ value: 'City Daily', in: 'page title' });
  });

  it('names the outlet from a wire dateline when the headline does not', () => {
    const p = readPublication({ headline: 'Quake kills 12', text: 'Quake kills 12\n\nTAIPEI (Reuters) - A quake struck on Saturday.', capturedAt: CAPTURED });
    expect(p.outlet).toMatchObject({ value: 'Reuters', in: 'dateline', words: 'TAIPEI (Reuters) -' });
  });
});
