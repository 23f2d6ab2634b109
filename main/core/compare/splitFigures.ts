// Where one automatic group holds two figures, or two groups one: an article
// that counts the same thing with different numbers in sentences about
// different places or days speaks of two figures ("12 killed in Kabul, five
// in Herat"; "5,100 flights canceled on Saturday and 3,300 more on Sunday");
// a nationality named as the people counted ("30 Palestinians were killed")
// is the same dead as another outlet's "30 people", and "a total of 115" the
// same as another's "115", unless some text counts both.
import { placesOfSentence } from './eventPlaces';
import { isIncidentPart, withoutIncident } from './incidents';
import type { GroupedClaim } from './groupFigures';
import { sameAmount } from './verdicts';

export type Group = { key: string; label: string; claims: GroupedClaim[] };

/**
 * One article counting the same thing twice, with different numbers, in
 * sentences about different places ("12 people were killed in Kabul", "five
 * were killed in Herat") speaks of two events: the group splits by those
 * places. Claims elsewhere follow the place their sentence names, and those
 * naming neither join the larger part. Outlets naming one place differently
 * never split a group by themselves.
 */
export function splitByPlace(group: Group, texts: ReadonlyMap<string, string | undefined>): Group[] {
  const placeOf = new Map<GroupedClaim, string[]>();
  for (const c of group.claims) {
    const text = texts.get(c.doc);
    placeOf.set(c, text === undefined ? [] : placesOfSentence(text, c.claim.sentenceStart, c.claim.sentenceEnd));
  }
  const anchors = new Set<string>();
  const byDoc = new Map<string, GroupedClaim[]>();
  for (const c of group.claims) {
    const mine = byDoc.get(c.doc);
    if (mine) mine.push(c);
    else byDoc.set(c.doc, [c]);
  }
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
    // "Nice" is the anchor "Nice Bastille Day" a headline ran together
    const place = placeOf.get(c)!.map((p) => [...anchors].find((a) => nested(a, p))).find(Boolean) ?? [...anchors].find((p) => new RegExp(`\\b${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(sentence));
    if (place) parts.get(place)!.push(c);
    else unplaced.push(c);
  }
  const ordered = [...parts.entries()].sort((a, b) => b[1].length - a[1].length);
  // a claim naming no place joins the one part its own document says nothing of yet ("Winds gusting to more than 40 mph" beside
  // "70 mph in Wallops Island"), else the larger part
  for (const c of unplaced) {
    const open = ordered.filter(([, claims]) => !claims.some((o) => o.doc === c.doc));
    (open.length === 1 ? open[0]! : ordered[0]!)[1].push(c);
  }
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

/**
 * The place as the text writes it ("al Bukamal", "Kabul"): from the first of
 * the claims' sentences that names it, else from the first text that does.
 * Sentences first, so a long text is not lowercased whole for every claim.
 */
function displayPlace(place: string, claims: readonly GroupedClaim[], texts: ReadonlyMap<string, string | undefined>): string {
  for (const c of claims) {
    const sentence = (texts.get(c.doc) ?? '').slice(c.claim.sentenceStart, c.claim.sentenceEnd);
    const at = sentence.toLowerCase().indexOf(place);
    if (at >= 0) return sentence.slice(at, at + place.length);
  }
  for (const doc of new Set(claims.map((c) => c.doc))) {
    const text = texts.get(doc) ?? '';
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
export function joinNationalities(groups: Group[]): Group[] {
  const byKey = new Map(groups.map((g) => [g.key, g]));
  const joined = new Set<Group>();
  for (const g of groups) {
    const [measure, entity, scope = ''] = g.key.split('|');
    const rest = scope.split(',').filter(Boolean);
    // "30 Palestinians" for the people; "a total of 115 people" for any count of the same thing, where no part of it in
    // another scope ("four US contractors") makes "in total" tell the whole from that part
    const total = rest.includes('in total') && !groups.some((o) => o.key.startsWith(`${measure}|${entity}|`) && /\|[^|]*\b[A-Z]/.test(o.key));
    const part = rest.find((s) => (entity === 'people' && /^[A-Z]/.test(s)) || (s === 'in total' && total));
    if (!part) continue;
    const whole = byKey.get(`${measure}|${entity}|${rest.filter((s) => s !== part).join(',')}`);
    if (!whole || joined.has(whole)) continue;
    const docs = new Set(whole.claims.map((c) => c.doc));
    if (part !== 'in total' && g.claims.some((c) => docs.has(c.doc))) continue;
    whole.claims.push(...g.claims);
    joined.add(g);
  }
  return groups.filter((g) => !joined.has(g));
}

/**
 * One article giving the same thing on different days with different numbers
 * ("more than 5,100 flights were canceled on Saturday and over 3,300 more on
 * Sunday") counts one figure per day; a toll "as of Saturday" in one article
 * and another's toll name one figure, for no article sets the days apart.
 */
export function splitByDay(group: Group): Group[] {
  const dayOf = (c: GroupedClaim): string | null => c.claim.incident.find((t) => t.startsWith('day:'))?.slice(4) ?? null;
  const days = new Set<string>();
  const byDoc = new Map<string, GroupedClaim[]>();
  for (const c of group.claims) {
    const mine = byDoc.get(c.doc);
    if (mine) mine.push(c);
    else byDoc.set(c.doc, [c]);
  }
  for (const mine of byDoc.values()) {
    for (const a of mine) {
      for (const b of mine) {
        const da = dayOf(a);
        const db = dayOf(b);
        if (da && db && da !== db && !sameAmount(a.claim, b.claim)) days.add(da).add(db);
      }
    }
  }
  if (days.size < 2) return [group];
  const parts = new Map<string, GroupedClaim[]>([...days].map((d) => [d, []]));
  const undated: GroupedClaim[] = [];
  for (const c of group.claims) {
    const day = dayOf(c);
    if (day && parts.has(day)) parts.get(day)!.push(c);
    else undated.push(c);
  }
  const ordered = [...parts.entries()].sort((a, b) => b[1].length - a[1].length);
  ordered[0]![1].push(...undated);
  return ordered.map(([day, claims], i) => ({
    key: i === 0 ? group.key : `${group.key}@${day}`,
    label: `${group.label} on ${day.charAt(0).toUpperCase()}${day.slice(1)}`,
    claims,
  }));
}

/**
 * "France has been on edge since attacks in Paris that left 130 people dead":
 * a figure whose own words name no incident, in a sentence about a place
 * another figure of the same thing names too, with that figure's number
 * ("killed 130 people in Paris last November", an earlier incident), is that
 * figure. It moves there from the event's own figure, where it would read as
 * a conflict.
 */
export function joinPlacedFigures(groups: Group[], texts: ReadonlyMap<string, string | undefined>): Group[] {
  const incidents = new Map<string, Group[]>();
  for (const g of groups) {
    const [measure, entity, scope = ''] = g.key.split('|');
    const parts = scope.split(',');
    if (!parts.some(isIncidentPart)) continue;
    const base = `${measure}|${entity}|${withoutIncident(parts).join(',')}`;
    incidents.set(base, [...(incidents.get(base) ?? []), g]);
  }
  if (incidents.size === 0) return groups;
  const placesOf = (c: GroupedClaim): string[] => {
    const text = texts.get(c.doc);
    return text === undefined ? [] : placesOfSentence(text, c.claim.sentenceStart, c.claim.sentenceEnd);
  };
  for (const g of groups) {
    const homes = incidents.get(g.key);
    if (!homes) continue;
    g.claims = g.claims.filter((c) => {
      const places = placesOf(c);
      if (places.length === 0) return true;
      const home = homes.find((h) => h.claims.some((o) => sameAmount(o.claim, c.claim) && placesOf(o).some((p) => places.some((q) => nested(p, q)))));
      if (!home) return true;
      home.claims.push(c);
      return false;
    });
  }
  return groups.filter((g) => g.claims.length > 0);
}

/**
 * An age, or an amount whose text names neither what it is of nor what
 * happened ("37 hours", "0.4 percent"), is of one person or one thing: an
 * article giving two ("a man, 61, and another, 94"; "37 hours", "72 hours")
 * speaks of two, never of a conflict. Such a group splits into one figure per
 * amount; another outlet's claim joins the amount it agrees with.
 */
export function splitByValue(group: Group): Group[] {
  const [measure, entity] = group.key.split('|');
  const personal = measure === 'age' || (measure === '' && entity === '');
  if (!personal) return [group];
  // "initially called a magnitude-7.4 quake, later upgraded to 7.8": a value the text supersedes is the same thing's
  const current = group.claims.filter((c) => c.claim.modality !== 'earlier');
  const byDoc = new Map<string, GroupedClaim[]>();
  for (const c of current) byDoc.set(c.doc, [...(byDoc.get(c.doc) ?? []), c]);
  const twice = [...byDoc.values()].some((mine) => mine.some((a) => mine.some((b) => !sameAmount(a.claim, b.claim))));
  if (!twice) return [group];
  const parts: GroupedClaim[][] = [];
  for (const c of current) {
    const part = parts.find((p) => sameAmount(p[0]!.claim, c.claim));
    if (part) part.push(c);
    else parts.push([c]);
  }
  parts.sort((a, b) => b.length - a.length);
  for (const c of group.claims) if (c.claim.modality === 'earlier') (parts.find((p) => p.some((o) => o.doc === c.doc)) ?? parts[0]!).push(c);
  return parts.map((claims, i) => ({ key: i === 0 ? group.key : `${group.key}#${claims[0]!.claim.value ?? claims[0]!.claim.low}`, label: group.label, claims }));
}
