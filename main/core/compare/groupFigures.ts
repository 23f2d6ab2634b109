// Lines up every claim about the same quantity across the versions and outlets
// of an event, and says whether the sources agree, conflict, or revised their
// number. Pure: the caller gives each document's claims, its article and its
// place in time.
import type { ExtractedClaim, FigureStatus } from '../model';
import { figureKey, isKnownMeasure, keyString } from './figureKey';

export interface CompareDocument {
  /** How the document is named in the result (a file name, a version label). */
  name: string;
  /** Versions of one article share this; earlier versions come first in the list. */
  article: string;
  claims: readonly ExtractedClaim[];
}

export type { FigureStatus } from '../model';

export interface GroupedClaim {
  doc: string;
  article: string;
  /** The document's place in the list (time order). */
  order: number;
  claim: ExtractedClaim;
}

export interface FigureGroup {
  /** The automatic group key (measure|entity|scope): how stored curation finds this group again. */
  key: string;
  label: string;
  status: FigureStatus;
  min: number | null;
  max: number | null;
  claims: GroupedClaim[];
}

/** The interval a claim allows: "about 12" widens by a tenth each way; "at least 17" is exactly 17 and up. */
function interval(c: ExtractedClaim): [number, number] {
  const low = c.low ?? c.value ?? 0;
  const high = c.high ?? (c.low !== null && c.value === null ? Infinity : (c.value ?? Infinity));
  if (!c.approx || c.value === null) return [low, high];
  return [Math.floor(c.value * 0.9), Math.ceil(c.value * 1.1)];
}

function sameAmount(a: ExtractedClaim, b: ExtractedClaim): boolean {
  return a.value === b.value && a.low === b.low && a.high === b.high;
}

export function groupFigures(docs: readonly CompareDocument[]): FigureGroup[] {
  const groups = new Map<string, { key: string; label: string; claims: GroupedClaim[] }>();
  const unmeasured: { key: ReturnType<typeof figureKey> & object; grouped: GroupedClaim }[] = [];
  docs.forEach((doc, order) => {
    for (const claim of doc.claims) {
      const key = figureKey(claim);
      if (!key) continue;
      if (!key.measure) {
        unmeasured.push({ key, grouped: { doc: doc.name, article: doc.article, order, claim } });
        continue;
      }
      const k = keyString(key);
      let group = groups.get(k);
      if (!group) groups.set(k, (group = { key: k, label: key.label, claims: [] }));
      group.claims.push({ doc: doc.name, article: doc.article, order, claim });
    }
  });
  // "consisted of 14 rockets" says nothing of what happened to them: it joins the largest figure about that thing and scope
  const homes = new Map<string, { claims: GroupedClaim[] } | undefined>();
  for (const { key, grouped } of unmeasured) {
    const suffix = `|${key.entity}|${key.scope.join(',')}`;
    // only a figure whose measure is one of the known kinds; "six more remaining" is no home for "14 rockets"
    if (!homes.has(suffix)) {
      homes.set(
        suffix,
        [...groups.entries()]
          .filter(([k]) => k.endsWith(suffix) && isKnownMeasure(k.slice(0, k.indexOf('|'))))
          .sort((a, b) => b[1].claims.length - a[1].claims.length)[0]?.[1],
      );
    }
    const home = homes.get(suffix);
    if (home) home.claims.push(grouped);
    else {
      const k = keyString(key);
      let group = groups.get(k);
      if (!group) groups.set(k, (group = { key: k, label: key.label, claims: [] }));
      group.claims.push(grouped);
    }
  }
  return [...groups.values()].map((g) => ({ ...g, ...judgeFigure(g.claims) })).sort((a, b) => b.claims.length - a.claims.length);
}

/** The claims in each article's latest version that speaks of the figure. */
export function latestClaims<T extends Pick<GroupedClaim, 'article' | 'order'>>(claims: readonly T[]): T[] {
  const latestOrder = new Map<string, number>();
  for (const c of claims) latestOrder.set(c.article, Math.max(latestOrder.get(c.article) ?? -1, c.order));
  return claims.filter((c) => c.order === latestOrder.get(c.article));
}

/**
 * Judged on the latest version of each article: conflict when those values are
 * incompatible; revised when they agree but some article changed its own number
 * between versions; agree otherwise; single when only one claim stands.
 */
export function judgeFigure(claims: readonly Pick<GroupedClaim, 'article' | 'order' | 'claim'>[]): { status: FigureStatus; min: number | null; max: number | null } {
  const latest = latestClaims(claims);
  const values = latest.flatMap((c) => [c.claim.value ?? c.claim.low, c.claim.value ?? c.claim.high]).filter((v): v is number => v !== null);
  const min = values.length ? Math.min(...values) : null;
  const max = values.length ? Math.max(...values) : null;
  if (claims.length === 1) return { status: 'single', min, max };
  // intervals on a line all overlap pairwise exactly when the highest low is at most the lowest high
  const intervals = latest.map((c) => interval(c.claim));
  const conflict = Math.max(...intervals.map(([low]) => low)) > Math.min(...intervals.map(([, high]) => high));
  if (conflict) return { status: 'conflict', min, max };
  const byArticle = new Map<string, Pick<GroupedClaim, 'order' | 'claim'>[]>();
  for (const c of claims) byArticle.set(c.article, [...(byArticle.get(c.article) ?? []), c]);
  const revised = [...byArticle.values()].some((mine) => mine.some((a) => mine.some((b) => a.order !== b.order && !sameAmount(a.claim, b.claim))));
  return { status: revised ? 'revised' : 'agree', min, max };
}
