// A figure the way casualty recorders read it (Airwars, ACLED, Iraq Body
// Count): one row per source, with what that source says now (its latest
// version that speaks of the figure), its low, best and high, how it worded
// the amount ("at least", "about"), which outlets carry it, and what it said
// before. Above the rows, the figure's verdict in one sentence. Pure: read
// from a figure's members, so the app, the reports and the benchmarks agree.
import type { EventFigure, FigureMember, SourceGrade } from '../model';
import { formatNumber } from '../claimValue';
import { sourceKey } from './sourceNames';

/** One amount as a source gave it. */
export interface GivenAmount {
  value: number | null;
  low: number | null;
  high: number | null;
  approx: boolean;
  /** The figure's words in the text ("at least 80", "dozens"). */
  words: string;
}

export interface SourceRow {
  /** Stable across reloads: the resolved source, or the outlet (or article) speaking in its own voice. */
  key: string;
  /** The source as resolved across the event; null is an outlet's own voice. */
  source: string | null;
  /** Who speaks in its own voice: the outlet, else the article's title (a file with no outlet named). */
  voiceOf: string | null;
  grade: SourceGrade | null;
  /** What it says in its latest version that speaks of the figure, each distinct amount once. */
  latest: GivenAmount[];
  /** The lowest and highest it allows now, and its single exact number when it gives one; null where it gives none (an open "at least" has no high). */
  low: number | null;
  best: number | null;
  high: number | null;
  /** Its amounts in earlier versions, oldest first, where they differ from the next ("77" then "80"). */
  earlier: GivenAmount[][];
  /** The outlets (or article titles) that carry it, in capture order. */
  carriedBy: string[];
  versions: number;
  /** When its latest statement was captured, and published where the page says. */
  capturedAt: string;
  publishedAt: string | null;
  /** The claims of its latest statement, and the one to quote. */
  saying: FigureMember[];
  quote: FigureMember;
  /** Every member it holds, oldest first. */
  members: FigureMember[];
}

/** The source a member speaks for: resolved sources by name; an outlet's own voice once per outlet (a copy's under its original). */
function rowKey(m: FigureMember): string {
  if (m.source) return `source:${sourceKey(m.source)}`;
  if (m.outlet) return `voice:${sourceKey(m.outlet)}`;
  return `article:${m.copyOf?.articleId ?? m.articleId}`;
}

/** In the order the event's versions are read, then in text order. */
function byTime(a: FigureMember, b: FigureMember): number {
  return a.seq - b.seq || a.start - b.start;
}

function amountOf(m: FigureMember): GivenAmount {
  return { value: m.value, low: m.low, high: m.high, approx: m.approx, words: m.text };
}

function sameAmounts(a: readonly GivenAmount[], b: readonly GivenAmount[]): boolean {
  const key = (xs: readonly GivenAmount[]): string => xs.map((x) => `${x.value}|${x.low}|${x.high}|${x.approx}`).join(',');
  return key(a) === key(b);
}

/** The lowest and highest an amount allows; an open "at least" has no highest (null). */
function boundsOf(a: GivenAmount): [number | null, number | null] {
  if (a.low !== null && a.high === null) return [a.low, null];
  return [a.low ?? a.value, a.high ?? a.value];
}

/** One number, neither approximate nor a range nor a bound. */
function isExact(a: GivenAmount): boolean {
  const [low, high] = boundsOf(a);
  return a.value !== null && !a.approx && low === a.value && high === a.value;
}

/** Each distinct amount once, smallest first. */
function distinct(members: readonly FigureMember[]): GivenAmount[] {
  const seen = new Map<string, GivenAmount>();
  for (const m of members) {
    const k = `${m.value}|${m.low}|${m.high}|${m.approx}`;
    if (!seen.has(k)) seen.set(k, amountOf(m));
  }
  return [...seen.values()].sort((a, b) => (a.low ?? a.value ?? 0) - (b.low ?? b.value ?? 0));
}

