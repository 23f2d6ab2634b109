// What a figure counts: the counted thing ("contractors"), what happened to it
// ("wounded") and its scope ("US", "in total"). The counted thing is often
// elsewhere: "six more" (rockets), "the toll rose to 34", "put the crowd at
// 18,000", "the 17 it reported"; those take it from the sentence around them or
// from the figure before. What happened is read with the measure vocabulary
// (measures.ts): "were killed", "left six miners dead", "claimed the lives
// of", "were in critical condition", "taken to hospital". Amounts in a unit
// (percentages, money, measurements, durations, ages) say what they measure
// instead (measuredThing.ts).
import { isCasualtyMeasure, measureClass, measureOfWord, measurePhraseIn, serviceCut, serviceLost, shownMeasure } from './measures';
import { measuredThing } from './measuredThing';
import { COUNT_NOUNS, ELLIPTICAL, LIGHT_VERBS, clauseSubject, contactClauseVerb, detailAfter, isNoun, isVerb, nounPhrase } from './phrases';
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
  /** The last token of the figure's words and what they count ("996 delegates"). */
  end: number;
}

/** What the figure before this one counted, for elliptical figures. */
export interface CountedBefore {
  entity: string | null;
  measure: string | null;
  /** Who gave it, which a figure that goes on with the same account shares. */
  source: string | null;
}

const AUXILIARIES = new Set(['were', 'was', 'are', 'is', 'be', 'been', 'being', 'had', 'have', 'has', 'reportedly', 'also', 'later', 'not', 'still']);
/** Verbs whose object is the counted thing when the figure follows "at", "to" or "from": "put the crowd at 18,000", "raise the pension age from 64 to 66". */
const ESTIMATE_VERBS = new Set([
  'put', 'puts', 'estimated', 'estimates', 'revised', 'raise', 'raised', 'raises', 'lower', 'lowered', 'set', 'sets',
  'increase', 'increased', 'reduce', 'reduced', 'cut', 'cuts', 'placed', 'pegged', 'rise', 'rose',
]);
/** Adjectives before the numbers of a partitive whole: "nine of the last 10 elections", "two of the first five". */
const ORDER_WORDS = new Set(['last', 'first', 'past', 'next', 'previous', 'remaining', 'other']);
/** Nouns that name what happened: "require evacuation", "needed hospital treatment". */
const NOUN_MEASURES = new Map<string, string>([
  ['evacuation', 'evacuated'], ['hospitalisation', 'hospitalised'], ['hospitalization', 'hospitalised'], ['treatment', 'treated'], ['surgery', 'treated'],
]);

const lowerAt = (tokens: readonly Token[], i: number): string => tokens[i]?.lower ?? '';

/** A set phrase of the measure vocabulary in the four tokens from `i`: "in critical condition", "taken to hospital". None before the sentence's start. */
function phraseAt(tokens: readonly Token[], i: number): { shown: string; length: number } | null {
  if (i < 0) return null;
  const p = measurePhraseIn(Math.min(4, tokens.length - i), (k) => tokens[i + k]!.lower, 0);
  return p ? { shown: p.shown, length: p.length } : null;
}

/** What happened, after the phrase: "were killed", "had been killed", "were slightly injured", "took part", "were in critical condition", "dead" of "left six miners dead". */
function measureAfter(tokens: readonly Token[], from: number): string | null {
  let j = from;
  // "were confirmed dead", "were feared trapped", "were listed as missing": over a light participle to the result
  const light = (k: number): boolean => LIGHT_VERBS.has(lowerAt(tokens, k)) && /(ed|own|ght)$/.test(lowerAt(tokens, k)) && (tokens[k + 1]?.pos === 'ADJ' || tokens[k + 1]?.pos === 'VERB' || lowerAt(tokens, k + 1) === 'as');
  while (j < tokens.length && j - from < 5 && (AUXILIARIES.has(lowerAt(tokens, j)) || tokens[j]!.pos === 'AUX' || tokens[j]!.pos === 'ADV' || light(j) || (lowerAt(tokens, j) === 'as' && light(j - 1)))) {
    const phrase = phraseAt(tokens, j);
    if (phrase) return phrase.shown;
    j++;
  }
  const phrase = phraseAt(tokens, j);
  if (phrase) return phrase.shown;
  const v = tokens[j];
  if (!v) return null;
  // "Hundreds of thousands of homes lost power": homes without it
  const lost = serviceLost(Math.min(5, tokens.length - j), (k) => tokens[j + k]!.lower);
  if (lost) return lost;
  // "Two police officers were among the dead": the people the casualty word stands for
  if (v.lower === 'among' && lowerAt(tokens, j + 1) === 'the' && isCasualtyMeasure(measureOfWord(lowerAt(tokens, j + 2)))) return shownMeasure(lowerAt(tokens, j + 2));
  // "forced 20,000 people to evacuate": what they were made to do
  if (v.lower === 'to' && isVerb(tokens[j + 1]) && measureOfWord(lowerAt(tokens, j + 1)) !== null) return shownMeasure(lowerAt(tokens, j + 1));
  // "left six miners dead", "leaving thousands homeless": the result after the counted thing
  if (v.pos === 'ADJ' && isCasualtyMeasure(measureOfWord(v.lower))) return shownMeasure(v.lower);
  if (!isVerb(v) || (LIGHT_VERBS.has(v.lower) && v.lower !== 'took')) return null;
  if (v.lower === 'took' && lowerAt(tokens, j + 1) === 'part') return 'took part';
  // "were left tilting": the verb after a light "left"
  if (v.lower === 'left' && isVerb(tokens[j + 1])) return tokens[j + 1]!.lower;
  // "were shot and killed": the gravest of verbs joined by "and"
  if (lowerAt(tokens, j + 1) === 'and' && isVerb(tokens[j + 2]) && measureOfWord(lowerAt(tokens, j + 2)) === 'killed') return shownMeasure(lowerAt(tokens, j + 2));
  return shownMeasure(v.lower);
}

