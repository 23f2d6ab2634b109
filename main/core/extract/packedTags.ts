// Tagged sentences packed to pass from a thread that tags to the thread that
// reads. Copying a window's tens of thousands of small token objects between
// threads would cost the reading thread more than the tagging saves it; so a
// token travels as five numbers, its three strings (as written, lower case,
// tag) as indexes into the window's list of distinct strings, which repeat a
// great deal ("the", "said", NOUN). The tokens come back as the tagger gave
// them, with the same strings.
import type { SentenceText } from '../text/sentences';
import type { Sentence, Token } from './tokens';

export interface PackedSentences {
  /** Tokens in each sentence, in order. */
  counts: Int32Array<ArrayBuffer>;
  /** Five numbers a token: its text, lower case and tag as indexes into `words`, then its start and end in the whole text. */
  tokens: Int32Array<ArrayBuffer>;
  /** The distinct strings of the tokens. */
  words: string[];
}

/** Fields per token in PackedSentences.tokens. */
const FIELDS = 5;

export function packSentences(sentences: readonly Sentence[]): PackedSentences {
  let total = 0;
  for (const s of sentences) total += s.tokens.length;
  const counts = new Int32Array(sentences.length);
  const tokens = new Int32Array(total * FIELDS);
  const words: string[] = [];
  const index = new Map<string, number>();
  const wordAt = (word: string): number => {
    let i = index.get(word);
    if (i === undefined) index.set(word, (i = words.push(word) - 1));
    return i;
  };
  let k = 0;
  sentences.forEach((s, i) => {
    counts[i] = s.tokens.length;
    for (const token of s.tokens) {
      tokens[k] = wordAt(token.text);
      tokens[k + 1] = token.lower === token.text ? tokens[k]! : wordAt(token.lower);
      tokens[k + 2] = wordAt(token.pos);
      tokens[k + 3] = token.start;
      tokens[k + 4] = token.end;
      k += FIELDS;
    }
  });
  return { counts, tokens, words };
}

/**
 * The tagged sentences packed for `sentences` (the sentences given to the
 * tagger, in the same order), each unpacked only when asked for: a window's
 * tokens unpacked at once would live as long as the window is read, and the
 * reading thread's young garbage collections would copy them again and again.
 */
export class PackedWindow {
  /** Each sentence's index among the sentences. */
  private readonly index = new Map<SentenceText, number>();
  /** Each sentence's first token, and after them the number of tokens. */
  private readonly firstToken: Int32Array;

  constructor(
    sentences: readonly SentenceText[],
    private readonly packed: PackedSentences,
  ) {
    const { counts } = packed;
    if (counts.length !== sentences.length) throw new Error(`${sentences.length} sentences were tagged, ${counts.length} came back`);
    this.firstToken = new Int32Array(sentences.length + 1);
    sentences.forEach((s, i) => {
      this.index.set(s, i);
      this.firstToken[i + 1] = this.firstToken[i]! + counts[i]!;
    });
  }

  /** The tagged form of one of the sentences, undefined for any other. */
  sentence(sentence: SentenceText): Sentence | undefined {
    const i = this.index.get(sentence);
    if (i === undefined) return undefined;
    const { tokens, words } = this.packed;
    const own: Token[] = [];
    for (let k = this.firstToken[i]! * FIELDS, end = this.firstToken[i + 1]! * FIELDS; k < end; k += FIELDS) {
      own.push({ text: words[tokens[k]!]!, lower: words[tokens[k + 1]!]!, pos: words[tokens[k + 2]!]!, start: tokens[k + 3]!, end: tokens[k + 4]! });
    }
    return { tokens: own, start: sentence.start, end: sentence.start + sentence.text.length };
  }
}
