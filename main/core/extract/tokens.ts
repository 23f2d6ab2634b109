// Text → paragraphs → sentences → tagged tokens with offsets into the text.
//
// wink-nlp does the tokens, sentence breaks and part-of-speech tags: it keeps
// "1,500", "54-46" and "U.S." whole and survives "Mr." and "Gen.". Paragraphs
// are split first, on blank lines, so that headings and link lines with no
// full stop never merge into the sentence after them. Only paragraphs that
// could hold a figure reach the tagger (see `mayHoldFigure`): tagging is the
// expensive step, and most prose has none.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

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

export interface Paragraph {
  text: string;
  start: number;
}

let tagger: ReturnType<typeof winkNLP> | null = null;

/** Loading the model takes tens of milliseconds; it happens once, on first use. */
function getTagger(): ReturnType<typeof winkNLP> {
  tagger ??= winkNLP(model, ['sbd', 'pos']);
  return tagger;
}

/**
 * A longer run of text is cut at line breaks, then at sentence ends, into
 * pieces of at most this many characters, so that one huge paragraph (a
 * 50 MB file with no blank line) costs time in proportion to its length.
 */
const MAX_PARAGRAPH = 20_000;

export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const blank = /\n[ \t\r\f\v]*\n\s*/g;
  let from = 0;
  const push = (end: number): void => {
    const raw = text.slice(from, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) pushBounded(out, body, from + lead);
  };
  for (let m = blank.exec(text); m; m = blank.exec(text)) {
    push(m.index);
    from = m.index + m[0].length;
  }
  push(text.length);
  return out;
}

function pushBounded(out: Paragraph[], body: string, start: number): void {
  if (body.length <= MAX_PARAGRAPH) {
    out.push({ text: body, start });
    return;
  }
  let from = 0;
  while (from < body.length) {
    let end = Math.min(body.length, from + MAX_PARAGRAPH);
    if (end < body.length) {
      const window = body.slice(from, end);
      const cut = Math.max(window.lastIndexOf('\n'), window.lastIndexOf('. '));
      if (cut > MAX_PARAGRAPH / 2) end = from + cut + 1;
    }
    const piece = body.slice(from, end);
    const lead = piece.length - piece.trimStart().length;
    if (piece.trim()) out.push({ text: piece.trim(), start: start + from + lead });
    from = end;
  }
}

/** The paragraph's sentences, tagged. Offsets are found by walking the paragraph with the tokens in order. */
export function tagParagraph(paragraph: Paragraph): Sentence[] {
  const nlp = getTagger();
  const its = nlp.its;
  const doc = nlp.readDoc(paragraph.text);
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const all: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const text = values[i]!;
    const at = paragraph.text.indexOf(text, cursor);
    // wink keeps every token's characters; if one ever came back changed, the
    // token keeps the cursor's place rather than jumping to a later match.
    const start = at >= 0 && at - cursor < 64 ? at : cursor;
    const end = at >= 0 && at - cursor < 64 ? at + text.length : cursor;
    cursor = end;
    all.push({ text, lower: text.toLowerCase(), pos: tags[i] ?? 'X', start: paragraph.start + start, end: paragraph.start + end });
  }
  const sentences: Sentence[] = [];
  let index = 0;
  doc.sentences().each((sentence: { tokens(): { length(): number } }) => {
    const count = sentence.tokens().length();
    const tokens = all.slice(index, index + count).filter((t) => t.pos !== 'SPACE' && t.text.trim() !== '');
    index += count;
    if (tokens.length) sentences.push({ tokens, start: tokens[0]!.start, end: tokens.at(-1)!.end });
  });
  return sentences;
}
