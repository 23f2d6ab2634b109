// What a figure's own stretch of its sentence says of the incident it
// counts: the event ("the 1999 tremor", "a war", "the attacks"), when ("in
// 1999", "last November", "on Saturday", "three years ago"), where ("in
// Paris", "at the airport") and from what ("in weather-related car crashes",
// "while shoveling snow"). Stored as tags with each claim; an event's
// figures are told apart by them (compare/incidents.ts): its main incident,
// its parts and background events never join.
import type { Quantity } from './quantities';
import type { Token } from './tokens';

/** Nouns of events, by family: two attacks are one family, a war another. */
export const EVENT_FAMILIES: ReadonlyMap<string, string> = new Map([
  ...['attack', 'attacks', 'bombing', 'bombings', 'bomb', 'bombs', 'blast', 'blasts', 'explosion', 'explosions', 'shooting', 'shootings',
    'raid', 'raids', 'strike', 'strikes', 'airstrike', 'airstrikes', 'assault', 'massacre', 'carnage', 'rampage', 'stabbing', 'siege']
    .map((w) => [w, 'attack'] as const),
  ...['earthquake', 'earthquakes', 'quake', 'quakes', 'tremor', 'tremors', 'temblor', 'aftershock', 'aftershocks', 'tsunami'].map((w) => [w, 'quake'] as const),
  ...['storm', 'storms', 'blizzard', 'snowstorm', 'hurricane', 'typhoon', 'cyclone', 'tornado', 'flood', 'floods', 'flooding', 'snowfall', 'heatwave']
    .map((w) => [w, 'storm'] as const),
  ...['war', 'conflict', 'insurgency', 'uprising', 'fighting', 'crisis', 'occupation'].map((w) => [w, 'war'] as const),
  ...['crash', 'crashes', 'collision', 'collisions', 'accident', 'accidents', 'derailment', 'sinking', 'capsizing'].map((w) => [w, 'crash'] as const),
  ...['fire', 'fires', 'blaze', 'wildfire', 'wildfires', 'inferno'].map((w) => [w, 'fire'] as const),
  ...['outbreak', 'epidemic', 'pandemic'].map((w) => [w, 'outbreak'] as const),
]);

/** Places inside an event that are not named places: "at the airport", "a metro station". */
const SITES = new Set([
  'airport', 'station', 'metro', 'subway', 'market', 'stadium', 'mosque', 'church', 'synagogue', 'temple', 'hospital', 'school',
  'restaurant', 'cafe', 'hotel', 'club', 'nightclub', 'mall', 'checkpoint', 'base', 'tower', 'bridge', 'overpass', 'camp', 'concert',
  'theatre', 'theater', 'terminal', 'embassy', 'prison', 'factory', 'mine', 'border', 'port', 'highway',
]);

/** Causes of death or harm that are not the event itself: "in car crashes", "while shoveling", "of hypothermia". */
const CAUSES = new Set([
  'crashes', 'crash', 'accidents', 'accident', 'collisions', 'shoveling', 'shovelling', 'hypothermia', 'exposure', 'drowning', 'drownings',
  'electrocution', 'falls', 'fall', 'stampede', 'collapse', 'collapses', 'landslide', 'landslides', 'avalanche', 'poisoning', 'cold',
  'heart', 'fire', 'fires', 'shelling', 'gunfire', 'airstrikes', 'crossfire',
]);

/** Common nouns that belong to a place's name: "in New York City", "in Manabi province". */
const PLACE_NOUNS = new Set(['city', 'province', 'state', 'county', 'region', 'area', 'district', 'island', 'islands', 'valley', 'coast', 'town', 'village', 'capital']);

const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan.', 'feb.', 'aug.', 'sept.', 'sep.', 'oct.', 'nov.', 'dec.']);
const DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'other', 'previous', 'earlier', 'last', 'separate']);
const NTH = new Set(['first', 'second', 'third', 'fourth', 'fifth']);
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'around', 'across', 'inside']);
/** Words that end the stretch a figure's tags are read from, after the figure: a new clause or a list's next item. */
const STRETCH_END = new Set([',', ';', ':', 'and', 'but', 'while', 'whereas', 'which', 'who', 'after', 'before', 'since']);

const lowerAt = (tokens: readonly Token[], i: number): string => tokens[i]?.lower ?? '';
const REPORTING = new Set(['said', 'says', 'told', 'reported', 'according', 'added', 'confirmed', 'announced']);

/** The tokens a figure's tags are read from: its clause before it, and after it up to the next clause or list item. */
function stretch(tokens: readonly Token[], q: Quantity, clause: readonly number[], conjunct: boolean): [number, number] {
  let first = q.first;
  // "One person died in Maryland and three in New York City": a conjunct's incident is what follows it
  if (conjunct) return [first, forward(tokens, q, clause)];
  // back to the clause's start, but never past what a source says ("The war monitor said ... that the strikes hit three trucks"):
  // a reporting verb, or "that" opening what was said (a relative "attacks in Paris that killed 130" goes on)
  while (first > 0 && clause[first - 1] === clause[q.first]) {
    const t = tokens[first - 1]!;
    if (REPORTING.has(t.lower)) break;
    if (t.lower === 'that' && (tokens[first - 2]?.pos === 'VERB' || tokens[first - 2]?.pos === 'CCONJ')) break;
    first--;
  }
  return [first, forward(tokens, q, clause)];
}

