// How a revision diff is laid out on screen: each unit cut into segments of
// one side's text (kept, inserted, deleted), each segment cut again at the
// changed figures' spans, the stops for next/previous, and the summary line.
// Pure: no React, no calls. Offsets always index texts.before or texts.after.
import type { DiffUnit, FigureChange, VersionDiff } from '../../../main/core/model';
import { plural } from '../shared/format';

export type Side = 'before' | 'after';

export interface Segment {
  side: Side;
  /** Offsets into that side's text; null when the word diff's text could not be placed there (then `text` is shown as is). */
  start: number | null;
  end: number | null;
  text: string;
  mark: 'same' | 'ins' | 'del';
}

export interface Piece {
  text: string;
  /** The figure change whose words this is, or null. */
  figure: number | null;
  key: string;
}

/** A minor change the reader chose not to see reads as unchanged. */
export function isHiddenMinor(unit: DiffUnit, showMinor: boolean): boolean {
  return unit.minor && unit.kind === 'changed' && !showMinor;
}

/** The units next/previous stop at. */
export function changeStops(units: DiffUnit[], showMinor: boolean): number[] {
  const stops: number[] = [];
  units.forEach((u, i) => {
    if (u.kind !== 'same' && !isHiddenMinor(u, showMinor)) stops.push(i);
  });
  return stops;
}

function whole(diff: VersionDiff, side: Side, span: { start: number; end: number }, mark: Segment['mark'] = 'same'): Segment {
  return { side, start: span.start, end: span.end, text: diff.texts[side].slice(span.start, span.end), mark };
}

/**
 * The word diff placed in both texts: kept words advance both sides, inserted
 * ones the later, deleted ones the earlier. Where a part's text is not found
 * at the place it should be, the rest is shown without offsets (and so without
 * figure marks) rather than marking the wrong words.
 */
function placedParts(diff: VersionDiff, unit: DiffUnit): { before: Segment[]; after: Segment[]; inline: Segment[] } {
  const out = { before: [] as Segment[], after: [] as Segment[], inline: [] as Segment[] };
  let b: number | null = unit.before?.start ?? null;
  let a: number | null = unit.after?.start ?? null;
  const place = (side: Side, at: number | null, text: string): number | null =>
    at !== null && diff.texts[side].startsWith(text, at) ? at : null;
  for (const part of unit.parts ?? []) {
    if (!part.text) continue;
    if (part.kind === 'same') {
      // kept words that differ only in what the options ignore (case) are the earlier text's own on its side
      const earlier = part.before ?? part.text;
      const pb = place('before', b, earlier);
      const pa = place('after', a, part.text);
      b = pb === null ? null : pb + earlier.length;
      a = pa === null ? null : pa + part.text.length;
      const seg = (side: Side, at: number | null, text = part.text): Segment => ({ side, start: at, end: at === null ? null : at + text.length, text, mark: 'same' });
      out.before.push(seg('before', pb, earlier));
      out.after.push(seg('after', pa));
      out.inline.push(seg('after', pa));
    } else {
      const side: Side = part.kind === 'added' ? 'after' : 'before';
      const at = place(side, side === 'after' ? a : b, part.text);
      const next = at === null ? null : at + part.text.length;
      if (side === 'after') a = next;
      else b = next;
      const seg: Segment = { side, start: at, end: next, text: part.text, mark: part.kind === 'added' ? 'ins' : 'del' };
      out[side].push(seg);
      out.inline.push(seg);
    }
  }
  return out;
}

function hasWordDiff(unit: DiffUnit, showMinor: boolean): boolean {
  return (unit.kind === 'changed' || unit.kind === 'moved') && unit.parts !== null && unit.parts.length > 0 && !isHiddenMinor(unit, showMinor);
}

/** A unit as it reads in the inline view: the later sentence with the earlier one's words struck in place. */
export function inlineSegments(diff: VersionDiff, unit: DiffUnit, showMinor: boolean): Segment[] {
  if (hasWordDiff(unit, showMinor)) return placedParts(diff, unit).inline;
  if (unit.after) return [whole(diff, 'after', unit.after)];
  if (unit.before) return [whole(diff, 'before', unit.before)];
  return [];
}

/** A unit as each column of the side-by-side view reads it. */
export function sideSegments(diff: VersionDiff, unit: DiffUnit, showMinor: boolean): { before: Segment[]; after: Segment[] } {
  if (hasWordDiff(unit, showMinor)) {
    const { before, after } = placedParts(diff, unit);
    return { before, after };
  }
  return {
    before: unit.before ? [whole(diff, 'before', unit.before)] : [],
    after: unit.after ? [whole(diff, 'after', unit.after)] : [],
  };
}

export interface FigureSpan {
  figure: number;
  start: number;
  end: number;
}

export type FigureSpans = Record<Side, FigureSpan[]>;

