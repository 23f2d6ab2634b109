// Quotations that run over several sentences. A figure inside one speaks in
// the voice of whoever the quotation is given to, though its own sentence
// names nobody: "We took shelter with 200 or more people under the promenade.
// People were in crowded toilet stalls," Dratell said. The speaker is named
// where the quotation closes ('," Dratell said'), where it opens ('Estrosi
// tweeted in French: "...'), or, for a quotation that names nobody, is the
// speaker of the quotation just before it ('said the spokesman, Mark Toner.
// "Partly that reflects the size of the mission or three missions ..."').
import type { ExtractedClaim } from '../model';
import type { Paragraph, SentenceText } from '../text/sentences';
import { findCues } from './attribution';
import type { SentenceHints } from './sentenceFilter';
import type { SourceRegistry } from './sourceRegistry';
import { resolvePronounIn } from './speakers';
import type { Sentence } from './tokens';

export interface Quotation {
  /** Offsets into the whole text: the opening mark, and just past the closing one (the paragraph's end when it never closes). */
  start: number;
  end: number;
  /** It closes in this paragraph: a speaker may follow it. */
  closed: boolean;
}

const LEFT_QUOTE = 0x201c; // “
const RIGHT_QUOTE = 0x201d; // ”
const STRAIGHT_QUOTE = 0x22; // "

/**
 * The quotations of a paragraph, in order. Curly marks pair as written;
 * straight ones alternate. A quotation left open at the paragraph's end runs
 * to it, as a quotation that goes on into the next paragraph does.
 */
export function quotationsIn(paragraph: Paragraph): Quotation[] {
  const text = paragraph.text;
  const out: Quotation[] = [];
  let open = -1;
  // the closing mark awaited: ” for “, " for "
  let closing = 0;
  // character codes, not one-character strings: this walks every paragraph with a quotation mark in it
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (open < 0 && (c === LEFT_QUOTE || c === STRAIGHT_QUOTE)) {
      open = i;
      closing = c === LEFT_QUOTE ? RIGHT_QUOTE : STRAIGHT_QUOTE;
    } else if (open >= 0 && c === closing) {
      out.push({ start: paragraph.start + open, end: paragraph.start + i + 1, closed: true });
      open = -1;
    }
  }
  if (open >= 0) out.push({ start: paragraph.start + open, end: paragraph.start + text.length, closed: false });
  return out;
}

