// Whose amount a figure is, where the text says it belongs to someone:
// "Trump now has 996 delegates, compared with 565 for Cruz and 153 for Ohio
// Governor John Kasich"; "Clinton has 2,165 to Sanders' 1,357 delegates";
// "pushed him to 1,047 delegates"; "the Fed's 2.0 percent target"; "Indiana
// has 57 Republican delegates". Delegates, votes, seats and poll shares are
// lined up by whose they are: Trump's count never conflicts with Cruz's.
import type { Quantity } from './quantities';
import type { Token } from './tokens';

/** Verbs by which a subject holds an amount. */
const HOLDING = new Set([
  'has', 'had', 'have', 'holds', 'held', 'hold', 'won', 'wins', 'win', 'winning', 'amassed', 'secured', 'captured', 'gets', 'got', 'took',
  'leads', 'led', 'needs', 'needed', 'need', 'owns', 'owned', 'collected', 'garnered', 'earned', 'received', 'picked',
]);
/** Words between a holding verb and the amount: "now has", "has already won", "won at least 51". */
const BETWEEN = new Set(['now', 'already', 'still', 'also', 'only', 'just', 'at', 'least', 'about', 'nearly', 'almost', 'more', 'than', 'some', 'around', 'the']);

/** Things an election allots by place: Indiana's delegates, a state's seats. */
const ALLOTTED = new Set(['delegates', 'superdelegates', 'seats', 'electors', 'votes']);

const isName = (t: Token | undefined): boolean => !!t && (t.pos === 'PROPN' || /^[A-Z][a-z]/.test(t.text));

