// One-to-one pairing by likeness, most alike first: used for sentences
// (alignSentences.ts) and for figures (figureChanges.ts).

/**
 * Pairs items of `before` with items of `after`, each used once, taking the
 * highest `score` first (ties: the earlier `after` item), down to `threshold`.
 */
export function greedyPairs(
  before: readonly number[],
  after: readonly number[],
  score: (b: number, a: number, rankB: number, rankA: number) => number,
  threshold: number,
): [number, number][] {
  const candidates: { b: number; a: number; score: number }[] = [];
  before.forEach((b, rb) =>
    after.forEach((a, ra) => {
      const s = score(b, a, rb, ra);
      if (s >= threshold) candidates.push({ b, a, score: s });
    }),
  );
  candidates.sort((x, y) => y.score - x.score || x.a - y.a);
  const takenB = new Set<number>();
  const takenA = new Set<number>();
  const out: [number, number][] = [];
  for (const c of candidates) {
    if (takenB.has(c.b) || takenA.has(c.a)) continue;
    takenB.add(c.b);
    takenA.add(c.a);
    out.push([c.b, c.a]);
  }
  return out;
}
