// Pairs the figures of two versions: the same figure in both (changed when its
// value did), and the ones that appeared or disappeared. Figures are paired
// first inside each pair of aligned sentences, then across the whole text, so
// a sentence split in two or moved still keeps its figures' history.
import type { ExtractedClaim, FigureChange, FigureSide } from '../model';
import { figureKey, keyString } from '../compare/figureKey';
import { eventIncidents, incidentOf } from '../compare/incidents';
import { greedyPairs } from './greedyPairs';

/** A claim as the diff needs it; `id` when it is stored in a library. */
export type DiffClaim = ExtractedClaim & { id?: number | undefined };

/** Which claims stand in which aligned sentence pair: indexes into the claim lists. */
export interface ClaimsBySentencePair {
  before: number[];
  after: number[];
}

/** Inside one sentence pair, any likeness will do; across the text, the figure key must match and something more. */
const PAIR_IN_SENTENCE = 1;
const PAIR_ANYWHERE = 5;

function sameAmount(a: DiffClaim, b: DiffClaim): boolean {
  return a.value === b.value && a.low === b.low && a.high === b.high && a.approx === b.approx;
}

/**
 * How alike two figures are: the same figure key (what is counted, whose,
 * how meant, in which unit and incident: compare/figureKey.ts) outweighs
 * everything else, so "Trump now has 996 delegates" pairs with "pushed him to
 * 1,047 delegates" and not with Cruz's 565; then the counted thing, what
 * happened to it, the source, the amount and the place in the sentence.
 */
function likeness(a: DiffClaim, b: DiffClaim, keyA: string | null, keyB: string | null, rankA: number, rankB: number): number {
  let score = 0;
  if (keyA !== null && keyA === keyB) score += 4;
  else if (keyA !== null && keyB !== null && scopeOf(keyA) !== scopeOf(keyB) && thingOf(keyA) === thingOf(keyB)) score -= 2;
  if (a.entity && a.entity === b.entity) score += 3;
  if (a.measure && a.measure === b.measure) score += 2;
  if ((a.source ?? '') === (b.source ?? '')) score += 0.5;
  if (sameAmount(a, b)) score += 1;
  if (rankA === rankB) score += 0.5;
  // a revised number moves by a fraction of itself more often than by a factor: 996 → 1,047, not 996 → 51
  const va = a.value ?? a.low ?? a.high;
  const vb = b.value ?? b.low ?? b.high;
  if (va && vb) {
    const ratio = Math.max(va, vb) / Math.min(va, vb);
    if (ratio <= 1.5) score += 1;
    else if (ratio > 3) score -= 1;
  }
  // "canceled on Saturday" and "canceled on Sunday" are two figures, whatever else they share
  const dayA = a.incident.find((t) => t.startsWith('day:'));
  const dayB = b.incident.find((t) => t.startsWith('day:'));
  if (dayA && dayB && dayA !== dayB) return -Infinity;
  return score;
}

const thingOf = (key: string): string => key.slice(0, key.lastIndexOf('|'));
const scopeOf = (key: string): string => key.slice(key.lastIndexOf('|') + 1);

/** Each claim's figure key, read against both versions as one event, so a revision's parts and background stay apart. */
function keysOf(claimsBefore: readonly DiffClaim[], claimsAfter: readonly DiffClaim[], texts: { before: string; after: string }): [(string | null)[], (string | null)[]] {
  const event = eventIncidents([...claimsBefore, ...claimsAfter], [texts.before, texts.after]);
  const keyOf = (c: DiffClaim): string | null => {
    const k = figureKey(c);
    if (!k) return null;
    const incident = incidentOf(c, event);
    return keyString(incident ? { ...k, scope: [...k.scope, incident].sort() } : k);
  };
  return [claimsBefore.map(keyOf), claimsAfter.map(keyOf)];
}

function pair(
  before: readonly number[],
  after: readonly number[],
  claimsBefore: readonly DiffClaim[],
  claimsAfter: readonly DiffClaim[],
  keys: [(string | null)[], (string | null)[]],
  threshold: number,
): [number, number][] {
  return greedyPairs(before, after, (b, a, rb, ra) => likeness(claimsBefore[b]!, claimsAfter[a]!, keys[0][b]!, keys[1][a]!, rb, ra), threshold);
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
  const keys = keysOf(claimsBefore, claimsAfter, texts);
  const pairedB = new Set<number>();
  const pairedA = new Set<number>();
  const pairs: [number, number][] = [];
  for (const group of bySentencePair) {
    if (!group.before.length || !group.after.length) continue;
    for (const p of pair(group.before, group.after, claimsBefore, claimsAfter, keys, PAIR_IN_SENTENCE)) {
      pairs.push(p);
      pairedB.add(p[0]);
      pairedA.add(p[1]);
    }
  }
  const restB = claimsBefore.map((_, i) => i).filter((i) => !pairedB.has(i));
  const restA = claimsAfter.map((_, i) => i).filter((i) => !pairedA.has(i));
  if (restB.length * restA.length <= MAX_COMPARISONS) {
    for (const p of pair(restB, restA, claimsBefore, claimsAfter, keys, PAIR_ANYWHERE)) {
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
