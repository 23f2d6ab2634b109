// Reads the amounts in a sentence: digits, number words, vague plurals, with
// the qualifiers, ranges and units around them. Whether an amount is a figure
// (and not a date, an age or a street number) is decided later, in
// notFigures.ts; what it counts, in countedThing.ts.
import {
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  DIGIT_ONLY_SCALES,
  QUALIFIERS,
  SCALES,
  TENS,
  UNITS,
  VAGUE_PLURALS,
  digitPair,
  digitValue,
  type Qualifier,
} from './numberWords';
import type { Token } from './tokens';
import { fractionAt, unitAfter, unitBefore, unitOfFraction, type UnitKind } from './units';

export interface Quantity {
  /** Token indexes of the whole mention, qualifiers and currency sign included. */
  first: number;
  last: number;
  /** Token indexes of the number itself. */
  numFirst: number;
  numLast: number;
  /** Character span, when only part of a token is meant (one side of "54-46"). */
  charStart: number | undefined;
  charEnd: number | undefined;
  value: number | null;
  low: number | null;
  high: number | null;
  approx: boolean;
  unit: UnitKind;
  /** The unit a measurement, duration or age is in ("miles", "magnitude", "months", "years"); null for counts, percentages and money. */
  unitName: string | null;
  currency: string | null;
  /** "a total of eight". */
  total: boolean;
  /** "dozens", "a handful": an amount with no number. */
  vague: boolean;
  /** Written in words ("four", "a dozen"), which is weaker evidence than digits. */
  words: boolean;
}

interface Core {
  end: number; // exclusive token index
  /** "a third of", "one-quarter of a mile". */
  fraction?: boolean;
  value: number | null;
  low: number;
  high: number | null;
  vague: boolean;
  words: boolean;
  pair?: [number, number];
}

const lowerAt = (tokens: readonly Token[], i: number): string => tokens[i]?.lower ?? '';

/** Pronoun uses of "one": "the one", "no one", "one another". */
const NOT_ONE_AFTER = new Set(['the', 'this', 'that', 'which', 'no', 'any', 'every', 'each', 'anyone', 'someone']);

function wordsNumber(tokens: readonly Token[], i: number): Core | null {
  let total = 0;
  let current = 0;
  let seen = false;
  let j = i;
  // "half a million", "half a dozen"
  if (lowerAt(tokens, j) === 'half' && (lowerAt(tokens, j + 1) === 'a' || lowerAt(tokens, j + 1) === 'an')) {
    const scale = SCALES.get(lowerAt(tokens, j + 2));
    if (scale !== undefined && !DIGIT_ONLY_SCALES.has(lowerAt(tokens, j + 2))) return { end: j + 3, value: scale / 2, low: scale / 2, high: scale / 2, vague: false, words: true };
  }
  // "a dozen", "a hundred", "a million"
  if ((lowerAt(tokens, j) === 'a' || lowerAt(tokens, j) === 'an') && SCALES.get(lowerAt(tokens, j + 1)) && !DIGIT_ONLY_SCALES.has(lowerAt(tokens, j + 1))) {
    current = 1;
    seen = true;
    j++;
  }
  for (;;) {
    const w = lowerAt(tokens, j);
    if (UNITS.get(w) !== undefined) {
      // "twenty two", "a hundred five", "two thousand five"; never "one two" or "ten three"
      const canAdd = !seen || current % 100 === 0 || (current % 10 === 0 && current % 100 >= 20);
      if (!canAdd) break;
      current += UNITS.get(w)!;
      seen = true;
      j++;
    } else if (TENS.get(w) !== undefined && current % 100 === 0) {
      current += TENS.get(w)!;
      seen = true;
      j++;
      if ((lowerAt(tokens, j) === '-' || lowerAt(tokens, j) === '–') && UNITS.get(lowerAt(tokens, j + 1)) !== undefined && UNITS.get(lowerAt(tokens, j + 1))! < 10) {
        current += UNITS.get(lowerAt(tokens, j + 1))!;
        j += 2;
      }
    } else if (seen && SCALES.get(w) !== undefined && !DIGIT_ONLY_SCALES.has(w)) {
      if (w === 'hundred') current = (current || 1) * 100;
      else {
        total += (current || 1) * SCALES.get(w)!;
        current = 0;
      }
      j++;
    } else if (seen && w === 'and' && (UNITS.get(lowerAt(tokens, j + 1)) !== undefined || TENS.get(lowerAt(tokens, j + 1)) !== undefined) && current >= 100 && current % 100 === 0) {
      j++; // "one hundred and fifty"
    } else break;
  }
  if (!seen) return null;
  const value = total + current;
  return { end: j, value, low: value, high: value, vague: false, words: true };
}