/** Nouns of a change in an amount, whose size follows "of": "growth of", "gains of", "cuts of". */
const CHANGE_NOUNS = new Set(['growth', 'gain', 'gains', 'increase', 'increases', 'cut', 'cuts']);

/** The verb before the figure: "wounded four US contractors", "killed one civilian contractor", "claimed the lives of at least 84 people", "increased by 164,000 jobs". */

function measureBefore(tokens: readonly Token[], q: Quantity): string | null {
  // "probably increased by 164,000 jobs", "rising by 160,000": the verb a change is of
  if ((tokens[q.first - 1]?.lower === 'by') && isVerb(tokens[q.first - 2]) && !LIGHT_VERBS.has(tokens[q.first - 2]!.lower)) return shownMeasure(tokens[q.first - 2]!.lower);
  for (let back = 2; back <= 4; back++) {
    const phrase = phraseAt(tokens, q.first - back);
    if (phrase && phrase.length === back) return phrase.shown;
  }
  // "solid growth of 160,000 jobs", "cuts of 5,000 jobs": a noun of change before "of" is the change
  const changeNoun = tokens[q.first - 2];
  if (tokens[q.first - 1]?.lower === 'of' && changeNoun?.pos === 'NOUN' && CHANGE_NOUNS.has(changeNoun.lower)) return shownMeasure(changeNoun.lower);
  // "the bodies of nine migrants", "the remains of 12 soldiers": the dead
  if (tokens[q.first - 1]?.lower === 'of' && /^(?:bodies|remains|corpses)$/.test(lowerAt(tokens, q.first - 2))) return 'dead';
  // "cut power to 168,000 households", "power had been restored to all but about 900 households"
  let from = q.first - 1;
  while (from > 0 && from > q.first - 10 && tokens[from]!.pos !== 'PUNCT') from--;
  // as tokens.slice(from, q.first): none when the figure opens the sentence
  const service = from < 0 ? null : serviceCut(q.first - from, (k) => tokens[from + k]!.lower);
  if (service) return service;
  // "adding just 38,000 jobs", "added only 10,000": a limiting adverb between the verb and its amount
  const k = /^(?:just|only|nearly|almost|roughly|some|another|a)$/.test(lowerAt(tokens, q.first - 1)) ? q.first - 2 : q.first - 1;
  const v = tokens[k];
  // the tagger sometimes calls a verb in "-ing" a noun: "wounding at least seven others"
  // and "has infected more than 4,000": a participle after "has" that it takes for an adjective
  const verbLike = isVerb(v) || (v?.pos === 'NOUN' && /[a-z]ing$/.test(v.lower)) || (v?.pos === 'ADJ' && tokens[k - 1]?.pos === 'AUX' && measureOfWord(v.lower) !== null);
  // "Employers added 38,000 jobs": "added" is done to its object, unless a clause follows ("He added 12 people were hurt")
  if (v && /^add(?:s|ed|ing)?$/.test(v.lower) && isVerb(v) && !clauseFollows(tokens, q.last + 1)) return shownMeasure(v.lower);
  if (!verbLike || LIGHT_VERBS.has(v!.lower)) return null;
  // "leaving at least 77 people dead": "leaving" is light when a result follows
  if ((v!.lower === 'leaving' || v!.lower === 'left')) return null;
  return shownMeasure(v!.lower);
}

