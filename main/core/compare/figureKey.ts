// What quantity a claim is about, reduced to a key that claims about the same
// quantity share across outlets and wordings: the measure (killed, wounded,
// arrested, took part ...), the counted thing (people, contractors, rockets
// ...) and its scope: a nationality, "in total", whose amount it is
// (Trump's delegates, Cruz's), how it is meant (a forecast, a threshold, a
// target) and the unit it is in (a magnitude is no count of quakes). "17
// people were killed", "at least 17 fighters were killed" and "the death toll
// rose to 22" share one key; "four US contractors wounded" and "eight
// contractors injured in total" do not, and neither do "economists expected
// 164,000 jobs" and "employers added 38,000".
import { measureClass } from '../extract/measures';
import type { ExtractedClaim } from '../model';

/** Counted things that are the same kind of thing, with the measure a word may bring ("survivors" are people rescued). */
const ENTITIES: readonly { cls: string; forms: readonly string[]; measure?: string; weak?: boolean }[] = [
  { cls: 'people', forms: ['people', 'persons', 'person', 'individuals', 'individual', 'fighters', 'militants', 'civilians', 'others', 'dead', 'victims', 'toll', 'death toll', 'members', 'lives', 'those'] },
  { cls: 'people', forms: ['crowd', 'turnout'], measure: 'attended' },
  // protesters do other things than take part ("200 masked protesters broke away"): their verb, when there is one, says which
  { cls: 'people', forms: ['protesters', 'demonstrators', 'marchers'], measure: 'attended', weak: true },
  { cls: 'people', forms: ['survivors'], measure: 'rescued' },
  { cls: 'people', forms: ['residents', 'inhabitants'], measure: 'living' },
  { cls: 'people', forms: ['cases', 'infections', 'patients'], measure: 'infected' },
  { cls: 'people', forms: ['arrests', 'detentions', 'detainees'], measure: 'arrested' },
  { cls: 'people', forms: ['deaths', 'fatalities', 'casualties', 'bodies', 'corpses'], measure: 'killed' },
  { cls: 'people', forms: ['injuries'], measure: 'wounded' },
  // "271 wounded", "the injured": the adjective standing for the people
  { cls: 'people', forms: ['wounded', 'injured', 'hurt'], measure: 'wounded' },
  { cls: 'people', forms: ['missing'], measure: 'missing' },
  { cls: 'attackers', forms: ['attackers', 'attacker', 'assailants', 'assailant', 'gunmen', 'gunman', 'bombers', 'suicide bombers', 'hijackers', 'perpetrators', 'shooters', 'insurgents'] },
  { cls: 'contractors', forms: ['contractors', 'contractor'] },
  { cls: 'officers', forms: ['officers', 'officer', 'policemen', 'police officers', 'police', 'police personnel'] },
  { cls: 'troops', forms: ['troops', 'soldiers', 'military troops', 'servicemen', 'military personnel'] },
  { cls: 'shops', forms: ['shops', 'stores', 'businesses', 'windows'] },
  { cls: 'rockets', forms: ['rockets', 'missiles', 'rocket'] },
  { cls: 'households', forms: ['households', 'homes', 'houses', 'apartments', 'apartment units', 'units', 'dwellings', 'flats'] },
  { cls: 'countries', forms: ['countries', 'nations', 'territories'] },
  { cls: 'flights', forms: ['flights', 'cancellations'] },
  { cls: 'jobs', forms: ['jobs', 'positions', 'payrolls', 'hires', 'gains', 'monthly gains'] },
  { cls: 'buildings', forms: ['buildings', 'structures', 'building'] },
];

/** Plural nationality nouns: "five of them Americans" is five US people. */
const DEMONYMS: Readonly<Record<string, string>> = {
  americans: 'US', britons: 'UK', iraqis: 'Iraqi', syrians: 'Syrian', israelis: 'Israeli', palestinians: 'Palestinian', ukrainians: 'Ukrainian',
  russians: 'Russian', canadians: 'Canadian', germans: 'German', french: 'French', belgians: 'Belgian', australians: 'Australian', chinese: 'Chinese',
};

/** Members of a party or a faith are no nationality, though written like one. */
const PARTIES = /^(?:Republicans|Democrats|Christians|Muslims|Libertarians|Olympians|Veterans|Guardians|Titans)$/;

/** A nationality written as a plural noun the table does not list: "Norwegians", "Pakistanis", "Swedes" → "Norwegian". */
function demonymOf(word: string): string | null {
  const known = DEMONYMS[word.toLowerCase()];
  if (known) return known;
  if (/^\p{Lu}\p{Ll}+(?:ans|ese|is|ites|ns)$/u.test(word) && !PARTIES.test(word)) return word.replace(/s$/, '');
  if (/^(?:Swedes|Danes|Finns|Poles|Turks|Scots|Kurds|Arabs|Thais|Filipinos|Dutch|Swiss|Irish|Welsh)$/.test(word)) return word.replace(/s$/, '');
  return null;
}