/** The figure's rows, one per source: the sources that speak of it most recently first, ties by name. */
export function sourceRows(figure: Pick<EventFigure, 'members'>): SourceRow[] {
  const groups = new Map<string, FigureMember[]>();
  for (const m of [...figure.members].sort(byTime)) {
    const key = rowKey(m);
    const group = groups.get(key);
    if (group) group.push(m);
    else groups.set(key, [m]);
  }
  const rows = [...groups.entries()].map(([key, members]): SourceRow => {
    // each version's statement: what it says now, after what it says was said before ("initially 17, now 22")
    const steps: { members: FigureMember[] }[] = [];
    // members are in time order: each version's in one pass, the versions in the order they were captured
    const byVersion = new Map<number, FigureMember[]>();
    for (const m of members) {
      const mine = byVersion.get(m.versionId);
      if (mine) mine.push(m);
      else byVersion.set(m.versionId, [m]);
    }
    for (const mine of byVersion.values()) {
      const before = mine.filter((m) => m.modality === 'earlier');
      const now = mine.filter((m) => m.modality !== 'earlier');
      if (before.length && now.length) steps.push({ members: before });
      steps.push({ members: now.length ? now : before });
    }
    const current = steps.at(-1)!.members;
    const last = current.at(-1)!;
    const latest = distinct(current);
    const amounts = steps.map((step) => distinct(step.members));
    const earlier = amounts.slice(0, -1).filter((a, i) => !sameAmounts(a, amounts[i + 1]!));
    const bounds = latest.map(boundsOf);
    const lows = bounds.map(([low]) => low).filter((v): v is number => v !== null);
    const highs = bounds.map(([, high]) => high);
    const exact = latest.filter(isExact);
    return {
      key,
      source: last.source,
      voiceOf: last.source ? null : (last.outlet ?? last.articleTitle),
      grade: last.grade,
      latest,
      low: lows.length ? Math.min(...lows) : null,
      best: exact.length === 1 && latest.length === 1 ? exact[0]!.value : null,
      high: highs.length && highs.every((h) => h !== null) ? Math.max(...(highs as number[])) : null,
      earlier,
      carriedBy: [...new Set(members.map((m) => m.outlet ?? m.articleTitle))],
      versions: byVersion.size,
      capturedAt: last.capturedAt,
      publishedAt: last.publishedAt,
      saying: current,
      quote: last,
      members,
    };
  });
  return rows.sort((a, b) => b.capturedAt.localeCompare(a.capturedAt) || (a.source ?? a.voiceOf ?? '').localeCompare(b.source ?? b.voiceOf ?? ''));
}

/** "Estrosi" or "NBC News (own reporting)": how a row's speaker is named in a sentence. */
export function speakerOf(row: Pick<SourceRow, 'source' | 'voiceOf'>): string {
  return row.source ?? `${row.voiceOf ?? 'the outlet'} (own reporting)`;
}

/** "at least 80", "77–84", "about 300": an amount as a sentence says it, from its numbers (the words are the text's own). */
export function sayAmount(a: Pick<GivenAmount, 'value' | 'low' | 'high' | 'approx'>): string {
  const { value, low, high, approx } = a;
  if (low !== null && high === null) return `at least ${formatNumber(low)}`;
  if (low === null && high !== null) return `up to ${formatNumber(high)}`;
  if (low !== null && high !== null && low !== high) {
    const range = `${formatNumber(low)}–${formatNumber(high)}`;
    return value !== null ? `${formatNumber(value)} (${range})` : `${approx ? 'about ' : ''}${range}`;
  }
  const single = value ?? low;
  return single === null ? 'no number' : `${approx ? 'about ' : ''}${formatNumber(single)}`;
}

function says(row: SourceRow): string {
  return `${speakerOf(row)} says ${row.latest.map(sayAmount).join(' and ')}`;
}

/**
 * The verdict's reason in one sentence: for a conflict, the two sources
 * furthest apart ("Reuters (own reporting) says 31; the ministry says 34: both
 * cannot be true"); for a revision, who changed what; for agreement, how many
 * sources give the same amount.
 */
export function figureReason(figure: Pick<EventFigure, 'status' | 'members'>, rows: readonly SourceRow[] = sourceRows(figure)): string {
  if (rows.length === 0) return 'No source gives a number.';
  if (figure.status === 'conflict') {
    const ranked = [...rows].filter((r) => r.low !== null || r.high !== null);
    const lowest = ranked.reduce((a, b) => ((b.high ?? Infinity) < (a.high ?? Infinity) ? b : a), ranked[0]!);
    const highest = ranked.reduce((a, b) => ((b.low ?? -Infinity) > (a.low ?? -Infinity) ? b : a), ranked[0]!);
    if (lowest !== highest) return `${says(highest)}; ${says(lowest)}: both cannot be true.`;
  }
  if (figure.status === 'revised') {
    const changed = rows.find((r) => r.earlier.length > 0);
    if (changed) return `${speakerOf(changed)} changed its number: ${[...changed.earlier, changed.latest].map((a) => a.map(sayAmount).join(' and ')).join(' → ')}.`;
    return `${says(rows[0]!)}, and gives an earlier number it says was superseded.`;
  }
  if (rows.length === 1) return `Only ${says(rows[0]!)}.`;
  const named = rows.slice(0, 2).map(says).join('; ');
  return `${rows.length} sources agree: ${named}${rows.length > 2 ? `, and ${rows.length - 2} more` : ''}.`;
}
