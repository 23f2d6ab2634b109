// Noun phrases and the words around them, as the readers of what a figure
// counts (countedThing.ts) and what it measures (measuredThing.ts) need them:
// the noun phrase after an amount, a participle phrase after its head, and
// the subject of the clause an amount stands in.
import type { Token } from './tokens';

export const isNoun = (t: Token | undefined): boolean => !!t && (t.pos === 'NOUN' || t.pos === 'PROPN');
export const isVerb = (t: Token | undefined): boolean => !!t && t.pos === 'VERB';

/** Words that head a time adjunct a noun phrase never runs into: "five states last week", "10,000 jobs last month". */
const TIME_HEADS = new Set([
  'week', 'weeks', 'month', 'months', 'year', 'years', 'day', 'days', 'night', 'morning', 'afternoon', 'evening', 'weekend',
  'today', 'yesterday', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);
const TIME_LEADS = new Set(['last', 'next', 'this', 'past', 'previous', 'coming', 'earlier', 'later', 'that']);

/** "last week", "this year", "Sunday": a time adjunct starting at `i`. */
export function timeAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (TIME_LEADS.has(t.lower) && TIME_HEADS.has(tokens[i + 1]?.lower ?? '')) return true;
  return TIME_HEADS.has(t.lower) && /^[A-Z]/.test(t.text) && t.lower !== 'may' && t.lower !== 'march';
}

/** "six more", "four others": the thing is the one counted before. */
export const ELLIPTICAL = new Set(['more', 'others', 'other', 'additional', 'further']);

export interface Phrase {
  entity: string | null;
  qualifiers: string[];
  end: number;
  elliptical: string | null;
}

function qualifierText(t: Token): string {
  return t.pos === 'PROPN' ? t.text : t.lower;
}

/**
 * The noun phrase starting at `from`: modifiers, then the head noun with the
 * nouns compounded before it. It never runs into a time adjunct ("last
 * week"), reads through adverbs and commas between modifiers ("very, very
 * loud explosions", "the 25-tonne, unmarked articulated truck"), and takes a
 * last adjective as the head where the tagger found no noun before a verb
 * ("one individual was arrested").
 */
