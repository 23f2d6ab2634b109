// What an amount in a unit measures: a percentage of what ("percent of
// voters", "unemployment rate percent"), money for what ("$600 million in
// credit", "property damage of NT$341.2 billion"), a measurement of what ("a
// 17-story tower", "a depth of 23 km", "100 miles away", "winds gusting to 45
// mph"), how long what lasts ("extended a state of emergency for three
// months") and whose age ("a 31-year-old driver"). The thing is read from the
// words after the amount, then before it, then from the clause's subject;
// a unit with a usual subject ("inches" of snow, "mph" of wind) takes it from
// the sentence when it names it.
import { estimatedThing, type Counted } from './countedThing';
import { COUNT_NOUNS, clauseSubject, isNoun, isVerb, nounPhrase, nounPhraseBefore } from './phrases';
import type { Quantity } from './quantities';
import type { Token } from './tokens';

const lowerAt = (tokens: readonly Token[], i: number): string => tokens[i]?.lower ?? '';
const MONTHS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** Words of direction after a distance: "16 miles south-southeast of Muisne", "100 miles away", "200 miles from the epicenter". */
const DIRECTIONS = /^(?:away|from|off|north|south|east|west|northeast|northwest|southeast|southwest|north-\w+|south-\w+|inland|offshore|outside|beyond|apart)$/;
const POLLS = new Set(['poll', 'polls', 'survey', 'surveys', 'pollster', 'pollsters', 'polling']);
const LENGTHS = new Set(['miles', 'km', 'meters', 'feet', 'yards', 'cm', 'mm', 'inches']);
/** What a unit usually measures in news, taken when the sentence names it: "inches" of snow, "mph" of wind. */
const USUAL_SUBJECTS: ReadonlyMap<string, readonly string[]> = new Map([
  ['inches', ['snowfall', 'snow', 'rainfall', 'rain', 'water', 'flood']],
  ['feet', ['snow', 'water', 'waves', 'flood', 'surge']],
  ['cm', ['snowfall', 'snow', 'rainfall', 'rain', 'circumference']],
  ['mph', ['gusts', 'winds', 'wind', 'speed']],
  ['km/h', ['gusts', 'winds', 'wind', 'speed']],
  ['knots', ['gusts', 'winds', 'wind', 'speed']],
  ['magnitude', ['earthquake', 'quake', 'tremor', 'aftershock', 'aftershocks', 'temblor']],
]);
/** Verbs of duration: "extended ... for three months", "lasted two days". */
const DURATION_VERBS = new Set(['extended', 'extend', 'extending', 'lasted', 'last', 'lasting', 'suspended', 'banned', 'jailed', 'sentenced', 'imposed', 'renewed']);

/** "X of N": the noun phrase before "of" right before the amount ("a depth of 23 km", "property damage of NT$341.2 billion", "The record high of 28 inches"). */
function thingOfBefore(tokens: readonly Token[], q: Quantity): string | null {
  if (lowerAt(tokens, q.first - 1) !== 'of') return null;
  // "The fine of €2.4bn": the tagger takes a noun after "the" for an adjective when "of" follows
  const nominal = tokens[q.first - 2]?.pos === 'ADJ' && tokens[q.first - 3]?.pos === 'DET' && !/(?:er|est)$/.test(lowerAt(tokens, q.first - 2));
  const phrase = nominal ? { text: lowerAt(tokens, q.first - 2), start: q.first - 2 } : nounPhraseBefore(tokens, q.first - 2);
  // "the Fed's target of 2 percent": a target is how the figure is meant (modality.ts), not what it measures
  return phrase && !COUNT_NOUNS.has(phrase.text) && !/(?:^| )(?:target|goal|aim)$/.test(phrase.text) ? phrase.text : null;
}

/** "N unit of X", "$N in X", "N percentage points off X": the noun phrase after a preposition after the amount. */
function thingAfter(tokens: readonly Token[], last: number, preps: ReadonlySet<string>): { entity: string; end: number } | null {
  if (!preps.has(lowerAt(tokens, last + 1))) return null;
  let k = last + 2;
  while (tokens[k]?.pos === 'DET' || tokens[k]?.pos === 'PRON') k++;
  if (MONTHS.test(tokens[k]?.text ?? '')) return null;
  const p = nounPhrase(tokens, k);
  return p.entity && !COUNT_NOUNS.has(p.entity) ? { entity: [...p.qualifiers.filter((w) => !/^\d/.test(w)), p.entity].join(' '), end: p.end } : null;
}

