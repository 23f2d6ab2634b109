// Articles whose text is another article's text: a wire story reprinted by a
// second outlet, perhaps with a paragraph added or cut. Such a copy repeats
// its original; it never confirms it. Compared on runs of five words, so the
// same facts in different words do not count as a copy.
export interface CopyCandidate {
  articleId: number;
  /** Earlier articles come first; the later of two near-identical texts is the copy. */
  text: string;
}

const RUN = 5;
/** Share of the shorter text's word runs found in the other: a reprint with a changed paragraph still passes. */
export const COPY_CONTAINMENT = 0.8;
/** Below this many runs a text is too short to call a copy. */
const MIN_RUNS = 20;

/** Each run of five words as a 53-bit number (two 32-bit hashes side by side): no strings built per run. */
function runsOf(text: string): Set<number> {
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

/** How many earlier articles a word run is looked up in: boilerplate shared by every text stops costing once it is this common. */
const POSTING_LIMIT = 64;

/**
 * Each later article that copies an earlier one → that earlier article (the
 * first it copies). Earlier articles are found through an index from word
 * run to the articles holding it, so a thousand articles cost a pass over
 * their runs, not a comparison of every pair.
 */
export function findNearCopies(articles: readonly CopyCandidate[]): Map<number, number> {
  const runs = articles.map((a) => runsOf(a.text));
  const holders = new Map<number, number[]>();
  const copies = new Map<number, number>();
  for (let later = 0; later < articles.length; later++) {
    const mine = runs[later]!;
    if (mine.size < MIN_RUNS) continue;
    const shared = new Map<number, number>();
    for (const r of mine) for (const earlier of holders.get(r) ?? []) shared.set(earlier, (shared.get(earlier) ?? 0) + 1);
    const original = [...shared.entries()]
      .filter(([earlier, count]) => {
        const theirs = runs[earlier]!.size;
        // share of the smaller text's runs found in the other; the larger must not dwarf it
        return count / Math.min(theirs, mine.size) >= COPY_CONTAINMENT && Math.min(theirs, mine.size) / Math.max(theirs, mine.size) >= COPY_CONTAINMENT * 0.5;
      })
      .map(([earlier]) => earlier)
      .sort((a, b) => a - b)[0];
    if (original !== undefined) {
      const id = articles[original]!.articleId;
      copies.set(articles[later]!.articleId, copies.get(id) ?? id);
      // its original is in the index already: a thousand reprints of one wire story stay one entry per run
      continue;
    }
    for (const r of mine) {
      const list = holders.get(r);
      if (!list) holders.set(r, [later]);
      else if (list.length < POSTING_LIMIT) list.push(later);
    }
  }
  return copies;
}
