// How an event's figures read on screen: a member's value, a figure's range,
// the article columns and each cell's values version by version. Pure.
import type { ClaimSpan, EventFigure, FigureMember, FigureStatus } from '../../../main/core/model';
import { spanKeyOf } from '../../../main/core/compare/eventFigures';
import { formatNumber, formatValue } from '../reader/claimFormat';

export type FigureFilter = 'all' | 'conflict' | 'revised' | 'scope';

export const FIGURE_FILTERS: { id: FigureFilter; label: string; title: string }[] = [
  { id: 'all', label: 'All', title: 'Every figure' },
  { id: 'conflict', label: 'Conflicts', title: 'Sources give incompatible values' },
  { id: 'revised', label: 'Revised', title: 'An article changed its number between versions' },
  { id: 'scope', label: 'Scope differs', title: 'The same thing counted in another scope (“US contractors” and “contractors in total”)' },
];

export const STATUS_TITLE: Record<FigureStatus, string> = {
  conflict: 'Sources give different values',
  revised: 'An article changed its value between versions',
  agree: 'Every source gives the same value',
  single: 'Only one claim gives this figure',
};

export interface ArticleColumn {
  articleId: number;
  title: string;
  outlet: string | null;
  firstCaptured: string;
}

export const memberKey = (m: FigureMember): string => spanKeyOf(m);

export const memberSpan = (m: FigureMember): ClaimSpan => ({ versionId: m.versionId, start: m.start, end: m.end });

export function shownValue(m: FigureMember): string {
  // The words only where they carry what the number cannot ("dozens", "at least three"); the quote has them all.
  const words = m.value === null ? m.text.replace(/\s+/g, ' ').trim() : '';
  return formatValue({ kind: 'figure', value: m.value, low: m.low, high: m.high, approx: m.approx }, words);
}

export function formatInterval(low: number | null, high: number | null): string {
  if (low === null && high === null) return '—';
  if (low === null || high === null || low === high) return formatNumber((low ?? high)!);
  return `${formatNumber(low)}–${formatNumber(high)}`;
}

export function formatRange(f: EventFigure): string {
  return formatInterval(f.min, f.max);
}

export function matchesFilter(f: EventFigure, filter: FigureFilter): boolean {
  if (filter === 'all') return true;
  if (filter === 'scope') return f.related.length > 0;
  return f.status === filter;
}

/** The articles that give any figure, in the order they were first captured. */
export function columnsOf(figures: readonly EventFigure[]): ArticleColumn[] {
  const byId = new Map<number, ArticleColumn>();
  for (const m of figures.flatMap((f) => f.members)) {
    const known = byId.get(m.articleId);
    if (!known) byId.set(m.articleId, { articleId: m.articleId, title: m.articleTitle, outlet: m.outlet, firstCaptured: m.capturedAt });
    else if (m.capturedAt < known.firstCaptured) known.firstCaptured = m.capturedAt;
  }
  return [...byId.values()].sort((a, b) => a.firstCaptured.localeCompare(b.firstCaptured) || a.articleId - b.articleId);
}

export interface CellVersion {
  versionId: number;
  values: { member: FigureMember; shown: string }[];
}

/**
 * One article's values of a figure, version by version in capture order; the values one
 * version gives together stay together, and a version that repeats the one before is shown once.
 */
export function cellValues(members: readonly FigureMember[]): CellVersion[] {
  const ordered = [...members].sort((a, b) => a.capturedAt.localeCompare(b.capturedAt) || a.versionId - b.versionId);
  const out: CellVersion[] = [];
  for (const member of ordered) {
    const shown = shownValue(member);
    let last = out[out.length - 1];
    if (last?.versionId !== member.versionId) {
      last = { versionId: member.versionId, values: [] };
      out.push(last);
    }
    if (!last.values.some((v) => v.shown === shown)) last.values.push({ member, shown });
  }
  const same = (a: CellVersion, b: CellVersion): boolean => a.values.map((v) => v.shown).join('\n') === b.values.map((v) => v.shown).join('\n');
  return out.filter((v, i) => i === 0 || !same(v, out[i - 1]!));
}

/** Reads "17", "17-22", "17–22" or "≥ 17"-less plain input as a best value; null for empty, undefined for nonsense. */
export function parseBest(input: string): { low: number; high: number } | null | undefined {
  const text = input.trim();
  if (!text) return null;
  // commas only as thousands separators: "17,22" is no number
  const number = '(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)';
  const m = new RegExp(`^${number}\\s*(?:(?:-|–|to)\\s*${number})?$`, 'i').exec(text);
  if (!m) return undefined;
  const low = Number(m[1]!.replace(/,/g, ''));
  const high = m[2] === undefined ? low : Number(m[2].replace(/,/g, ''));
  return low <= high ? { low, high } : undefined;
}