/** The proper name ending at token `end`, walking left: "Ohio Governor John Kasich" → "Kasich" is what it is known by. */
function nameEndingAt(tokens: readonly Token[], end: number): string | null {
  if (!isName(tokens[end])) return null;
  return tokens[end]!.text.replace(/[’']s?$/, '');
}

/** The name starting at `start`: "Cruz", "Ohio Governor John Kasich" (its last word), "a third candidate" (none). */
function nameFrom(tokens: readonly Token[], start: number): string | null {
  let k = start;
  while (isName(tokens[k]) || (tokens[k]?.pos === 'NOUN' && isName(tokens[k + 1]))) k++;
  return k > start ? nameEndingAt(tokens, k - 1) : null;
}

/**
 * The holder of amount `q`, as a name ("Trump", "Fed", "Indiana"), or a
 * pronoun ("him", "he") for the caller to resolve; null when the text gives
 * none.
 */
export function holderOf(tokens: readonly Token[], q: Quantity, end: number): string | null {
  // "the 1,237 delegates he needs", "the seats that Labour won"
  let a = end + 1;
  if (tokens[a]?.lower === 'that' || tokens[a]?.lower === 'which') a++;
  if (HOLDING.has(tokens[a + 1]?.lower ?? '') && (tokens[a]?.lower === 'he' || tokens[a]?.lower === 'she' || isName(tokens[a]))) {
    return tokens[a]!.pos === 'PRON' ? tokens[a]!.lower : nameEndingAt(tokens, a);
  }
  // "the Fed’s target of 2 percent": whose the target is
  if (tokens[q.first - 1]?.lower === 'of' && /^(?:target|goal|share|stake|tally|count|total)$/.test(tokens[q.first - 2]?.lower ?? '') && /^[’']s?$/.test(tokens[q.first - 3]?.text ?? '')) {
    return nameEndingAt(tokens, q.first - 4);
  }
  // "with Cruz at 37 percent", "and Kasich on 13 percent": a rival's share set beside the first
  if ((tokens[q.first - 1]?.lower === 'at' || tokens[q.first - 1]?.lower === 'on') && /^(?:with|and)$/.test(tokens[q.first - 3]?.lower ?? '') && tokens[q.first - 2]?.pos === 'PROPN') {
    return nameEndingAt(tokens, q.first - 2);
  }
  // "put Remain on 44 percent and Leave on 40 percent": the side a share is given to
  if (q.unit === 'percent' && tokens[q.first - 1]?.lower === 'on') {
    const side = nameEndingAt(tokens, q.first - 2);
    if (side) return side;
  }
  // "The jackpot has a cash value of $450 million": a thing that has a named amount
  if (tokens[q.first - 1]?.lower === 'of') {
    let k = q.first - 2;
    while (k >= 0 && (tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'ADJ')) k--;
    if (k < q.first - 2 && (tokens[k]?.pos === 'DET') && /^(?:has|had|have)$/.test(tokens[k - 1]?.lower ?? '') && tokens[k - 2]?.pos === 'NOUN' && tokens[k - 3]?.pos === 'DET') return tokens[k - 2]!.lower;
  }
  // "Sanders' 1,357 delegates", "the Fed's 2.0 percent target"
  const before = tokens[q.first - 1];
  if (before && (before.lower === "'s" || before.lower === '’s' || before.text === "'" || before.text === '’')) return nameEndingAt(tokens, q.first - 2);
  if (before && /^[A-Z].*[’']s?$/.test(before.text) && before.text.length > 2) return nameEndingAt(tokens, q.first - 1);
  // "57 delegates are up for grabs in Indiana", "57 possible delegates awarded in Indiana": an allotment's place holds it
  if (ALLOTTED.has(tokens[end]?.lower ?? '')) {
    for (let k = end + 1; k < tokens.length && k <= end + 6 && tokens[k]!.pos !== 'PUNCT'; k++) {
      if (tokens[k]!.lower === 'in' && isName(tokens[k + 1])) return nameFrom(tokens, k + 1);
    }
  }
  // "565 for Cruz", "13 percent for a third candidate, Ohio Governor John Kasich"
  if (tokens[q.last + 1]?.lower === 'for') {
    const direct = nameFrom(tokens, q.last + 2);
    if (direct) return direct;
  }
  // "Trump now has 996 delegates", "Trump won at least 51 of 57", "who has amassed 996 delegates", "pushed him to 1,047"
  let k = q.first - 1;
  while (k >= 0 && BETWEEN.has(tokens[k]!.lower)) k--;
  const verb = tokens[k];
  if (verb && (HOLDING.has(verb.lower) || (verb.lower === 'to' && (tokens[k - 1]?.lower === 'him' || tokens[k - 1]?.lower === 'her')))) {
    if (verb.lower === 'to') return tokens[k - 1]!.lower;
    let s = k - 1;
    while (s >= 0 && (tokens[s]!.pos === 'ADV' || tokens[s]!.pos === 'AUX' || BETWEEN.has(tokens[s]!.lower))) s--;
    // "prevent Trump from winning the 1,237 delegates", "impossible for Clinton to win the 2,383 delegates"
    if ((tokens[s]?.lower === 'from' || tokens[s]?.lower === 'to') && isName(tokens[s - 1])) s--;
    const subject = tokens[s];
    if (!subject) return null;
    if (subject.lower === 'he' || subject.lower === 'she') return subject.lower;
    // "Trump, who has amassed 996 delegates": the name the relative clause describes
    if (subject.lower === 'who' && tokens[s - 1]?.text === ',') return nameEndingAt(tokens, s - 2);
    // "The state still has 533 other suspected cases": a thing named by a common noun holds it too
    if (subject.pos === 'NOUN' && tokens[s - 1]?.pos === 'DET' && /^(?:has|had|have|holds|held)$/.test(verb.lower)) return subject.lower;
    return nameEndingAt(tokens, s);
  }
  return sectorOf(tokens, q, end);
}

/** Verbs by which a part of the economy changes its jobs. */
const HIRING = new Set(['added', 'adding', 'adds', 'cut', 'cutting', 'shed', 'shedding', 'lost', 'losing', 'gained', 'created', 'hired', 'eliminated']);
/** Subjects that stand for the whole economy, whose jobs are the headline figure. */
const WHOLE_ECONOMY = new Set(['economy', 'employers', 'payrolls', 'nonfarm', 'companies', 'firms', 'businesses', 'u.s.', 'us', 'nation', 'country', 'america', 'it', 'they', 'which']);

/**
 * "Professional and business services added just 10,000 jobs": a sector's
 * jobs are the sector's, never the economy's headline figure; "Employers
 * added 38,000 jobs" and "The economy added 38,000 jobs" hold no one's.
 */
function sectorOf(tokens: readonly Token[], q: Quantity, end: number): string | null {
  if (!/^(?:jobs|positions)$/.test(tokens[end]?.lower ?? '')) return null;
  let k = q.first - 1;
  while (k >= 0 && BETWEEN.has(tokens[k]!.lower)) k--;
  if (!HIRING.has(tokens[k]?.lower ?? '')) return null;
  let s = k - 1;
  while (s >= 0 && (tokens[s]!.pos === 'AUX' || tokens[s]!.pos === 'ADV')) s--;
  const words: string[] = [];
  for (; s >= 0 && (tokens[s]!.pos === 'NOUN' || tokens[s]!.pos === 'ADJ' || tokens[s]!.pos === 'PROPN' || (tokens[s]!.lower === 'and' && words.length > 0)); s--) words.unshift(tokens[s]!.lower);
  if (!words.length || words.some((w) => WHOLE_ECONOMY.has(w))) return null;
  return words.join(' ');
}
