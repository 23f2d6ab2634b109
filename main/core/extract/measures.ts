// What happened to the things a figure counts, as the measures a researcher
// lines figures up by: killed, wounded, hospitalised, in critical condition,
// missing, evacuated, rescued, arrested, displaced, damaged, cancelled,
// infected, jobs added or cut ... Each measure gathers the verbs, adjectives,
// nouns and set phrases English uses for it: "killed", "died", "left six
// dead", "lost their lives", "claimed the lives of", "death toll" and
// "fatalities" are one measure. Extraction names a claim's measure with it
// (countedThing.ts); grouping compares measures with it (compare/figureKey.ts).

function table<T>(entries: Record<string, T>): ReadonlyMap<string, T> {
  return new Map(Object.entries(entries));
}

/** Single words → their measure. Verbs in every form, and the adjectives and nouns that say the same. */
const WORDS: ReadonlyMap<string, string> = table({
  // killed
  kill: 'killed', kills: 'killed', killed: 'killed', killing: 'killed', dead: 'killed', died: 'killed', die: 'killed', dies: 'killed',
  dying: 'killed', death: 'killed', deaths: 'killed', toll: 'killed', fatalities: 'killed', fatality: 'killed', perished: 'killed',
  slain: 'killed', murdered: 'killed', massacred: 'killed', drowned: 'killed', bodies: 'killed', lives: 'killed',
  // wounded
  wound: 'wounded', wounds: 'wounded', wounded: 'wounded', wounding: 'wounded', injure: 'wounded', injures: 'wounded',
  injured: 'wounded', injuring: 'wounded', injuries: 'wounded', hurt: 'wounded', hurting: 'wounded', maimed: 'wounded',
  // taken to hospital, a part of the injured
  hospitalised: 'hospitalised', hospitalized: 'hospitalised', hospitalisation: 'hospitalised', hospitalization: 'hospitalised',
  treated: 'hospitalised', treatment: 'hospitalised', admitted: 'hospitalised',
  // critical condition, a part of the injured too
  critical: 'critical', critically: 'critical',
  missing: 'missing', trapped: 'missing', unaccounted: 'missing',
  evacuated: 'evacuated', evacuate: 'evacuated', evacuates: 'evacuated', evacuating: 'evacuated', evacuation: 'evacuated', evacuations: 'evacuated',
  rescued: 'rescued', rescue: 'rescued', rescues: 'rescued', rescuing: 'rescued', freed: 'rescued', survivors: 'rescued',
  arrested: 'arrested', arrest: 'arrested', arrests: 'arrested', arresting: 'arrested', detained: 'arrested', detain: 'arrested',
  detains: 'arrested', detaining: 'arrested', detention: 'arrested', detentions: 'arrested', apprehended: 'arrested',
  kidnapped: 'kidnapped', abducted: 'kidnapped', kidnapping: 'kidnapped', hostages: 'kidnapped', hostage: 'kidnapped',
  displaced: 'displaced', homeless: 'displaced', fled: 'displaced',
  damaged: 'damaged', destroyed: 'damaged', collapsed: 'damaged', toppled: 'damaged', flattened: 'damaged', razed: 'damaged',
  canceled: 'cancelled', cancelled: 'cancelled', cancellations: 'cancelled', cancel: 'cancelled', cancels: 'cancelled', grounded: 'cancelled',
  infected: 'infected', infect: 'infected', infections: 'infected', infection: 'infected', diagnosed: 'infected', cases: 'infected',
  fired: 'fired', fire: 'fired', fires: 'fired', firing: 'fired', launched: 'fired', launch: 'fired', launches: 'fired', launching: 'fired',
  marched: 'attended', attended: 'attended', protested: 'attended', demonstrated: 'attended', rallied: 'attended', turnout: 'attended', crowd: 'attended',
  dispatched: 'deployed', deployed: 'deployed', mobilized: 'deployed', mobilised: 'deployed',
  added: 'added', add: 'added', adds: 'added', adding: 'added', created: 'added', gained: 'added', gains: 'added', hired: 'added',
  increased: 'added', increase: 'added', increasing: 'added', rose: 'added', rising: 'added', risen: 'added', grew: 'added', growth: 'added',
  cut: 'cut', cuts: 'cut', cutting: 'cut', lost: 'cut', losing: 'cut', shed: 'cut', slice: 'cut', sliced: 'cut', eliminated: 'cut', reduced: 'cut',
  slipped: 'cut', declined: 'cut', decreased: 'cut', fell: 'cut', dropped: 'cut',
});