/** Nouns for people by what they are or do: "the village lost six miners" lost them to death, not to a layoff. */
const PERSON_NOUNS = new Set([
  'men', 'women', 'children', 'boys', 'girls', 'miners', 'workers', 'passengers', 'tourists', 'students', 'pilgrims', 'worshippers', 'villagers',
  'farmers', 'fishermen', 'crew', 'crewmen', 'sailors', 'journalists', 'reporters', 'doctors', 'nurses', 'teachers', 'guards', 'firefighters',
]);

/** Measures written as a noun phrase's head ("the death toll") or a word the class table knows ("injured" → wounded). */
const MEASURE_LABELS: Readonly<Record<string, string>> = {
  killed: 'killed', wounded: 'wounded', hospitalised: 'taken to hospital', critical: 'in critical condition', missing: 'missing',
  evacuated: 'evacuated', rescued: 'rescued', arrested: 'arrested', kidnapped: 'kidnapped', displaced: 'displaced', damaged: 'damaged',
  cancelled: 'canceled', infected: 'infected', fired: 'fired', attended: 'took part', deployed: 'deployed', added: 'added', cut: 'cut',
  living: 'living there', 'without power': 'without power', 'without water': 'without water', 'without heat': 'without heat',
};

/** "A smaller 4.5 magnitude quake", "the larger quake": which of several measured things. */
const COMPARATIVES = new Set(['smaller', 'larger', 'bigger', 'stronger', 'weaker', 'strongest', 'largest', 'biggest', 'record', 'highest', 'lowest']);
/** Things a unit measures, by the words for them: a quake of any name has one magnitude; snow, snowfall, accumulations are snow. */
const MEASURED: readonly { units: readonly string[]; cls: string; forms: readonly string[]; places?: boolean }[] = [
  { units: ['magnitude'], cls: 'aftershock', forms: ['aftershock', 'aftershocks', 'foreshock', 'foreshocks'] },
  { units: ['magnitude'], cls: '', forms: [] },
  { units: ['inches', 'feet', 'cm', 'mm'], cls: 'rain', forms: ['rain', 'rainfall', 'precipitation'] },
  { units: ['inches', 'feet', 'cm', 'mm'], cls: 'water', forms: ['water', 'floodwater', 'floodwaters', 'flood', 'floods', 'waves', 'tsunami waves', 'surge', 'storm surge', 'tide', 'tides', 'sea'] },
  // "Virginia and West Virginia reached 40 inches", "in some parts 40 inches had fallen": a place or a part is no thing measured
  { units: ['inches', 'feet', 'cm', 'mm'], cls: 'snow', forms: ['snow', 'snowfall', 'accumulation', 'accumulations', 'snow accumulation', 'snowstorm', 'storm', 'blizzard', 'it', 'parts', 'areas', 'places', 'some'], places: true },
  { units: ['mph', 'km/h', 'knots'], cls: 'winds', forms: ['winds', 'wind', 'gusts', 'gust', 'wind gusts'] },
];

function measuredClass(unit: string, words: string, place: boolean): string | null {
  for (const m of MEASURED) {
    if (!m.units.includes(unit)) continue;
    if (m.forms.length === 0 || m.forms.some((f) => words === f || words.endsWith(` ${f}`)) || (words === '' && m.cls !== 'aftershock') || (place && m.places)) return m.cls;
  }
  return null;
}

/** Words that stand for the thing counted before: "six more", "40 others". */
const ELLIPTICAL_WORDS = new Set(['more', 'others', 'other', 'additional', 'further']);

/** Units of time: a duration is known by its verb. */
const TIME_UNITS = new Set(['seconds', 'minutes', 'hours', 'days', 'nights', 'weeks', 'months', 'years', 'decades', 'centuries', 'weekends']);

function entityClass(words: string): { cls: string; measure?: string; weak?: boolean } | null {
  const w = words.toLowerCase();
  for (const e of ENTITIES) if (e.forms.some((f) => w === f || w.endsWith(` ${f}`))) return e;
  return null;
}

function singular(word: string): string {
  return word.replace(/(?<=[^aeiou])ies$/, 'y').replace(/(?<=[^s])s$/, '');
}

export interface FigureKey {
  measure: string;
  entity: string;
  /** What makes it a different figure of the same thing: nationality, "in total", whose it is, how it is meant, its unit. */
  scope: string[];
  /** A readable label: "people killed", "US contractors wounded", "Trump delegates", "quake magnitude". */
  label: string;
}

