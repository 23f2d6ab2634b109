// Helpers for the extraction tests: claims with the words they stand on, the
// one claim on given words, and the promises every result must keep whatever
// the input (offsets inside the text, bounds in order, confidence in [0, 1]).
import { expect } from 'vitest';
import { extractClaims } from '../../../main/core/extract';
import type { ExtractedClaim } from '../../../main/core/model';

export interface Found extends ExtractedClaim {
  /** text.slice(start, end): the figure's words as written. */
  words: string;
  /** The sentence the claim stands in, as written. */
  sentence: string;
}

/** Every claim in `text`, with its words, after checking that the offsets and bounds are sound. */
export function claimsIn(text: string): Found[] {
  const claims = extractClaims(text);
  expectSound(text, claims);
  return claims.map((c) => ({ ...c, words: text.slice(c.start, c.end), sentence: text.slice(c.sentenceStart, c.sentenceEnd) }));
}

/** The figures only (no "gave no figure" statements). */
export function figuresIn(text: string): Found[] {
  return claimsIn(text).filter((c) => c.kind === 'figure');
}

/** The one claim whose words are exactly `words`; fails when there is none or more than one. */
export function claimOn(text: string, words: string): Found {
  const found = claimsIn(text).filter((c) => c.words === words);
  expect(found.map((c) => c.words), `one claim on "${words}" in: ${text}`).toEqual([words]);
  return found[0]!;
}

/** The words of every claim, in text order. */
export function wordsOf(text: string): string[] {
  return claimsIn(text).map((c) => c.words);
}

/** What must hold of any result, however odd the input. */
export function expectSound(text: string, claims: readonly ExtractedClaim[]): void {
  for (const c of claims) {
    const where = `claim ${JSON.stringify(c)}`;
    expect(Number.isInteger(c.start) && Number.isInteger(c.end), where).toBe(true);
    expect(c.start, where).toBeGreaterThanOrEqual(0);
    expect(c.end, where).toBeGreaterThan(c.start);
    expect(c.end, where).toBeLessThanOrEqual(text.length);
    expect(c.sentenceStart, where).toBeLessThanOrEqual(c.start);
    expect(c.sentenceEnd, where).toBeGreaterThanOrEqual(c.end);
    expect(c.sentenceStart, where).toBeGreaterThanOrEqual(0);
    expect(c.sentenceEnd, where).toBeLessThanOrEqual(text.length);
    expect(c.confidence, where).toBeGreaterThanOrEqual(0);
    expect(c.confidence, where).toBeLessThanOrEqual(1);
    if (c.low !== null && c.high !== null) expect(c.low, where).toBeLessThanOrEqual(c.high);
    if (c.value !== null) expect(Number.isFinite(c.value), where).toBe(true);
    expect(['figure', 'no-figure']).toContain(c.kind);
  }
}
