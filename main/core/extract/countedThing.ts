// What a figure counts: the counted thing ("contractors"), what happened to it
// ("wounded") and its scope ("US", "in total"). The counted thing is often
// elsewhere: "six more" (rockets), "the toll rose to 34", "put the crowd at
// 18,000", "the 17 it reported"; those take it from the sentence around them or
// from the figure before.
import type { Quantity } from './quantities';
import type { Token } from './tokens';

export interface Counted {
  entity: string | null;
  measure: string | null;
  qualifiers: string[];
  /** Words that describe the thing further: "carrying ammunition". */
  detail: string | null;
  /** True when the thing was taken from elsewhere in the text. */
  carried: boolean;
}

/** What the figure before this one counted, for elliptical figures. */
export interface CountedBefore {
  entity: string | null;
  measure: string | null;
  /** Who gave it, which a figure that goes on with the same account shares. */
  source: string | null;
}

/** Verbs that carry no meaning of their own before a count: "made 12 arrests", "had three children". */
const LIGHT_VERBS = new Set([
  'made', 'make', 'makes', 'had', 'has', 'have', 'took', 'take', 'gave', 'give', 'is', 'was', 'were', 'are', 'be', 'been', 'put',
  'included', 'including', 'consisted', 'get', 'got',
  // reporting verbs say who counts, not what happened: "Aid groups say hundreds of thousands ..."
  'say', 'says', 'said', 'told', 'tell', 'tells', 'found', 'find', 'reported', 'reports', 'estimated', 'estimates', 'revised', 'added', 'claimed', 'claims', 'believes', 'believed', 'show', 'shows', 'showed',
]);
const AUXILIARIES = new Set(['were', 'was', 'are', 'is', 'be', 'been', 'being', 'had', 'have', 'has', 'reportedly', 'also', 'later', 'not']);
/** Nouns that name a count rather than a thing: "their estimate", "the figure", "the death toll". */
const COUNT_NOUNS = new Set(['estimate', 'figure', 'number', 'toll', 'tally', 'count', 'total']);
/** Verbs whose object is the counted thing when the figure follows "at", "to" or "from": "put the crowd at 18,000", "raise the pension age from 64 to 66". */
const ESTIMATE_VERBS = new Set([
  'put', 'puts', 'estimated', 'estimates', 'revised', 'raise', 'raised', 'raises', 'lower', 'lowered', 'set', 'sets',
  'increase', 'increased', 'reduce', 'reduced', 'cut', 'cuts', 'placed', 'pegged', 'rise', 'rose',
]);
/** "six more", "four others": the thing is the one counted before. */
const ELLIPTICAL = new Set(['more', 'others', 'other', 'additional', 'further']);

const isNoun = (t: Token | undefined): boolean => !!t && (t.pos === 'NOUN' || t.pos === 'PROPN');
const isVerb = (t: Token | undefined): boolean => !!t && t.pos === 'VERB';

function qualifierText(t: Token): string {
  return t.pos === 'PROPN' ? t.text : t.lower;
}

interface Phrase {
  entity: string | null;
  qualifiers: string[];
  end: number;
  elliptical: string | null;
}

