// The incidents inside an event. An event's articles count its main
// incident, its parts and background events: "Two car bombs killed 31
// people. The first, in the fish market, killed 22; a second near the
// stadium killed nine. Last March an attack in Kerrow killed 40." holds four
// figures. Each claim's incident tags (extract/incidentTags.ts) are read
// against the whole event: the event family most of its figures name (the
// attacks, the quake, the storm), the places most of them name, and whether
// it names several sites. A claim is of the main incident, of a part (a site,
// a cause of its own, "the first", a place the event does not centre on), or
// of a background event (another year, "last November", "three years ago",
// a war behind an attack); figures of different incidents never join.
import { isCasualtyMeasure, measureClass } from '../extract/measures';
import type { ExtractedClaim } from '../model';

export interface EventIncidents {
  /** The event family most of the event's figures name: "attack", "quake", "storm"; null when none does. */
  family: string | null;
  /** The place the event's texts name most: its figures are of the main incident wherever a time says nothing else. */
  centre: string | null;
  /** Places most of the event's figures name, in lower case. */
  places: ReadonlySet<string>;
  /** Places a few figures name while one main place dominates: "in Paris" in a story about Nice. */
  aside: ReadonlySet<string>;
  /** Places the texts set inside another ("Erbil, northern Iraq"), with the place that holds each. */
  within: ReadonlyMap<string, string>;
  /** Some figure names two sites or more ("the airport and the metro"): a figure naming one is of that part. */
  severalSites: boolean;
}

function tagValues(claim: Pick<ExtractedClaim, 'incident'>, kind: string): string[] {
  const prefix = `${kind}:`;
  return claim.incident.filter((t) => t.startsWith(prefix)).map((t) => t.slice(prefix.length));
}

function mostCommon(counts: ReadonlyMap<string, number>): [string, number] | null {
  let best: [string, number] | null = null;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  return best;
}

/**
 * An event's text beside its lower-case form, and where in it each of the
 * event's places may be named: the starts of the place's first word, found
 * for all the places in one pass over the text (placeStarts). A 1,000-version
 * event is read once, not once per place, nor by a case-blind expression.
 */
interface EventText {
  text: string;
  lower: string;
  /** How many of the event's versions read exactly so: a page captured a hundred times unchanged is read once. */
  copies: number;
  /** Where each place may start; a place missing here may start anywhere. */
  starts: Map<string, number[]>;
}

/** A word as `\b` reads words: ASCII letters, digits and underscores. */
const WORD = /[a-z0-9_]+/;

/**
 * Reads, for every place at once, where a text may name it: each match of
 * any place's first word (a whole word, as a pattern starting at a word
 * boundary must match it), less that word's offset in the place. A place with
 * no ASCII word, or a text whose lower-case form is not as long as it (the
 * positions would not line up), is left out: tried everywhere.
 */
function placeStarts(places: readonly string[]): (text: string, lower: string) => Map<string, number[]> {
  const byWord = new Map<string, { place: string; offset: number }[]>();
  for (const place of places) {
    const first = WORD.exec(place);
    if (!first) continue;
    const list = byWord.get(first[0]);
    if (list) list.push({ place, offset: first.index });
    else byWord.set(first[0], [{ place, offset: first.index }]);
  }
  const words = [...byWord.keys()].sort((a, b) => b.length - a.length);
  const pattern = words.length ? new RegExp(`\\b(?:${words.join('|')})\\b`, 'g') : null;
  return (text, lower) => {
    const starts = new Map<string, number[]>();
    if (!pattern || lower.length !== text.length) return starts;
    for (const list of byWord.values()) for (const { place } of list) starts.set(place, []);
    for (const m of lower.matchAll(pattern)) {
      for (const { place, offset } of byWord.get(m[0])!) if (m.index - offset >= 0) starts.get(place)!.push(m.index - offset);
    }
    return starts;
  };
}

/**
 * Runs `sticky` (a pattern with the y flag that begins at a word boundary and
 * whose text is `place`) wherever the text may name `place`, in order, never
 * inside an earlier match, as matchAll would find them.
 */
