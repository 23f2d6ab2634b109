// Number words and vague quantities, with the values a desk researcher reads
// into them. Vague plurals are lower bounds: "dozens" means at least two
// dozen, "hundreds" at least two hundred.

/** Lexicons are Maps: a plain object would answer "constructor" or "toString" with a function. */
function table<T>(entries: Record<string, T>): ReadonlyMap<string, T> {
  return new Map(Object.entries(entries));
}

export const UNITS: ReadonlyMap<string, number> = table({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
});

export const TENS: ReadonlyMap<string, number> = table({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});

/** Words that multiply what comes before them ("1.5 million", "two dozen", "a hundred"). */
export const SCALES: ReadonlyMap<string, number> = table({
  dozen: 12, hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  m: 1e6, mn: 1e6, bn: 1e9, k: 1e3,
});

/** Scale abbreviations only count straight after digits ("$35m", "4bn"), never on their own. */
export const DIGIT_ONLY_SCALES = new Set(['m', 'mn', 'bn', 'k']);

/** Plural scale words used as vague amounts, with their lower bound. */
export const VAGUE_PLURALS: ReadonlyMap<string, number> = table({
  dozens: 24, hundreds: 200, thousands: 2000, millions: 2e6, billions: 2e9, scores: 40,
});

export interface Qualifier {
  words: readonly string[];
  /** How the number relates to the true amount. */
  bound: 'about' | 'at-least' | 'more-than' | 'at-most' | 'less-than' | 'total';
}

/** Longest first, so "no more than" wins over "more than". */
export const QUALIFIERS: readonly Qualifier[] = [
  { words: ['no', 'fewer', 'than'], bound: 'at-least' },
  { words: ['no', 'less', 'than'], bound: 'at-least' },
  { words: ['no', 'more', 'than'], bound: 'at-most' },
  { words: ['a', 'total', 'of'], bound: 'total' },
  { words: ['as', 'many', 'as'], bound: 'at-most' },
  { words: ['in', 'excess', 'of'], bound: 'more-than' },
  { words: ['upwards', 'of'], bound: 'more-than' },
  { words: ['at', 'least'], bound: 'at-least' },
  { words: ['at', 'most'], bound: 'at-most' },
  { words: ['more', 'than'], bound: 'more-than' },
  { words: ['over'], bound: 'more-than' },
  { words: ['above'], bound: 'more-than' },
  { words: ['below'], bound: 'less-than' },
  { words: ['fewer', 'than'], bound: 'less-than' },
  { words: ['less', 'than'], bound: 'less-than' },
  { words: ['up', 'to'], bound: 'at-most' },
  { words: ['under'], bound: 'less-than' },
  { words: ['close', 'to'], bound: 'about' },
  { words: ['an', 'estimated'], bound: 'about' },
  { words: ['about'], bound: 'about' },
  { words: ['around'], bound: 'about' },
  { words: ['approximately'], bound: 'about' },
  { words: ['roughly'], bound: 'about' },
  { words: ['nearly'], bound: 'about' },
  { words: ['almost'], bound: 'about' },
  { words: ['some'], bound: 'about' },
  { words: ['estimated'], bound: 'about' },
  { words: ['perhaps'], bound: 'about' },
];

/** Written forms of digits: "1,500", "1.5", "35,000,000". */
const DIGITS = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

export function digitValue(text: string): number | null {
  if (!DIGITS.test(text)) return null;
  return Number(text.replaceAll(',', ''));
}

/** "20-25" (a range) or "54-46" (a score): both sides as numbers. */
export function digitPair(text: string): [number, number] | null {
  const m = /^((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)[-–](\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)$/.exec(text);
  if (!m) return null;
  return [Number(m[1]!.replaceAll(',', '')), Number(m[2]!.replaceAll(',', ''))];
}

export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = table({ $: 'dollars', '£': 'pounds', '€': 'euros', 'us$': 'dollars' });

/** Currencies written as a word after the amount: "5.6 billion euros", "300 million yuan". "pounds" is left to weight, which a sign makes money. */
export const CURRENCY_WORDS: ReadonlyMap<string, string> = table({
  euro: 'euros', euros: 'euros', dollar: 'dollars', dollars: 'dollars', yen: 'yen', yuan: 'yuan', renminbi: 'yuan', rupee: 'rupees', rupees: 'rupees',
  rouble: 'roubles', roubles: 'roubles', ruble: 'roubles', rubles: 'roubles', franc: 'francs', francs: 'francs', peso: 'pesos', pesos: 'pesos',
  krona: 'kronor', kronor: 'kronor', krone: 'kroner', kroner: 'kroner', lira: 'lira', shekel: 'shekels', shekels: 'shekels', dinar: 'dinars', dinars: 'dinars',
  riyal: 'riyals', riyals: 'riyals', baht: 'baht', ringgit: 'ringgit', rand: 'rand', naira: 'naira', hryvnia: 'hryvnias', hryvnias: 'hryvnias', zloty: 'zlotys', zlotys: 'zlotys',
});