/** How far after the figure its tags are read: up to the next clause or list item. */
function forward(tokens: readonly Token[], q: Quantity, clause: readonly number[]): number {
  let last = q.last;
  // "31 people were killed and 260 wounded in the attacks on Brussels' airport and subway": the place is both counts'
  // and "the attacks on Brussels' airport and subway": a list of sites goes on; "while shoveling snow" is how, not a new clause
  const goesOn = (k: number): boolean => {
    const w = tokens[k]!.lower;
    const next = tokens.slice(k + 1, k + 6);
    if (w === 'while' || w === 'who') return /ing$/.test(lowerAt(tokens, k + 1)) || (w === 'who' && lowerAt(tokens, k - 1) === 'those');
    if (w !== 'and') return false;
    if (tokens[k + 1]?.pos === 'NUM' || /^\d/.test(tokens[k + 1]?.text ?? '')) return true;
    const site = next.findIndex((t) => SITES.has(t.lower));
    return site >= 0 && !next.slice(0, site).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
  };
  while (last + 1 < tokens.length && clause[last + 1] === clause[q.last] && (!STRETCH_END.has(tokens[last + 1]!.lower) || goesOn(last + 1))) last++;
  return last;
}

/** The incident tags of amount `q`: "event:attack", "year:1999", "month:november", "past", "day:saturday", "place:paris", "site:airport", "cause:crashes", "nth:second". */
export function incidentTags(tokens: readonly Token[], q: Quantity, clause: readonly number[]): string[] {
  // a conjunct reads its own words first; when they name nothing of place, site or cause, the clause it joins names them
  // ("an attack on Erbil airport in which a contractor was killed and nine people were wounded")
  const conjunct = tokens[q.first - 1]?.lower === 'and' || tokens[q.first - 1]?.lower === 'or';
  const own = tagsIn(tokens, q, stretch(tokens, q, clause, conjunct));
  if (!conjunct || own.some((t) => /^(?:place|site|cause|day|month|year):/.test(t))) return own;
  return tagsIn(tokens, q, stretch(tokens, q, clause, false));
}

/**
 * What each token of a sentence says of an incident, worked out once: a
 * sentence holds several figures whose stretches overlap.
 */
const perToken = new WeakMap<readonly Token[], (readonly string[] | undefined)[]>();

/** The tags token `k` gives, worked out the first time a figure's stretch reaches it. */
function tagsAt(tokens: readonly Token[], k: number, memo: (readonly string[] | undefined)[]): readonly string[] {
  const known = memo[k];
  if (known) return known;
  const t = tokens[k]!;
  const w = t.lower;
  // most words say nothing of an incident
  if (!TRIGGERS.has(w) && !(w.length === 4 && w.charCodeAt(0) <= 57)) return (memo[k] = NONE);
  {
    const tags: string[] = [];
    const family = EVENT_FAMILIES.get(w);
    // "the war monitor", "an attack helicopter": the event word modifies another noun and names no event
    if (family && t.pos !== 'VERB' && tokens[k + 1]?.pos !== 'NOUN') {
      tags.push(`event:${family}`);
      const before = lowerAt(tokens, k - 1);
      if (ORDINALS.has(before) && before !== 'last') tags.push(`nth:${before}`);
    }
    // "in 1999", "the 1999 tremor", "September 1999"; never a name ("Euro 2016") or a time ("2000 GMT")
    if (t.text.length === 4 && /^(?:19|20)\d\d$/.test(t.text) && !(tokens[k - 1]?.pos === 'PROPN' && !MONTHS.has(lowerAt(tokens, k - 1))) && !/^(?:gmt|utc|et|est|edt|bst|hrs|hours)$/.test(lowerAt(tokens, k + 1))) {
      tags.push(`year:${t.text}`);
    }
    // "The first, in the fish market, killed 22; a second near the stadium killed nine": an ordinal standing for an event
    if (NTH.has(w) && (tokens[k - 1]?.pos === 'DET') && (tokens[k + 1]?.text === ',' || tokens[k + 1]?.pos === 'ADP' || tokens[k + 1]?.pos === 'VERB')) tags.push(`nth:${w}`);
    if (MONTHS.has(w) && /^[A-Z]/.test(t.text)) tags.push(`month:${w.replace(/\.$/, '').slice(0, 3)}`);
    // "three years ago", "last November", "last week", "eight months after gunmen killed 130"
    if (w === 'ago' || (w === 'last' && (MONTHS.has(lowerAt(tokens, k + 1)) || /^(?:year|week|month)$/.test(lowerAt(tokens, k + 1))))) tags.push('past');
    if ((w === 'after' || w === 'before' || w === 'since') && /^(?:months|years|weeks)$/.test(lowerAt(tokens, k - 1))) tags.push('past');
    if (DAYS.has(w) && (lowerAt(tokens, k - 1) === 'on' || lowerAt(tokens, k - 1) === 'for' || lowerAt(tokens, k - 1) === 'by')) tags.push(`day:${w}`);
    // "at the airport", "a rush-hour metro train"; never "hospital sources", a site word modifying another noun
    if (SITES.has(w) && t.pos !== 'VERB' && !(tokens[k + 1]?.pos === 'NOUN' && !SITES.has(lowerAt(tokens, k + 1)) && !/^(?:train|trains|line|car|cars)$/.test(lowerAt(tokens, k + 1)))) {
      tags.push(`site:${w === 'subway' || w === 'metro' ? 'metro' : w}`);
    }
    if (CAUSES.has(w) && (PLACE_PREPOSITIONS.has(lowerAt(tokens, k - 1)) || CAUSE_PREPOSITIONS.has(lowerAt(tokens, k - 1)) || tokens[k - 1]?.pos === 'ADJ' || tokens[k - 1]?.pos === 'NOUN')) {
      tags.push(`cause:${w === 'shovelling' ? 'shoveling' : w.replace(/s$/, '')}`);
    }
    if (w === 'while' && /ing$/.test(lowerAt(tokens, k + 1))) tags.push(`cause:${lowerAt(tokens, k + 1)}`);
    // "in Paris", "in and around Paris", "near al Bukamal", "an attack on Erbil airport"
    if (PLACE_PREPOSITIONS.has(w) || (w === 'on' && EVENT_FAMILIES.has(lowerAt(tokens, k - 1)))) {
      const place = placeAfter(tokens, k);
      if (place) tags.push(`place:${place}`);
    }
    memo[k] = tags;
    return tags;
  }
}

