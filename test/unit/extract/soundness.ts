// The promises every extraction result keeps, checked without vitest (so a
// worker thread can use it too, and so that results with hundreds of
// thousands of claims cost one pass, not one expect() per field).
import type { ExtractedClaim } from '../../../main/core/model';

/** The first claim whose offsets, bounds or confidence are unsound, or null. */
export function firstUnsound(text: string, claims: readonly ExtractedClaim[]): ExtractedClaim | null {
  for (const c of claims) {
    const ok =
      Number.isInteger(c.start) &&
      Number.isInteger(c.end) &&
      c.start >= 0 &&
      c.start < c.end &&
      c.end <= text.length &&
      c.sentenceStart <= c.start &&
      c.sentenceEnd >= c.end &&
      c.confidence >= 0 &&
      c.confidence <= 1 &&
      (c.low === null || c.high === null || c.low <= c.high);
    if (!ok) return c;
  }
  return null;
}
