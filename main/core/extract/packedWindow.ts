// A planned and tagged window (planWindows.ts), packed to pass from the thread
// that plans and tags to the thread that reads, and unpacked there as the
// reading needs it. Copying a window's tens of thousands of small objects
// between threads would cost the reading thread more than the work saves it;
// so paragraphs and sentences travel as offsets into the text, which the
// reading thread has, and a token as four numbers, its text and tag as
// indexes into the window's list of distinct strings, which repeat a great
// deal ("the", "said", NOUN). The tagging thread makes no tokens at all: it
// packs the tagger's output as it is read (TokenPacker), and the reading
// thread makes the tokens, and repairs them as tagSentences does.
import type { SentenceText } from '../text/sentences';
import type { TaggedWindow } from './claimReader';
import { lowerCase } from './lowerCase';
import type { PlannedWindow, ReadParagraph } from './planWindows';
import { hintsCode, hintsOfCode } from './sentenceFilter';
import { repairTokens } from './tokenRepairs';
import type { TakeToken, Token } from './tokens';

export interface PackedWindow {
  /** Three numbers a paragraph: its start, its length and its number of sentences. */
  paragraphs: Int32Array<ArrayBuffer>;
  /** Three numbers a sentence, paragraph by paragraph: its start, its length and its hints (hintsCode). */
  sentences: Int32Array<ArrayBuffer>;
  /** The tagged sentences, as indexes among the window's sentences, in the order of their tokens. */
  tagged: Int32Array<ArrayBuffer>;
  /** Tokens in each tagged sentence, as the tagger read it. */
  counts: Int32Array<ArrayBuffer>;
  /** Four numbers a token, as the tagger read it (before repairTokens): its text and tag as indexes into `words`, then its start and end in the whole text. */
  tokens: Int32Array<ArrayBuffer>;
  /** The distinct strings of the tokens. */
  words: string[];
}

/** The arrays to transfer, not copy, when a packed window is posted. */
export function transferables(packed: PackedWindow): ArrayBuffer[] {
  return [packed.paragraphs.buffer, packed.sentences.buffer, packed.tagged.buffer, packed.counts.buffer, packed.tokens.buffer];
}

/** Fields per token in PackedWindow.tokens. */
const FIELDS = 4;

/** The tokens of sentences as the tagger reads them (readTokens), packed as they come. */
export class TokenPacker {
  private readonly counts: Int32Array<ArrayBuffer>;
  private tokens = new Int32Array(1 << 16);
  private length = 0;
  private readonly words: string[] = [];
  private readonly index = new Map<string, number>();

  constructor(sentences: number) {
    this.counts = new Int32Array(sentences);
  }

  readonly take: TakeToken = (sentence, text, pos, start, end) => {
    if (this.length + FIELDS > this.tokens.length) {
      const grown = new Int32Array(this.tokens.length * 2);
      grown.set(this.tokens);
      this.tokens = grown;
    }
    const k = this.length;
    this.tokens[k] = this.wordAt(text);
    this.tokens[k + 1] = this.wordAt(pos);
    this.tokens[k + 2] = start;
    this.tokens[k + 3] = end;
    this.length += FIELDS;
    this.counts[sentence]!++;
  };

  packed(): Pick<PackedWindow, 'counts' | 'tokens' | 'words'> {
    return { counts: this.counts, tokens: this.tokens.slice(0, this.length), words: this.words };
  }

  private wordAt(word: string): number {
    let i = this.index.get(word);
    if (i === undefined) this.index.set(word, (i = this.words.push(word) - 1));
    return i;
  }
}

/** The window, with `tagged`, sentences of the window, and their tokens as `packer` took them. */
export function packWindow(window: PlannedWindow, tagged: readonly SentenceText[], packer: TokenPacker): PackedWindow {
  const index = new Map<SentenceText, number>();
  const paragraphs = new Int32Array(window.paragraphs.length * 3);
  const sentences = new Int32Array(window.paragraphs.reduce((n, p) => n + p.sentences.length, 0) * 3);
  let i = 0;
  window.paragraphs.forEach(({ paragraph, sentences: own, hints }, k) => {
    paragraphs[k * 3] = paragraph.start;
    paragraphs[k * 3 + 1] = paragraph.text.length;
    paragraphs[k * 3 + 2] = own.length;
    own.forEach((s, j) => {
      index.set(s, i);
      sentences[i * 3] = s.start;
      sentences[i * 3 + 1] = s.text.length;
      sentences[i * 3 + 2] = hintsCode(hints[j] ?? null);
      i++;
    });
  });
  const at = tagged.map((s) => {
    const i = index.get(s);
    if (i === undefined) throw new Error(`a sentence at ${s.start} is not one of the window's`);
    return i;
  });
  return { paragraphs, sentences, tagged: Int32Array.from(at), ...packer.packed() };
}

/**
 * The window's paragraphs as planWindows read them, sliced from `text`, and
 * its tagged sentences. Each sentence's tokens are unpacked only when asked
 * for: a window's tokens unpacked at once would live as long as the window is
 * read, and the reading thread's young garbage collections would copy them
 * again and again. A sentence that was not tagged is a fault in the plan.
 */
export function unpackWindow(text: string, packed: PackedWindow): { paragraphs: ReadParagraph[]; tagged: TaggedWindow } {
  const all: SentenceText[] = [];
  const paragraphs: ReadParagraph[] = [];
  const p = packed.paragraphs;
  const s = packed.sentences;
  for (let k = 0, i = 0; k < p.length; k += 3) {
    const paragraph = { text: text.slice(p[k]!, p[k]! + p[k + 1]!), start: p[k]! };
    const read: ReadParagraph = { paragraph, sentences: [], hints: [] };
    for (const end = i + p[k + 2]! * 3; i < end; i += 3) {
      const sentence = { text: text.slice(s[i]!, s[i]! + s[i + 1]!), start: s[i]! };
      read.sentences.push(sentence);
      read.hints.push(hintsOfCode(s[i + 2]!));
      all.push(sentence);
    }
    paragraphs.push(read);
  }
  // each tagged sentence's first token, and after the last the number of tokens
  const firstToken = new Map<SentenceText, [number, number]>();
  let first = 0;
  packed.tagged.forEach((i, n) => {
    firstToken.set(all[i]!, [first, first + packed.counts[n]!]);
    first += packed.counts[n]!;
  });
  const { tokens, words } = packed;
  // each word's lower case, found once for the window
  const lower: (string | undefined)[] = [];
  const tagged: TaggedWindow = (sentence) => {
    const range = firstToken.get(sentence);
    if (!range) throw new Error(`a sentence at ${sentence.start} was not tagged ahead`);
    const own: Token[] = [];
    for (let k = range[0] * FIELDS, end = range[1] * FIELDS; k < end; k += FIELDS) {
      const w = tokens[k]!;
      const text = words[w]!;
      own.push({ text, lower: (lower[w] ??= lowerCase(text)), pos: words[tokens[k + 1]!]!, start: tokens[k + 2]!, end: tokens[k + 3]! });
    }
    return { tokens: repairTokens(own), start: sentence.start, end: sentence.start + sentence.text.length };
  };
  return { paragraphs, tagged };
}
