// What an amount is measured in: miles, inches, magnitude, percentage points,
// months, years of age. A measurement is a figure of its own kind: "23 km"
// deep is never lined up with "23 people" killed, and an age or a duration
// never joins a count of casualties. The words are read after the number
// ("25.1 inches", "45 mph"), before it ("magnitude 6"), or as the head of a
// hyphenated modifier ("a 1,000-mile wall", "the 17-story tower", "a
// 31-year-old driver", "an eight-month state of emergency").
import type { Token } from './tokens';

/** The kinds of quantity a text states; everything but `count`, `percent` and `money` carries a unit name. */
export type UnitKind = 'count' | 'percent' | 'money' | 'measure' | 'duration' | 'age' | 'fraction';

export interface UnitRead {
  kind: UnitKind;
  /** The unit in one spelling: "miles", "km", "magnitude", "months", "percentage points". */
  name: string | null;
}

function table<T>(entries: Record<string, T>): ReadonlyMap<string, T> {
  return new Map(Object.entries(entries));
}

/** Units of measurement by the word a text uses, singular or plural, with one spelling each. */
const MEASURES: ReadonlyMap<string, string> = table({
  mile: 'miles', miles: 'miles',
  km: 'km', kms: 'km', kilometer: 'km', kilometers: 'km', kilometre: 'km', kilometres: 'km',
  meter: 'meters', meters: 'meters', metre: 'meters', metres: 'meters',
  centimeter: 'cm', centimeters: 'cm', centimetre: 'cm', centimetres: 'cm', cm: 'cm',
  millimeter: 'mm', millimeters: 'mm', millimetre: 'mm', millimetres: 'mm', mm: 'mm',
  inch: 'inches', inches: 'inches', foot: 'feet', feet: 'feet', ft: 'feet', yard: 'yards', yards: 'yards',
  mph: 'mph', kph: 'km/h', 'km/h': 'km/h', knot: 'knots', knots: 'knots',
  milligram: 'mg', milligrams: 'mg', mg: 'mg', gram: 'grams', grams: 'grams', g: 'grams', microgram: 'micrograms', micrograms: 'micrograms',
  megawatt: 'MW', megawatts: 'MW', mw: 'MW', gigawatt: 'GW', gigawatts: 'GW', gw: 'GW', kilowatt: 'kW', kilowatts: 'kW', kw: 'kW',
  kwh: 'kWh', mwh: 'MWh', gwh: 'GWh', twh: 'TWh', terabyte: 'terabytes', terabytes: 'terabytes', gigabyte: 'gigabytes', gigabytes: 'gigabytes',
  megabyte: 'megabytes', megabytes: 'megabytes', mbps: 'Mbps', gbps: 'Gbps',
  tonne: 'tonnes', tonnes: 'tonnes', ton: 'tons', tons: 'tons', kilogram: 'kg', kilograms: 'kg', kg: 'kg', pound: 'pounds', lb: 'pounds', lbs: 'pounds',
  hectare: 'hectares', hectares: 'hectares', acre: 'acres', acres: 'acres',
  gallon: 'gallons', gallons: 'gallons', litre: 'litres', litres: 'litres', liter: 'litres', liters: 'litres', barrel: 'barrels',
  degree: 'degrees', degrees: 'degrees',
  magnitude: 'magnitude',
  point: 'points', points: 'points',
  cent: 'cents', cents: 'cents',
});

/** What a rate is per: "km/h", "per day", "a second". */
const RATE_OF: ReadonlyMap<string, string> = table({ h: 'hour', hr: 'hour', hour: 'hour', s: 'second', sec: 'second', second: 'second', day: 'day', d: 'day', year: 'year', week: 'week', month: 'month' });

/** "degrees Celsius", "degrees F". */
const SCALES_OF_DEGREES: ReadonlyMap<string, string> = table({ celsius: 'Celsius', c: 'Celsius', centigrade: 'Celsius', fahrenheit: 'Fahrenheit', f: 'Fahrenheit' });

const STORIES = new Set(['story', 'stories', 'storey', 'storeys']);

/** "percentage point", "basis points", "square miles": two words that make one unit. */
const TWO_WORD_MEASURES: ReadonlyMap<string, string> = table({
  'percentage point': 'percentage points', 'percentage points': 'percentage points',
  'basis point': 'basis points', 'basis points': 'basis points',
  'square mile': 'square miles', 'square miles': 'square miles', 'square km': 'square km', 'sq km': 'square km', 'sq miles': 'square miles',
  'sq mi': 'square miles', 'square feet': 'square feet', 'sq ft': 'square feet', 'kilowatt hours': 'kWh', 'megawatt hours': 'MWh',
  'square kilometers': 'square km', 'square kilometres': 'square km', 'square meters': 'square meters', 'square metres': 'square meters',
});

