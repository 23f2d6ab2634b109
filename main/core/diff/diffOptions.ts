// What the options of a comparison make equal: the key a sentence (or a
// paragraph) is compared by, and the word diff's case folding. The texts are
// never rewritten: offsets still index the versions as stored.
import type { DiffOptions } from '../model';

/** Lower-cases one character at a time where that keeps its length, so offsets into the folded text are offsets into the text. */
export function foldCase(text: string): string {
  let out = '';
  for (const c of text) {
    const lower = c.toLowerCase();
    out += lower.length === c.length ? lower : c;
  }
  return out;
}

/** The text as the options compare it; the text itself without options. */
export function optionKey(text: string, options: DiffOptions): string {
  let key = options.ignoreWhitespace ? text.replace(/\s+/g, '') : text;
  if (options.ignoreCase) key = foldCase(key);
  return key;
}

/** Whether any option is on: with none, the comparison is exactly as without options. */
export function hasOptions(options: DiffOptions): boolean {
  return !!options.ignoreCase || !!options.ignoreWhitespace;
}
