// The reading of a text in order, paragraph by paragraph, with what goes on
// from one to the next: the sources named so far (sourceRegistry.ts), the
// speaker of the last quotation, the last holder named and the thing counted
// last. The tagging is its caller's: extractClaims tags each window on its
// own thread; parallelExtraction.ts has a worker tag every window ahead,
// which tagging allows, as it reads no context across sentences.
import type { ExtractedClaim } from '../model';
import type { SentenceText } from '../text/sentences';
import type { CountedBefore } from './countedThing';
import type { ReadParagraph } from './planWindows';
import { attributeQuotations } from './quotations';
import { sentenceClaims, type ExtractionState } from './sentenceClaims';
import { SourceRegistry } from './sourceRegistry';
import { rememberSpeakers } from './speakers';
import type { Sentence } from './tokens';

/**
 * The tagged form of any sentence of a window that the reading asks for: each
 * sentence that may hold a figure, and the sentences a quotation's speaker is
 * looked for in (quotations.ts: speakerSentences lists them ahead).
 */
export type TaggedWindow = (sentence: SentenceText) => Sentence;

export class ClaimReader {
  /** Every claim read so far, in reading order. */
  readonly claims: ExtractedClaim[] = [];
  private readonly registry = new SourceRegistry();
  private readonly state: ExtractionState = { lastHolder: null };
  private lastSpeaker: () => string | null = () => null;
  // the thing counted last goes on into the next paragraph too: wire copy puts one sentence in a paragraph
  private before: CountedBefore | null = null;

  constructor(private readonly text: string) {}

  /** Reads the next paragraphs of the text, in order. */
  read(paragraphs: readonly ReadParagraph[], tagged: TaggedWindow): void {
    const { text, registry, state } = this;
    for (const { paragraph, sentences, hints } of paragraphs) {
      const mine: ExtractedClaim[] = [];
      sentences.forEach((sentenceText, i) => {
        registry.nextSentence();
        rememberSpeakers(sentenceText.text, registry);
        const hint = hints[i];
        if (!hint) return;
        const found = sentenceClaims(text, tagged(sentenceText), registry, this.before, hint, state);
        for (const f of found) mine.push(f.claim);
        const last = found.filter((f) => f.claim.kind === 'figure').at(-1)?.claim;
        if (last?.entity) this.before = { entity: last.entity, measure: last.measure, source: last.source };
      });
      this.lastSpeaker = attributeQuotations(text, paragraph, sentences, tagged, mine, registry, this.lastSpeaker);
      for (const c of mine) this.claims.push(c);
    }
  }
}
