// What the CLI prints of the outside world (file names, headlines, outlets,
// event names, error messages that quote them) goes through here: a file
// named "a\nimported   b.txt" must not forge an output line, and one whose
// name holds an escape sequence must not clear or retitle the terminal.

/** Control characters (C0, DEL, C1), line and paragraph separators, and the bidirectional overrides that reorder what is shown. */
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's whole purpose
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `text` as one printable line: each control character shown as its escape ("\n", "\u001b"). */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
