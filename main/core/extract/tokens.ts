// Sentences → tagged tokens with offsets into the text (sentences come from
// core/text/sentences.ts).
// wink-nlp does the tokens and part-of-speech tags: it keeps "1,500", "54-46"
// and "U.S." whole. Tagging is the expensive step, so only sentences that could
// hold a figure reach it (index.ts decides which).
import winkNLP from 'wink-nlp';
import type { SentenceText } from '../text/sentences';
import { lowerCase } from './lowerCase';
import { repairTokens } from './tokenRepairs';
import model from 'wink-eng-lite-web-model';

const CURLY = /[‘’“”]/;

export interface Token {
  /** As written. */
  text: string;
  lower: string;
  /** Universal part-of-speech tag: NOUN, PROPN, VERB, NUM, ADP, PUNCT ... */
  pos: string;
  /** Offsets into the whole text. */
  start: number;
  end: number;
}

export interface Sentence {
  tokens: Token[];
  start: number;
  end: number;
}


let tagger: ReturnType<typeof winkNLP> | null = null;

/** Loading the model takes tens of milliseconds; it happens once, on first use. */
function getTagger(): ReturnType<typeof winkNLP> {
  tagger ??= winkNLP(model, ['pos']);
  return tagger;
}

/** Loads the model now, not at the first sentence: a worker waiting for its first text loads it meanwhile. */
export function prepareTagger(): void {
  getTagger();
}


/** One sentence's tokens with their tags. */
export function tagSentence(sentence: SentenceText): Sentence {
  return tagSentences([sentence])[0]!;
}

/** The tokens and tags of many sentences, in order: the same as tagging each alone (a blank line between them ends the tagger's context). */
export function tagSentences(sentences: readonly SentenceText[]): Sentence[] {
  const tokens: Token[][] = sentences.map(() => []);
  readTokens(sentences, (s, text, pos, start, end) => tokens[s]!.push({ text, lower: lowerCase(text), pos, start, end }));
  return sentences.map((sentence, s) => ({ tokens: repairTokens(tokens[s]!), start: sentence.start, end: sentence.start + sentence.text.length }));
}

/** Takes one token as the tagger read it: the index of its sentence, the token as written, its tag and its offsets into the whole text. */
export type TakeToken = (sentence: number, text: string, pos: string, start: number, end: number) => void;

/**
 * Sentences are read by the tagger this many characters at a time: one call
 * for many sentences costs a fifth less than a call each (each call builds a
 * document and its API), and a bounded chunk keeps a huge text from becoming
 * one huge call.
 */
const CHUNK = 16_000;

/**
 * The tagger's tokens of many sentences, in order, each handed to `take` as
 * it is read, before repairTokens: tagSentences makes tokens of them; a
 * worker tagging for another thread packs them with no token objects at all,
 * and the thread that reads them makes the tokens and repairs them.
 */
export function readTokens(sentences: readonly SentenceText[], take: TakeToken): void {
  let from = 0;
  while (from < sentences.length) {
    let to = from + 1;
    let size = sentences[from]!.text.length;
    while (to < sentences.length && size + sentences[to]!.text.length < CHUNK) size += sentences[to++]!.text.length + 2;
    readTogether(sentences.slice(from, to), from, take);
    from = to;
  }
}

/** One tagger call for sentences joined by blank lines; offsets are found by walking each sentence with its tokens in order. */
function readTogether(sentences: readonly SentenceText[], first: number, take: TakeToken): void {
  const nlp = getTagger();
  const its = nlp.its;
  const joined = sentences.length === 1 ? sentences[0]!.text : sentences.map((s) => s.text).join('\n\n');
  // Curly quotes and apostrophes become straight ones, character for character, so offsets stay true: the tagger
  // reads the straight forms faster and treats "’s" like "'s".
  const curly = CURLY.test(joined);
  const plain = curly ? joined.replace(/[‘’]/g, "'").replace(/[“”]/g, '"') : joined;
  const doc = nlp.readDoc(plain);
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  // the sentence being walked: its first character in the joined text, and just past its last
  let s = 0;
  let base = 0;
  let limit = sentences[0]!.text.length;
  let cursor = 0;
  const next = (): void => {
    base = limit + 2;
    s++;
    cursor = base;
    limit = s < sentences.length ? base + sentences[s]!.text.length : plain.length;
  };
  for (let i = 0; i < values.length; i++) {
    const text = values[i]!;
    if (tags[i] === 'SPACE' || text.charCodeAt(0) <= 32) continue;
    let at = plain.indexOf(text, cursor);
    while (s < sentences.length - 1 && (at >= limit || (at < 0 && cursor >= limit))) next();
    if (at >= limit) at = -1;
    // wink keeps every token's characters; if one ever came back changed, the
    // token keeps the cursor's place rather than jumping to a later match.
    const found = at >= 0 && at - cursor < 64;
    const start = found ? at : cursor;
    const end = found ? at + text.length : cursor;
    cursor = end;
    // the token as written in the text, curly quotes and all
    const written = curly && found && (text.includes("'") || text.includes('"')) ? joined.slice(start, end) : text;
    const offset = sentences[s]!.start - base;
    take(first + s, written, tags[i] ?? 'X', offset + start, offset + end);
  }
}