/** Each side's changed-figure spans, in text order. */
export function figureSpans(changes: FigureChange[]): FigureSpans {
  const spans: FigureSpans = { before: [], after: [] };
  changes.forEach((c, figure) => {
    for (const side of ['before', 'after'] as const) {
      const s = c[side];
      if (s && s.end > s.start) spans[side].push({ figure, start: s.start, end: s.end });
    }
  });
  spans.before.sort((x, y) => x.start - y.start);
  spans.after.sort((x, y) => x.start - y.start);
  return spans;
}

/** A segment cut at the figure spans of its side; overlapping spans: the first one wins. */
export function piecesOf(segment: Segment, spans: FigureSpan[]): Piece[] {
  const { start, end, text } = segment;
  if (start === null || end === null) return [{ text, figure: null, key: `t${text.length}` }];
  const pieces: Piece[] = [];
  let at = start;
  for (const s of spans) {
    if (s.end <= at) continue;
    if (s.start >= end) break;
    const from = Math.max(at, s.start);
    const to = Math.min(end, s.end);
    if (from > at) pieces.push({ text: text.slice(at - start, from - start), figure: null, key: `p${at}` });
    pieces.push({ text: text.slice(from - start, to - start), figure: s.figure, key: `f${from}` });
    at = to;
  }
  if (at < end) pieces.push({ text: text.slice(at - start), figure: null, key: `p${at}` });
  return pieces;
}

/** The whitespace between the previous unit's sentence and this one, on one side. */
export function gapBefore(text: string, previousEnd: number, start: number): string {
  return previousEnd < start ? text.slice(previousEnd, start) : '';
}

/** Whether a sentence opens a paragraph: the text before it ends a line, or there is none. */
export function opensParagraph(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 200), start);
  return before.trim() === '' ? true : /\n\s*$/.test(before);
}

/** 1-based paragraph number of an offset (paragraphs part at blank lines). */
export function paragraphAt(text: string, offset: number): number {
  // what comes at the offset counts as text, so a break just before it (a paragraph's first sentence) is counted
  const head = `${text.slice(0, offset).trimStart()}\u0000`;
  return (head.match(/\n[ \t\r\f\v]*\n\s*(?=\S)/g)?.length ?? 0) + 1;
}

/** The unit that holds a figure change's words: the later side's where it has one. */
export function unitOfFigure(units: DiffUnit[], change: FigureChange): number {
  const within = (span: { start: number; end: number } | null, at: number): boolean => span !== null && span.start <= at && at < span.end;
  if (change.after) {
    const i = units.findIndex((u) => within(u.after, change.after!.start));
    if (i >= 0) return i;
  }
  if (change.before) return units.findIndex((u) => within(u.before, change.before!.start));
  return -1;
}

/** "91 %": never 100 % unless nothing changed, never 0 % unless nothing survived. */
export function formatShare(share: number): string {
  const pct = share >= 1 ? 100 : share <= 0 ? 0 : Math.min(99, Math.max(1, Math.round(share * 100)));
  return `${pct}\u00a0%`;
}

/** The summary line's parts: "2 sentences added · 1 removed · 4 changed · 1 moved · 1 minor · 5 figures changed, 2 appeared · 91 % of the text unchanged". */
export function summaryParts(diff: VersionDiff): string[] {
  const s = diff.summary;
  const parts = [
    `${plural(s.added, 'sentence')} added`,
    `${s.removed} removed`,
    `${s.changed - s.minor} changed`,
    `${s.moved} moved`,
    `${s.minor} minor`,
  ];
  const figures = [`${plural(s.figuresChanged, 'figure')} changed`];
  if (s.figuresAppeared) figures.push(`${s.figuresAppeared} appeared`);
  if (s.figuresDisappeared) figures.push(`${s.figuresDisappeared} disappeared`);
  parts.push(figures.join(', '));
  parts.push(`${formatShare(s.unchangedShare)} of the text unchanged`);
  return parts;
}

/** Nothing at all differs between the two texts as compared. */
export function isIdentical(diff: VersionDiff): boolean {
  return diff.figureChanges.length === 0 && diff.units.every((u) => u.kind === 'same');
}

/** A row of the side-by-side view: one unit across both columns, or a removed and an added sentence side by side. */
export type SideRow = { unit: number } | { before: number | null; after: number | null };

/**
 * Kept, changed and moved sentences each take a row. A run of added and
 * removed sentences is set out in parallel: what the earlier version said
 * there on the left, what the later says on the right, so that a rewritten
 * passage reads as two texts rather than a column of deletions and then one
 * of insertions.
 */
export function sideRows(units: DiffUnit[]): SideRow[] {
  const rows: SideRow[] = [];
  let removed: number[] = [];
  let added: number[] = [];
  const flush = (): void => {
    for (let i = 0; i < Math.max(removed.length, added.length); i++) rows.push({ before: removed[i] ?? null, after: added[i] ?? null });
    removed = [];
    added = [];
  };
  units.forEach((u, i) => {
    if (u.kind === 'removed') removed.push(i);
    else if (u.kind === 'added') added.push(i);
    else {
      flush();
      rows.push({ unit: i });
    }
  });
  flush();
  return rows;
}
