// The wire dateline a story's first paragraph opens with: "BEIRUT", "NICE,
// France", "NEW YORK/WASHINGTON", "TAINAN, Taiwan (Reuters) -". It names where
// the story was filed, not who says anything: extraction reads the paragraph
// after it ("WASHINGTON U.S. officials said" is said by U.S. officials), and
// story joining compares datelines (capture/storyIdentity.ts).
import { splitParagraphs } from './sentences';

/**
 * Place words in capitals, then an optional ", Region" and agency, then the
 * first word of the story. A word with dots ("U.S.") starts the story, and a
 * run under five letters with nothing after it ("NATO Secretary General") is
 * an acronym, not a place.
 */
const DATELINE =
  /^([A-Z]{2,}(?:[-'’][A-Z]+)*(?:[ /][A-Z]{2,}(?:[-'’][A-Z]+)*)*)(?![A-Z])(,\s+[A-Z][a-z]+\.?(?:\s+[A-Z][a-z]+\.?)?)?(\s+\((?:Reuters|AP|AFP|Bloomberg)\))?\s*(?:[-–—]\s*)?(?=[A-Z"“‘'](?:[a-z]|\s|\.|'|’))/;

/** How many paragraphs from the top a dateline may open: a headline and a byline may come first. */
const DATELINE_PARAGRAPHS = 3;

/** The dateline opening a paragraph, with the length of text it takes; null when the paragraph has none. */
export function datelineAt(paragraph: string): { place: string; length: number } | null {
  const m = DATELINE.exec(paragraph);
  if (!m || m[0].length >= paragraph.length) return null;
  const place = m[1]!;
  if (!m[2] && !m[3] && place.replace(/[^A-Z]/g, '').length < 5) return null;
  return { place, length: m[0].length };
}

/** Whether a paragraph, the `index`th of its text, is where a dateline may stand. */
export function mayHoldDateline(index: number): boolean {
  return index < DATELINE_PARAGRAPHS;
}

/** The dateline of a text, as its place words: "BEIRUT", "NEW YORK/WASHINGTON"; null when none. */
export function datelineOf(text: string): string | null {
  const paragraphs = splitParagraphs(text.slice(0, 3000));
  for (let i = 0; i < paragraphs.length && mayHoldDateline(i); i++) {
    const found = datelineAt(paragraphs[i]!.text);
    if (found) return found.place;
  }
  return null;
}
