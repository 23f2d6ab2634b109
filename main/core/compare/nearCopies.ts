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

function runsOf(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const runs = new Set<string>();
  for (let i = 0; i + RUN <= words.length; i++) runs.add(words.slice(i, i + RUN).join(' '));
  return runs;
}

/** Each later article that copies an earlier one → that earlier article (the first it copies). */
export function findNearCopies(articles: readonly CopyCandidate[]): Map<number, number> {
  const runs = articles.map((a) => runsOf(a.text));
  const copies = new Map<number, number>();
  for (let later = 1; later < articles.length; later++) {
    const mine = runs[later]!;
    if (mine.size < MIN_RUNS) continue;
    for (let earlier = 0; earlier < later; earlier++) {
      const theirs = runs[earlier]!;
      if (theirs.size < MIN_RUNS) continue;
      const [small, large] = mine.size <= theirs.size ? [mine, theirs] : [theirs, mine];
      // cheap bound first: even if every run of the smaller text matched, the larger must not dwarf it
      if (small.size / large.size < COPY_CONTAINMENT * 0.5) continue;
      let shared = 0;
      for (const r of small) if (large.has(r)) shared++;
      if (shared / small.size >= COPY_CONTAINMENT) {
        copies.set(articles[later]!.articleId, copies.get(articles[earlier]!.articleId) ?? articles[earlier]!.articleId);
        break;
      }
    }
  }
  return copies;
}
