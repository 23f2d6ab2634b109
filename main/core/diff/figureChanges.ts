// Pairs the figures of two versions: the same figure in both (changed when its
// value did), and the ones that appeared or disappeared. Figures are paired
// first inside each pair of aligned sentences, then across the whole text, so
// a sentence split in two or moved still keeps its figures' history.
import type { ExtractedClaim, FigureChange, FigureSide } from '../model';
import { greedyPairs } from './greedyPairs';

/** A claim as the diff needs it; `id` when it is stored in a library. */
export type DiffClaim = ExtractedClaim & { id?: number | undefined };

/** Which claims stand in which aligned sentence pair: indexes into the claim lists. */
export interface ClaimsBySentencePair {
  before: number[];
  after: number[];
}

/** Inside one sentence pair, any likeness will do; across the text, the thing counted must match. */
const PAIR_IN_SENTENCE = 1;
const PAIR_ANYWHERE = 3;

function sameAmount(a: DiffClaim, b: DiffClaim): boolean {
  return a.value === b.value && a.low === b.low && a.high === b.high && a.approx === b.approx;
}

function likeness(a: DiffClaim, b: DiffClaim, rankA: number, rankB: number): number {
  let score = 0;
  if (a.entity && a.entity === b.entity) score += 3;
  if (a.measure && a.measure === b.measure) score += 2;
  if ((a.source ?? '') === (b.source ?? '')) score += 0.5;
  if (sameAmount(a, b)) score += 1;
  if (rankA === rankB) score += 0.5;
  return score;
}

function pair(before: readonly number[], after: readonly number[], claimsBefore: readonly DiffClaim[], claimsAfter: readonly DiffClaim[], threshold: number): [number, number][] {
  return greedyPairs(before, after, (b, a, rb, ra) => likeness(claimsBefore[b]!, claimsAfter[a]!, rb, ra), threshold);
}

function side(text: string, c: DiffClaim): FigureSide {
  return {
    value: c.value,
    low: c.low,
    high: c.high,
    approx: c.approx,
    text: text.slice(c.start, c.end),
    start: c.start,
    end: c.end,
    sentenceStart: c.sentenceStart,
    sentenceEnd: c.sentenceEnd,
    subject: c.subject,
    source: c.source,
    claimId: c.id ?? null,
  };
}

/** Global pairing compares every leftover with every other; past this many pairs, leftovers stay appeared and disappeared. */
const MAX_COMPARISONS = 40_000;

export function figureChanges(
  texts: { before: string; after: string },
  claimsBefore: readonly DiffClaim[],
  claimsAfter: readonly DiffClaim[],
  bySentencePair: readonly ClaimsBySentencePair[],
): FigureChange[] {
  const pairedB = new Set<number>();
  const pairedA = new Set<number>();
  const pairs: [number, number][] = [];
  for (const group of bySentencePair) {
    if (!group.before.length || !group.after.length) continue;
    for (const p of pair(group.before, group.after, claimsBefore, claimsAfter, PAIR_IN_SENTENCE)) {
      pairs.push(p);
      pairedB.add(p[0]);
      pairedA.add(p[1]);
    }
  }
  const restB = claimsBefore.map((_, i) => i).filter((i) => !pairedB.has(i));
  const restA = claimsAfter.map((_, i) => i).filter((i) => !pairedA.has(i));
  if (restB.length * restA.length <= MAX_COMPARISONS) {
    for (const p of pair(restB, restA, claimsBefore, claimsAfter, PAIR_ANYWHERE)) {
      pairs.push(p);
      pairedB.add(p[0]);
      pairedA.add(p[1]);
    }
  }

  const changes: { at: number; change: FigureChange }[] = [];
  for (const [b, a] of pairs) {
    const cb = claimsBefore[b]!;
    const ca = claimsAfter[a]!;
    if (sameAmount(cb, ca)) continue;
    changes.push({ at: ca.start, change: { kind: 'changed', before: side(texts.before, cb), after: side(texts.after, ca) } });
  }
  claimsAfter.forEach((c, a) => {
    if (!pairedA.has(a)) changes.push({ at: c.start, change: { kind: 'appeared', before: null, after: side(texts.after, c) } });
  });
  // a disappeared figure is placed by where its sentence's neighbour in the later text stands; its own offset is close enough
  claimsBefore.forEach((c, b) => {
    if (!pairedB.has(b)) changes.push({ at: c.start, change: { kind: 'disappeared', before: side(texts.before, c), after: null } });
  });
  return changes.sort((x, y) => x.at - y.at).map((x) => x.change);
}
