// Extraction as steps, so that whoever runs it chooses where tagging happens.
// A text is read into paragraphs and sentences first, and the sentences that
// could hold a figure are grouped into windows (planExtraction); then the
// paragraphs are read in order, a window's tagged sentences taken in at each
// window's first paragraph (extractionSteps). Tagging reads no context across
// sentences, so a caller may tag every window ahead, on another thread, while
// the reading — which carries sources, speakers and the thing counted last
// from paragraph to paragraph — goes on in order.
import type { ExtractedClaim } from '../model';
import { datelineAt, mayHoldDateline } from '../text/dateline';
import { splitParagraphs, splitSentences, type Paragraph, type SentenceText } from '../text/sentences';
import type { CountedBefore } from './countedThing';
import { attributeQuotations, speakerSentences } from './quotations';
import { sentenceClaims, type ExtractionState } from './sentenceClaims';
import { mayHoldFigure, type SentenceHints } from './sentenceFilter';
import { SourceRegistry } from './sourceRegistry';
import { rememberSpeakers } from './speakers';
import type { Sentence } from './tokens';

/** A paragraph with its sentences and what each may hold (null: nothing to tag). */
interface ReadParagraph {
  paragraph: Paragraph;
  sentences: SentenceText[];
  hints: (SentenceHints | null)[];
}

/** The candidate sentences of paragraphs `from` up to (not including) `to`, tagged together. */
export interface TagWindow {
  from: number;
  to: number;
  candidates: SentenceText[];
}

export interface ExtractionPlan {
  text: string;
  paragraphs: ReadParagraph[];
  /** In order; together they cover every paragraph. */
  windows: TagWindow[];
}

/**
 * Paragraphs' text tagged per window: large enough to batch well, small
 * enough that a 10 MB text is not held as tokens whole, and a worker tagging
 * ahead hands back its first window early.
 */
const TAG_WINDOW = 256 * 1024;

export function planExtraction(text: string): ExtractionPlan {
  const paragraphs = readParagraphs(text);
  const windows: TagWindow[] = [];
  for (let from = 0; from < paragraphs.length; ) {
    const candidates: SentenceText[] = [];
    let size = 0;
    let to = from;
    while (to < paragraphs.length && (to === from || size < TAG_WINDOW)) {
      const { paragraph, sentences, hints } = paragraphs[to++]!;
      size += paragraph.text.length;
      sentences.forEach((s, i) => hints[i] && candidates.push(s));
    }
    windows.push({ from, to, candidates });
    from = to;
  }
  return { text, paragraphs, windows };
}

function readParagraphs(text: string): ReadParagraph[] {
  return splitParagraphs(text).map((whole, index) => {
    // "WASHINGTON U.S. officials said": the dateline is where the story was filed, never part of a name
    const dateline = mayHoldDateline(index) ? datelineAt(whole.text) : null;
    const paragraph = dateline ? { text: whole.text.slice(dateline.length), start: whole.start + dateline.length } : whole;
    const sentences = splitSentences(paragraph);
    return { paragraph, sentences, hints: sentences.map((s) => mayHoldFigure(s.text)) };
  });
}

/**
 * The tagged form of any sentence of a window that the reading asks for: each
 * of its candidates, and the sentences a quotation's speaker is looked for in
 * (quotations.ts), which windowSpeakerSentences lists.
 */
export type TaggedWindow = (sentence: SentenceText) => Sentence;

/**
 * Per window, the sentences other than its candidates that the reading may
 * ask the tagged form of: a caller tagging ahead on another thread tags them
 * with the candidates, where one tagging on this thread tags them when asked.
 */
export function windowSpeakerSentences(plan: ExtractionPlan): SentenceText[][] {
  const perParagraph = speakerSentences(plan.text, plan.paragraphs);
  return plan.windows.map((w) => perParagraph.slice(w.from, w.to).flat());
}

/**
 * The claims of a planned text. Yields each window in order and takes back
 * its tagged sentences; returns every claim.
 */
export function* extractionSteps(plan: ExtractionPlan): Generator<TagWindow, ExtractedClaim[], TaggedWindow> {
  const { text, paragraphs, windows } = plan;
  const registry = new SourceRegistry();
  const claims: ExtractedClaim[] = [];
  let lastSpeaker: () => string | null = () => null;
  const state: ExtractionState = { lastHolder: null };
  // the thing counted last goes on into the next paragraph too: wire copy puts one sentence in a paragraph
  let before: CountedBefore | null = null;
  for (const window of windows) {
    const tagged = yield window;
    for (let index = window.from; index < window.to; index++) {
      const { paragraph, sentences, hints } = paragraphs[index]!;
      const mine: ExtractedClaim[] = [];
      sentences.forEach((sentenceText, i) => {
        registry.nextSentence();
        rememberSpeakers(sentenceText.text, registry);
        const hint = hints[i];
        if (!hint) return;
        const found = sentenceClaims(text, tagged(sentenceText), registry, before, hint, state);
        for (const f of found) mine.push(f.claim);
        const last = found.filter((f) => f.claim.kind === 'figure').at(-1)?.claim;
        if (last?.entity) before = { entity: last.entity, measure: last.measure, source: last.source };
      });
      lastSpeaker = attributeQuotations(text, paragraph, sentences, tagged, mine, registry, lastSpeaker);
      claims.push(...mine);
    }
  }
  return claims;
}
