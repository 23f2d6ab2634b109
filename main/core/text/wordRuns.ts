// Runs of five words as numbers: how two texts are compared for shared
// wording (a reprint of a wire story, a revision of one's own story) without
// building a string per run. Two 32-bit hashes side by side make one 53-bit
// number.

const RUN = 5;

/** Each run of five words in the text, lower-cased, as a number. */
export function wordRuns(text: string): Set<number> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const hashes = words.map((w) => {
    let h = 0x811c9dc5;
    for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
    return h >>> 0;
  });
  const runs = new Set<number>();
  for (let i = 0; i + RUN <= hashes.length; i++) {
    let a = 0x9e3779b9;
    let b = 0x85ebca6b;
    for (let j = i; j < i + RUN; j++) {
      a = Math.imul(a ^ hashes[j]!, 0x27d4eb2d);
      b = Math.imul(b + hashes[j]!, 0x165667b1) ^ (b >>> 15);
    }
    runs.add((a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff));
  }
  return runs;
}