/** Just after a quotation closes: ', Dratell said', '," he told Reuters', '" said the spokesman'. */
const SPEAKER_AFTER = /^[\s,.!?]*(?:[\p{L}.'’-]+\s+){0,5}?(?:said|says|told|added|adds|wrote|writes|tweeted|posted|explained|insisted|recalled|continued)\b/u;
/** Just before a quotation opens: 'tweeted in French: "', 'said: "'. */
const SPEAKER_BEFORE = /\b(?:said|says|told|added|wrote|writes|tweeted|posted|explained|insisted|recalled|declared|continued)\b[^.!?"“”]{0,30}[:,]\s*$/u;

/** Where a quotation's speaker may be named: a sentence, and where in it the reporting verb must start. */
interface SpeakerPlace {
  /** None when the offset falls between sentences: then no speaker is found there. */
  sentence: SentenceText | undefined;
  verbFrom: number;
  verbTo: number;
}

/** The places a quotation's speaker is looked for, in order: where it closes ('," Dratell said'), then where it opens ('said: "'). */
function speakerPlaces(text: string, paragraph: Paragraph, sentences: readonly SentenceText[], q: Quotation): SpeakerPlace[] {
  const sentenceAt = (offset: number): SentenceText | undefined => sentences.find((s) => offset >= s.start && offset < s.start + s.text.length);
  const places: SpeakerPlace[] = [];
  const after = q.closed ? SPEAKER_AFTER.exec(text.slice(q.end, q.end + 80)) : null;
  if (after) places.push({ sentence: sentenceAt(q.end - 1) ?? sentenceAt(q.end), verbFrom: q.end, verbTo: q.end + after[0].length });
  const lead = text.slice(Math.max(paragraph.start, q.start - 120), q.start);
  const opened = SPEAKER_BEFORE.exec(lead);
  if (opened) places.push({ sentence: sentenceAt(q.start - 1), verbFrom: q.start - lead.length + opened.index, verbTo: q.start });
  return places;
}

function quotationsOf(paragraph: Paragraph): Quotation[] {
  return paragraph.text.includes('"') || paragraph.text.includes('“') ? quotationsIn(paragraph) : [];
}

const NO_SPEAKER = (): null => null;

/**
 * Figures inside a quotation that their own sentence gives to nobody take the
 * quotation's speaker (quotations.ts). Returns the speaker of the paragraph's
 * last quotation, which a paragraph made of an unattributed quotation goes on
 * with. `tagged` answers the tagged form of any sentence of the paragraph
 * that speakerSentences lists.
 */
export function attributeQuotations(
  text: string,
  paragraph: Paragraph,
  sentences: readonly SentenceText[],
  tagged: (sentence: SentenceText) => Sentence,
  claims: ExtractedClaim[],
  registry: SourceRegistry,
  carried: () => string | null,
): () => string | null {
  const quotes = quotationsOf(paragraph);
  // most paragraphs quote nobody: nothing to attribute, no speaker to go on with, and nothing to allocate for them
  if (!quotes.length) return NO_SPEAKER;
  const speakerIn = ({ sentence, verbFrom, verbTo }: SpeakerPlace): string | null => {
    if (!sentence) return null;
    const { tokens } = tagged(sentence);
    const cue = findCues(text, tokens).find((c) => tokens[c.verb]!.start >= verbFrom && tokens[c.verb]!.start < verbTo);
    if (!cue) return null;
    return cue.pronoun ? resolvePronounIn(tokens, cue.start, cue.pronoun, registry) : registry.resolve(cue.raw, cue.apposition);
  };
  // only a paragraph that opens with a quotation may go on with the last paragraph's speaker; any other lets go of
  // that paragraph at once, and of its sentences and tags, which each paragraph's speaker would otherwise hold on to
  // for the rest of the text, one paragraph holding the one before
  const goesOn = quotes[0]?.start === paragraph.start ? carried : null;
  // a quotation's speaker is found only when a figure needs it: most quotations hold none, and finding one tags a sentence
  const memo = new Map<number, string | null>();
  const speakerOf = (i: number): string | null => {
    if (memo.has(i)) return memo.get(i)!;
    const q = quotes[i]!;
    let speaker: string | null = null;
    for (const place of speakerPlaces(text, paragraph, sentences, q)) if ((speaker = speakerIn(place))) break;
    // a quotation that names nobody goes on from the one before it, or from the last paragraph's when it opens this one
    speaker ??= i > 0 ? speakerOf(i - 1) : goesOn ? goesOn() : null;
    memo.set(i, speaker);
    return speaker;
  };
  quotes.forEach((q, i) => {
    const inside = claims.filter((c) => c.source === null && c.kind === 'figure' && c.start > q.start && c.end <= q.end);
    if (!inside.length) return;
    const speaker = speakerOf(i);
    if (speaker) for (const c of inside) c.source = speaker;
  });
  return () => speakerOf(quotes.length - 1);
}

/** A paragraph with its sentences and what each may hold: null for a sentence that holds no figure and is not tagged for one. */
export interface HintedParagraph {
  paragraph: Paragraph;
  sentences: readonly SentenceText[];
  hints: readonly (SentenceHints | null)[];
}

/**
 * Every sentence that attributeQuotations may ask the tagged form of, for
 * these paragraphs read in order and then `next`, none of them a sentence
 * that may hold a figure (those are tagged anyway). A caller that tags ahead,
 * on another thread, tags these too; on one thread they are tagged when asked.
 *
 * A speaker is looked for only for a quotation with a figure in it, so one
 * that overlaps a sentence that may hold a figure; for the quotations before
 * it in its paragraph, which it may go on from; and for every quotation of a
 * paragraph when the paragraph after it opens with a quotation, which may go
 * on from its last. (That is more than is ever looked for, a few sentences,
 * and it needs no paragraph but the next.)
 */
export function speakerSentences(text: string, paragraphs: readonly HintedParagraph[], next: Paragraph | null): SentenceText[] {
  const out: SentenceText[] = [];
  paragraphs.forEach(({ paragraph, sentences, hints }, k) => {
    const quotes = quotationsOf(paragraph);
    if (!quotes.length) return;
    const after = k + 1 < paragraphs.length ? paragraphs[k + 1]!.paragraph : next;
    const goneOn = after !== null && opensWithQuotation(after);
    // the last quotation whose speaker may be looked for (-1: none)
    const upTo = goneOn ? quotes.length - 1 : quotes.findLastIndex((q) => sentences.some((s, i) => hints[i] && s.start <= q.end && s.start + s.text.length >= q.start));
    const mine = new Set<SentenceText>();
    for (const q of quotes.slice(0, upTo + 1)) for (const { sentence } of speakerPlaces(text, paragraph, sentences, q)) if (sentence && !hints[sentences.indexOf(sentence)]) mine.add(sentence);
    for (const s of mine) out.push(s);
  });
  return out;
}

/** The paragraph's first quotation opens it: its first character is an opening mark (quotationsIn). */
function opensWithQuotation(paragraph: Paragraph): boolean {
  const c = paragraph.text.charCodeAt(0);
  return c === LEFT_QUOTE || c === STRAIGHT_QUOTE;
}
