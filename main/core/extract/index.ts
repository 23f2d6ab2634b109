// main/core/extract: finds every figure in a text, with what it counts and who
// says so. Pure: no I/O; callers run it off the UI thread.
//
// The steps, per paragraph: a cheap test for anything that could be a figure
// (most paragraphs have none and are never tagged); tokens, sentences and
// part-of-speech tags (tokens.ts); then, per tagged sentence
// (sentenceClaims.ts), amounts (quantities.ts) minus dates, ages and the like
// (notFigures.ts); what each counts (countedThing.ts); who says so
// (attribution.ts), resolved to the fullest name (sourceRegistry.ts); and
// statements that a source gave no figure (noFigure.ts). planWindows.ts
// reads paragraphs into windows to tag; claimReader.ts reads them in order,
// the tagging left to its caller.
import type { ExtractedClaim } from '../model';
import type { SentenceText } from '../text/sentences';
import { ClaimReader, type TaggedWindow } from './claimReader';
import { planWindows } from './planWindows';
import { tagSentence, tagSentences, type Sentence } from './tokens';
export { mayHoldFigure } from './sentenceFilter';

/** Stored with every automatic claim, so a library can tell which extractor wrote it. */
export const EXTRACTOR_VERSION = '3';

/** Every claim of a text, each window's sentences tagged on this thread. */
export function extractClaims(text: string): ExtractedClaim[] {
  const reader = new ClaimReader(text);
  for (const window of planWindows(text)) reader.read(window.paragraphs, tagWindow(window.candidates));
  return reader.claims;
}

/** The candidates tagged together; any other sentence a quotation's speaker is looked for in is tagged when asked, as few are. */
function tagWindow(candidates: readonly SentenceText[]): TaggedWindow {
  const tags = tagSentences(candidates);
  const tagged = new Map<SentenceText, Sentence>(candidates.map((s, i) => [s, tags[i]!]));
  return (sentence) => {
    let t = tagged.get(sentence);
    if (!t) tagged.set(sentence, (t = tagSentence(sentence)));
    return t;
  };
}
