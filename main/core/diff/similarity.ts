// How alike two sentences are, and whether they differ only in minor ways.

const WORD = /[\p{L}\p{N}]+(?:[.,'’][\p{L}\p{N}]+)*/gu;

/** The sentence's words, lower-cased; numbers stay whole ("55,000,000"). */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** Dice coefficient over the two sentences' words as multisets: 1 for the same words, 0 for none in common. */
export function similarity(a: readonly string[], b: readonly string[]): number {
  if (!a.length && !b.length) return 1;
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of b) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common++;
      counts.set(w, n - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}

/**
 * How much of the shorter sentence the longer one keeps: "Three officers were
 * slightly injured." grown into "Five officers were slightly injured, and at
 * least 30 shops were damaged ..." is the same sentence, changed, though the
 * Dice coefficient is low. Sentences under four words never count this way.
 */
export function containment(a: readonly string[], b: readonly string[]): number {
  const shorter = a.length <= b.length ? a : b;
  const longer = shorter === a ? b : a;
  if (shorter.length < 4) return 0;
  return (similarity(shorter, longer) * (shorter.length + longer.length)) / 2 / shorter.length;
}

/**
 * The sentence with everything a minor edit may touch taken out: whitespace,
 * punctuation, and the style of quotation marks and apostrophes. Two sentences
 * with the same key differ only in those.
 */
export function minorKey(text: string): string {
  return (
    text
      // separators inside numbers ("1.200" is not "1,200") and a minus sign ("-12C") carry meaning: keep them
      .replace(/(?<=\d)\.(?=\d)/g, '\u0001')
      .replace(/(?<=\d),(?=\d)/g, '\u0002')
      .replace(/(?<=\d):(?=\d)/g, '\u0003')
      .replace(/[-−](?=\d)/g, '\u0004')
      // punctuation (quotation marks and apostrophes of any style included) and spacing go; symbols such as $ £ % stay
      .replace(/[\p{P}\s]+/gu, ' ')
      .trim()
  );
}

/** Whitespace runs collapsed: the key two sentences must share to count as the same. */
export function sameKey(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
