// Lines up every claim about the same quantity across the versions and outlets
// of an event, and says whether the sources agree, conflict, or revised their
// number. Pure: the caller gives each document's claims, its article and its
// place in time.
import type { ExtractedClaim, FigureStatus } from '../model';
import { placesOfSentence } from './eventPlaces';
import { figureKey, isKnownMeasure, keyString } from './figureKey';

export interface CompareDocument {
  /** How the document is named in the result (a file name, a version label). */
  name: string;
  /** Versions of one article share this; earlier versions come first in the list. */
  article: string;
  claims: readonly ExtractedClaim[];
  /** The document's text: with it, two events one article counts alike are told apart by place. */
  text?: string;
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
  const texts = new Map(docs.map((d) => [d.name, d.text]));
  return joinNationalities([...groups.values()])
    .flatMap((g) => splitByPlace(g, texts))
    .map((g) => ({ ...g, ...judgeFigure(g.claims) })).sort((a, b) => b.claims.length - a.claims.length);
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

type Group = { key: string; label: string; claims: GroupedClaim[] };

/**
 * One article counting the same thing twice, with different numbers, in
 * sentences about different places ("12 people were killed in Kabul", "five
 * were killed in Herat") speaks of two events: the group splits by those
 * places. Claims elsewhere follow the place their sentence names, and those
 * naming neither join the larger part. Outlets naming one place differently
 * never split a group by themselves.
 */
function splitByPlace(group: Group, texts: ReadonlyMap<string, string | undefined>): Group[] {
  const placeOf = new Map<GroupedClaim, string[]>();
  for (const c of group.claims) {
    const text = texts.get(c.doc);
    placeOf.set(c, text === undefined ? [] : placesOfSentence(text, c.claim.sentenceStart, c.claim.sentenceEnd));
  }
  const anchors = new Set<string>();
  const byDoc = new Map<string, GroupedClaim[]>();
  for (const c of group.claims) byDoc.set(c.doc, [...(byDoc.get(c.doc) ?? []), c]);
  for (const mine of byDoc.values()) {
    for (const a of mine) {
      for (const b of mine) {
        const pa = placeOf.get(a)!;
        const pb = placeOf.get(b)!;
        if (a === b || pa.length === 0 || pb.length === 0 || sameAmount(a.claim, b.claim) || pa.some((p) => pb.some((q) => nested(p, q)))) continue;
        anchors.add(pa[0]!);
        anchors.add(pb[0]!);
      }
    }
  }
  if (anchors.size < 2) return [group];
  const parts = new Map<string, GroupedClaim[]>([...anchors].map((p) => [p, []]));
  const unplaced: GroupedClaim[] = [];
  for (const c of group.claims) {
    // a place named anywhere in the sentence counts too once it is known as one: "the Kabul toll"
    const sentence = (texts.get(c.doc) ?? '').slice(c.claim.sentenceStart, c.claim.sentenceEnd).toLowerCase();
    const place = placeOf.get(c)!.find((p) => anchors.has(p)) ?? [...anchors].find((p) => new RegExp(`\\b${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(sentence));
    if (place) parts.get(place)!.push(c);
    else unplaced.push(c);
  }
  const ordered = [...parts.entries()].sort((a, b) => b[1].length - a[1].length);
  ordered[0]![1].push(...unplaced);
  return ordered.map(([place, claims], i) => ({
    // the larger part keeps the plain key, so curation made before the split still finds it
    key: i === 0 ? group.key : `${group.key}@${place}`,
    label: `${group.label} in ${displayPlace(place, claims, texts)}`,
    claims,
  }));
}

/** One place inside the other's name ("Gaza" and "Gaza City") may be one event told at two scales: never a split. */
function nested(a: string, b: string): boolean {
  return a === b || ` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `);
}

/** The place as the text writes it ("al Bukamal", "Kabul"). */
function displayPlace(place: string, claims: readonly GroupedClaim[], texts: ReadonlyMap<string, string | undefined>): string {
  for (const c of claims) {
    const text = texts.get(c.doc) ?? '';
    const at = text.toLowerCase().indexOf(place);
    if (at >= 0) return text.slice(at, at + place.length);
  }
  return place;
}

/**
 * "30 Palestinians were killed" in one outlet and "30 people were killed" in
 * another count the same dead: a nationality named as the people counted is
 * a scope only where it sets a part apart from a whole. Such a group joins
 * the unscoped people of the same measure, unless some document gives both
 * ("nine people were wounded, five of them Americans"), which shows the
 * nationality names a part. A nationality qualifying another thing ("four US
 * contractors") always stays a scope of its own.
 */
function joinNationalities(groups: Group[]): Group[] {
  const byKey = new Map(groups.map((g) => [g.key, g]));
  const joined = new Set<Group>();
  for (const g of groups) {
    const [measure, entity, scope] = g.key.split('|');
    if (entity !== 'people' || !scope || scope.includes(',') || scope === 'in total') continue;
    const whole = byKey.get(`${measure}|${entity}|`);
    if (!whole) continue;
    const docs = new Set(whole.claims.map((c) => c.doc));
    if (g.claims.some((c) => docs.has(c.doc))) continue;
    whole.claims.push(...g.claims);
    joined.add(g);
  }
  return groups.filter((g) => !joined.has(g));
}
