// Amounts that are not figures a source asserts: dates, years, times of day,
// reading times, street numbers, names with a number in them, hyphenated
// compounds that measure nothing ("a two-state solution"). Ages, durations and
// measurements are figures of their own kinds (units.ts), never counts.
// Ordinals ("first") never reach here: they are not read as amounts at all.
import { isCasualtyMeasure, measureOfWord } from './measures';
import type { Quantity } from './quantities';
import type { Token } from './tokens';

const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.',
]);

const TIME_SUFFIXES = new Set(['a.m.', 'p.m.', 'am', 'pm', 'a.m', 'p.m', 'gmt', 'utc', 'et', 'est', 'edt', 'bst', 'cet', 'cest', 'hrs', "o'clock", 'local']);

const STREET_WORDS = new Set(['street', 'st', 'st.', 'road', 'rd', 'rd.', 'avenue', 'ave', 'ave.', 'boulevard', 'blvd', 'lane', 'drive', 'way', 'square', 'place', 'terrace', 'court']);

/** "at one point", "one day": "one" in a set phrase. */
const ONE_IDIOMS = new Set(['point', 'day', 'time', 'way', 'side', 'hand', 'thing', 'another', 'stage']);

/** Words before a number that make it a label: "No. 10", "page 2", "Article 5". */
const LABEL_WORDS = new Set(['no.', 'no', '#', 'number', 'page', 'photo', 'image', 'slide', 'chapter', 'article', 'section', 'resolution', 'flight', 'route', 'room', 'gate', 'version', 'level', 'phase', 'episode', 'season', 'grade',
  'paragraph', 'paragraphs', 'para', 'item', 'clause', 'platform', 'channel', 'table', 'annex', 'appendix', 'exhibit', 'interstate', 'highway']);

/** Verbs that take a phone number: "dialled 999"; a call verb only when no counted thing follows ("called 911", never "called 300 reservists"). */
const DIAL = new Set(['dial', 'dials', 'dialled', 'dialed', 'dialling', 'dialing']);
const CALL = new Set(['call', 'calls', 'called', 'calling', 'phoned', 'rang', 'texted']);

/** What follows a market index's name: how it moved, or the word "index". */
const MARKET_WORDS = new Set([
  'index', 'indexes', 'indices', 'futures', 'fell', 'rose', 'gained', 'lost', 'closed', 'ended', 'dropped', 'slipped', 'climbed', 'jumped', 'edged',
  'shed', 'tumbled', 'rallied', 'sank', 'surged', 'slid', 'declined', 'advanced', 'added', 'finished', 'opened', 'was', 'is', 'has', 'had',
]);

/** Nouns that a span of time names rather than measures: "10-year yield", "30-year bonds", "a 20-year high". */
const TERMS = new Set(['yield', 'yields', 'note', 'notes', 'bond', 'bonds', 'treasury', 'treasuries', 'bund', 'bunds', 'gilt', 'gilts', 'mortgage', 'mortgages', 'high', 'highs', 'low', 'lows']);

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