/** Set phrases, longest first, by their words, with the words a claim shows for them. */
const PHRASES: readonly { words: readonly string[]; measure: string; shown: string }[] = [
  { words: ['claimed', 'the', 'lives', 'of'], measure: 'killed', shown: 'killed' },
  { words: ['lost', 'their', 'lives'], measure: 'killed', shown: 'killed' },
  { words: ['in', 'a', 'critical', 'condition'], measure: 'critical', shown: 'in critical condition' },
  { words: ['in', 'critical', 'condition'], measure: 'critical', shown: 'in critical condition' },
  { words: ['in', 'a', 'serious', 'condition'], measure: 'critical', shown: 'in serious condition' },
  { words: ['in', 'serious', 'condition'], measure: 'critical', shown: 'in serious condition' },
  { words: ['taken', 'to', 'the', 'hospital'], measure: 'hospitalised', shown: 'taken to hospital' },
  { words: ['taken', 'to', 'hospitals'], measure: 'hospitalised', shown: 'taken to hospital' },
  { words: ['taken', 'to', 'hospital'], measure: 'hospitalised', shown: 'taken to hospital' },
  { words: ['in', 'hospital'], measure: 'hospitalised', shown: 'in hospital' },
  { words: ['taken', 'into', 'custody'], measure: 'arrested', shown: 'arrested' },
  { words: ['unaccounted', 'for'], measure: 'missing', shown: 'unaccounted for' },
  { words: ['pulled', 'from'], measure: 'rescued', shown: 'rescued' },
  { words: ['pulled', 'out'], measure: 'rescued', shown: 'rescued' },
  { words: ['shot', 'dead'], measure: 'killed', shown: 'killed' },
  { words: ['death', 'toll'], measure: 'killed', shown: 'killed' },
  { words: ['without', 'power'], measure: 'without power', shown: 'without power' },
  { words: ['without', 'electricity'], measure: 'without power', shown: 'without power' },
  { words: ['without', 'water'], measure: 'without water', shown: 'without water' },
  { words: ['without', 'heat'], measure: 'without heat', shown: 'without heat' },
];

/** Verb forms shown as one: "kills", "killing", "died" are shown "killed", so figures about the same thing read alike. */
const SHOWN: ReadonlyMap<string, string> = table({
  kill: 'killed', kills: 'killed', killing: 'killed', dead: 'killed', died: 'killed', die: 'killed', dies: 'killed', perished: 'killed',
  wound: 'wounded', wounds: 'wounded', wounding: 'wounded',
  injure: 'injured', injures: 'injured', injuring: 'injured',
  hurts: 'hurt', hurting: 'hurt',
  evacuate: 'evacuated', evacuates: 'evacuated', evacuating: 'evacuated',
  arrest: 'arrested', arrests: 'arrested', arresting: 'arrested',
  detain: 'detained', detains: 'detained', detaining: 'detained',
  fire: 'fired', fires: 'fired', firing: 'fired', launch: 'launched', launches: 'launched', launching: 'launched',
  cancel: 'canceled', cancels: 'canceled', cancelled: 'canceled',
  rescue: 'rescued', rescues: 'rescued', rescuing: 'rescued',
  infect: 'infected', infects: 'infected',
  hospitalized: 'hospitalised',
});

/** The words a claim shows for a measure word: "kills" → "killed"; other words as they are. */
export function shownMeasure(word: string): string {
  return SHOWN.get(word) ?? word;
}

/** The class of a measure as a claim shows it ("in critical condition" → critical, "injured" → wounded); null for words of no known measure. */
export function measureClass(shown: string | null): string | null {
  if (!shown) return null;
  const word = WORDS.get(shown);
  if (word) return word;
  const words = shown.split(' ');
  for (let i = 0; i < words.length; i++) {
    const phrase = measurePhraseIn(words.length, (k) => words[k], i);
    if (phrase) return phrase.measure;
  }
  for (const w of words) if (WORDS.has(w)) return WORDS.get(w)!;
  return null;
}

