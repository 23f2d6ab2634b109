// What quantity a claim is about, reduced to a key that claims about the same
// quantity share across outlets and wordings: the measure (killed, wounded,
// arrested, took part ...), the counted thing (people, contractors, rockets
// ...) and its scope ("US", "in total"). "17 people were killed", "at least
// 17 fighters were killed" and "the death toll rose to 22" share one key;
// "four US contractors wounded" and "eight contractors injured in total" do not.
import type { ExtractedClaim } from '../model';

/** Words for one measure. */
const MEASURES: Readonly<Record<string, readonly string[]>> = {
  killed: ['killed', 'dead', 'died', 'death toll', 'toll', 'deaths', 'death'],
  wounded: ['wounded', 'injured', 'hurt'],
  arrested: ['arrested', 'detained', 'arrests', 'arrest', 'detentions'],
  attended: ['marched', 'took part', 'attended', 'protested', 'crowd', 'turnout', 'demonstrated', 'rallied'],
  damaged: ['damaged', 'destroyed', 'broken', 'windows', 'hit'],
  evacuated: ['evacuated', 'evacuation', 'serious'],
  fired: ['fired', 'launched', 'consisted', 'struck'],
  displaced: ['displaced', 'fled'],
  missing: ['missing'],
};

/** Counted things that are the same kind of thing. */
const ENTITIES: Readonly<Record<string, readonly string[]>> = {
  people: ['people', 'persons', 'fighters', 'militants', 'civilians', 'others', 'dead', 'victims', 'crowd', 'turnout', 'protesters', 'demonstrators', 'toll', 'death toll', 'members'],
  contractors: ['contractors', 'contractor'],
  officers: ['officers', 'officer', 'policemen', 'police officers'],
  shops: ['shops', 'stores', 'businesses', 'windows'],
  rockets: ['rockets', 'missiles', 'rocket'],
  arrests: ['arrests', 'detentions'],
};

/** Plural nationality nouns: "five of them Americans" is five US people. */
const DEMONYMS: Readonly<Record<string, string>> = { americans: 'US', britons: 'UK', iraqis: 'Iraqi', syrians: 'Syrian', israelis: 'Israeli', palestinians: 'Palestinian', ukrainians: 'Ukrainian', russians: 'Russian' };

function classOf(table: Readonly<Record<string, readonly string[]>>, words: string): string | null {
  const w = words.toLowerCase();
  for (const [cls, forms] of Object.entries(table)) if (forms.some((f) => w === f || w.endsWith(` ${f}`))) return cls;
  return null;
}

function singular(word: string): string {
  return word.replace(/(?<=[^s])s$/, '');
}

export interface FigureKey {
  measure: string;
  entity: string;
  /** Scope qualifiers that make it a different figure: nationality, "in total". */
  scope: string[];
  /** A readable label: "people killed", "US contractors wounded". */
  label: string;
}

export function figureKey(claim: ExtractedClaim): FigureKey | null {
  if (claim.kind !== 'figure') return null;
  const entityWords = (claim.entity ?? '').toLowerCase();
  const measureWords = (claim.measure ?? '').toLowerCase();
  const scope: string[] = [];
  let entity = classOf(ENTITIES, entityWords) ?? (entityWords ? singular(entityWords.split(' ').at(-1)!) : '');
  const demonym = DEMONYMS[entityWords];
  if (demonym) {
    scope.push(demonym);
    entity = 'people';
  }
  for (const q of claim.qualifiers) {
    const nationality = DEMONYMS[q.toLowerCase()];
    if (nationality) scope.push(nationality);
    if (/^(?:US|U\.S\.|American)$/.test(q)) scope.push('US');
    else if (/^(?:UK|British)$/.test(q)) scope.push('UK');
    if (q === 'in total') scope.push('in total');
  }
  let measure = classOf(MEASURES, measureWords) ?? classOf(MEASURES, entityWords) ?? (measureWords || '');
  if (entity === 'arrests') {
    entity = 'people';
    measure = 'arrested';
  }
  if (entity === 'people' && (entityWords === 'crowd' || entityWords === 'turnout')) measure = 'attended';
  if (!entity && !measure) return null;
  const uniqueScope = [...new Set(scope)].sort();
  // the label names the thing as the text does ("service member"), the key by its class or last word ("member")
  const named = classOf(ENTITIES, entityWords) ?? entityWords;
  // a nationality named as the people counted reads as the text has it: "Palestinians killed", not "Palestinian palestinians killed"
  const label = demonym
    ? [entityWords.charAt(0).toUpperCase() + entityWords.slice(1), measure, uniqueScope.includes('in total') ? 'in total' : ''].filter(Boolean).join(' ')
    : [...uniqueScope.filter((s) => s !== 'in total'), named, measure, uniqueScope.includes('in total') ? 'in total' : ''].filter(Boolean).join(' ');
  return { measure, entity, scope: uniqueScope, label };
}

/** A measure from the known classes (killed, wounded, fired ...), not a word taken as it stood ("remaining"). */
export function isKnownMeasure(measure: string): boolean {
  return Object.hasOwn(MEASURES, measure);
}

export function keyString(k: FigureKey): string {
  return `${k.measure}|${k.entity}|${k.scope.join(',')}`;
}