/** Spans of time, which are durations after a number and ages before "old". */
const TIMES: ReadonlyMap<string, string> = table({
  second: 'seconds', seconds: 'seconds', minute: 'minutes', minutes: 'minutes', min: 'minutes', mins: 'minutes',
  hour: 'hours', hours: 'hours', hr: 'hours', hrs: 'hours', day: 'days', days: 'days', night: 'nights', nights: 'nights',
  week: 'weeks', weeks: 'weeks', month: 'months', months: 'months', year: 'years', years: 'years',
  decade: 'decades', decades: 'decades', century: 'centuries', centuries: 'centuries', weekend: 'weekends', weekends: 'weekends',
});

export interface UnitSpan extends UnitRead {
  /** Token indexes the unit words reach to, on each side of the number. */
  first: number;
  last: number;
}

const lowerAt = (tokens: readonly Token[], i: number): string => tokens[i]?.lower ?? '';
const isDash = (t: Token | undefined): boolean => t?.text === '-' || t?.text === '–';

/** "year-old", "year old", "years old", "day-old": an age after the number, read from `at`. */
function ageAt(tokens: readonly Token[], at: number): { name: string; last: number } | null {
  const time = TIMES.get(lowerAt(tokens, at));
  if (!time) return null;
  if (lowerAt(tokens, at + 1) === 'old') return { name: time, last: at + 1 };
  if (isDash(tokens[at + 1]) && lowerAt(tokens, at + 2) === 'old') return { name: time, last: at + 2 };
  return null;
}

/**
 * The unit after an amount whose number ends at token `last`: a unit word,
 * a two-word unit, a hyphenated modifier's head ("-mile", "-year-old"), or an
 * age. Null when the next word is no unit.
 */
export function unitAfter(tokens: readonly Token[], last: number): UnitSpan | null {
  let at = last + 1;
  const hyphenated = isDash(tokens[at]) && tokens[at]!.start === tokens[last]!.end;
  if (hyphenated) at++;
  const w = lowerAt(tokens, at);
  const age = ageAt(tokens, at);
  if (age) return { kind: 'age', name: age.name, first: last + 1, last: age.last };
  // "25-basis-point", "a 6 percentage point lead"
  const nextWord = isDash(tokens[at + 1]) ? lowerAt(tokens, at + 2) : lowerAt(tokens, at + 1);
  const two = TWO_WORD_MEASURES.get(`${w} ${nextWord}`);
  if (two) return { kind: 'measure', name: two, first: last + 1, last: isDash(tokens[at + 1]) ? at + 2 : at + 1 };
  const time = TIMES.get(w);
  if (time) return { kind: 'duration', name: time, first: last + 1, last: at };
  // "20,000ft.": a unit's abbreviation with its full stop
  const measure = MEASURES.get(w) ?? (w.endsWith('.') ? MEASURES.get(w.slice(0, -1)) : undefined);
  // "40C", "104F": a temperature written onto its number
  if (/^[CF]\.?$/.test(tokens[at]?.text ?? '') && tokens[at]!.start === tokens[last]!.end && !hyphenated) {
    return { kind: 'measure', name: tokens[at]!.text.startsWith('C') ? 'degrees Celsius' : 'degrees Fahrenheit', first: last + 1, last: at };
  }
  // "the Dow dropped 63 points", but "a five-point plan" is a compound modifier like "two-state solution", and "three points" may be arguments
  const points = w === 'point' || w === 'points';
  if (measure && !(points && (hyphenated || !/^\d/.test(tokens[last]!.text)))) {
    // "120 km/h", "1.2 million barrels per day", "minus 20 degrees Celsius": a rate or a scale goes with its unit
    const slash = tokens[at + 1]?.text === '/' && tokens[at + 1]!.start === tokens[at]!.end;
    const per = slash ? RATE_OF.get(lowerAt(tokens, at + 2)) : lowerAt(tokens, at + 1) === 'per' ? RATE_OF.get(lowerAt(tokens, at + 2)) : undefined;
    if (per) return { kind: 'measure', name: measure === 'km' && per === 'hour' ? 'km/h' : `${measure} per ${per}`, first: last + 1, last: at + 2 };
    const scale = measure === 'degrees' ? SCALES_OF_DEGREES.get(lowerAt(tokens, at + 1)) : undefined;
    if (scale) return { kind: 'measure', name: `degrees ${scale}`, first: last + 1, last: at + 1 };
    return { kind: 'measure', name: measure, first: last + 1, last: at };
  }
  // floors: "a 17-story tower", "ten storeys high"; "two stories" alone are more often news stories
  if (STORIES.has(w) && (hyphenated || lowerAt(tokens, at + 1) === 'high' || lowerAt(tokens, at + 1) === 'tall')) return { kind: 'measure', name: 'stories', first: last + 1, last: at };
  // "ranging from 5.4 to 4.8 in magnitude"
  if (w === 'in' && lowerAt(tokens, at + 1) === 'magnitude') return { kind: 'measure', name: 'magnitude', first: last + 1, last: at + 1 };
  return null;
}

