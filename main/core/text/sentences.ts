// Text → paragraphs → sentences, with offsets into the text. Shared by the
// extractor (which tags sentences) and the revision diff (which aligns them).
//
// Paragraphs are split first, on blank lines, so that headings and link lines
// with no full stop never merge into the sentence after them; then sentences.

export interface Paragraph {
  text: string;
  start: number;
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

/**
 * A sentence ends at ".", "!" or "?" (with any closing quotes or brackets)
 * followed by space and a capital, a digit or an opening quote; or at a line
 * break inside a paragraph. Intl.Segmenter applies the same rule (UAX #29) but
 * cost a tenth of all extraction time, and breaks after titles all the same.
 */
const SENTENCE_END = /[.!?]+["”’)\]]*\s+(?=["“‘([]?[A-Z0-9])|\n+/g;
/** Titles and initials before a full stop that does not end the sentence: "Mr. Smith", "Gen. Jones", "J. Smith". */
const TITLE = /(?:^|[\s(“"])(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Sgt|Cpl|Pvt|Adm|Gov|Sen|Rep|Rev|Hon|St|Mt|Ft|No|Nos|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z]|(?:[A-Z]\.)+[A-Z])$/;
const INITIALISM = /(?:[A-Z]\.)+[A-Z]$/;
const OPENER = /^(?:The|A|An|He|She|It|They|We|I|But|And|This|That|These|Those|In|On|At|There)\s/;
/** "7 p.m. Saturday", "8 p.m. ET": a time of day goes on into its day or its time zone. */
const TIME_OF_DAY = /\b[ap]\.m$/i;
const AFTER_TIME = /^\s+(?:\(|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|ET|EST|EDT|PT|PST|PDT|CT|CST|CDT|GMT|UTC|BST|CET|CEST)\b)/;

export interface SentenceText {
  text: string;
  start: number;
}

/**
 * A line break inside a paragraph ends a short line with no full stop (a
 * heading, a teaser, a list item), but a long line that stops mid-sentence was
 * only wrapped, as plain-text captures often are.
 */
const WRAPPED_LINE_AT_LEAST = 50;

function isWrapped(text: string, breakAt: number): boolean {
  const lineStart = text.lastIndexOf('\n', breakAt - 1) + 1;
  const line = text.slice(lineStart, breakAt).trimEnd();
  return line.length >= WRAPPED_LINE_AT_LEAST && !/[.!?:"”’)]$/.test(line);
}

export function splitSentences(paragraph: Paragraph): SentenceText[] {
  const text = paragraph.text;
  const out: SentenceText[] = [];
  let from = 0;
  const push = (end: number): void => {
    const piece = text.slice(from, end);
    const lead = piece.length - piece.trimStart().length;
    const body = piece.trim();
    if (body) out.push({ text: body, start: paragraph.start + from + lead });
  };
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    if (m[0][0] === '\n' && isWrapped(text, m.index)) continue;
    if (m[0][0] === '.') {
      // the word before the stop: a title, an initial or an initialism ("U.S. Geological Survey") keeps the sentence going
      const before = text.slice(Math.max(from, m.index - 6), m.index);
      // an initialism ends a sentence before a word that only opens one: "... in the U.S. The company said"
      if (TITLE.test(before) && !(INITIALISM.test(before) && OPENER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8)))) continue;
      if (TIME_OF_DAY.test(before) && AFTER_TIME.test(text.slice(m.index + 1, m.index + 12))) continue;
    }
    const end = m.index + m[0].trimEnd().length;
    push(end);
    from = m.index + m[0].length;
  }
  push(text.length);
  return out;
}
