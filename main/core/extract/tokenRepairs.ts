// The tagger's tokens repaired where it is known to go wrong: a name it cuts
// at a dot, a decimal it splits after a hyphenated word, a capitalised word
// inside a name it takes for a verb. Apart from the tagger (tokens.ts), so
// that a thread that makes tokens of another thread's tagging (packedWindow.ts)
// repairs them without loading the tagger's model.
import type { Token } from './tokens';

/** A sentence's tokens as the tagger read them, repaired where it is known to go wrong (below). */
export function repairTokens(tokens: Token[]): Token[] {
  return repairNames(joinDomains(repairNumbers(tokens)));
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

const DOT = 46;
const endsWithDot = (text: string): boolean => text.charCodeAt(text.length - 1) === DOT;

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
    while (j + 1 < tokens.length && tokens[j + 1]!.start === tokens[j]!.end && (endsWithDot(tokens[j]!.text) || tokens[j + 1]!.text.charCodeAt(0) === DOT)) j++;
    // a token alone is never a domain name: its run is joined only when there is one
    const text = j > i ? tokens.slice(i, j + 1).map((t) => t.text).join('') : '';
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

/** A token that opens with a lower-case letter and ends with a digit or a comma, as WORD_DASH_DIGITS needs: the test every token of every tagged sentence goes through, before the expression. */
function mayBeWordDashDigits(t: Token): boolean {
  const first = t.text.charCodeAt(0);
  const last = t.text.charCodeAt(t.text.length - 1);
  return first >= 97 && first <= 122 && ((last >= 48 && last <= 57) || last === 44) && WORD_DASH_DIGITS.test(t.text);
}

/**
 * The tagger splits a decimal that follows a hyphenated word ("magnitude-7.8"
 * comes back as "magnitude-7", ".", "8") and keeps "magnitude-7" whole. The
 * word, the hyphen and the number become tokens of their own, and a decimal
 * split by the tagger is joined again, so the amount reads as 7.8.
 */
function repairNumbers(tokens: Token[]): Token[] {
  if (!tokens.some(mayBeWordDashDigits)) return tokens;
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
