// Whether the sources of one figure agree, conflict, or an article revised
// its own number. Judged on the latest version of each article that speaks of
// the figure; a number the text itself says was superseded ("initially
// called a magnitude-7.4 quake") is an earlier value, not a rival one; a
// number written less precisely is the same number rounded ("€2.4 billion" and
// "€2.41 billion"); "up to six" then "five" is a bound and its later value.
import type { ExtractedClaim, FigureStatus } from '../model';

/** A claim as the verdict needs it: its article, its place in time and the claim. */
export interface JudgedClaim {
  article: string;
  /** The document's place in the list (time order). */
  order: number;
  claim: ExtractedClaim;
}

/** The interval a claim allows: "about 12" widens by a tenth each way; "at least 17" is exactly 17 and up. */
function interval(c: ExtractedClaim): [number, number] {
  const low = c.low ?? c.value ?? 0;
  const high = c.high ?? (c.low !== null && c.value === null ? Infinity : (c.value ?? Infinity));
  if (!c.approx || c.value === null) return [low, high];
  return [Math.floor(c.value * 0.9), Math.ceil(c.value * 1.1)];
}

export function sameAmount(a: ExtractedClaim, b: ExtractedClaim): boolean {
  return a.value === b.value && a.low === b.low && a.high === b.high;
}

/** How many decimals a number is written with, in its largest scale word: 2.41 billion → 2, 26.8 → 1, 164,000 → 0. */
function decimalsOf(value: number): number {
  const scale = value >= 1e12 ? 1e12 : value >= 1e9 ? 1e9 : value >= 1e6 ? 1e6 : 1;
  const written = String(Number((value / scale).toPrecision(12)));
  return written.includes('.') ? written.length - written.indexOf('.') - 1 : 0;
}

function roundedTo(value: number, decimals: number): number {
  const scale = value >= 1e12 ? 1e12 : value >= 1e9 ? 1e9 : value >= 1e6 ? 1e6 : 1;
  return Math.round((value / scale) * 10 ** decimals) / 10 ** decimals;
}

/**
 * Exact numbers that differ only in how precisely they are written are one
 * number: every one rounds to the least precise of them ("€2.4 billion",
 * "€2.41 billion"). Whole numbers never round: 160,000 is not 164,000.
 */
function roundingAlike(values: readonly number[]): boolean {
  const least = Math.min(...values.map(decimalsOf));
  if (!values.some((v) => decimalsOf(v) > 0)) return false;
  const rounded = new Set(values.map((v) => roundedTo(v, least)));
  return rounded.size === 1;
}

/** The claims in each article's latest version that speaks of the figure. */
export function latestClaims<T extends Pick<JudgedClaim, 'article' | 'order'>>(claims: readonly T[]): T[] {
  const latestOrder = new Map<string, number>();
  for (const c of claims) latestOrder.set(c.article, Math.max(latestOrder.get(c.article) ?? -1, c.order));
  return claims.filter((c) => c.order === latestOrder.get(c.article));
}

/**
 * Judged on the latest version of each article: conflict when those values are
 * incompatible; revised when they agree but some article changed its own number
 * between versions, or gives an earlier number it says was superseded; agree
 * otherwise; single when only one claim stands.
 */
export function judgeFigure(claims: readonly JudgedClaim[]): { status: FigureStatus; min: number | null; max: number | null } {
  const current = claims.filter((c) => c.claim.modality !== 'earlier');
  const latest = latestClaims(current.length ? current : claims);
  const values = latest.flatMap((c) => [c.claim.value ?? c.claim.low, c.claim.value ?? c.claim.high]).filter((v): v is number => v !== null);
  const min = values.length ? Math.min(...values) : null;
  const max = values.length ? Math.max(...values) : null;
  if (claims.length === 1) return { status: 'single', min, max };
  const exact = latest.filter((c) => !c.claim.approx && c.claim.value !== null).map((c) => c.claim.value!);
  const alike = new Set(exact).size > 1 && roundingAlike(exact);
  // intervals on a line all overlap pairwise exactly when the highest low is at most the lowest high
  const intervals = latest.map((c) => (alike && !c.claim.approx && c.claim.value !== null ? ([min!, max!] as [number, number]) : interval(c.claim)));
  const conflict = Math.max(...intervals.map(([low]) => low)) > Math.min(...intervals.map(([, high]) => high));
  if (conflict) return { status: 'conflict', min, max };
  const byArticle = new Map<string, JudgedClaim[]>();
  for (const c of claims) byArticle.set(c.article, [...(byArticle.get(c.article) ?? []), c]);
  const revised =
    claims.some((c) => c.claim.modality === 'earlier' && !latest.some((l) => sameAmount(l.claim, c.claim))) ||
    [...byArticle.values()].some((mine) => mine.some((a) => mine.some((b) => a.order !== b.order && !sameAmount(a.claim, b.claim))));
  return { status: revised ? 'revised' : 'agree', min, max };
}