const CAUSE_PREPOSITIONS = new Set(['from', 'of', 'while', 'by']);
const NONE: readonly string[] = [];
/** The words that may give a tag: event words, months, days, sites, causes, prepositions of place and the words of time. */
const TRIGGERS = new Set([...EVENT_FAMILIES.keys(), ...MONTHS, ...DAYS, ...SITES, ...CAUSES, ...PLACE_PREPOSITIONS, ...NTH, 'on', 'ago', 'last', 'after', 'before', 'since', 'while']);

/** The place named after a preposition at `k`, in lower case, or null. */
function placeAfter(tokens: readonly Token[], k: number): string | null {
  let p = k + 1;
  if (lowerAt(tokens, p) === 'and' || lowerAt(tokens, p) === 'the') p++;
  if (PLACE_PREPOSITIONS.has(lowerAt(tokens, p))) p++;
  if (lowerAt(tokens, p) === 'the') p++;
  // "in the northern Iraqi city of Erbil": the place the common noun names
  let c = p;
  while (c < p + 4 && (tokens[c]?.pos === 'ADJ' || /^[A-Z]/.test(tokens[c]?.text ?? '')) && !PLACE_NOUNS.has(lowerAt(tokens, c))) c++;
  if (PLACE_NOUNS.has(lowerAt(tokens, c)) && lowerAt(tokens, c + 1) === 'of' && /^[A-Z]/.test(tokens[c + 2]?.text ?? '')) p = c + 2;
  const name: string[] = [];
  // "al Bukamal", "el Arish": Arabic article prefixes
  if (/^(?:al|el|ad|as|ar)$/.test(lowerAt(tokens, p)) && /^[A-Z]/.test(tokens[p + 1]?.text ?? '')) name.push(tokens[p++]!.lower);
  while (tokens[p] && (tokens[p]!.pos === 'PROPN' || tokens[p]!.pos === 'NOUN') && /^[A-Z]/.test(tokens[p]!.text) && !DAYS.has(tokens[p]!.lower) && !MONTHS.has(tokens[p]!.lower)) name.push(tokens[p++]!.lower);
  // "in US airstrikes", "in Syrian government-held cities": a name before a common noun modifies it and names no place
  const modifier = (tokens[p]?.pos === 'NOUN' && !PLACE_NOUNS.has(tokens[p]!.lower) && !SITES.has(tokens[p]!.lower)) || tokens[p]?.text === '-';
  return name.length && !modifier ? name.join(' ') : null;
}

function tagsIn(tokens: readonly Token[], q: Quantity, [first, last]: [number, number]): string[] {
  // most stretches say nothing of an incident: the set is made for the first tag found
  let tags: Set<string> | null = null;
  let memo = perToken.get(tokens);
  if (!memo) perToken.set(tokens, (memo = []));
  for (let k = first; k <= last; k++) {
    if (k >= q.first && k <= q.last) continue;
    for (const tag of tagsAt(tokens, k, memo)) (tags ??= new Set()).add(tag);
  }
  return tags ? [...tags].sort() : [];
}