function digitsNumber(tokens: readonly Token[], i: number): Core | null {
  const text = tokens[i]!.text;
  const pair = text.includes('-') || text.includes('–') ? digitPair(text) : null;
  if (pair) return { end: i + 1, value: null, low: pair[0], high: pair[1], vague: false, words: false, pair };
  let value = digitValue(text);
  let end = i + 1;
  if (value === null) {
    // "35m", "4.2bn" written as one token
    const m = /^(\d+(?:\.\d+)?)(m|mn|bn|k)$/i.exec(text);
    if (!m) return null;
    value = Number(m[1]) * SCALES.get(m[2]!.toLowerCase())!;
  } else {
    const next = lowerAt(tokens, end);
    if (SCALES.get(next) !== undefined && next !== 'dozen') {
      value *= SCALES.get(next)!;
      end++;
      if (SCALES.get(lowerAt(tokens, end)) !== undefined && lowerAt(tokens, end) !== 'dozen' && !DIGIT_ONLY_SCALES.has(lowerAt(tokens, end))) {
        value *= SCALES.get(lowerAt(tokens, end))!; // "1.5 hundred thousand" is rare; "10 thousand million" is not
        end++;
      }
    }
  }
  // Floating point: 4.2 × 1e9 should print as 4200000000.
  if (end > i + 1 || !Number.isInteger(value)) value = Number(value.toPrecision(12));
  return { end, value, low: value, high: value, vague: false, words: false };
}

function vagueAmount(tokens: readonly Token[], i: number): Core | null {
  const w = lowerAt(tokens, i);
  // "tens of thousands", "hundreds of thousands", "tens of millions"
  if ((w === 'tens' || w === 'hundreds') && lowerAt(tokens, i + 1) === 'of') {
    const scale = lowerAt(tokens, i + 2);
    const base = scale === 'thousands' ? 1e3 : scale === 'millions' ? 1e6 : scale === 'billions' ? 1e9 : 0;
    if (base) return { end: i + 3, value: null, low: (w === 'tens' ? 20 : 200) * base, high: null, vague: true, words: true };
  }
  if (w === 'a' && lowerAt(tokens, i + 1) === 'handful') return { end: i + 2, value: null, low: 3, high: 5, vague: true, words: true };
  // "a score of bullets": twenty, as old as the word
  if (w === 'a' && lowerAt(tokens, i + 1) === 'score' && lowerAt(tokens, i + 2) === 'of') return { end: i + 2, value: 20, low: 20, high: 20, vague: false, words: true };
  // "several hundred people", "several thousand": at least three of the scale
  if (w === 'several' || w === 'few') {
    const scale = SCALES.get(lowerAt(tokens, i + 1));
    if (scale !== undefined && scale >= 100 && !DIGIT_ONLY_SCALES.has(lowerAt(tokens, i + 1))) return { end: i + 2, value: null, low: (w === 'several' ? 3 : 2) * scale, high: null, vague: true, words: true };
    // "several killed", "several were wounded": a vague count only where a casualty makes it one
    if (w === 'several' && CASUALTY_WORDS.has(lowerAt(tokens, i + 1))) return { end: i + 1, value: null, low: 3, high: null, vague: true, words: true };
    return null;
  }
  const low = VAGUE_PLURALS.get(w);
  if (low === undefined) return null;
  // "scores" and "millions" read as amounts before "of" ("scores of people") or as what a casualty verb did ("wounded scores"), never as "test scores"
  const casualtyBefore = CASUALTY_WORDS.has(lowerAt(tokens, i - 1));
  if ((w === 'scores' || w === 'billions') && lowerAt(tokens, i + 1) !== 'of' && !(w === 'scores' && (casualtyBefore || casualtyAfter(tokens, i)))) return null;
  if (tokens[i - 1]?.pos === 'NUM' || /^\d/.test(tokens[i - 1]?.text ?? '')) return null; // "two hundreds"? not a vague amount
  return { end: i + 1, value: null, low, high: null, vague: true, words: true };
}