/** The noun phrase starting at `from`: modifiers, then the head noun with the nouns compounded before it. */
function nounPhrase(tokens: readonly Token[], from: number): Phrase {
  let j = from;
  const words: Token[] = [];
  const modifiers: string[] = [];
  while (j < tokens.length && j - from < 8) {
    const t = tokens[j]!;
    if (t.text === '-' && words.length && /^[\w]/.test(tokens[j + 1]?.text ?? '')) {
      // "500-pound", "Iran-backed": a compound modifier
      const joined = `${words.pop()!.text}-${tokens[j + 1]!.text}`;
      modifiers.push(joined);
      j += 2;
      continue;
    }
    if (t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN' || (t.pos === 'NUM' && tokens[j + 1]?.text === '-')) {
      words.push(t);
      j++;
      continue;
    }
    if (t.pos === 'VERB' && /ed$/.test(t.lower) && isNoun(tokens[j + 1]) && !words.some(isNoun)) {
      words.push({ ...t, pos: 'ADJ' }); // "masked protesters"; but in "gunmen opened fire" the noun came first
      j++;
      continue;
    }
    break;
  }
  let head = words.length - 1;
  while (head >= 0 && !isNoun(words[head])) head--;
  if (head < 0) {
    const elliptical = words.find((w) => ELLIPTICAL.has(w.lower))?.lower ?? null;
    return { entity: null, qualifiers: [...modifiers], end: elliptical ? j - 1 : from - 1, elliptical };
  }
  // the head and the common nouns compounded before it: "service member", "rocket attacks"
  let compound = head;
  while (compound > 0 && words[compound - 1]!.pos === 'NOUN') compound--;
  const entityWords = words.slice(compound, head + 1).map((w) => (w.pos === 'PROPN' && compound === head ? w.text : w.lower));
  const qualifiers = modifiers;
  for (let k = 0; k < compound; k++) qualifiers.push(qualifierText(words[k]!));
  const end = from + (j - from) - (words.length - 1 - head);
  const elliptical = ELLIPTICAL.has(entityWords.at(-1)!) ? entityWords.at(-1)! : null;
  return { entity: entityWords.join(' '), qualifiers, end: Math.min(end, j - 1), elliptical };
}

/** "carrying ammunition", "loaded with weapons": a participle phrase after the head. */
function detailAfter(tokens: readonly Token[], from: number): { text: string; end: number } | null {
  const v = tokens[from];
  if (!isVerb(v) || !/(ing|ed)$/.test(v!.lower) || LIGHT_VERBS.has(v!.lower)) return null;
  let j = from + 1;
  if (tokens[j]?.pos === 'ADP') j++;
  while (tokens[j]?.pos === 'DET' || tokens[j]?.pos === 'ADJ') j++;
  if (!isNoun(tokens[j])) return null;
  while (isNoun(tokens[j + 1])) j++;
  return { text: tokens.slice(from, j + 1).map((t) => t.text).join(' '), end: j };
}

/** The verb after the phrase: "were killed", "had been killed", "were slightly injured", "took part", "marched". */
function measureAfter(tokens: readonly Token[], from: number): string | null {
  let j = from;
  while (j < tokens.length && j - from < 4 && (AUXILIARIES.has(tokens[j]!.lower) || tokens[j]!.pos === 'AUX' || tokens[j]!.pos === 'ADV')) j++;
  const v = tokens[j];
  if (!isVerb(v) || (LIGHT_VERBS.has(v!.lower) && v!.lower !== 'took')) return null;
  if (v!.lower === 'took' && tokens[j + 1]?.lower === 'part') return 'took part';
  return v!.lower;
}

/** The verb before the figure: "wounded four US contractors", "killed one civilian contractor". */
function measureBefore(tokens: readonly Token[], q: Quantity): string | null {
  const v = tokens[q.first - 1];
  // the tagger sometimes calls a verb in "-ing" a noun: "wounding at least seven others"
  const verbLike = isVerb(v) || (v?.pos === 'NOUN' && /[a-z]ing$/.test(v.lower));
  if (!verbLike || LIGHT_VERBS.has(v!.lower)) return null;
  return v!.lower;
}

/** "the number of fighters killed ... has risen to 22", "put the number of rockets fired at Erbil at 14", "Death toll ... rises to 22". */
function countNamedBefore(tokens: readonly Token[], q: Quantity): { entity: string; measure: string | null; qualifiers: string[] } | null {
  for (let i = q.first - 1; i >= 0 && q.first - i < 30; i--) {
    const t = tokens[i]!;
    if (!COUNT_NOUNS.has(t.lower) || t.pos !== 'NOUN') continue;
    if (tokens[i + 1]?.lower === 'of') {
      const p = nounPhrase(tokens, i + 2);
      if (p.entity) return { entity: p.entity, measure: measureAfter(tokens, p.end + 1) ?? (isVerb(tokens[p.end + 1]) ? tokens[p.end + 1]!.lower : null), qualifiers: p.qualifiers };
    }
    if (t.lower === 'toll') {
      const kind = tokens[i - 1]?.lower;
      return { entity: kind === 'death' ? 'death toll' : 'toll', measure: kind === 'death' ? 'killed' : null, qualifiers: [] };
    }
    return { entity: t.lower, measure: null, qualifiers: [] };
  }
  return null;
}

