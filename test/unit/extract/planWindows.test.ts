// A text read into windows to tag, and read in order by the claim reader:
// the windows follow each other, and the sentences besides their candidates
// that the reading asks the tags of are the ones speakerSentences lists ahead,
// which a caller tagging on another thread must tag too.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../main/core/extract';
import { ClaimReader } from '../../../main/core/extract/claimReader';
import { planWindows, type PlannedWindow } from '../../../main/core/extract/planWindows';
import { speakerSentences } from '../../../main/core/extract/quotations';
import { tagSentence, tagSentences, type Sentence } from '../../../main/core/extract/tokens';
import type { ExtractedClaim } from '../../../main/core/model';
import type { SentenceText } from '../../../main/core/text/sentences';
import { newsRun } from '../../fixtures/corpus';

/** Reads the windows in order on this thread, as extractClaims does, and notes each sentence asked for that is not a candidate, by window. */
function readNoting(text: string, windows: readonly PlannedWindow[]): { claims: ExtractedClaim[]; asked: SentenceText[][] } {
  const reader = new ClaimReader(text);
  const asked = windows.map((window) => {
    const tags = tagSentences(window.candidates);
    const tagged = new Map<SentenceText, Sentence>(window.candidates.map((s, i) => [s, tags[i]!]));
    const notes: SentenceText[] = [];
    reader.read(window.paragraphs, (s) => {
      if (tagged.has(s)) return tagged.get(s)!;
      notes.push(s);
      return tagSentence(s);
    });
    return notes;
  });
  return { claims: reader.claims, asked };
}

/** A quotation whose speaker is named in the paragraph before the one with the figure in it. */
const SPEAKER = '“We took shelter under the promenade with the others and waited there for the police to come,” Dratell said.';
const FIGURE = '“There were 200 or more people with us, in the toilet stalls.”';

describe('planWindows', () => {
  it('reads the paragraphs into windows that follow each other, each with the sentences that may hold a figure as its candidates', () => {
    const text = newsRun(700_000);
    const windows = [...planWindows(text)];
    expect(windows.length).toBeGreaterThan(2);
    windows.forEach((w, k) => {
      expect(w.candidates).toEqual(w.paragraphs.flatMap((p) => p.sentences.filter((_, i) => p.hints[i])));
      for (const { paragraph, sentences } of w.paragraphs) {
        expect(text.slice(paragraph.start, paragraph.start + paragraph.text.length)).toBe(paragraph.text);
        for (const s of sentences) expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
      }
      expect(w.next).toEqual(windows[k + 1]?.paragraphs[0]!.paragraph ?? null);
    });
    const paragraphs = windows.flatMap((w) => w.paragraphs);
    paragraphs.slice(1).forEach((p, i) => expect(p.paragraph.start).toBeGreaterThan(paragraphs[i]!.paragraph.start));
  });

  it('makes the first and the last windows small, and the ones between larger, so that a reader waits for neither a whole window', () => {
    const sizes = [...planWindows(newsRun(2_000_000))].map((w) => w.paragraphs.reduce((n, p) => n + p.paragraph.text.length, 0));
    // a window ends with the paragraph that takes it past its size: a few kilobytes over at most
    expect(sizes[0]).toBeLessThan(24 * 1024);
    expect(sizes.at(-1)).toBeLessThan(24 * 1024);
    expect(Math.max(...sizes)).toBeGreaterThan(200 * 1024);
  });
});

describe('speakerSentences', () => {
  it('lists every sentence besides the candidates that reading real news asks the tags of, in its own window', () => {
    const text = newsRun(700_000);
    const windows = [...planWindows(text)];
    const { claims, asked } = readNoting(text, windows);
    // the news corpus has quotations whose speakers are named in sentences with no figure
    expect(asked.flat().length).toBeGreaterThan(10);
    asked.forEach((notes, k) => {
      const listed = speakerSentences(text, windows[k]!.paragraphs, windows[k]!.next);
      for (const s of notes) expect(listed, `window ${k}: "${s.text}"`).toContain(s);
    });
    expect(claims).toEqual(extractClaims(text));
  });

  it('lists the sentence naming the speaker of a quotation that goes on into the next paragraph, across a window’s end', () => {
    // shorter than the speaker's paragraph: as many as fill a window less one, so that the speaker's paragraph ends the first
    const filler = 'The council met again on Tuesday and heard from residents about the seafront.';
    const fillers = planWindows(Array<string>(20_000).fill(filler).join('\n\n')).next().value!.paragraphs.length - 1;
    const text = [...Array<string>(fillers).fill(filler), SPEAKER, FIGURE, filler].join('\n\n');
    const windows = [...planWindows(text)];
    const speaker = windows[0]!.paragraphs.at(-1)!;
    expect(speaker.paragraph.text, 'the speaker ends the first window').toBe(SPEAKER);
    const { claims, asked } = readNoting(text, windows);
    expect(claims.find((c) => c.low === 200)?.source).toBe('Dratell');
    expect(asked[0]).toEqual([speaker.sentences[0]]);
    expect(speakerSentences(text, windows[0]!.paragraphs, windows[0]!.next)).toEqual([speaker.sentences[0]]);
  });
});