/** "scores were injured", "scores more have been hurt": a casualty said of the amount, auxiliaries between. */
function casualtyAfter(tokens: readonly Token[], i: number): boolean {
  let k = i + 1;
  while (k < tokens.length && k <= i + 4 && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV' || tokens[k]!.lower === 'more' || tokens[k]!.lower === 'been')) k++;
  return k > i + 1 && CASUALTY_WORDS.has(lowerAt(tokens, k));
}

/** The whole of a share written "N in M" or "N out of M", read from token `at` (just after N): M and where it ends; null when there is none. */
function shareOf(tokens: readonly Token[], at: number, part: number): { of: number; end: number } | null {
  const k = lowerAt(tokens, at) === 'in' ? at + 1 : lowerAt(tokens, at) === 'out' && lowerAt(tokens, at + 1) === 'of' ? at + 2 : -1;
  if (k < 0 || !tokens[k]) return null;
  const second = coreAt(tokens, k);
  // "killed three in 10 days" is a rate of time, "one in 2015" a year
  if (!second || second.vague || second.fraction || second.pair || second.value === null || !Number.isInteger(second.value)) return null;
  if (second.value <= part || second.value > 1000 || suffixAfter(tokens, second.end - 1)) return null;
  return { of: second.value, end: second.end };
}

/** Verbs of a change in a level, after which "X to Y" may be the change and the level it reached. */
const CHANGE_VERBS = new Set(['rose', 'fell', 'gained', 'lost', 'climbed', 'dropped', 'jumped', 'slipped', 'added', 'shed', 'increased', 'decreased', 'declined', 'edged', 'surged', 'tumbled', 'rises', 'falls', 'gains', 'climbs', 'drops', 'jumps', 'slips', 'sank', 'slid', 'plunged', 'soared', 'eased', 'advanced']);

/** What happens to people, before or after a vague amount that then counts them: "wounded scores", "several killed". */
const CASUALTY_WORDS = new Set(['killed', 'wounded', 'injured', 'hurt', 'dead', 'died', 'arrested', 'detained', 'missing', 'kills', 'killing', 'wounding', 'injuring']);

/** The words an amount can begin with; every other word is passed over at once. */
const STARTERS = new Set([...UNITS.keys(), ...TENS.keys(), ...VAGUE_PLURALS.keys(), 'a', 'an', 'tens', 'half', 'several', 'few']);

function coreAt(tokens: readonly Token[], i: number): Core | null {
  const t = tokens[i]!;
  const c = t.text.charCodeAt(0);
  if (!(c >= 48 && c <= 57) && !STARTERS.has(t.lower)) return null;
  if (/^\d/.test(t.text)) return digitsNumber(tokens, i);
  // "a couple of hundred protesters": about two of the scale
  if (t.lower === 'a' && lowerAt(tokens, i + 1) === 'couple' && lowerAt(tokens, i + 2) === 'of') {
    const scale = SCALES.get(lowerAt(tokens, i + 3));
    if (scale !== undefined && scale >= 100 && !DIGIT_ONLY_SCALES.has(lowerAt(tokens, i + 3))) return { end: i + 4, value: 2 * scale, low: 2 * scale, high: 2 * scale, vague: true, words: true };
  }
  const vague = vagueAmount(tokens, i);
  if (vague) return vague;
  const fraction = fractionAt(tokens, i, UNITS);
  if (fraction) return { end: fraction.last + 1, value: fraction.value, low: fraction.value, high: fraction.value, vague: false, words: true, fraction: true };
  // "that one" is a pronoun; "that one of its fighters" is a count
  if (t.lower === 'one' && NOT_ONE_AFTER.has(lowerAt(tokens, i - 1)) && lowerAt(tokens, i + 1) !== 'of') return null;
  if (t.lower === 'one' && lowerAt(tokens, i + 1) === 'another') return null;
  return wordsNumber(tokens, i);
}

/** Qualifiers by their last word, the one right before the number; each list keeps the longest first. */
const QUALIFIERS_BY_LAST_WORD = new Map<string, Qualifier[]>();
for (const q of QUALIFIERS) {
  const last = q.words.at(-1)!;
  QUALIFIERS_BY_LAST_WORD.set(last, [...(QUALIFIERS_BY_LAST_WORD.get(last) ?? []), q]);
}

function qualifierBefore(tokens: readonly Token[], first: number): { qualifier: Qualifier; first: number } | null {
  const candidates = QUALIFIERS_BY_LAST_WORD.get(lowerAt(tokens, first - 1));
  if (!candidates) return null;
  for (const q of candidates) {
    const at = first - q.words.length;
    if (at < 0) continue;
    let all = true;
    for (let k = 0; k < q.words.length && all; k++) all = tokens[at + k]!.lower === q.words[k];
    if (all) return { qualifier: q, first: at };
  }
  return null;
}

/** Verbs after which "from X to Y" spans a range rather than a change: "ranging from 5.4 to 4.8". */
const RANGE_VERBS = new Set(['range', 'ranges', 'ranged', 'ranging', 'vary', 'varies', 'varied', 'varying']);

/** "%", "percent", "per cent", or a unit ("25.1 inches", "a 17-story", "31-year-old") after the number ending at `numLast`. */
function suffixAfter(tokens: readonly Token[], numLast: number): { kind: UnitKind; name: string | null; last: number } | null {
  const after = lowerAt(tokens, numLast + 1);
  if (after === '%' || after === 'percent' || after === 'pc') return { kind: 'percent', name: null, last: numLast + 1 };
  if (after === 'per' && lowerAt(tokens, numLast + 2) === 'cent') return { kind: 'percent', name: null, last: numLast + 2 };
  const unit = unitAfter(tokens, numLast);
  return unit ? { kind: unit.kind, name: unit.name, last: unit.last } : null;
}

/** The currency sign before token `first`, with a country's letters written onto it ("NT$", "US$", "HK$"). */
function currencyBefore(tokens: readonly Token[], first: number): { currency: string; first: number } | null {
  const sign = tokens[first - 1];
  const currency = sign ? CURRENCY_SYMBOLS.get(sign.lower) : undefined;
  if (!sign || !currency) return null;
  const prefix = tokens[first - 2];
  if (prefix && /^[A-Z]{1,3}$/.test(prefix.text) && prefix.end === sign.start && sign.text === '$') {
    return { currency: `${prefix.text} ${currency}`, first: first - 2 };
  }
  return { currency, first: first - 1 };
}

/** The first token from `at` that is not a currency sign or a country's letters before one. */
function firstNumberFrom(tokens: readonly Token[], at: number): number {
  let k = at;
  while (k < at + 2 && tokens[k] && !/^\d/.test(tokens[k]!.text) && (CURRENCY_SYMBOLS.has(tokens[k]!.lower) || /^[A-Z]{1,3}$/.test(tokens[k]!.text))) k++;
  return k;
}

/** "3 to 4 million": the first number takes the second's scale word when it has none of its own. */
function scaledLike(tokens: readonly Token[], value: number, numFirst: number, coreEnd: number, secondAt: number, second: Core): number {
  const scaleWord = lowerAt(tokens, second.end - 1);
  const scale = second.end - secondAt > 1 ? SCALES.get(scaleWord) : undefined;
  if (scale === undefined || scaleWord === 'dozen' || coreEnd - numFirst > 1 || /[a-z]$/i.test(tokens[numFirst]!.text)) return value;
  const scaled = Number((value * scale).toPrecision(12));
  return scaled <= (second.value ?? 0) ? scaled : value;
}

/** "ranged in age from 5 to 61", "men aged 67, 78 and 80": an age word shortly before makes the number an age. */
const AGE_WORDS = new Set(['age', 'ages', 'aged']);
function ageNamedBefore(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= 0 && first - k <= 5; k--) {
    if (AGE_WORDS.has(tokens[k]!.lower)) return true;
    if (tokens[k]!.pos === 'VERB' && !AGE_WORDS.has(tokens[k]!.lower)) return false;
  }
  return false;
}