/** "put the crowd at 18,000", "estimated the turnout at", "put opposition at 58 percent": the object of an estimate verb. */
function estimatedThing(tokens: readonly Token[], q: Quantity): { entity: string; qualifiers: string[] } | null {
  const prep = tokens[q.first - 1]?.lower;
  if (prep !== 'at' && prep !== 'to' && prep !== 'from') return null;
  for (let i = q.first - 2; i >= 0 && q.first - i < 12; i--) {
    if (!ESTIMATE_VERBS.has(tokens[i]!.lower)) continue;
    let j = i + 1;
    while (tokens[j]?.pos === 'DET' || tokens[j]?.pos === 'PRON') j++;
    const p = nounPhrase(tokens, j);
    if (p.entity && !COUNT_NOUNS.has(p.entity)) return { entity: p.entity, qualifiers: p.qualifiers };
    return null;
  }
  return null;
}

export function countedThing(tokens: readonly Token[], q: Quantity, before: CountedBefore | null): Counted {
  let j = q.last + 1;
  // closing quotation marks inside the figure's phrase: '"killed a handful" of militants'
  while (tokens[j]?.pos === 'PUNCT' && /^["”’']$/.test(tokens[j]!.text)) j++;
  const qualifiers: string[] = [];
  if (q.total) qualifiers.push('in total');
  let carried = false;
  let partitivePronoun = false;
  let nominal: string | null = null;

  if (q.unit === 'percent') {
    let entity = 'percent';
    let end = q.last;
    if (tokens[j]?.lower === 'of') {
      let k = j + 1;
      while (tokens[k]?.pos === 'DET') k++;
      const p = nounPhrase(tokens, k);
      if (p.entity) {
        entity = `percent of ${p.entity}`;
        end = p.end;
      }
    }
    // "Turnout was 59.7 percent", "Inflation fell to 3.2 percent": a share of what the sentence is about
    if (entity === 'percent') {
      const whole = governingSubject(tokens, q);
      if (whole) entity = `${whole} percent`;
    }
    const measure = measureAfter(tokens, end + 1) ?? (isVerb(tokens[end + 1]) ? tokens[end + 1]!.lower : null);
    return { entity, measure: normalMeasure(measure), qualifiers, detail: null, carried };
  }

  if (tokens[j]?.lower === 'of') {
    j++;
    while (tokens[j]?.pos === 'DET' || (tokens[j]?.pos === 'PRON' && tokens[j]!.lower !== 'them' && tokens[j]!.lower !== 'whom')) j++;
    // "about 1.9 million of Gaza's 2.3 million people": past the owner and the whole's own number
    if (tokens[j + 1]?.lower === "'s" || tokens[j + 1]?.lower === '’s') j += 2;
    // "21 of 24 cruise missiles"
    while (tokens[j] && (/^\d/.test(tokens[j]!.text) || tokens[j]!.pos === 'NUM')) j++;
    // "Two of the injured", "most of the dead": a participle or adjective standing for people
    const t = tokens[j];
    if (t && tokens[j - 1]?.pos === 'DET' && (t.pos === 'ADJ' || t.pos === 'VERB' || t.pos === 'ADV') && !isNoun(tokens[j + 1]) && /(ed|ured|ead|und)$/.test(t.lower)) {
      nominal = t.lower;
      j++;
    }
    if (tokens[j]?.lower === 'them' || tokens[j]?.lower === 'whom') {
      partitivePronoun = true;
      j++;
    }
  }
  const phrase = nominal ? { entity: nominal, qualifiers: [], end: j - 1, elliptical: null } : nounPhrase(tokens, j);
  let entity = phrase.entity;
  qualifiers.push(...phrase.qualifiers);
  let end = phrase.entity || phrase.elliptical ? phrase.end : q.last;
  if (phrase.elliptical) {
    qualifiers.push(phrase.elliptical);
    if (before?.entity) {
      entity = before.entity;
      carried = true;
    }
  }
  if (!entity && partitivePronoun && before?.entity) {
    entity = before.entity;
    carried = true;
  }
  // "eight contractors, five of them Americans": a nationality names which of the things counted before
  if (partitivePronoun && entity && before?.entity && /^[A-Z][a-z]+s$/.test(entity) && phrase.qualifiers.length === 0) {
    qualifiers.push(entity);
    entity = before.entity;
    carried = true;
  }

  let detail: string | null = null;
  if (entity) {
    const d = detailAfter(tokens, end + 1);
    if (d) {
      detail = d.text;
      end = d.end;
    }
  }
  let measure = measureAfter(tokens, end + 1) ?? measureBefore(tokens, q);
  if (phrase.elliptical && !measure && isVerb(tokens[end + 1])) measure = tokens[end + 1]!.lower;

  // "a crowd of 20,000", "a toll of 34", "a quarterly profit of $2.3bn"
  if (!entity && tokens[q.first - 1]?.lower === 'of' && tokens[q.first - 2]?.pos === 'NOUN' && !COUNT_NOUNS.has(tokens[q.first - 2]!.lower)) {
    entity = tokens[q.first - 2]!.lower;
  }
  // "£1.2 billion on new homes": the money is the thing counted
  if (!entity && q.unit === 'money' && q.currency) entity = q.currency;
  if (!entity) {
    const estimated = estimatedThing(tokens, q);
    const named = estimated ? null : countNamedBefore(tokens, q);
    if (estimated) {
      entity = estimated.entity;
      qualifiers.push(...estimated.qualifiers);
    } else if (named && !(COUNT_NOUNS.has(named.entity) && before?.entity)) {
      entity = named.entity;
      measure ??= named.measure;
      qualifiers.push(...named.qualifiers);
    } else {
      const whole = governingSubject(tokens, q);
      if (whole) entity = whole;
      else if (measure && CASUALTY_MEASURES.has(normalMeasure(measure)!)) entity = 'people'; // "Gunman kills 8": people, unless the text says otherwise
      else if (before?.entity) {
        entity = before.entity;
        measure ??= before.measure;
        carried = true;
      }
    }
  }
  // "two serious enough to require evacuation": an elliptical figure's measure is often a noun just after it
  if (phrase.elliptical || carried) {
    for (let k = end + 1; k < tokens.length && k <= end + 8 && tokens[k]!.pos !== 'PUNCT'; k++) {
      const named = NOUN_MEASURES.get(tokens[k]!.lower);
      if (named) {
        measure = named;
        break;
      }
    }
  }
  // "among them eight contractors", "including a US service member": the measure of the figure they belong to
  const lead = tokens[q.first - 1]?.lower;
  if (!measure && before?.measure && (partitivePronoun || lead === 'them' || lead === 'including' || carried)) measure = before.measure;
  if (qualifiers.includes('in total') === false && tokens[end + 1]?.lower === 'in' && (tokens[end + 2]?.lower === 'total' || tokens[end + 2]?.lower === 'all')) qualifiers.push('in total');
  return { entity, measure: normalMeasure(measure), qualifiers, detail, carried };
}

/** Nouns that name what happened: "require evacuation", "needed hospital treatment". */
const NOUN_MEASURES = new Map<string, string>([
  ['evacuation', 'evacuated'], ['hospitalisation', 'hospitalised'], ['hospitalization', 'hospitalised'], ['treatment', 'treated'], ['surgery', 'treated'],
]);

/** What happens to people in the reports Tally reads; the forms of these verbs all mean one measure. */
const CASUALTY_MEASURES = new Set(['killed', 'wounded', 'injured', 'hurt', 'evacuated', 'arrested', 'detained', 'kidnapped', 'abducted', 'displaced', 'rescued']);
const MEASURE_FORMS = new Map<string, string>([
  ['kill', 'killed'], ['kills', 'killed'], ['killing', 'killed'], ['dead', 'killed'], ['died', 'killed'], ['die', 'killed'],
  ['wound', 'wounded'], ['wounds', 'wounded'], ['wounding', 'wounded'],
  ['injure', 'injured'], ['injures', 'injured'], ['injuring', 'injured'],
  ['hurts', 'hurt'], ['hurting', 'hurt'],
  ['evacuate', 'evacuated'], ['evacuates', 'evacuated'], ['evacuating', 'evacuated'],
  ['arrest', 'arrested'], ['arrests', 'arrested'], ['arresting', 'arrested'],
  ['detain', 'detained'], ['detains', 'detained'], ['detaining', 'detained'],
  ['fire', 'fired'], ['fires', 'fired'], ['firing', 'fired'], ['launch', 'launched'], ['launches', 'launched'], ['launching', 'launched'],
]);

/** "kills", "killing", "died" → "killed": one word per measure, so that figures about the same thing can be lined up. */
function normalMeasure(measure: string | null): string | null {
  return measure === null ? null : (MEASURE_FORMS.get(measure) ?? measure);
}

/** Verbs whose subject is what a following "by N", "to N" or "was N" measures: "Unemployment rose by 50,000", "Turnout was 59.7 percent". */
const CHANGE_VERBS = new Set([
  'rose', 'rise', 'rises', 'risen', 'fell', 'fall', 'falls', 'fallen', 'climbed', 'climbs', 'dropped', 'drops', 'jumped', 'jumps',
  'increased', 'increases', 'decreased', 'declined', 'grew', 'grows', 'surged', 'slumped', 'reached', 'reaches', 'hit', 'stood', 'stands',
  'was', 'is', 'were', 'are', 'totalled', 'totaled', 'topped', 'exceeded', 'soared', 'plunged', 'eased', 'edged',
]);

/** The head noun of the subject of a change verb right before the figure ("Unemployment rose by 50,000 to 1.4 million" → unemployment). */
function governingSubject(tokens: readonly Token[], q: Quantity): string | null {
  let k = q.first - 1;
  while (k >= 0 && q.first - k < 4 && (tokens[k]!.pos === 'ADP' || tokens[k]!.pos === 'PART' || tokens[k]!.pos === 'NUM' || tokens[k]!.pos === 'ADV')) k--;
  if (k < 0 || !CHANGE_VERBS.has(tokens[k]!.lower)) return null;
  k--;
  while (k >= 0 && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV')) k--;
  const head = tokens[k];
  if (!head || (head.pos !== 'NOUN' && head.pos !== 'PROPN') || COUNT_NOUNS.has(head.lower)) return null;
  let first = k;
  while (first > 0 && tokens[first - 1]!.pos === 'NOUN' && k - first < 2) first--;
  return tokens.slice(first, k + 1).map((t) => t.lower).join(' ');
}

/** The short phrase a researcher reads: "US contractors wounded", "trucks carrying ammunition", "people killed". */
export function subjectPhrase(c: Counted): string | null {
  if (!c.entity) return c.measure;
  const scope = c.qualifiers.filter((q) => q !== 'in total' && !ELLIPTICAL.has(q) && /^[A-Z]|^(?:civilian|foreign|local|military|other)$/.test(q));
  const parts = [...scope, c.entity];
  if (c.detail) parts.push(c.detail);
  else if (c.measure && c.entity !== 'death toll') parts.push(c.measure);
  if (c.qualifiers.includes('in total')) parts.push('in total');
  return parts.join(' ');
}