/** The measure class of a claim's measure words; an unknown verb ("amassed", "pushed") says nothing a key can use. */
function measureOf(claim: ExtractedClaim): string {
  const cls = measureClass(claim.measure?.toLowerCase() ?? null);
  if (cls) return cls;
  if (claim.measure === 'took part') return 'attended';
  return '';
}

export function figureKey(claim: ExtractedClaim): FigureKey | null {
  if (claim.kind !== 'figure') return null;
  // a share is of its thing: "unemployment rate percent", "percent of voters"
  const entityWords = (claim.entity ?? '').toLowerCase().replace(/^percent of /, '').replace(/ ?percent$/, '');
  const scope: string[] = [];
  const known = entityClass(entityWords);
  let entity = known?.cls ?? (entityWords ? singular(entityWords.split(' ').at(-1)!) : '');
  // an unknown verb tells people apart ("protesters broke away" are not the marchers) but not delegates or jobs, which every
  // outlet moves with a verb of its own ("amassed", "pushed him to")
  const verb = entity === 'people' && claim.measure && !measureClass(claim.measure.toLowerCase()) ? claim.measure.toLowerCase() : '';
  let measure = measureOf(claim) || (known?.weak ? '' : known?.measure) || verb || known?.measure || measureClass(entityWords) || '';
  // "the village lost six miners in the attack": people lost to an event or a cause are dead; jobs lost, or a plant's workers, are cut
  const person = known?.cls === 'people' || known?.cls === 'troops' || known?.cls === 'officers' || PERSON_NOUNS.has(entityWords.split(' ').at(-1)!);
  // ("the village lost six men" too); a plant's "workers" or "employees" lost with no event named were laid off
  const employed = /^(?:workers|employees|staff|jobs)$/.test(entityWords.split(' ').at(-1)!);
  if (measure === 'cut' && person && /^los[ten]/.test(claim.measure?.toLowerCase() ?? '') && (!employed || claim.incident.some((t) => /^(?:event|cause):/.test(t)))) measure = 'killed';
  const demonym = entityWords.includes(' ') ? null : demonymOf(claim.entity ?? '');
  if (demonym) {
    scope.push(demonym);
    entity = 'people';
  }
  for (const q of claim.qualifiers) {
    const nationality = demonymOf(q);
    if (nationality) scope.push(nationality);
    if (/^(?:US|U\.S\.|American)$/.test(q)) scope.push('US');
    else if (/^(?:UK|British)$/.test(q)) scope.push('UK');
    if (q === 'in total') scope.push('in total');
    // "suspected cases", "confirmed cases": a count of suspicions is not a count of confirmations
    if (q === 'suspected' || q === 'confirmed' || q === 'probable' || q === 'suspect') scope.push(q === 'suspect' ? 'suspected' : q);
    // "2,000 more officers": more than those counted before, another figure
    if ((q === 'more' || q === 'additional') && entityWords && !ELLIPTICAL_WORDS.has(entityWords)) scope.push('more');
  }
  // "U.S. citizens": a nationality written as a modifier
  if (/^u\.s\. /.test(entityWords)) scope.push('US');
  if (claim.unit && claim.unit !== 'percent' && claim.unit !== 'fraction') {
    scope.push(`in ${claim.unit}`);
    // what a unit measures, in one word: an earthquake's magnitude whatever the text calls the quake, "snowfall" and "snow" alike
    entity = measuredClass(claim.unit, entityWords, /^\p{Lu}/u.test(claim.entity ?? '')) ?? entity;
    for (const q of claim.qualifiers) if (COMPARATIVES.has(q.toLowerCase())) scope.push(q.toLowerCase());
    // a measurement, duration or age is of one thing at a time: the measure words of its clause do not tell figures apart
    if (/ old$/.test(claim.unit)) measure = 'age';
    // "extended a state of emergency for three months", "extended it by three months": the verb says which span it is
    else if (claim.measure && TIME_UNITS.has(claim.unit)) [measure, entity] = [claim.measure.toLowerCase(), ''];
    // a measurement rises or falls, and is the same figure either way
    else measure = '';
  }
  if (claim.unit === 'percent') [measure] = [''];
  if (claim.unit === 'percent') scope.push('percent');
  // "less than half of the 1,373 cases" is a share of the cases, never a count to line up with 1,373
  if (claim.unit === 'fraction') scope.push('share');
  // "the Fed's 2.0 percent target" and "inflation ... below the Fed's target of 2 percent": one target, whatever it is said to be of
  if (claim.modality === 'target' && claim.holder) entity = '';
  if (claim.holder) scope.push(`of ${claim.holder}`);
  if (claim.modality && claim.modality !== 'earlier') scope.push(claim.modality);
  if (!entity && !measure && !claim.unit) return null;
  const uniqueScope = [...new Set(scope)].sort();
  return { measure, entity, scope: uniqueScope, label: labelOf(claim, measure, entity, entityWords, known?.cls ?? null, demonym ?? null, uniqueScope) };
}

