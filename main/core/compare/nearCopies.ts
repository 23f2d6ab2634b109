// Articles whose text is another article's text: a wire story reprinted by a
// second outlet, perhaps with a paragraph added or cut. Such a copy repeats
// its original; it never confirms it. Compared on runs of five words, so the
// same facts in different words do not count as a copy.
import { wordRuns } from '../text/wordRuns';

export interface CopyCandidate {
  articleId: number;
  /** Earlier articles come first; the later of two near-identical texts is the copy. */
  text: string;
}

/** Share of the shorter text's word runs found in the other: a reprint with a changed paragraph still passes. */
export const COPY_CONTAINMENT = 0.8;
/** Below this many runs a text is too short to call a copy. */
const MIN_RUNS = 20;

/** How many earlier articles a word run is looked up in: boilerplate shared by every text stops costing once it is this common. */
const POSTING_LIMIT = 64;

/**
 * Each later article that copies an earlier one → that earlier article (the
 * first it copies). Earlier articles are found through an index from word
 * run to the articles holding it, so a thousand articles cost a pass over
 * their runs, not a comparison of every pair.
 */
export function findNearCopies(articles: readonly CopyCandidate[]): Map<number, number> {
  const runs = articles.map((a) => wordRuns(a.text));
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
