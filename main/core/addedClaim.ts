// A value the researcher adds where the extraction missed it, made into a
// claim like the extractor's: its words' place in the version's text, the
// sentence around them, and what it counts read from the researcher's words
// ("people killed": people, killed), so that it groups with the figures the
// extractor found. Pure.
import { measureClass } from './extract/measures';
import type { ClaimAddition, ExtractedClaim } from './model';
import { splitParagraphs, splitSentences } from './text/sentences';

/** The sentence holding `at`, as offsets into the text; the whole paragraph when no sentence does. */
function sentenceAround(text: string, at: number): { start: number; end: number } {
  for (const paragraph of splitParagraphs(text)) {
    if (at < paragraph.start || at >= paragraph.start + paragraph.text.length) continue;
    for (const sentence of splitSentences(paragraph)) {
      if (at >= sentence.start && at < sentence.start + sentence.text.length) return { start: sentence.start, end: sentence.start + sentence.text.length };
    }
    return { start: paragraph.start, end: paragraph.start + paragraph.text.length };
  }
  return { start: at, end: at };
}

/** The claim, or why the addition cannot be one (a one-line reason). */
export function addedClaim(text: string, a: Omit<ClaimAddition, 'versionId' | 'figure'>): ExtractedClaim | string {
  if (a.start < 0 || a.end > text.length || a.start >= a.end) return 'the value’s words must be a stretch of the version’s text';
  if (a.value === null && a.low === null && a.high === null) return 'give a number, or a low or a high';
  const low = a.low ?? (a.high === null ? a.value : null);
  const high = a.high ?? (a.low === null ? a.value : null);
  if (low !== null && high !== null && low > high) return `the range would run from ${low} down to ${high}: low must not exceed high`;
  if (a.value !== null && ((low !== null && a.value < low) || (high !== null && a.value > high))) return 'the number must lie between the low and the high';
  const subject = a.subject.trim().replace(/\s+/g, ' ');
  if (!subject) return 'say what it counts ("people killed")';
  // "people killed", "killed civilians": the word that names a measure is the measure, the rest the thing counted
  const words = subject.split(' ');
  const at = words.findLastIndex((w) => measureClass(w.toLowerCase()) !== null);
  const sentence = sentenceAround(text, a.start);
  return {
    kind: 'figure',
    value: a.value,
    low,
    high,
    approx: a.approx,
    start: a.start,
    end: a.end,
    sentenceStart: Math.min(sentence.start, a.start),
    sentenceEnd: Math.max(sentence.end, a.end),
    subject,
    entity: words.filter((_, i) => i !== at).join(' ') || null,
    measure: at < 0 ? null : words[at]!.toLowerCase(),
    qualifiers: [],
    unit: null,
    holder: null,
    modality: null,
    incident: [],
    source: a.source?.trim() || null,
    confidence: 1,
  };
}