/** The label as a researcher would write it: "people killed", "Trump delegates", "delegates needed", "forecast jobs added", "quake magnitude". */
/** The currencies a money figure's unit names (extract/numberWords.ts), which are no unit of measurement. */
const MONEY_UNITS = /dollars|euros|pounds|yen|yuan|crowns|francs|rupees|roubles|pesos|kronor|kroner|lira|shekels|dinars|riyals|baht|ringgit|rand|naira|hryvnias|zlotys/;

function labelOf(claim: ExtractedClaim, measure: string, entity: string, entityWords: string, cls: string | null, demonym: string | null, scope: readonly string[]): string {
  const unit = claim.unit && claim.unit !== 'fraction' ? claim.unit : null;
  const thing = demonym ? entityWords.charAt(0).toUpperCase() + entityWords.slice(1) : (cls ?? entityWords) || entity;
  const nationality = demonym ? [] : scope.filter((s) => /^[A-Z]/.test(s));
  // "Trump delegates", but "cash value of the jackpot": a thing named by a common noun owns the amount after it
  const owner = claim.holder && /^\p{Ll}/u.test(claim.holder) ? claim.holder : null;
  const whose = claim.holder && !owner ? [claim.holder] : [];
  // "The drive holds 2 terabytes": the owner already named as the thing is not named twice
  const ofOwner = owner && owner !== (cls ?? entityWords) ? [`of the ${owner}`] : [];
  const total = scope.includes('in total') ? ['in total'] : [];
  const how = claim.modality === 'forecast' ? ['forecast'] : claim.modality === 'peak' ? ['peak'] : [];
  const after = claim.modality === 'needed' ? ['needed'] : claim.modality === 'target' ? ['target'] : [];
  if (unit === 'percent') {
    // a holder's share is never of another name ("with Cruz at 37 percent" after "Trump won ...")
    const named = (claim.entity ?? '').replace(/^percent of /, '').replace(/ percent$/, '');
    const of = claim.holder && /^\p{Lu}/u.test(named) && !named.toLowerCase().split(' ').includes(claim.holder.toLowerCase()) ? '' : named;
    // "Remain poll share" is a share already; "Sanders had 52.5 percent" names its holder once
    const holderNamed = whose.length > 0 && of.toLowerCase().split(' ').includes(whose[0]!.toLowerCase());
    return [...how, ...(holderNamed ? [] : whose), of && of !== 'percent' ? (/share$/.test(of) ? of : `${of} percent`) : 'percent', ...after, ...ofOwner].join(' ');
  }
  // "age of Richard Norby": a name keeps its capitals
  if (unit && / old$/.test(unit)) return `age of ${/^\p{Lu}/u.test(claim.entity ?? '') && !demonym ? claim.entity : thing || 'person'}`;
  // "struck Ecuador with a magnitude of 7.8": a place is where the quake was, not the quake
  if (unit === 'magnitude') return `${thing && !/^\p{Lu}/u.test(claim.entity ?? '') ? thing : 'quake'} magnitude`;
  if (unit && !MONEY_UNITS.test(unit)) {
    const what = [thing, measure && !MEASURE_LABELS[measure] && measure !== thing ? measure : ''].filter(Boolean).join(' ');
    return [...how, ...whose, what || (TIME_UNITS.has(unit) ? 'duration' : 'amount'), `(${unit})`, ...after, ...ofOwner].join(' ');
  }
  // "bakolurks seized": a verb the text says of the counted thing, where no known measure names what happened; never of a
  // holder's amount, which every outlet moves with a verb of its own ("amassed", "pushed him to")
  const said = !measure && !claim.holder && !unit && claim.modality === null && /^[a-z]+(?:ed|en|wn)$/.test(claim.measure ?? '') ? claim.measure! : '';
  const happened = MEASURE_LABELS[measure] ?? said;
  const shown = thing === 'people' && !happened ? 'people' : thing;
  // "professional and business services jobs added": a sector's jobs read with the sector first
  const sector = owner && shown === 'jobs' ? [owner] : [];
  const parts = [...how, ...nationality, ...whose, ...sector, shown, ...(happened && !shown.endsWith(happened) ? [happened] : []), ...after, ...total, ...(sector.length ? [] : ofOwner)];
  if (unit) parts.push(`(${unit})`);
  const label = parts.filter(Boolean).join(' ');
  return claim.unit === 'fraction' ? `share of ${label}` : label;
}

/** A measure from the known classes (killed, wounded, fired ...), not a word taken as it stood ("remaining"). */
export function isKnownMeasure(measure: string): boolean {
  return Object.hasOwn(MEASURE_LABELS, measure);
}

export function keyString(k: FigureKey): string {
  return `${k.measure}|${k.entity}|${k.scope.join(',')}`;
}
