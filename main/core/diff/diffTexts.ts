// main/core/diff: what changed between two versions of an article, built for
// prose and for figures. Pure: the caller supplies both texts and their claims
// (stored ones for library versions, freshly extracted ones for files).
//
// Sentences are aligned first (alignSentences.ts), words are diffed only inside
// changed sentences (jsdiff.ts), edits of punctuation, spacing or quotation
// marks alone are marked minor (similarity.ts), and figures are paired across
// the two versions (figureChanges.ts).
import type { DiffOptions, DiffSummary, DiffUnit, VersionDiff } from '../model';
import { splitParagraphs, splitSentences } from '../text/sentences';
import { alignSentences, type SentenceUnit } from './alignSentences';
import { foldCase, optionKey } from './diffOptions';
import { figureChanges, type ClaimsBySentencePair, type DiffClaim } from './figureChanges';
import { diffSentenceWords } from './jsdiff';
import { minorKey, wordsOf } from './similarity';

export type { DiffClaim } from './figureChanges';

/** Below this share of unchanged text, the later version is a rewrite: both texts side by side serve better. */
export const REWRITE_BELOW = 0.3;
/** Time one sentence's word diff may take; a sentence that needs longer is shown as replaced. */
const WORD_DIFF_TIMEOUT_MS = 20;
/** Over this many characters in all, sentences are aligned but words are not diffed. */
const WORD_DIFF_BUDGET = 400_000;

function sentencesOf(text: string): SentenceUnit[] {
  return splitParagraphs(text).flatMap((p) =>
    splitSentences(p).map((s) => ({ text: s.text, start: s.start, end: s.start + s.text.length, words: wordsOf(s.text) })),
  );
}