/** "Cruz, 45, said", "The victim, 54, was": a person's age set off by commas after the name, or after one person named by a noun. */
function ageAfterName(tokens: readonly Token[], first: number, last: number, value: number | null): boolean {
  if (!(value !== null && Number.isInteger(value) && value > 0 && value < 120 && /^\d+$/.test(tokens[first]!.text) && first === last)) return false;
  if (tokens[first - 1]?.text !== ',' || tokens[last + 1]?.text !== ',') return false;
  const named = tokens[first - 2];
  // one person, not a group: a singular common noun after a determiner ("the driver", "his wife"), never "the dead, 22,"
  return named?.pos === 'PROPN' || (named?.pos === 'NOUN' && !/s$/.test(named.lower) && (tokens[first - 3]?.pos === 'DET' || tokens[first - 3]?.pos === 'PRON'));
}

/** All amounts in the sentence, left to right, not overlapping. */
export function findQuantities(tokens: readonly Token[]): Quantity[] {
  const out: Quantity[] = [];
  let i = 0;
  while (i < tokens.length) {
    const core = coreAt(tokens, i);
    // a quantity is read in a function of its own: its variables live on in `make` below, and held in this loop they
    // were allocated afresh for every token of every tagged sentence, a tenth of all the garbage of a long text
    i = core ? readQuantity(tokens, i, core, out) : i + 1;
  }
  return out;
}

