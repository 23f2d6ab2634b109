// A text read into windows of paragraphs, ready for tagging: each paragraph
// with its sentences and what each may hold (no state: a paragraph's reading
// depends on nothing before it), and the window's candidates, the sentences
// that could hold a figure, which are tagged together. Paragraphs are read a
// window at a time, so a long text is never held as sentences whole.
import { datelineAt, mayHoldDateline } from '../text/dateline';
import { splitParagraphs, splitSentences, type Paragraph, type SentenceText } from '../text/sentences';
import { mayHoldFigure, type SentenceHints } from './sentenceFilter';

/** A paragraph with its sentences and what each may hold (null: nothing to tag). */
export interface ReadParagraph {
  paragraph: Paragraph;
  sentences: SentenceText[];
  hints: (SentenceHints | null)[];
}

export interface PlannedWindow {
  paragraphs: ReadParagraph[];
  /** The sentences of the paragraphs that may hold a figure, in order. */
  candidates: SentenceText[];
  /** The paragraph after the window, as it will be read; null after the last. */
  next: Paragraph | null;
}

/**
 * Paragraphs' text tagged per window: large enough to batch well, small
 * enough that a 10 MB text is not held as tokens whole, and a worker tagging
 * ahead hands back its first window early.
 */
const TAG_WINDOW = 256 * 1024;

/**
 * With a worker tagging ahead, the reading waits for the first window and,
 * after the worker is done, reads the last one alone: windows start at this
 * size and double up to TAG_WINDOW, and the last few shrink to a quarter of
 * the text left, so that neither wait is a whole window's.
 */
const SMALL_WINDOW = 16 * 1024;

function windowSize(window: number, left: number): number {
  return Math.min(TAG_WINDOW, SMALL_WINDOW * 2 ** window, Math.max(SMALL_WINDOW, left / 4));
}

export function* planWindows(text: string): Generator<PlannedWindow, void, undefined> {
  const wholes = splitParagraphs(text);
  // "WASHINGTON U.S. officials said": the dateline is where the story was filed, never part of a name
  const paragraphAt = (index: number): Paragraph => {
    const whole = wholes[index]!;
    const dateline = mayHoldDateline(index) ? datelineAt(whole.text) : null;
    return dateline ? { text: whole.text.slice(dateline.length), start: whole.start + dateline.length } : whole;
  };
  for (let index = 0, window = 0; index < wholes.length; window++) {
    const paragraphs: ReadParagraph[] = [];
    const candidates: SentenceText[] = [];
    const limit = windowSize(window, text.length - wholes[index]!.start);
    let size = 0;
    while (index < wholes.length && (paragraphs.length === 0 || size < limit)) {
      const paragraph = paragraphAt(index++);
      const sentences = splitSentences(paragraph);
      const hints = sentences.map((s) => mayHoldFigure(s.text));
      sentences.forEach((s, i) => hints[i] && candidates.push(s));
      paragraphs.push({ paragraph, sentences, hints });
      size += paragraph.text.length;
    }
    yield { paragraphs, candidates, next: index < wholes.length ? paragraphAt(index) : null };
  }
}