/** The unit before an amount whose number starts at `first`: "magnitude 6", "magnitude-7.8", "aged 67". */
export function unitBefore(tokens: readonly Token[], first: number): UnitSpan | null {
  let at = first - 1;
  if (isDash(tokens[at])) at--;
  const w = lowerAt(tokens, at);
  if (w === 'magnitude') return { kind: 'measure', name: 'magnitude', first: at, last: first - 1 };
  if (w === 'aged' || w === 'age') return { kind: 'age', name: 'years', first: at, last: first - 1 };
  return null;
}

/** Fractions by their word: "one-quarter", "two-thirds", "a third", "half". */
const FRACTIONS: ReadonlyMap<string, number> = table({
  half: 1 / 2, halves: 1 / 2, third: 1 / 3, thirds: 1 / 3, quarter: 1 / 4, quarters: 1 / 4, fifth: 1 / 5, fifths: 1 / 5,
  tenth: 1 / 10, tenths: 1 / 10,
});

export interface FractionRead {
  value: number;
  /** The last token of the fraction's words ("quarter" of "one-quarter"). */
  last: number;
}

/**
 * "one-quarter of a mile", "two-thirds of voters", "a third of the
 * respondents", "half the prize": a fraction, read only before "of" or a
 * determiner, so "cut in half" and "the third day" stay words.
 */
export function fractionAt(tokens: readonly Token[], i: number, small: ReadonlyMap<string, number>): FractionRead | null {
  const w = lowerAt(tokens, i);
  let value: number | null = null;
  let last = i;
  if (w === 'half' || w === 'a' || w === 'an') {
    const word = w === 'half' ? 'half' : lowerAt(tokens, i + 1);
    if (word !== 'half' && word !== 'third' && word !== 'quarter' && word !== 'fifth' && word !== 'tenth') return null;
    value = FRACTIONS.get(word)!;
    last = w === 'half' ? i : i + 1;
    // "half a million" is a number (numberWords), "half a mile" a measurement
    const article = lowerAt(tokens, last + 1) === 'a' || lowerAt(tokens, last + 1) === 'an';
    if (article && w === 'half') return unitOfFraction(tokens, last) ? { value, last } : null;
  } else {
    const count = small.get(w);
    if (count === undefined || count === 0 || count > 10) return null;
    const at = isDash(tokens[i + 1]) ? i + 2 : i + 1;
    const part = FRACTIONS.get(lowerAt(tokens, at));
    if (part === undefined || lowerAt(tokens, at) === 'half') return null;
    // "two thirds" and "two-thirds" are fractions; "one quarter" without "of" may be a season ("the first quarter" is an ordinal anyway)
    value = count * part;
    last = at;
  }
  const next = lowerAt(tokens, last + 1);
  if (next !== 'of' && next !== 'the') return null;
  return { value: Number(value.toPrecision(12)), last };
}

/** "of a mile", "of a percentage point", "a mile" after "half": the unit a fraction is a part of, read from the token after the fraction. */
export function unitOfFraction(tokens: readonly Token[], last: number): UnitSpan | null {
  let at = last + 1;
  if (lowerAt(tokens, at) === 'of') at++;
  if (lowerAt(tokens, at) === 'a' || lowerAt(tokens, at) === 'an') at++;
  // "half a mile" or "one-quarter of a mile"; "half the prize" has no unit
  if (at === last + 1) return null;
  const two = TWO_WORD_MEASURES.get(`${lowerAt(tokens, at)} ${lowerAt(tokens, at + 1)}`);
  if (two) return { kind: 'measure', name: two, first: last + 1, last: at + 1 };
  const measure = MEASURES.get(lowerAt(tokens, at));
  if (measure) return { kind: 'measure', name: measure, first: last + 1, last: at };
  const time = TIMES.get(lowerAt(tokens, at));
  if (time) return { kind: 'duration', name: time, first: last + 1, last: at };
  return null;
}
