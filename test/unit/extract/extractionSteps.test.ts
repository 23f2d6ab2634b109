// Extraction as steps, its tagging left to the caller: the windows a text is
// tagged in, and the sentences besides their candidates that the reading may
// ask for, which a caller tagging ahead on another thread must tag too.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../main/core/extract';
import { extractionSteps, planExtraction, windowSpeakerSentences } from '../../../main/core/extract/extractionSteps';
import { tagSentence, tagSentences, type Sentence } from '../../../main/core/extract/tokens';
import type { ExtractedClaim } from '../../../main/core/model';
import type { SentenceText } from '../../../main/core/text/sentences';
import { newsRun } from '../../fixtures/corpus';

/** Drives the steps on this thread, as extractClaims does, and notes each sentence asked for that is not a candidate, by window. */
function readNoting(text: string): { claims: ExtractedClaim[]; asked: Set<SentenceText>[] } {
  const plan = planExtraction(text);
  const asked = plan.windows.map(() => new Set<SentenceText>());
  const steps = extractionSteps(plan);
  let step = steps.next();
  for (let k = 0; !step.done; k++) {
    const window = step.value;
    const notes = asked[k]!;
    const tags = tagSentences(window.candidates);
    const tagged = new Map<SentenceText, Sentence>(window.candidates.map((s, i) => [s, tags[i]!]));
    step = steps.next((s) => {
      if (tagged.has(s)) return tagged.get(s)!;
      notes.add(s);
      return tagSentence(s);
    });
  }
  return { claims: step.value, asked };
}

/** A quotation whose speaker is named in the paragraph before the one with the figure in it. */
const SPEAKER_BEFORE = '“We took shelter under the promenade with the others and waited there for the police to come,” Dratell said.';
const FIGURE_AFTER = '“There were 200 or more people with us, in the toilet stalls.”';

describe('planExtraction', () => {
  it('cuts the paragraphs into windows that follow each other, each sentence that may hold a figure a candidate of its own window', () => {
    const plan = planExtraction(newsRun(700_000));
    expect(plan.windows.length).toBeGreaterThan(2);
    expect(plan.windows[0]!.from).toBe(0);
    expect(plan.windows.at(-1)!.to).toBe(plan.paragraphs.length);
    plan.windows.forEach((w, k) => {
      if (k > 0) expect(w.from).toBe(plan.windows[k - 1]!.to);
      const expected = plan.paragraphs.slice(w.from, w.to).flatMap((p) => p.sentences.filter((_, i) => p.hints[i]));
      expect(w.candidates).toEqual(expected);
    });
  });
});

describe('windowSpeakerSentences', () => {
  it('lists every sentence besides the candidates that reading real news asks the tags of, in its own window', () => {
    const text = newsRun(700_000);
    const { claims, asked } = readNoting(text);
    const listed = windowSpeakerSentences(planExtraction(text));
    // the news corpus has quotations whose speakers are named in sentences with no figure
    expect(asked.reduce((n, a) => n + a.size, 0)).toBeGreaterThan(10);
    asked.forEach((a, k) => {
      const ours = new Set(listed[k]!.map((s) => `${s.start}:${s.text}`));
      for (const s of a) expect(ours, `window ${k}: "${s.text}"`).toContain(`${s.start}:${s.text}`);
    });
    expect(claims).toEqual(extractClaims(text));
  });

  it('lists the sentence naming the speaker of a quotation that goes on into the next paragraph, across a window’s end', () => {
    // shorter than the speaker's paragraph: as many as fill a window less one, so that the speaker's paragraph ends the first
    const filler = 'The council met again on Tuesday and heard from residents about the seafront.';
    const fillers = planExtraction(Array(20_000).fill(filler).join('\n\n')).windows[0]!.to - 1;
    const text = [...Array<string>(fillers).fill(filler), SPEAKER_BEFORE, FIGURE_AFTER, filler].join('\n\n');
    const plan = planExtraction(text);
    expect(plan.windows[0]!.to, 'the speaker ends the first window').toBe(fillers + 1);
    const { claims, asked } = readNoting(text);
    expect(claims.find((c) => c.value === 200 || c.low === 200)?.source).toBe('Dratell');
    const speaker = plan.paragraphs[fillers]!.sentences[0]!;
    expect([...asked[0]!]).toEqual([speaker]);
    expect(windowSpeakerSentences(plan)[0]).toEqual([speaker]);
  });
});