/** The noun phrase from `from` is a clause's subject: a verb follows it. */
function clauseFollows(tokens: readonly Token[], from: number): boolean {
  let k = from;
  while (k < tokens.length && (tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'PROPN')) k++;
  return tokens[k]?.pos === 'AUX' || tokens[k]?.pos === 'VERB';
}

/** "About a dozen Americans in a handful of states have been diagnosed": the end of a prepositional phrase after the counted thing. */
function prepositionalEnd(tokens: readonly Token[], end: number): number {
  const prep = lowerAt(tokens, end + 1);
  if (prep !== 'in' && prep !== 'from' && prep !== 'across' && prep !== 'at' && prep !== 'of') return end;
  let k = end + 2;
  while (k < tokens.length && k <= end + 9 && (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'NUM' || isNoun(tokens[k]) || lowerAt(tokens, k) === 'of')) k++;
  return k - 1 > end + 1 ? k - 1 : end;
}

/** "among U.S. citizens", "among them Americans": the nationality written after the counted thing. */
function amongNationality(tokens: readonly Token[], end: number): string | null {
  for (let k = end + 1; k < tokens.length && k <= end + 6 && tokens[k]!.pos !== 'PUNCT'; k++) {
    if (lowerAt(tokens, k) !== 'among') continue;
    const who = tokens[k + 1];
    if (who && /^(?:U\.S\.|US|American|Americans|British|UK)$/.test(who.text)) return who.text === 'Americans' || who.text === 'American' || who.text === 'U.S.' ? 'US' : who.text;
  }
  return null;
}

/** "10,000 military troops and 3,500 police have been dispatched": the end of the amount coordinated after this one, whose verb both share. */
function coordinatedEnd(tokens: readonly Token[], end: number): number {
  if (lowerAt(tokens, end + 1) !== 'and' || !(tokens[end + 2]?.pos === 'NUM' || /^\d/.test(tokens[end + 2]?.text ?? ''))) return end;
  const next = nounPhrase(tokens, end + 3);
  return next.entity ? next.end : end;
}