function matchesAt(place: string, t: EventText, sticky: RegExp): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  const tries = t.starts.get(place) ?? Array.from({ length: t.text.length }, (_, i) => i);
  let next = 0;
  for (const from of tries) {
    if (from < next) continue;
    sticky.lastIndex = from;
    const m = sticky.exec(t.text);
    next = m && m[0].length > 0 ? from + m[0].length : from + 1;
    if (m) found.push(m);
  }
  return found;
}

function escapeForPattern(place: string): string {
  return place.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** How often a place is named across the event's texts, as a name (with a capital): "Nice" the city, never "nice" the word. */
function namedIn(place: string, texts: readonly EventText[]): number {
  const pattern = namePattern(place);
  let n = 0;
  for (const text of texts) n += asNames(place, text, pattern).length * text.copies;
  return n;
}

/** The pattern of a place as a whole word, made once per place and tried on every text. */
function namePattern(place: string): RegExp {
  return new RegExp(`\\b${escapeForPattern(place)}\\b`, 'iy');
}

/** Where a text names a place with a capital. */
function asNames(place: string, text: EventText, pattern: RegExp): number[] {
  const at: number[] = [];
  for (const m of matchesAt(place, text, pattern)) if (/\p{Lu}/u.test(m[0])) at.push(m.index);
  return at;
}

/** Compass words between a place and the one holding it: "Erbil, northern Iraq", "Muisne in north-west Ecuador". */
const REGION = String.raw`(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?`;

/** Places the texts write inside another: "Erbil, northern Iraq", "Kabul in Afghanistan", "Nice, France". */
function containment(places: readonly string[], texts: readonly EventText[]): Map<string, string> {
  const within = new Map<string, string>();
  const known = new Set(places);
  for (const place of places) {
    const pattern = new RegExp(String.raw`\b${escapeForPattern(place)}(?:,\s+|\s+in\s+)(?:the\s+)?${REGION}(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)`, 'iuy');
    for (const text of texts) {
      for (const m of matchesAt(place, text, pattern)) {
        const holder = m[1]!.toLowerCase();
        if (known.has(holder) && holder !== place && /\p{Lu}/u.test(m[0])) within.set(place, holder);
      }
    }
  }
  return within;
}

/** How early the texts name a place, as the least share of a text read before its name. */
function firstNamed(place: string, texts: readonly EventText[]): number {
  const pattern = namePattern(place);
  let first = 1;
  for (const text of texts) {
    const at = asNames(place, text, pattern)[0];
    if (at !== undefined) first = Math.min(first, at / Math.max(1, text.text.length));
  }
  return first;
}

/**
 * The event's main family, places and sites, read from its claims' tags; with
 * the texts, a place counts by how often the texts name it, which a handful of
 * figures' sentences cannot tell reliably.
 */
export function eventIncidents(claims: readonly Pick<ExtractedClaim, 'incident'>[], rawTexts: readonly string[] = []): EventIncidents {
  const families = new Map<string, number>();
  const places = new Map<string, number>();
  let severalSites = false;
  for (const c of claims) {
    for (const f of new Set(tagValues(c, 'event'))) families.set(f, (families.get(f) ?? 0) + 1);
    for (const p of new Set(tagValues(c, 'place'))) places.set(p, (places.get(p) ?? 0) + 1);
    if (tagValues(c, 'site').length >= 2) severalSites = true;
  }
  const copies = new Map<string, number>();
  for (const text of rawTexts) copies.set(text, (copies.get(text) ?? 0) + 1);
  const startsIn = placeStarts([...places.keys()]);
  const texts = [...copies].map(([text, n]): EventText => {
    const lower = text.toLowerCase();
    return { text, lower, copies: n, starts: startsIn(text, lower) };
  });
  if (texts.length) for (const p of places.keys()) places.set(p, Math.max(places.get(p)!, namedIn(p, texts)));
  // a war is the background of an attack far more often than the event itself
  const withoutWar = new Map([...families].filter(([f]) => f !== 'war'));
  const family = mostCommon(withoutWar.size ? withoutWar : families)?.[0] ?? null;
  const top = mostCommon(places)?.[1] ?? 0;
  const main = new Set([...places].filter(([, n]) => n >= 2 && n >= top / 3).map(([p]) => p));
  // only where one place clearly dominates do the others stand aside; two cities named as often are both the event's
  // a handful of figures' sentences cannot tell which place the event barely names: only the texts can
  const aside = new Set(texts.length && top >= 3 ? [...places].filter(([p, n]) => n < top / 3 && !nestedIn(p, main)).map(([p]) => p) : []);
  // of places named as often, the one the texts name first is where the story is ("strikes in Syria ... after a rocket attack in Erbil")
  const centre = texts.length ? ([...places].filter(([, n]) => n === top).sort((a, b) => firstNamed(a[0], texts) - firstNamed(b[0], texts))[0]?.[0] ?? null) : (mostCommon(places)?.[0] ?? null);
  return { family, centre, places: main, aside, within: containment([...places.keys()], texts), severalSites };
}

/** A place inside another's name ("gaza", "gaza city") is one event told at two scales. */
function nestedIn(place: string, main: ReadonlySet<string>): boolean {
  for (const m of main) if (m === place || ` ${m} `.includes(` ${place} `) || ` ${place} `.includes(` ${m} `) || place.startsWith(`${m} `)) return true;
  return false;
}

/**
 * The incident a claim counts, as a key part: "" for the event's main
 * incident, else what sets it apart ("year:1999", "at:paris", "war",
 * "cause:crash", "site:airport", "nth:first").
 */
export function incidentOf(claim: Pick<ExtractedClaim, 'incident' | 'unit' | 'measure'>, event: EventIncidents): string {
  const year = tagValues(claim, 'year')[0];
  if (year) return `year:${year}`;
  const family = tagValues(claim, 'event');
  if (family.includes('war') && event.family && event.family !== 'war') return 'war';
  // a measurement, a share, a sum or a count of things is told apart by its year or its war; an incident's places, parts and
  // earlier events are where people were killed or hurt ("wins in five states a week ago" are still the same five states)
  if (claim.unit !== null || !isCasualtyMeasure(measureClass(claim.measure?.toLowerCase() ?? null))) return '';
  const centre = new Set(event.centre ? [event.centre] : []);
  const past = claim.incident.includes('past');
  const month = tagValues(claim, 'month')[0];
  // "killed 130 people in Paris" in a story about Nice: a place the event barely names; "attacks in Paris last November": a place
  // the event names often, with a time of its own
  // "in Iraq ... in the city of Erbil": the nearer place says where, the one holding it adds nothing
  const named = tagValues(claim, 'place');
  const places = named.filter((p) => !nestedIn(p, centre) && !named.some((q) => event.within.get(q) === p));
  const away = places.find((p) => event.aside.has(p)) ?? (past || month ? places[0] : undefined);
  if (away) return `at:${away}`;
  if (past) return `past:${family[0] ?? month ?? ''}`;
  const nth = tagValues(claim, 'nth')[0];
  if (nth) return `nth:${nth}`;
  // a cause that is not the event: "killed in weather-related car crashes" in a storm, "while shoveling snow"
  const cause = tagValues(claim, 'cause').find((c) => c !== event.family);
  if (cause) return `cause:${cause}`;
  const sites = tagValues(claim, 'site');
  if (event.severalSites && sites.length === 1) return `site:${sites[0]}`;
  return '';
}

/** Key parts naming an incident other than the event's own, as incidentOf writes them. */
const INCIDENT_PART = /^(?:at|past|year|nth|cause|site):|^war$/;

/** A key's scope without the incident it names: the same thing counted, whichever incident of the event. */
export function withoutIncident(scope: readonly string[]): string[] {
  return scope.filter((s) => !INCIDENT_PART.test(s));
}

export function isIncidentPart(part: string): boolean {
  return INCIDENT_PART.test(part);
}