/** The index of the sentence holding `offset`, by binary search over sentence starts; -1 outside every sentence. */
function sentenceAt(sentences: readonly SentenceUnit[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

export interface DiffInput {
  before: string;
  after: string;
  claimsBefore: readonly DiffClaim[];
  claimsAfter: readonly DiffClaim[];
  /** What the comparison ignores (case, spacing); nothing when left out. */
  options?: DiffOptions | undefined;
}

/**
 * Past this product of the two texts' sentence counts (about 20,000 sentences
 * each, some 1.5 MB of text, far beyond any article), sentences are not
 * aligned at all: splitting and aligning a 31 MB text against a 1 MB one took
 * seconds and answered with a quarter of a million units. Paragraphs are
 * matched whole instead.
 */
const MAX_SENTENCE_PRODUCT = 400_000_000;

/** About how many sentences a text has, counted without splitting it. */
function sentenceEstimate(text: string): number {
  return (text.match(/[.!?]["”’)]?\s/g)?.length ?? 0) + 1;
}

export function diffTexts(input: DiffInput): VersionDiff {
  if (sentenceEstimate(input.before) * sentenceEstimate(input.after) > MAX_SENTENCE_PRODUCT) return paragraphDiff(input);
  const before = sentencesOf(input.before);
  const after = sentencesOf(input.after);
  const options = input.options ?? {};
  const { alignments, coarse: alignedCoarsely } = alignSentences(before, after, options);
  const coarse = alignedCoarsely || input.before.length + input.after.length > WORD_DIFF_BUDGET * 2;

  let wordBudget = WORD_DIFF_BUDGET;
  const units: DiffUnit[] = alignments.map((aligned) => {
    let al = aligned;
    const b = al.before === null ? null : before[al.before]!;
    const a = al.after === null ? null : after[al.after]!;
    // what the options ignore is no difference: a sentence changed only in case or spacing is kept
    const differs = !!b && !!a && optionKey(b.text, options) !== optionKey(a.text, options);
    // sentences matched on their collapsed spacing but spaced differently: a minor change, shown only when asked for
    if (al.kind === 'same' && differs) al = { ...al, kind: 'changed' };
    else if (al.kind === 'changed' && !differs) al = { ...al, kind: 'same' };
    const fold = (text: string): string => (options.ignoreCase ? foldCase(text) : text);
    const minor = differs && minorKey(fold(b.text)) === minorKey(fold(a.text));
    let parts: DiffUnit['parts'] = null;
    if (differs && !coarse && wordBudget > 0) {
      wordBudget -= b.text.length + a.text.length;
      parts = diffSentenceWords(b.text, a.text, WORD_DIFF_TIMEOUT_MS, options.ignoreCase);
    }
    return {
      kind: al.kind,
      minor,
      before: b ? { start: b.start, end: b.end } : null,
      after: a ? { start: a.start, end: a.end } : null,
      parts,
    };
  });

  // which claims sit in which aligned pair of sentences
  const figuresBefore = input.claimsBefore.filter((c) => c.kind === 'figure');
  const figuresAfter = input.claimsAfter.filter((c) => c.kind === 'figure');
  const pairOfBefore = new Map<number, number>();
  const pairOfAfter = new Map<number, number>();
  alignments.forEach((al, i) => {
    if (al.before !== null) pairOfBefore.set(al.before, i);
    if (al.after !== null) pairOfAfter.set(al.after, i);
  });
  const groups: ClaimsBySentencePair[] = alignments.map(() => ({ before: [], after: [] }));
  figuresBefore.forEach((c, i) => {
    const unit = pairOfBefore.get(sentenceAt(before, c.start));
    if (unit !== undefined) groups[unit]!.before.push(i);
  });
  figuresAfter.forEach((c, i) => {
    const unit = pairOfAfter.get(sentenceAt(after, c.start));
    if (unit !== undefined) groups[unit]!.after.push(i);
  });
  const figures = figureChanges({ before: input.before, after: input.after }, figuresBefore, figuresAfter, groups);

  const count = (kind: DiffUnit['kind']): number => units.filter((u) => u.kind === kind).length;
  const afterChars = after.reduce((n, s) => n + s.end - s.start, 0);
  // kept text: whole sentences kept or moved as they were, minor edits, and the unchanged words of changed sentences
  const keptChars = units.reduce((n, u) => {
    if (!u.after) return n;
    if (u.kind === 'same' || ((u.kind === 'moved' || u.kind === 'changed') && (u.minor || !u.parts))) {
      return u.kind === 'changed' && !u.minor ? n : n + u.after.end - u.after.start;
    }
    return n + (u.parts ?? []).reduce((k, p) => (p.kind === 'same' ? k + p.text.length : k), 0);
  }, 0);
  const unchangedShare = afterChars === 0 ? (before.length === 0 ? 1 : 0) : keptChars / afterChars;
  const summary: DiffSummary = {
    sentencesBefore: before.length,
    sentencesAfter: after.length,
    added: count('added'),
    removed: count('removed'),
    changed: count('changed'),
    moved: count('moved'),
    minor: units.filter((u) => u.kind === 'changed' && u.minor).length,
    figuresChanged: figures.filter((f) => f.kind === 'changed').length,
    figuresAppeared: figures.filter((f) => f.kind === 'appeared').length,
    figuresDisappeared: figures.filter((f) => f.kind === 'disappeared').length,
    unchangedShare: Math.round(unchangedShare * 1000) / 1000,
    rewrite: unchangedShare < REWRITE_BELOW && before.length > 0 && after.length > 0,
    coarse,
  };
  return { summary, units, figureChanges: figures, texts: { before: input.before, after: input.after } };
}

/**
 * The coarse diff of texts far too large to align by sentence: a paragraph of
 * the later text is kept when the earlier text has it word for word, added
 * otherwise; the earlier text's other paragraphs were removed. Figures pair
 * only within kept paragraphs' places, so the rest appear or disappear.
 */
function paragraphDiff(input: DiffInput): VersionDiff {
  const before = splitParagraphs(input.before);
  const after = splitParagraphs(input.after);
  const firstBefore = new Map<string, { start: number; end: number }>();
  const key = (text: string): string => optionKey(text, input.options ?? {});
  for (const p of before) if (!firstBefore.has(key(p.text))) firstBefore.set(key(p.text), { start: p.start, end: p.start + p.text.length });
  const inAfter = new Set(after.map((p) => key(p.text)));
  const units: DiffUnit[] = [];
  let keptChars = 0;
  let afterChars = 0;
  // a run of added (or removed) paragraphs is one unit: a huge text is a few runs, not a unit per paragraph
  const extend = (kind: 'added' | 'removed', span: { start: number; end: number }): boolean => {
    const last = units.at(-1);
    const side = kind === 'added' ? last?.after : last?.before;
    if (last?.kind !== kind || !side) return false;
    side.end = span.end;
    return true;
  };
  for (const p of after) {
    const kept = firstBefore.get(key(p.text));
    const span = { start: p.start, end: p.start + p.text.length };
    afterChars += p.text.length;
    if (kept) keptChars += p.text.length;
    if (kept) units.push({ kind: 'same', minor: false, before: kept, after: span, parts: null });
    else if (!extend('added', span)) units.push({ kind: 'added', minor: false, before: null, after: span, parts: null });
  }
  for (const p of before) {
    const span = { start: p.start, end: p.start + p.text.length };
    if (!inAfter.has(key(p.text)) && !extend('removed', span)) units.push({ kind: 'removed', minor: false, before: span, after: null, parts: null });
  }
  const figures = figureChanges(
    { before: input.before, after: input.after },
    input.claimsBefore.filter((c) => c.kind === 'figure'),
    input.claimsAfter.filter((c) => c.kind === 'figure'),
    [],
  );
  const unchangedShare = afterChars === 0 ? (before.length === 0 ? 1 : 0) : keptChars / afterChars;
  const count = (kind: DiffUnit['kind']): number => units.filter((u) => u.kind === kind).length;
  return {
    summary: {
      sentencesBefore: sentenceEstimate(input.before),
      sentencesAfter: sentenceEstimate(input.after),
      added: count('added'),
      removed: count('removed'),
      changed: 0,
      moved: 0,
      minor: 0,
      figuresChanged: figures.filter((f) => f.kind === 'changed').length,
      figuresAppeared: figures.filter((f) => f.kind === 'appeared').length,
      figuresDisappeared: figures.filter((f) => f.kind === 'disappeared').length,
      unchangedShare: Math.round(unchangedShare * 1000) / 1000,
      rewrite: unchangedShare < REWRITE_BELOW && before.length > 0 && after.length > 0,
      coarse: true,
    },
    units,
    figureChanges: figures,
    texts: { before: input.before, after: input.after },
  };
}
