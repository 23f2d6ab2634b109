// Sentences → tagged tokens with offsets into the text (sentences come from
// core/text/sentences.ts).
// wink-nlp does the tokens and part-of-speech tags: it keeps "1,500", "54-46"
// and "U.S." whole. Tagging is the expensive step, so only sentences that could
// hold a figure reach it (index.ts decides which).
import winkNLP from 'wink-nlp';
import type { SentenceText } from '../text/sentences';
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


/** One sentence's tokens with their tags; offsets are found by walking the sentence with the tokens in order. */
export function tagSentence(sentence: SentenceText): Sentence {
  const nlp = getTagger();
  const its = nlp.its;
  // Curly quotes and apostrophes become straight ones, character for character, so offsets stay true: the tagger
  // reads the straight forms faster and treats "’s" like "'s".
  const curly = CURLY.test(sentence.text);
  const plain = curly ? sentence.text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"') : sentence.text;
  const doc = nlp.readDoc(plain);
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const text = values[i]!;
    if (tags[i] === 'SPACE' || text.charCodeAt(0) <= 32) continue;
    const at = plain.indexOf(text, cursor);
    // wink keeps every token's characters; if one ever came back changed, the
    // token keeps the cursor's place rather than jumping to a later match.
    const found = at >= 0 && at - cursor < 64;
    const start = found ? at : cursor;
    const end = found ? at + text.length : cursor;
    cursor = end;
    // the token as written in the text, curly quotes and all
    const written = curly && found && (text.includes("'") || text.includes('"')) ? sentence.text.slice(start, end) : text;
    tokens.push({ text: written, lower: written.toLowerCase(), pos: tags[i] ?? 'X', start: sentence.start + start, end: sentence.start + end });
  }
  return { tokens, start: sentence.start, end: sentence.start + sentence.text.length };
}