export function nounPhrase(tokens: readonly Token[], from: number): Phrase {
  let j = from;
  const words: Token[] = [];
  const modifiers: string[] = [];
  while (j < tokens.length && j - from < 8) {
    const t = tokens[j]!;
    if (timeAt(tokens, j)) break;
    // a capitalised word inside a name, whatever the tagger called it: "Red Cross volunteers"
    if (/^[A-Z]/.test(t.text) && words.length && words.at(-1)!.pos === 'PROPN' && t.pos !== 'PUNCT' && t.pos !== 'AUX') {
      words.push({ ...t, pos: 'PROPN' });
      j++;
      continue;
    }
    if (t.text === '-' && words.length && /^[\w]/.test(tokens[j + 1]?.text ?? '') && t.start === words.at(-1)!.end && tokens[j + 1]!.start === t.end) {
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
    if (t.pos === 'ADV' && /ly$|^very$/.test(t.lower) && !words.some(isNoun) && (tokens[j + 1]?.pos === 'ADJ' || tokens[j + 1]?.text === ',')) {
      j++;
      continue;
    }
    // a comma between modifiers, before any noun: "very, very loud", "unmarked, articulated"
    if (t.text === ',' && !words.some(isNoun) && j > from && (tokens[j + 1]?.pos === 'ADJ' || tokens[j + 1]?.pos === 'ADV')) {
      j++;
      continue;
    }
    if (t.pos === 'VERB' && /ed$/.test(t.lower) && (isNoun(tokens[j + 1]) || (tokens[j + 1]?.pos === 'ADJ' && isNoun(tokens[j + 2]))) && !words.some(isNoun)) {
      // "masked protesters", "reported suspect cases"; but in "gunmen opened fire" the noun came first
      words.push({ ...t, pos: 'ADJ' });
      j++;
      continue;
    }
    break;
  }
  let head = words.length - 1;
  while (head >= 0 && !isNoun(words[head])) head--;
  // "one individual was arrested": the tagger's adjective heads the phrase before a verb
  if (head < 0 && words.length && words.at(-1)!.pos === 'ADJ' && (tokens[j]?.pos === 'AUX' || tokens[j]?.pos === 'VERB') && !ELLIPTICAL.has(words.at(-1)!.lower)) {
    words[words.length - 1] = { ...words.at(-1)!, pos: 'NOUN' };
    head = words.length - 1;
  }
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
  const end = tokens.indexOf(words[head]!) >= 0 ? tokens.indexOf(words[head]!) : from + head;
  const elliptical = ELLIPTICAL.has(entityWords.at(-1)!) ? entityWords.at(-1)! : null;
  return { entity: entityWords.join(' '), qualifiers, end: Math.min(end, j - 1), elliptical };
}

/** The noun phrase ending at token `end`, walking left: "tsunami waves" of "tsunami waves up to 3 feet". */
export function nounPhraseBefore(tokens: readonly Token[], end: number): { text: string; start: number } | null {
  if (!isNoun(tokens[end])) return null;
  let start = end;
  while (start > 0 && end - start < 4 && (isNoun(tokens[start - 1]) || tokens[start - 1]!.pos === 'ADJ')) start--;
  return { text: tokens.slice(start, end + 1).map((t) => (t.pos === 'PROPN' ? t.text : t.lower)).join(' '), start };
}

/** Verbs that carry no meaning of their own before a count: "made 12 arrests", "had three children". */
export const LIGHT_VERBS = new Set([
  'made', 'make', 'makes', 'had', 'has', 'have', 'took', 'take', 'gave', 'give', 'is', 'was', 'were', 'are', 'be', 'been', 'put',
  'included', 'including', 'consisted', 'get', 'got',
  // reporting verbs say who counts, not what happened: "Aid groups say hundreds of thousands ..."
  'say', 'says', 'said', 'told', 'tell', 'tells', 'found', 'find', 'reported', 'reports', 'estimated', 'estimates', 'revised', 'added', 'claimed', 'claims', 'believes', 'believed', 'show', 'shows', 'showed',
  // "were confirmed dead", "are feared killed", "were listed as missing": what they were is what happened
  'confirmed', 'feared', 'thought', 'presumed', 'listed', 'declared', 'known',
]);

/** "carrying ammunition", "loaded with weapons": a participle phrase after the head; never one that says what happened ("died in Maryland"). */
export function detailAfter(tokens: readonly Token[], from: number, isMeasureWord: (word: string) => boolean): { text: string; end: number } | null {
  const v = tokens[from];
  if (!isVerb(v) || !/(ing|ed)$/.test(v!.lower) || LIGHT_VERBS.has(v!.lower) || isMeasureWord(v!.lower)) return null;
  let j = from + 1;
  if (tokens[j]?.pos === 'ADP') j++;
  while (tokens[j]?.pos === 'DET' || tokens[j]?.pos === 'ADJ') j++;
  if (!isNoun(tokens[j])) return null;
  while (isNoun(tokens[j + 1])) j++;
  return { text: tokens.slice(from, j + 1).map((t) => t.text).join(' '), end: j };
}

/** Nouns that name a count rather than a thing: "their estimate", "the figure", "the death toll". */
export const COUNT_NOUNS = new Set(['estimate', 'figure', 'number', 'toll', 'tally', 'count', 'total']);

/** Words a subject never is: pronouns and the like, which name nothing to count or measure. */
const NOT_SUBJECTS = new Set(['it', 'they', 'he', 'she', 'we', 'i', 'you', 'this', 'that', 'there', 'which', 'who', 'what']);

/** Words that open a subordinate clause whose participle has the main clause's subject: "since peaking at 10 percent". */
const SUBORDINATORS = new Set(['since', 'after', 'before', 'while', 'when', 'by', 'despite']);

/**
 * The subject of the clause the amount at `first` stands in: "The
 * unemployment rate is forecast to have fallen ... to 4.9 percent", "Average
 * hourly earnings rose 5 cents to $25.59", "The Dow Jones industrial average
 * dropped 63 points". Walks left to the nearest verb, over its chain, to the
 * noun phrase before it; a participle clause without a subject of its own
 * (", reaching 70 mph", "since peaking at 10 percent") takes the main
 * clause's.
 */
export function clauseSubject(tokens: readonly Token[], first: number): string | null {
  let k = first - 1;
  for (let hops = 0; hops < 3; hops++) {
    while (k >= 0 && tokens[k]!.pos !== 'VERB' && tokens[k]!.pos !== 'AUX') {
      if (/^[;:(“"]$/.test(tokens[k]!.text) || first - k > 40) return null;
      k--;
    }
    if (k < 0) return null;
    const participle = /ing$/.test(tokens[k]!.lower);
    while (k >= 0 && (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PART' || tokens[k]!.lower === 'to' || tokens[k]!.lower === 'not')) k--;
    const t = tokens[k];
    if (t && isNoun(t)) {
      const phrase = nounPhraseBefore(tokens, k);
      return phrase && !NOT_SUBJECTS.has(phrase.text) ? phrase.text : null;
    }
    if (!t || !participle || !(t.text === ',' || SUBORDINATORS.has(t.lower))) return null;
    k--;
  }
  return null;
}

/** Verbs of expecting, whose object may stand before them in a contact clause. */
const EXPECTING = new Set(['expected', 'forecast', 'forecasted', 'predicted', 'anticipated', 'projected', 'estimated', 'sought', 'wanted', 'hoped']);

/**
 * "far below the 164,000 economists had forecast", "the 160,000 analysts
 * polled by Reuters expected": a relative clause with no "that", whose subject
 * follows the amount. The amount is the verb's object, not a count of the
 * economists. Returns the verb's index, or -1.
 */
export function contactClauseVerb(tokens: readonly Token[], first: number, last: number): number {
  if (tokens[first - 1]?.lower !== 'the') return -1;
  let k = last + 1;
  // the subject: a plural noun, perhaps with words before it ("private economists")
  while (tokens[k]?.pos === 'ADJ') k++;
  if (tokens[k]?.pos !== 'NOUN' || !/s$/.test(tokens[k]!.lower)) return -1;
  k++;
  // "polled by Reuters", "surveyed by Bloomberg"
  if (/^(?:polled|surveyed)$/.test(tokens[k]?.lower ?? '')) {
    k++;
    if (tokens[k]?.lower === 'by') for (k++; tokens[k]?.pos === 'PROPN' || tokens[k]?.pos === 'DET'; k++);
  }
  while (tokens[k]?.pos === 'AUX' || tokens[k]?.pos === 'ADV') k++;
  if (!EXPECTING.has(tokens[k]?.lower ?? '')) return -1;
  // the verb has no object of its own after it
  const next = tokens[k + 1];
  return !next || next.pos === 'PUNCT' || next.pos === 'CCONJ' || next.pos === 'ADP' || next.pos === 'SCONJ' ? k : -1;
}