const isWordToken = (t: Token | undefined): boolean => !!t && /^[A-Za-z]/.test(t.text);
const isNounish = (t: Token | undefined): boolean => !!t && (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ');

/** Why this amount is not a figure, or null when it is one. */
export function notAFigure(tokens: readonly Token[], q: Quantity): string | null {
  const num = tokens[q.numFirst]!;
  const end = tokens[q.numLast]!;
  const before = tokens[q.numFirst - 1];
  const after = tokens[q.numLast + 1];
  const after2 = tokens[q.numLast + 2];
  const value = q.value ?? q.low ?? q.high ?? 0;
  const digits = /^\d/.test(num.text);
  const small = Number.isInteger(value) && value >= 1 && value <= 31;

  if (digits && inAddress(tokens, q)) return 'part of an address';
  if (digits && small && ((before && MONTHS.has(before.lower)) || (after && MONTHS.has(after.lower)))) return 'date';
  if (digits && small && after?.lower === 'of' && after2 && MONTHS.has(after2.lower)) return 'date';
  if (digits && /^\d{4}$/.test(num.text) && value >= 1000 && value <= 2100 && q.numFirst === q.numLast) {
    const pluralNoun = after && after.pos === 'NOUN' && /s$/.test(after.lower);
    if (!pluralNoun) return 'year';
  }
  // "2015-16", "the 1998-9 season"
  if (digits && /^\d{4}[-–]\d{1,4}$/.test(num.text)) return 'years';
  if (/^\d{1,2}:\d{2}$/.test(end.text) || (after && TIME_SUFFIXES.has(after.lower) && digits)) return 'time of day';
  if (before && WEEKDAYS.has(before.lower) && digits && small && !isNounish(after)) return 'date';

  // hyphenated compounds that are no measurement ("two-state solution", "a three-judge panel"); "5,000-strong" counts the force;
  // measurements, ages and durations ("1,000-mile", "12-year-old", "three-day") were read with their units (units.ts)
  if ((after?.text === '-' || after?.text === '–') && isWordToken(after2) && !/^\d/.test(after2!.text) && q.unit === 'count' && after2!.lower !== 'strong') return 'compound modifier';
  // "COVID-19", "F-16": written as one word; "delegates - 1,300 to 1,400" sets a figure off with spaced dashes
  if ((before?.text === '-' || before?.text === '–') && before.end === num.start && isWordToken(tokens[q.numFirst - 2]) && tokens[q.numFirst - 2]!.end === before.start && q.unit === 'count') return 'part of a name';

  if (q.unit === 'duration' && (tokens[q.last + 1]?.lower === 'read' || after2?.lower === 'read')) return 'reading time';
  // "the 10-year yield", "a 30-year mortgage", "a 10-year high": a term or a record's span names the thing, it is no figure
  if (q.unit === 'duration' && tokens[q.numLast + 1]?.text === '-' && TERMS.has(tokens[q.last + 1]?.lower ?? '')) return 'name of a term';
  if (q.unit === 'duration' && (num.lower === 'a' || num.lower === 'an' || num.lower === 'one') && !q.approx) return 'set phrase';
  if (num.lower === 'one' && after && ONE_IDIOMS.has(after.lower)) return 'set phrase';

  // "12 Main Street", "10 Downing Street": capitalised words, then a street word (the tagger may call "Downing" a verb)
  if (digits && after && /^[A-Z]/.test(after.text)) {
    for (let k = q.numLast + 1; k < Math.min(tokens.length, q.numLast + 5); k++) {
      if (STREET_WORDS.has(tokens[k]!.lower)) return 'street number';
      if (!/^[A-Z]/.test(tokens[k]!.text)) break;
    }
  }
  if (before && LABEL_WORDS.has(before.lower) && q.first === q.numFirst) return 'label';
  // "dialled 999", "called 911": a number dialled is a phone number
  if (digits && before && (DIAL.has(before.lower) || (CALL.has(before.lower) && !isNounish(after))) && q.first === q.numFirst) return 'phone number';
  // "the S&P 500 fell", "the FTSE 100 index": a market index's name ends in a number, and what follows says how it moved
  if (digits && before?.pos === 'PROPN' && q.first === q.numFirst && after && (MARKET_WORDS.has(after.lower) || /^['’]s$/.test(after.text))) return 'part of a name';
  // "Boeing 737", "Apollo 11": a name ending in a number, not a count of anything
  if (digits && before?.pos === 'PROPN' && q.first === q.numFirst && !MONTHS.has(before.lower) && !WEEKDAYS.has(before.lower) && !isNounish(after) && q.unit === 'count') {
    return 'part of a name';
  }
  // "The Apollo 11 crew", "its Boeing 737 jets", "the Fortune 500 companies": a name after "the" or "its" that ends in a number
  // names what follows; a count after a name stands after a verb or a comma ("killed 22")
  if (digits && before?.pos === 'PROPN' && /^[A-Z]/.test(before.text) && q.first === q.numFirst && !MONTHS.has(before.lower) && !WEEKDAYS.has(before.lower) && q.unit === 'count' && isNounish(after) &&
    (tokens[q.numFirst - 2]?.pos === 'DET' || /^(?:its|his|her|their|our|my)$/.test(tokens[q.numFirst - 2]?.lower ?? '') || /^[A-Z]+$/.test(before.text))) {
    return 'part of a name';
  }
  // "finished in the top 10", "a top-five finish": a rank
  if (before?.lower === 'top' && q.first === q.numFirst && tokens[q.numFirst - 2]?.lower === 'the' && !isNounish(after)) return 'rank';
  // "a 50-50 chance": even odds, a set phrase
  if (/^50[-–]50$/.test(num.text)) return 'set phrase';
  // "Boeing 737 MAX", "World Cup 2026 Qualifier": a number between capitalised words is part of a name
  if (digits && before?.pos === 'PROPN' && /^[A-Z]/.test(after?.text ?? '') && after?.pos === 'PROPN' && !MONTHS.has(before.lower) && !WEEKDAYS.has(before.lower) && q.first === q.numFirst) {
    return 'part of a name';
  }
  if (num.lower === 'one' && value === 1 && q.first === q.numFirst && !oneCounts(tokens, q)) return 'pronoun';
  // "if the two are just associated": a number word standing for things named before, with no count of its own
  if (q.words && before?.lower === 'the' && (after?.pos === 'AUX' || after?.pos === 'VERB') && !casualtyNear(tokens, q)) return 'pronoun';
  // "Air Force Two", "Group of Twenty": a capitalised number word inside a name
  const nameBefore = (before?.pos === 'PROPN' && /^[A-Z]/.test(before.text)) || (before?.lower === 'of' && /^[A-Z]/.test(tokens[q.numFirst - 2]?.text ?? ''));
  if (q.words && /^[A-Z]/.test(num.text) && q.first === q.numFirst && q.numFirst > 0 && nameBefore) return 'part of a name';
  // "(2330.TW)": a stock ticker
  if (digits && after?.text === '.' && after.start === end.end && /^[A-Z]{1,4}$/.test(after2?.text ?? '') && after2!.start === after.end) return 'code';
  // "one of the most dangerous": a superlative, not a count
  if (num.lower === 'one' && after?.lower === 'of' && after2?.lower === 'the') {
    const next = tokens[q.numLast + 3];
    if (next && (next.lower === 'most' || next.lower === 'least' || /est$/.test(next.lower))) return 'set phrase';
  }
  // "020 7946 0000": a leading zero, or digit groups side by side, make a code or a phone number
  if (digits && /^0\d/.test(num.text)) return 'code';
  if (digits && q.first === q.numFirst && (/^\d+$/.test(before?.text ?? '') || /^\d+$/.test(after?.text ?? ''))) return 'code';
  // long digit strings without separators are codes, not counts: postcodes, phone numbers, IDs
  if (digits && /^\d{5,}$/.test(num.text) && !(after?.pos === 'NOUN')) return 'code';
  // "1 of 12" in a photo gallery or a pager
  if (digits && after?.lower === 'of' && /^\d+$/.test(after2?.text ?? '') && tokens.length <= 6) return 'navigation';
  return null;
}

/** A word of what happened to people (killed, wounded, arrested ...) within the few words around the amount, in its clause. */
/**
 * A host with a port or a path, written without spaces: "example.com:8080",
 * "localhost:7453", "10.0.0.2:3000", "www.example.org/news/2016/22". A
 * number in it is part of the address (a web address with its scheme is one
 * token already).
 */
const ADDRESS = /(?:^|[^\w.])(?:www\.|(?:[a-z][\w-]*\.)+[a-z]{2,}(?=[:/])|localhost(?=[:/])|\d{1,3}(?:\.\d{1,3}){3}(?=[:/]))|:\/\//i;

const ADDRESS_MARK = /[:/w]/i;

function inAddress(tokens: readonly Token[], q: Quantity): boolean {
  let from = q.numFirst;
  while (from > 0 && tokens[from - 1]!.end === tokens[from]!.start) from--;
  let to = q.numLast;
  while (to + 1 < tokens.length && tokens[to + 1]!.start === tokens[to]!.end) to++;
  if (from === q.numFirst && to === q.numLast) return false;
  // every address has a colon, a slash or "www" in it; most numbers written onto other tokens ("10,000,", "$5") have none,
  // and are let go before their words are joined
  let marked = false;
  for (let k = from; k <= to && !marked; k++) marked = ADDRESS_MARK.test(tokens[k]!.text);
  return marked && ADDRESS.test(` ${tokens.slice(from, to + 1).map((t) => t.text).join('')}`);
}

function casualtyNear(tokens: readonly Token[], q: Quantity): boolean {
  for (let k = q.numLast + 1; k < tokens.length && k <= q.numLast + 8; k++) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT' && t.text !== '-' && t.text !== '–') break;
    if (isCasualtyMeasure(measureOfWord(t.lower))) return true;
  }
  for (let k = q.first - 1; k >= 0 && k >= q.first - 2; k--) if (isCasualtyMeasure(measureOfWord(tokens[k]!.lower))) return true;
  return false;
}

/** Verbs of having before "one": "He had one criminal conviction", "with one factory in Tainan". */
const HAVING = new Set(['had', 'has', 'have', 'having', 'with', 'only', 'just']);

/**
 * "one" is mostly a pronoun or an article ("one of the worst-hit areas", "one
 * smart guy", "choose one of them"); it counts only where something happened to
 * what it names ("One person was killed", "one of its fighters had been
 * killed", "killed one civilian contractor") or where something is had ("He had
 * one criminal conviction").
 */
function oneCounts(tokens: readonly Token[], q: Quantity): boolean {
  if (casualtyNear(tokens, q)) return true;
  const next = tokens[q.numLast + 1];
  return HAVING.has(tokens[q.first - 1]?.lower ?? '') && !!next && (next.pos === 'NOUN' || next.pos === 'ADJ');
}