/** The measure a single word names, or null: "died" → killed, "injuries" → wounded. */
export function measureOfWord(word: string): string | null {
  return WORDS.get(word.toLowerCase()) ?? null;
}

/** The set phrases by their first word, each list in the order of PHRASES: only the phrases a word opens are looked at. */
const PHRASES_BY_FIRST = new Map<string, (typeof PHRASES)[number][]>();
for (const p of PHRASES) {
  const first = PHRASES_BY_FIRST.get(p.words[0]!);
  if (first) first.push(p);
  else PHRASES_BY_FIRST.set(p.words[0]!, [p]);
}

/**
 * A token's lower case by its index, for the readings below that look at a
 * few tokens of a sentence: they read the tokens in place, where a copy of
 * their words for each look cost the thread that reads a long text more than
 * the looking.
 */
export type LowerAt = (k: number) => string | undefined;

/** The measure of a set phrase starting at `i` of `length` lower-case words read with `lowerAt`, with its length and the words shown for it; null when none starts there. */
export function measurePhraseIn(length: number, lowerAt: LowerAt, i: number): { measure: string; shown: string; length: number } | null {
  const candidates = i >= 0 && i < length ? PHRASES_BY_FIRST.get(lowerAt(i)!) : undefined;
  if (!candidates) return null;
  for (const p of candidates) {
    let all = true;
    for (let k = 1; k < p.words.length && all; k++) all = i + k < length && lowerAt(i + k) === p.words[k];
    if (all) return { measure: p.measure, shown: p.shown, length: p.words.length };
  }
  return null;
}

/** What happens to people in the reports Tally reads: a clause with one of these makes "one" and "a" counts. */
const CASUALTY = new Set(['killed', 'wounded', 'hospitalised', 'critical', 'missing', 'evacuated', 'rescued', 'arrested', 'kidnapped', 'displaced']);

export function isCasualtyMeasure(measure: string | null): boolean {
  return measure !== null && CASUALTY.has(measure);
}

/** Measures that are parts of another: the hospitalised and the critically injured are among the injured. */
const PART_OF: ReadonlyMap<string, string> = table({ hospitalised: 'wounded', critical: 'wounded' });

export function wholeMeasureOf(measure: string): string | null {
  return PART_OF.get(measure) ?? null;
}

/** Every measure a word may name, for a quick test of a clause. */
export function isMeasureWord(word: string): boolean {
  return WORDS.has(word.toLowerCase());
}

/** Services a disaster cuts: "cut power to 168,000 households" leaves them without power. */
const SERVICES: ReadonlyMap<string, string> = table({
  power: 'without power', electricity: 'without power', water: 'without water', heat: 'without heat', heating: 'without heat',
});

const LOSING = new Set(['lost', 'losing', 'lose', 'without']);

/** "homes lost power", "were left without electricity": a service the counted thing lost, read from the `length` words after it. */
export function serviceLost(length: number, lowerAt: LowerAt): string | null {
  let verb = -1;
  for (let k = 0; k < length && verb < 0; k++) if (LOSING.has(lowerAt(k)!)) verb = k;
  if (verb < 0 || verb > 3) return null;
  return SERVICES.get((verb + 1 < length ? lowerAt(verb + 1) : undefined) ?? '') ?? null;
}

/**
 * "cut power to 168,000 households", "halted water services to about 400,000
 * households", "power had been restored to all but about 900 households": a
 * service named before the amount, then "to" or "for", says the homes went
 * without it. `length` words before the amount, read with `lowerAt`, nearest last.
 */
export function serviceCut(length: number, lowerAt: LowerAt): string | null {
  let to = -1;
  for (let k = length - 1; k >= 0 && to < 0; k--) if (lowerAt(k) === 'to') to = k;
  if (to < 0 || length - to > 4) return null;
  for (let k = to - 1; k >= 0 && to - k <= 5; k--) {
    const cut = SERVICES.get(lowerAt(k)!);
    if (cut) return cut;
  }
  return null;
}