/** "the number of fighters killed ... has risen to 22", "put the number of rockets fired at Erbil at 14", "Death toll ... rises to 22". */
function countNamedBefore(tokens: readonly Token[], q: Quantity): { entity: string; measure: string | null; qualifiers: string[] } | null {
  for (let i = q.first - 1; i >= 0 && q.first - i < 30; i--) {
    const t = tokens[i]!;
    if (!COUNT_NOUNS.has(t.lower) || t.pos !== 'NOUN') continue;
    if (tokens[i + 1]?.lower === 'of') {
      // "the number of injured", "the number of dead": a casualty word standing for the people it happened to
      const standing = tokens[i + 2] && tokens[i + 2]!.pos !== 'NOUN' && isCasualtyMeasure(measureOfWord(tokens[i + 2]!.lower)) ? tokens[i + 2]!.lower : null;
      if (standing) return { entity: 'people', measure: shownMeasure(standing), qualifiers: [] };
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
export function estimatedThing(tokens: readonly Token[], q: Quantity): { entity: string; qualifiers: string[] } | null {
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

/** A carried count noun stands for what it counts: after "the death toll had risen to 77", "and 588 were injured" counts people. */
function carriedEntity(entity: string): string {
  return entity === 'death toll' || entity === 'toll' || COUNT_NOUNS.has(entity) ? 'people' : entity;
}

export function countedThing(tokens: readonly Token[], q: Quantity, before: CountedBefore | null): Counted {
  if (q.unit !== 'count' && q.unit !== 'fraction') return measuredThing(tokens, q);
  // "far below the 164,000 economists had forecast": what was forecast is what the sentence counted before it
  if (before && contactClauseVerb(tokens, q.first, q.last) >= 0) return { entity: before.entity, measure: before.measure, qualifiers: [], detail: null, carried: true, end: q.last };
  let j = q.last + 1;
  // closing quotation marks inside the figure's phrase: '"killed a handful" of militants', 'two "very, very loud explosions"'
  while (tokens[j]?.pos === 'PUNCT' && /^["”’'“]$/.test(tokens[j]!.text)) j++;
  const qualifiers: string[] = [];
  if (q.total) qualifiers.push('in total');
  let carried = false;
  let partitivePronoun = false;
  let nominal: string | null = null;
  let relativeMeasure: string | null = null;

  // "half the prize", "a third the size": a fraction takes its whole without "of" too
  const wholeWithoutOf = q.unit === 'fraction' && tokens[j]?.lower === 'the';
  if (tokens[j]?.lower === 'of' || wholeWithoutOf) {
    if (!wholeWithoutOf) j++;
    while (tokens[j]?.lower !== 'those' && (tokens[j]?.pos === 'DET' || (tokens[j]?.pos === 'PRON' && tokens[j]!.lower !== 'them' && tokens[j]!.lower !== 'whom'))) j++;
    // "about 1.9 million of Gaza's 2.3 million people": past the owner and the whole's own number
    if (tokens[j + 1]?.lower === "'s" || tokens[j + 1]?.lower === '’s') j += 2;
    // "nine of the last 10 presidential elections", "21 of 24 cruise missiles"
    while (ORDER_WORDS.has(lowerAt(tokens, j)) && (tokens[j + 1]?.pos === 'NUM' || /^\d/.test(tokens[j + 1]?.text ?? ''))) j++;
    while (tokens[j] && (/^\d/.test(tokens[j]!.text) || tokens[j]!.pos === 'NUM')) j++;
    // "Two of the injured", "most of the dead": a participle or adjective standing for people
    const t = tokens[j];
    if (t && tokens[j - 1]?.pos === 'DET' && (t.pos === 'ADJ' || t.pos === 'VERB' || t.pos === 'ADV') && !isNoun(tokens[j + 1]) && /(ed|ured|ead|und)$/.test(t.lower)) {
      nominal = t.lower;
      j++;
    }
    // "Three of those who died while shoveling": the people the relative clause says something happened to
    if (lowerAt(tokens, j) === 'those' && (lowerAt(tokens, j + 1) === 'who' || lowerAt(tokens, j + 1) === 'killed' || lowerAt(tokens, j + 1) === 'injured')) {
      let k = j + 1;
      if (lowerAt(tokens, k) === 'who') k++;
      while (tokens[k]?.pos === 'AUX') k++;
      relativeMeasure = measureAfter(tokens, k);
      nominal = 'people';
      j = k;
    }
    if (tokens[j]?.lower === 'them' || tokens[j]?.lower === 'whom') {
      partitivePronoun = true;
      j++;
    }
  }
  // "Three of the dead were Norwegians": a breakdown of those counted names who they were
  if (nominal && tokens[j]?.pos === 'AUX' && /^[A-Z][a-z]+(?:ans|ians|ese|is|ish|s)$/.test(tokens[j + 1]?.text ?? '') && tokens[j + 1]!.pos === 'PROPN') qualifiers.push(tokens[j + 1]!.text);
  const phrase = nominal ? { entity: nominal, qualifiers: [], end: j - 1, elliptical: null } : nounPhrase(tokens, j);
  let entity = phrase.entity;
  qualifiers.push(...phrase.qualifiers);
  let end = phrase.entity || phrase.elliptical ? phrase.end : q.last;
  // "Another 12 are missing": the thing counted before goes on
  const another = lowerAt(tokens, q.first - 1) === 'another' || lowerAt(tokens, q.first) === 'another';
  if (!entity && another && before?.entity) {
    entity = carriedEntity(before.entity);
    carried = true;
  }
  if (phrase.elliptical) {
    // "six more" stands for the rockets counted before; only "2,000 more officers" says more than those counted (figureKey.ts)
    if (!before?.entity) qualifiers.push(phrase.elliptical);
    if (before?.entity) {
      entity = carriedEntity(before.entity);
      carried = true;
    }
  }
  if (!entity && partitivePronoun && before?.entity) {
    entity = carriedEntity(before.entity);
    carried = true;
  }
  // "eight contractors, five of them Americans": a nationality names which of the things counted before
  if (partitivePronoun && entity && before?.entity && /^[A-Z][a-z]+s$/.test(entity) && phrase.qualifiers.length === 0) {
    qualifiers.push(entity);
    entity = carriedEntity(before.entity);
    carried = true;
  }

  let detail: string | null = null;
  if (entity) {
    const d = detailAfter(tokens, end + 1, (w) => measureOfWord(w) !== null);
    if (d) {
      detail = d.text;
      end = d.end;
    }
  }
  let measure = relativeMeasure ?? measureAfter(tokens, end + 1) ?? measureAfter(tokens, coordinatedEnd(tokens, end) + 1) ?? measureAfter(tokens, prepositionalEnd(tokens, end) + 1) ?? measureBefore(tokens, q);
  // "31 cases of Zika infection among U.S. citizens": a nationality of those counted after them
  const among = amongNationality(tokens, end);
  if (among) qualifiers.push(among);
  if (phrase.elliptical && !measure && isVerb(tokens[end + 1])) measure = tokens[end + 1]!.lower;

  // "reduced information sector jobs by 35,100": the object of a change, and its verb
  if (!entity && tokens[q.first - 1]?.lower === 'by' && isNoun(tokens[q.first - 2])) {
    let s = q.first - 2;
    while (s > 0 && (isNoun(tokens[s - 1]) || tokens[s - 1]!.pos === 'ADJ')) s--;
    if (isVerb(tokens[s - 1]) && !LIGHT_VERBS.has(tokens[s - 1]!.lower)) {
      entity = tokens[q.first - 2]!.lower;
      if (s < q.first - 2) qualifiers.push(...tokens.slice(s, q.first - 2).map((t) => t.lower));
      measure ??= shownMeasure(tokens[s - 1]!.lower);
    }
  }
  // "a crowd of 20,000", "a toll of 34", "a quarterly profit of $2.3bn"
  if (!entity && tokens[q.first - 1]?.lower === 'of' && tokens[q.first - 2]?.pos === 'NOUN' && !COUNT_NOUNS.has(tokens[q.first - 2]!.lower)) {
    entity = tokens[q.first - 2]!.lower;
  }
  if (!entity) {
    const estimated = estimatedThing(tokens, q);
    // "the toll had risen to 77, and 588 were injured": a figure that is its clause's subject counts something of its own
    const subjectOfVerb = tokens[end + 1]?.pos === 'AUX' || tokens[end + 1]?.pos === 'VERB';
    const named = estimated || subjectOfVerb ? null : countNamedBefore(tokens, q);
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
      else if (measure && isCasualtyMeasure(measureClass(measure))) entity = 'people'; // "Gunman kills 8": people, unless the text says otherwise
      else if (before?.entity) {
        entity = carriedEntity(before.entity);
        measure ??= before.measure;
        carried = true;
      } else {
        // "The arrests came on top of two on Friday": the subject of the clause names what is counted, unless it is a name that holds it
        const subject = clauseSubject(tokens, q.first);
        if (subject && !/^[A-Z]/.test(subject)) entity = subject;
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
  return { entity, measure: measure && !measure.includes(' ') ? shownMeasure(measure) : measure, qualifiers, detail, carried, end: Math.max(end, q.last) };
}

/** Verbs whose subject is what a following "by N", "to N" or "was N" measures: "Unemployment rose by 50,000", "Turnout was 59.7 percent". */
const CHANGE_VERBS = new Set([
  'rose', 'rise', 'rises', 'risen', 'fell', 'fall', 'falls', 'fallen', 'climbed', 'climbs', 'dropped', 'drops', 'jumped', 'jumps',
  'increased', 'increases', 'decreased', 'declined', 'grew', 'grows', 'surged', 'slumped', 'reached', 'reaches', 'hit', 'stood', 'stands',
  'was', 'is', 'were', 'are', 'totalled', 'totaled', 'topped', 'exceeded', 'soared', 'plunged', 'eased', 'edged',
]);

/** The head noun of the subject of a change verb right before the figure ("Unemployment rose by 50,000 to 1.4 million" → unemployment). */
export function governingSubject(tokens: readonly Token[], q: Quantity): string | null {
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

/**
 * The short phrase a researcher reads: "US contractors wounded", "trucks
 * carrying ammunition", "people killed"; for an amount in a unit, the thing
 * and the unit: "snow (inches)", "quake magnitude", "age of driver".
 */
export function subjectPhrase(c: Omit<Counted, 'end'>, unit: string | null = null): string | null {
  if (unit && unit !== 'percent' && unit !== 'fraction') {
    const thing = c.entity ?? c.measure;
    if (/ old$/.test(unit)) return c.entity ? `age of ${c.entity}` : 'age';
    if (unit === 'magnitude') return thing ? `${thing} magnitude` : 'magnitude';
    const what = c.entity && c.measure && !c.entity.includes(c.measure) ? `${c.entity} ${c.measure}` : thing;
    return what ? `${what} (${unit})` : unit;
  }
  if (!c.entity) return c.measure;
  const scope = c.qualifiers.filter((q) => q !== 'in total' && !ELLIPTICAL.has(q) && /^[A-Z]|^(?:civilian|foreign|local|military|other)$/.test(q));
  const parts = [...scope, c.entity];
  if (c.detail) parts.push(c.detail);
  else if (c.measure && c.entity !== 'death toll' && !c.entity.endsWith(c.measure)) parts.push(c.measure);
  if (c.qualifiers.includes('in total')) parts.push('in total');
  return parts.join(' ');
}