/** The quantity whose number starts at token `i` (its core read), added to `out`; answers the token after it. */
function readQuantity(tokens: readonly Token[], i: number, core: Core, out: Quantity[]): number {
  const numFirst = i;
  let numLast = core.end - 1;
  let first = numFirst;
  let last = numLast;
  let { value, low, high } = core as { value: number | null; low: number | null; high: number | null };
  let approx = core.vague;
  let total = false;

  let unit: UnitKind = core.fraction ? 'fraction' : 'count';
  let unitName: string | null = null;
  let currency: string | null = null;
  const money = currencyBefore(tokens, first);
  if (money) {
    unit = 'money';
    currency = money.currency;
    first = money.first;
  }
  // "5.6 billion euros", "300 million yuan": the currency written after the amount
  const currencyWord = !money && !core.fraction ? CURRENCY_WORDS.get(lowerAt(tokens, numLast + 1)) : undefined;
  if (currencyWord) {
    unit = 'money';
    currency = currencyWord;
    last = numLast + 1;
  }
  const suffix = core.fraction ? unitOfFraction(tokens, numLast) : currencyWord ? null : suffixAfter(tokens, numLast);
  if (suffix) {
    if (unit !== 'money') [unit, unitName] = [suffix.kind, suffix.name];
    last = suffix.last;
  }

  // "one in five voters", "Nine in 10 Americans", "two out of three": a share of a whole
  const whole = !core.pair && !core.vague && !core.fraction && !money && !suffix && value !== null ? shareOf(tokens, core.end, value) : null;
  if (whole) {
    value = low = high = Number((value! / whole.of).toPrecision(12));
    unit = 'fraction';
    numLast = last = whole.end - 1;
  }

  // "minus 20 degrees", "minus 0.2 percent": below zero
  if (lowerAt(tokens, first - 1) === 'minus' && value !== null) {
    [value, low, high] = [-value, -value, -value];
    first--;
  }

  // "between 20 and 25", "20 to 25", "six or seven", "between 3.0 percent and 3.5 percent", "€2 billion to €3.5 billion",
  // "3 to 4 million", "ranging from 5.4 to 4.8"; never "from 64 to 66", which is a change
  const joiner = lowerAt(tokens, last + 1);
  const lead = lowerAt(tokens, first - 1);
  const between = lead === 'between';
  const ranging = lead === 'from' && RANGE_VERBS.has(lowerAt(tokens, first - 2));
  if (!core.pair && !core.vague && !core.fraction && value !== null && (joiner === 'to' || joiner === '-' || joiner === '–' || joiner === 'or' || (between && joiner === 'and'))) {
    const at = currency ? firstNumberFrom(tokens, last + 2) : last + 2;
    const second = tokens[at] ? coreAt(tokens, at) : null;
    // "from 64 to 66" and "rose by 50,000 to 1.4 million" are changes, not ranges; so is "oil rose $1.20 to $48.50",
    // a small change then the level it reached, where a range ("prices rose 3 to 4 percent") stays within a few times its low end
    const moved = CHANGE_VERBS.has(lead) && second !== null && second.value !== null && second.value > 3 * value;
    const change = (lead === 'from' && !ranging) || lead === 'by' || moved;
    if (second && !second.vague && !second.fraction && second.value !== null && (!change || second.value < value)) {
      const start = scaledLike(tokens, value, numFirst, core.end, at, second);
      const secondSuffix = suffixAfter(tokens, second.end - 1);
      const sameUnit = !secondSuffix || !suffix || (secondSuffix.kind === suffix.kind && secondSuffix.name === suffix.name);
      if (sameUnit && (second.value > start || (ranging && second.value !== start))) {
        low = Math.min(start, second.value);
        high = Math.max(start, second.value);
        value = null;
        approx = joiner === 'or';
        numLast = second.end - 1;
        last = secondSuffix ? secondSuffix.last : numLast;
        if (secondSuffix && !suffix && unit !== 'money') [unit, unitName] = [secondSuffix.kind, secondSuffix.name];
        if (between) first--;
      } else if (second && !suffix && !currency && secondSuffix && (secondSuffix.kind === 'percent' || secondSuffix.kind === 'measure') && joiner !== 'or') {
        // "by 52 to 48 percent", "a 52-48 percent split": two sides, each in the unit written once after both
        [unit, unitName] = [secondSuffix.kind, secondSuffix.name];
      }
    }
  }
  // "2 to 3 billion euros": a currency written once after a range
  const rangeCurrency = unit === 'count' && value === null ? CURRENCY_WORDS.get(lowerAt(tokens, last + 1)) : undefined;
  if (rangeCurrency) {
    unit = 'money';
    currency = rangeCurrency;
    last++;
  }
  if (unit === 'count') {
    // "magnitude 6", "magnitude-7.8", "aged 67"
    const before = unitBefore(tokens, first);
    if (before) {
      [unit, unitName] = [before.kind, before.name];
      first = before.first;
    } else if (ageNamedBefore(tokens, first) || ageAfterName(tokens, first, last, value)) [unit, unitName] = ['age', 'years'];
  }

  // "200 or more people", "20 or so", "five or fewer": a bound written after the number
  const bound = lowerAt(tokens, last + 1) === 'or' && !core.vague && value !== null ? lowerAt(tokens, last + 2) : '';
  if (bound === 'more' || bound === 'above' || bound === 'over') {
    [value, low, high, approx] = [null, value, null, true];
    last += 2;
  } else if (bound === 'so') {
    approx = true;
    last += 2;
  } else if (bound === 'fewer' || bound === 'less' || bound === 'under') {
    [value, low, high, approx] = [null, null, value, true];
    last += 2;
  }

  const q = qualifierBefore(tokens, first);
  if (q) {
    first = q.first;
    const v = value ?? low;
    if (q.qualifier.bound === 'total') total = true;
    else if (q.qualifier.bound === 'about') approx = true;
    else if (q.qualifier.bound === 'at-least' || q.qualifier.bound === 'more-than') {
      approx = true;
      if (!core.vague) [value, low, high] = [null, v, null];
    } else {
      approx = true;
      [value, low, high] = [null, null, high ?? v];
    }
  }

  // Built field by field, not by spreading a shared base: object spread in this loop cost more than all the rest of it.
  const make = (v: number | null, lo: number | null, hi: number | null, charStart?: number, charEnd?: number): Quantity => ({
    first, last, numFirst, numLast, charStart, charEnd, value: v, low: lo, high: hi, approx, unit, unitName, currency, total, vague: core.vague, words: core.words,
  });
  if (core.pair && core.pair[0] >= core.pair[1]) {
    // "54-46": a score or a vote, two figures in one token
    const token = tokens[numFirst]!;
    const dash = token.text.search(/[-–]/);
    out.push(make(core.pair[0], core.pair[0], core.pair[0], token.start, token.start + dash));
    out.push(make(core.pair[1], core.pair[1], core.pair[1], token.start + dash + 1, token.end));
  } else if (core.pair) {
    out.push(make(null, core.pair[0], core.pair[1]));
  } else {
    out.push(make(value, low, high));
  }
  return Math.max(last, numLast) + 1;
}
