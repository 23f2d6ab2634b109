// Lines the sentences of two versions up: kept, changed in place, moved,
// added, removed. Exact matches come first (jsdiff over whole sentences), then,
// inside each stretch that differs, the most alike removed and added sentences
// pair up as changed; what is left that reappears elsewhere is a move.
import type { DiffOptions, DiffUnitKind } from '../model';
import { optionKey } from './diffOptions';
import { greedyPairs } from './greedyPairs';
import { alignArrays } from './jsdiff';
import { containment, sameKey, similarity } from './similarity';

export interface SentenceUnit {
  text: string;
  start: number;
  end: number;
  words: string[];
}

export interface Alignment {
  kind: DiffUnitKind;
  /** Indexes into the two sentence lists. */
  before: number | null;
  after: number | null;
}

/** A removed and an added sentence this alike are one sentence, changed. */
const CHANGED_AT_LEAST = 0.5;
/** A sentence found this alike somewhere else has moved there. */
const MOVED_AT_LEAST = 0.8;
/** Pairing compares every removed sentence of a stretch with every added one; beyond this many pairs it is skipped. */
const MAX_COMPARISONS = 2_500;
/** Time the sentence alignment may take before the coarse fallback. */
const ALIGN_TIMEOUT_MS = 250;

interface Gap {
  removed: number[];
  added: number[];
  /** Same-run entries that follow the gap (indexes into before/after). */
}

type Step = { kind: 'same'; before: number; after: number } | { kind: 'gap'; gap: Gap };

export function alignSentences(
  before: readonly SentenceUnit[],
  after: readonly SentenceUnit[],
  options: DiffOptions = {},
): { alignments: Alignment[]; coarse: boolean } {
  // sentences the options make equal align as kept (or moved), whatever their case or spacing
  const keysBefore = before.map((s) => optionKey(sameKey(s.text), options));
  const keysAfter = after.map((s) => optionKey(sameKey(s.text), options));
  const runs = alignArrays(keysBefore, keysAfter, ALIGN_TIMEOUT_MS);
  const coarse = runs === null;
  const steps = runs ? stepsFromRuns(runs) : coarseSteps(keysBefore, keysAfter);

  // pair removed and added sentences inside each stretch that differs
  const pairs = new Map<number, { before: number; kind: 'changed' | 'moved' }>(); // after index → before index
  const used = new Set<number>();
  for (const step of steps) {
    if (step.kind !== 'gap' || coarse) continue;
    const { removed, added } = step.gap;
    if (!removed.length || !added.length || removed.length * added.length > MAX_COMPARISONS) continue;
    for (const [b, a] of bestPairs(removed, added, before, after, CHANGED_AT_LEAST, true)) {
      pairs.set(a, { before: b, kind: 'changed' });
      used.add(b);
    }
  }

  // moves: what is left on one side and reappears on the other
  const leftBefore = steps.flatMap((s) => (s.kind === 'gap' ? s.gap.removed : [])).filter((b) => !used.has(b));
  const leftAfter = steps.flatMap((s) => (s.kind === 'gap' ? s.gap.added : [])).filter((a) => !pairs.has(a));
  const byKey = new Map<string, number[]>();
  for (const b of leftBefore) pushTo(byKey, keysBefore[b]!, b);
  const stillAfter: number[] = [];
  for (const a of leftAfter) {
    const b = byKey.get(keysAfter[a]!)?.shift();
    if (b === undefined) stillAfter.push(a);
    else {
      pairs.set(a, { before: b, kind: 'moved' });
      used.add(b);
    }
  }
  const stillBefore = leftBefore.filter((b) => !used.has(b));
  if (!coarse && stillBefore.length * stillAfter.length <= MAX_COMPARISONS) {
    for (const [b, a] of bestPairs(stillBefore, stillAfter, before, after, MOVED_AT_LEAST)) {
      pairs.set(a, { before: b, kind: 'moved' });
      used.add(b);
    }
  }

  // reading order of the later text; a removed sentence stands where it stood
  const alignments: Alignment[] = [];
  for (const step of steps) {
    if (step.kind === 'same') {
      alignments.push({ kind: 'same', before: step.before, after: step.after });
      continue;
    }
    for (const b of step.gap.removed) if (!used.has(b)) alignments.push({ kind: 'removed', before: b, after: null });
    for (const a of step.gap.added) {
      const pair = pairs.get(a);
      alignments.push(pair ? { kind: pair.kind, before: pair.before, after: a } : { kind: 'added', before: null, after: a });
    }
  }
  return { alignments, coarse };
}

function stepsFromRuns(runs: NonNullable<ReturnType<typeof alignArrays>>): Step[] {
  const steps: Step[] = [];
  let b = 0;
  let a = 0;
  let gap: Gap | null = null;
  for (const run of runs) {
    if (run.kind === 'same') {
      gap = null;
      for (let k = 0; k < run.count; k++) steps.push({ kind: 'same', before: b++, after: a++ });
      continue;
    }
    if (!gap) {
      gap = { removed: [], added: [] };
      steps.push({ kind: 'gap', gap });
    }
    for (let k = 0; k < run.count; k++) (run.kind === 'removed' ? gap.removed : gap.added).push(run.kind === 'removed' ? b++ : a++);
  }
  return steps;
}

/**
 * When the full alignment would take too long (two large, unrelated texts):
 * sentences that appear on both sides in the same order are kept, found by
 * their exact text; everything else is added or removed. Linear time.
 */
function coarseSteps(keysBefore: readonly string[], keysAfter: readonly string[]): Step[] {
  const positions = new Map<string, number[]>();
  keysBefore.forEach((k, i) => pushTo(positions, k, i));
  const steps: Step[] = [];
  let nextBefore = 0;
  let gap: Gap | null = null;
  const openGap = (): Gap => {
    if (!gap) {
      gap = { removed: [], added: [] };
      steps.push({ kind: 'gap', gap });
    }
    return gap;
  };
  keysAfter.forEach((key, a) => {
    const list = positions.get(key);
    while (list?.length && list[0]! < nextBefore) list.shift();
    const b = list?.shift();
    if (b === undefined) {
      openGap().added.push(a);
      return;
    }
    for (let k = nextBefore; k < b; k++) openGap().removed.push(k);
    gap = null;
    steps.push({ kind: 'same', before: b, after: a });
    nextBefore = b + 1;
  });
  for (let k = nextBefore; k < keysBefore.length; k++) openGap().removed.push(k);
  return steps;
}

/** The most alike removed and added sentences, each used once, at or above `threshold`. */
function bestPairs(
  removed: readonly number[],
  added: readonly number[],
  before: readonly SentenceUnit[],
  after: readonly SentenceUnit[],
  threshold: number,
  grown = false,
): [number, number][] {
  return greedyPairs(
    removed,
    added,
    (b, a) => {
      const dice = similarity(before[b]!.words, after[a]!.words);
      // a sentence that grew or shrank by a clause is still that sentence (see `containment`), a little less surely
      return grown ? Math.max(dice, 0.8 * containment(before[b]!.words, after[a]!.words)) : dice;
    },
    threshold,
  );
}

function pushTo(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
