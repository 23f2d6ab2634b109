// Where the changes sit in the text, for the overview strip beside the diff:
// each change placed by its offset in the later text (a removed sentence where
// it would have stood), gathered into a fixed number of bands so that a text
// with thousands of changes still draws a few hundred marks at most.
import type { DiffUnit, FigureChange, VersionDiff } from '../../../main/core/model';
import { isHiddenMinor } from './diffLayout';

export type OverviewKind = 'figure' | 'changed' | 'added' | 'removed' | 'moved';

/** The strongest kind a band holds is the one it shows: a changed figure above all. */
const RANK: OverviewKind[] = ['figure', 'changed', 'added', 'removed', 'moved'];

export interface OverviewMark {
  /** Share of the strip's height, 0 to 1. */
  top: number;
  height: number;
  kind: OverviewKind;
  /** Every kind the mark covers, strongest first. */
  kinds: OverviewKind[];
  /** The first unit in the mark: where a click goes. */
  unit: number;
}

/** How many bands the strip is cut into: finer than any screen needs, few enough to draw at once. */
export const OVERVIEW_BANDS = 200;

export function overviewMarks(diff: VersionDiff, showMinor: boolean, bands = OVERVIEW_BANDS): OverviewMark[] {
  const length = Math.max(diff.texts.after.length, 1);
  const withFigure = figureUnits(diff.units, diff.figureChanges);
  const held: ({ kinds: Set<OverviewKind>; unit: number } | undefined)[] = new Array<undefined>(bands);
  const bandOf = (offset: number): number => Math.min(bands - 1, Math.floor((offset / length) * bands));
  let at = 0;
  diff.units.forEach((u, i) => {
    const start = u.after ? u.after.start : at;
    const end = u.after ? u.after.end : at;
    if (u.after) at = u.after.end;
    const kinds: OverviewKind[] = [];
    if (withFigure.has(i)) kinds.push('figure');
    if (u.kind !== 'same' && !isHiddenMinor(u, showMinor)) kinds.push(u.kind);
    if (!kinds.length) return;
    // a long sentence covers every band it spans; the end is exclusive
    for (let b = bandOf(start); b <= bandOf(Math.max(start, end - 1)); b++) {
      const band = (held[b] ??= { kinds: new Set(), unit: i });
      for (const k of kinds) band.kinds.add(k);
    }
  });

  const marks: OverviewMark[] = [];
  held.forEach((band, b) => {
    if (!band) return;
    // words removed and added in one place read as that place changed, as a sentence changed in place does
    if (band.kinds.has('added') && band.kinds.has('removed')) band.kinds.add('changed');
    const kinds = RANK.filter((k) => band.kinds.has(k));
    const last = marks.at(-1);
    // a run of bands of the same kinds is one mark, as a long added passage is one change
    if (last && last.top + last.height >= b / bands - 1e-9 && last.kinds.join() === kinds.join() && held[b - 1]?.unit === band.unit) {
      last.height += 1 / bands;
      return;
    }
    marks.push({ top: b / bands, height: 1 / bands, kind: kinds[0]!, kinds, unit: band.unit });
  });
  return marks;
}

/**
 * The unit holding each figure change's words (the later side's where it has
 * one), as diffLayout's unitOfFigure finds them, but by binary search over
 * spans sorted once: thousands of figures in a long text stay cheap.
 */
function figureUnits(units: readonly DiffUnit[], changes: readonly FigureChange[]): Set<number> {
  const spans = (side: 'before' | 'after'): { start: number; end: number; unit: number }[] =>
    units.flatMap((u, unit) => (u[side] ? [{ start: u[side].start, end: u[side].end, unit }] : [])).sort((x, y) => x.start - y.start);
  const after = spans('after');
  const before = spans('before');
  const find = (list: typeof after, at: number): number => {
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = list[mid]!;
      if (at < s.start) hi = mid - 1;
      else if (at >= s.end) lo = mid + 1;
      else return s.unit;
    }
    return -1;
  };
  const found = new Set<number>();
  for (const change of changes) {
    let unit = change.after ? find(after, change.after.start) : -1;
    if (unit < 0 && change.before) unit = find(before, change.before.start);
    if (unit >= 0) found.add(unit);
  }
  return found;
}

const KIND_WORDS: Record<OverviewKind, string> = { figure: 'figure changed', changed: 'changed', added: 'added', removed: 'removed', moved: 'moved' };

/** What a mark says to a screen reader: "figure changed, changed, 40 % into the text". */
export function markLabel(mark: OverviewMark): string {
  return `${mark.kinds.map((k) => KIND_WORDS[k]).join(', ')}, ${Math.round(mark.top * 100)} % into the text`;
}