/** A noun the sentence names that the unit usually measures. */
function usualSubject(tokens: readonly Token[], unit: string | null, at: number): string | null {
  const candidates = unit ? USUAL_SUBJECTS.get(unit) : undefined;
  if (!candidates) return null;
  // the nearest before the amount ("aftershocks, ranging from 5.4 to 4.8 in magnitude"), else the nearest after it
  for (let k = at - 1; k >= 0; k--) if (candidates.includes(tokens[k]!.lower)) return tokens[k]!.lower;
  for (let k = at + 1; k < tokens.length; k++) if (candidates.includes(tokens[k]!.lower)) return tokens[k]!.lower;
  return null;
}

export function measuredThing(tokens: readonly Token[], q: Quantity): Counted {
  const qualifiers: string[] = q.total ? ['in total'] : [];
  let j = q.last + 1;
  while (tokens[j]?.pos === 'PUNCT' && /^["”’']$/.test(tokens[j]!.text)) j++;
  const result = (entity: string | null, measure: string | null = null): Counted => ({ entity, measure, qualifiers, detail: null, carried: false, end: q.last });

  // "Insurers put the damage at €2.4 billion", "put opposition at 58 percent": the object of an estimate
  const estimated = q.unit === 'percent' || q.unit === 'money' ? estimatedThing(tokens, q) : null;

  if (q.unit === 'percent') {
    if (estimated) return result(`${estimated.entity} percent`);
    // "A new poll put Remain on 44 percent and Leave on 40 percent": a side's share in a poll
    if (lowerAt(tokens, q.first - 1) === 'on' && /^[A-Z]/.test(tokens[q.first - 2]?.text ?? '') && tokens.some((t) => POLLS.has(t.lower))) return result('poll share');
    const of = thingAfter(tokens, q.last, new Set(['of']));
    if (of) return result(`percent of ${of.entity}`, measureAfterThing(tokens, of.end + 1));
    // "Turnout was 59.7 percent", "The unemployment rate fell to 4.7 percent", "wage growth of between 3.0 percent and 3.5 percent"
    const whole = thingOfBefore(tokens, q) ?? clauseSubject(tokens, q.first);
    return result(whole ? `${whole} percent` : 'percent', measureAfterThing(tokens, q.last + 1));
  }

  if (q.unit === 'money') {
    if (estimated) return result(estimated.entity);
    // "1.5 tonnes of cocaine worth $45 million": the value of the thing before "worth"
    if (lowerAt(tokens, q.first - 1) === 'worth') {
      const valued = nounPhraseBefore(tokens, q.first - 2);
      if (valued) return result(`value of ${valued.text}`);
    }
    // "$600 million in credit", "$2 billion of damage", "$35 million for the new wing"
    const thing = thingAfter(tokens, q.last, new Set(['in', 'of', 'for', 'worth']));
    if (thing) return result(thing.entity, measureAfterThing(tokens, thing.end + 1));
    // "a $2 billion credit line"
    const compound = isNoun(tokens[j]) ? nounPhrase(tokens, j) : null;
    if (compound?.entity) return result(compound.entity, measureAfterThing(tokens, compound.end + 1));
    const whole = thingOfBefore(tokens, q) ?? clauseSubject(tokens, q.first);
    // "£1.2 billion on new homes": the money is the thing counted
    return result(whole ?? q.currency, measureAfterThing(tokens, q.last + 1));
  }

  if (q.unit === 'age') {
    // "a 31-year-old local", "The 31-year old Tunisian driver", "The driver, aged 45,", "men aged 67"
    const after = nounPhrase(tokens, j);
    if (after.entity && /-|old/.test(tokens[q.last]?.lower ?? '')) return result(after.entity, 'age');
    const owner = nounPhraseBefore(tokens, lowerAt(tokens, q.first - 1) === ',' ? q.first - 2 : q.first - 1);
    return result(owner?.text ?? after.entity, 'age');
  }

  if (q.unit === 'duration') {
    // "a three-day ceasefire", "an eight-month state of emergency"
    const compound = tokens[q.numLast + 1]?.text === '-' ? nounPhrase(tokens, j) : null;
    if (compound?.entity) return result(compound.entity);
    // "extended a state of emergency for three months", "extended it by three months", "is to be extended for another three months"
    for (let k = q.first - 1; k >= 0 && q.first - k < 12; k--) {
      if (!DURATION_VERBS.has(tokens[k]!.lower)) continue;
      let o = k + 1;
      while (tokens[o]?.pos === 'DET') o++;
      const object = nounPhrase(tokens, o);
      return result(object.entity && o < q.first ? object.entity : clauseSubject(tokens, k + 1), tokens[k]!.lower);
    }
    return result(null);
  }

  // measurements and fractions of a unit; "a smaller 4.5 magnitude quake" says which of several
  const unit = q.unitName;
  const comparative = tokens[q.first - 1];
  if (comparative?.pos === 'ADJ' && /(?:er|est)$/.test(comparative.lower)) qualifiers.push(comparative.lower);
  // "the 17-story tower" modifies its noun; "3.8-magnitude or more shook Tainan" does not
  const hyphenated = tokens.slice(q.numLast + 1, q.last + 1).some((t) => t.text === '-') && !/^(?:more|so|fewer|less|above|over|under)$/.test(tokens[q.last]!.lower);
  if (hyphenated) {
    // "the 17-story tower", "the 25-tonne, unmarked articulated truck", "a 7.8-magnitude earthquake"
    const p = nounPhrase(tokens, j);
    if (p.entity) return result(p.entity);
  }
  if (lowerAt(tokens, q.first) === 'magnitude' && isNoun(tokens[j])) return result(nounPhrase(tokens, j).entity);
  // "25.1 inches of snow", "two feet of snow", "two to three percentage points off growth"
  const of = thingAfter(tokens, q.last, new Set(['of', 'off']));
  if (of) return result(of.entity);
  // "100 miles away", "16 miles south-southeast of Muisne": a distance
  if (unit && LENGTHS.has(unit)) {
    let k = q.last + 1;
    if (tokens[k]?.text === '(') while (k < tokens.length && tokens[k]!.text !== ')') k++;
    if (tokens[k]?.text === ')') k++;
    if (DIRECTIONS.test(lowerAt(tokens, k)) || (lowerAt(tokens, k) === 'to' && lowerAt(tokens, k + 2) === 'south')) return result(distanceOf(tokens, q, k));
  }
  // "a depth of 23 km", "The record high of 28 inches", "a reach of nearly 1,000 miles"
  const of2 = thingOfBefore(tokens, q);
  if (of2) return result(of2);
  // "tsunami waves up to 3 feet", "an epicenter 16 miles south-southeast"
  const right = nounPhraseBefore(tokens, q.first - 1);
  if (right) return result(right.text);
  // "Winds gusting to more than 40 mph", "It ranked No. 3 in snowfall ... with at least 25.1 inches"
  const usual = usualSubject(tokens, unit, q.first);
  if (usual) return result(usual);
  const subject = clauseSubject(tokens, q.first);
  if (subject) return result(subject);
  return result(null);
}

/**
 * What a distance is of, as far as the text says: "Quito, around 100 miles
 * away" (Quito), "16 miles south-southeast of Muisne" (from Muisne), "200 miles
 * from the epicenter"; a plain "distance" when it names nothing.
 */
function distanceOf(tokens: readonly Token[], q: Quantity, direction: number): string {
  // "of Muisne", "from the epicenter" after the direction
  for (let k = direction; k < tokens.length && k <= direction + 3; k++) {
    if (lowerAt(tokens, k) !== 'of' && lowerAt(tokens, k) !== 'from') continue;
    let p = k + 1;
    while (tokens[p]?.pos === 'DET' || tokens[p]?.pos === 'ADJ') p++;
    if (isNoun(tokens[p])) return `distance from ${nounPhrase(tokens, p).entity ?? tokens[p]!.lower}`;
  }
  // "Quito, around 100 miles away": the place set off just before
  const before = tokens[q.first - 1]?.text === ',' ? q.first - 2 : -1;
  if (before >= 0 && tokens[before]!.pos === 'PROPN') return `distance to ${tokens[before]!.text}`;
  return 'distance';
}

/** A verb after the thing measured: "percent of voters backed", "$600 million in credit had been allotted". */
function measureAfterThing(tokens: readonly Token[], from: number): string | null {
  let k = from;
  while (k < tokens.length && k - from < 4 && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV')) k++;
  const v = tokens[k];
  return v && isVerb(v) && /(ed|en)$/.test(v.lower) ? v.lower : null;
}
