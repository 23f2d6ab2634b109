// Sentences → tagged tokens with offsets into the text (sentences come from
// core/text/sentences.ts).
// wink-nlp does the tokens and part-of-speech tags: it keeps "1,500", "54-46"
// and "U.S." whole. Tagging is the expensive step, so only sentences that could
// hold a figure reach it (index.ts decides which).
import winkNLP from 'wink-nlp';
import type { SentenceText } from '../text/sentences';
import { lowerCase } from './lowerCase';
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
  return tagTogether([sentence])[0]!;
}

/**
 * Sentences are read by the tagger this many characters at a time: one call
 * for many sentences costs a fifth less than a call each (each call builds a
 * document and its API), and a bounded chunk keeps a huge text from becoming
 * one huge call.
 */
const CHUNK = 16_000;

/** The tokens and tags of many sentences, in order: the same as tagging each alone (a blank line between them ends the tagger's context). */
export function tagSentences(sentences: readonly SentenceText[]): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  while (from < sentences.length) {
    let to = from + 1;
    let size = sentences[from]!.text.length;
    while (to < sentences.length && size + sentences[to]!.text.length < CHUNK) size += sentences[to++]!.text.length + 2;
    for (const s of tagTogether(sentences.slice(from, to))) out.push(s);
    from = to;
  }
  return out;
}

/** One tagger call for sentences joined by blank lines; offsets are found by walking each sentence with its tokens in order. */
function tagTogether(sentences: readonly SentenceText[]): Sentence[] {
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
  const out: Sentence[] = [];
  let tokens: Token[] = [];
  // the sentence being walked: its first character in the joined text, and just past its last
  let s = 0;
  let base = 0;
  let limit = sentences[0]!.text.length;
  let cursor = 0;
  const close = (): void => {
    const sentence = sentences[s]!;
    out.push({ tokens: repairNames(joinDomains(repairNumbers(tokens))), start: sentence.start, end: sentence.start + sentence.text.length });
    tokens = [];
    base = limit + 2;
    s++;
    cursor = base;
    limit = s < sentences.length ? base + sentences[s]!.text.length : plain.length;
  };
  for (let i = 0; i < values.length; i++) {
    const text = values[i]!;
    if (tags[i] === 'SPACE' || text.charCodeAt(0) <= 32) continue;
    let at = plain.indexOf(text, cursor);
    while (s < sentences.length - 1 && (at >= limit || (at < 0 && cursor >= limit))) close();
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
    tokens.push({ text: written, lower: lowerCase(written), pos: tags[i] ?? 'X', start: offset + start, end: offset + end });
  }
  while (s < sentences.length) close();
  return out;
}

/**
 * "told the Associated Press", "the United Nations": the tagger takes a
 * capitalised word inside a name for a verb, and a verb there would open a
 * clause that is not there. A capitalised word mid-sentence, tagged a verb,
 * between a determiner or a name and a name, is part of the name.
 */
function repairNames(tokens: Token[]): Token[] {
  for (let k = 1; k + 1 < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.pos !== 'VERB' || !/^[A-Z][a-z]/.test(t.text)) continue;
    const next = tokens[k + 1]!;
    const prev = tokens[k - 1]!;
    if (next.pos === 'PROPN' && /^[A-Z]/.test(next.text) && (prev.pos === 'DET' || prev.pos === 'PROPN' || prev.pos === 'ADP')) tokens[k] = { ...t, pos: 'PROPN' };
  }
  return tokens;
}

/** The last part of a domain name: "example.com", "gov.uk". */
const DOMAIN_ENDINGS = new Set(['com', 'org', 'net', 'gov', 'edu', 'mil', 'io', 'co', 'uk']);

/**
 * The tagger cuts "example.com" at its dot, so "Officials at example.com
 * said" would end a name at "com" and a sentence could seem to end there. A
 * word, a dot and a domain ending written without spaces are one name.
 */
function joinDomains(tokens: Token[]): Token[] {
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    // a run of tokens written without spaces, as long as it goes on with a dot
    let j = i;
    while (j + 1 < tokens.length && tokens[j + 1]!.start === tokens[j]!.end && (tokens[j]!.text.endsWith('.') || tokens[j + 1]!.text.startsWith('.'))) j++;
    const text = tokens.slice(i, j + 1).map((t) => t.text).join('');
    const domain = j > i && DOMAIN_NAME.exec(text);
    if (domain) {
      out ??= tokens.slice(0, i);
      const name = domain[0];
      out.push({ text: name, lower: name.toLowerCase(), pos: 'PROPN', start: tokens[i]!.start, end: tokens[i]!.start + name.length });
      // a full stop after the name stays a full stop
      if (name.length < text.length) out.push({ ...tokens[j]!, text: '.', lower: '.', pos: 'PUNCT', start: tokens[j]!.end - 1 });
      i = j;
    } else out?.push(tokens[i]!);
  }
  return out ?? tokens;
}

/** "example.com", "news.example.co.uk": words joined by dots, ending in a domain ending. */
const DOMAIN_NAME = new RegExp(`^[A-Za-z][\\w-]*(?:\\.[\\w-]+)*\\.(?:${[...DOMAIN_ENDINGS].join('|')})(?![\\w-])`, 'i');

/** "magnitude-7": a lower-case word joined by a hyphen to digits, which the tagger keeps as one token. */
const WORD_DASH_DIGITS = /^([a-z]+)([-–])(\d[\d,]*)$/;

/**
 * The tagger splits a decimal that follows a hyphenated word ("magnitude-7.8"
 * comes back as "magnitude-7", ".", "8") and keeps "magnitude-7" whole. The
 * word, the hyphen and the number become tokens of their own, and a decimal
 * split by the tagger is joined again, so the amount reads as 7.8.
 */
function repairNumbers(tokens: Token[]): Token[] {
  if (!tokens.some((t) => WORD_DASH_DIGITS.test(t.text))) return tokens;
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const m = WORD_DASH_DIGITS.exec(t.text);
    if (!m) {
      out.push(t);
      continue;
    }
    const [, word, dash, digits] = m as unknown as [string, string, string, string];
    const dot = tokens[i + 1];
    const decimals = tokens[i + 2];
    const joined = dot?.text === '.' && dot.start === t.end && decimals && decimals.start === dot.end && /^\d+$/.test(decimals.text);
    const numberText = joined ? `${digits}.${decimals.text}` : digits;
    const at = t.start + word.length + dash.length;
    out.push({ text: word, lower: word, pos: 'NOUN', start: t.start, end: t.start + word.length });
    out.push({ text: dash, lower: dash, pos: 'PUNCT', start: t.start + word.length, end: at });
    out.push({ text: numberText, lower: numberText, pos: 'NUM', start: at, end: at + numberText.length });
    if (joined) i += 2;
  }
  return out;
}
