// Who asserts what, within one sentence: the reporting verbs ("said", "told",
// "estimated", "put ... at", "according to") and the noun phrase that is their
// subject. Resolving "it", "the Observatory" or "the war monitor" to a full
// name across sentences is sourceRegistry.ts's job.
import type { Token } from './tokens';

const REPORTING_VERBS = new Set([
  'said', 'says', 'say', 'told', 'tells', 'reported', 'reports', 'estimated', 'estimates', 'put', 'puts', 'revised',
  'found', 'finds', 'counted', 'recorded', 'announced', 'announces', 'claimed', 'claims', 'confirmed', 'confirms',
  'stated', 'states', 'added', 'adds', 'gave', 'gives', 'denied', 'denies', 'insisted', 'acknowledged', 'wrote',
  'writes', 'documented', 'tallied', 'cited', 'saying', 'adding',
]);

/** Words of a time expression, which can stand where a subject would: "last week", "on Friday morning". */
const TIME_WORDS = new Set([
  'last', 'this', 'next', 'week', 'month', 'year', 'day', 'morning', 'afternoon', 'evening', 'night', 'weekend',
  'yesterday', 'today', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'earlier', 'later',
]);
/** "we" and "I" are the quoted speaker, named by the cue around the quote; they are not sources of their own. */
const PRONOUNS = new Set(['he', 'she', 'it', 'they']);
const RELATIVES = new Set(['who', 'which', 'that']);
/** Between a subject and its verb: "had first put", "also said", "has not released". */
const SKIPPABLE = new Set(['had', 'has', 'have', 'also', 'first', 'later', 'earlier', 'previously', 'initially', 'not', 'then', 'now', 'separately']);
/** Prepositions that stay inside a name or a description: "Observatory for Human Rights", "survey by Nordpol". */
const NAME_PREPOSITIONS = new Set(['of', 'for', 'by', 'on']);

export interface Cue {
  /** The reporting verb ("said"), or "according" of "according to". */
  verb: number;
  /** The subject's tokens, inclusive; the apposition around it, if any. */
  start: number;
  end: number;
  /** The source as the sentence names it ("the UK-based monitoring group the Syrian Observatory for Human Rights"). */
  raw: string;
  /** "he", "it", "they": to be resolved against the sources named before. */
  pronoun: string | null;
  /** A description set off by commas ("a Britain-based war monitor"), kept as an alias. */
  apposition: string | null;
  appositionStart: number;
  appositionEnd: number;
  /**
   * Set off from the clause it reports on (", police said", ", said the
   * Observatory", "according to ..."), so it may attribute figures before it.
   * A reporting verb inside a subordinate clause ("after it reported a
   * profit") speaks only for what follows it.
   */
  parenthetical: boolean;
}

const isPunct = (t: Token | undefined): boolean => !t || t.pos === 'PUNCT';
const isComma = (t: Token | undefined): boolean => t?.text === ',';

function nounPhraseToken(tokens: readonly Token[], j: number, verb: number): boolean {
  const t = tokens[j]!;
  if (t.text === '-' || t.text === '–') return /^[A-Za-z]/.test(tokens[j - 1]?.text ?? '') && /^[A-Za-z]/.test(tokens[j + 1]?.text ?? '');
  if (t.lower === "'s" || t.lower === '’s') return true;
  switch (t.pos) {
    case 'DET':
    case 'ADJ':
    case 'NOUN':
    case 'PROPN':
    case 'NUM':
      return true;
    case 'ADP':
      return NAME_PREPOSITIONS.has(t.lower);
    case 'VERB':
      // "US-led", "UK-based", "the targeted groups"; and the tagger's "monitor/VERB said", a noun it took for a verb
      return (
        tokens[j - 1]?.text === '-' ||
        (j === verb - 1 && !/(ed|ing)$/.test(t.lower)) ||
        (/ed$/.test(t.lower) && (tokens[j - 1]?.pos === 'DET' || tokens[j - 1]?.pos === 'ADJ') && tokens[j + 1]?.pos === 'NOUN')
      );
    default:
      return false;
  }
}

/** The noun phrase ending at `end`, walking left; the start index, or end + 1 when there is none. */
function phraseEndingAt(tokens: readonly Token[], end: number, verb: number): number {
  let j = end;
  while (j >= 0 && end - j < 16 && nounPhraseToken(tokens, j, verb)) j--;
  let start = j + 1;
  // a phrase does not begin with "of", "by", "'s" or a hyphen
  while (start <= end && (tokens[start]!.pos === 'ADP' || tokens[start]!.text === '-' || tokens[start]!.lower.endsWith('s') && tokens[start]!.lower.startsWith("'"))) start++;
  return start;
}

function phraseStartingAt(tokens: readonly Token[], start: number): number {
  let j = start;
  while (j < tokens.length && j - start < 16 && nounPhraseToken(tokens, j, -1)) j++;
  let end = j - 1;
  while (end >= start && (tokens[end]!.pos === 'ADP' || tokens[end]!.pos === 'DET')) end--;
  return end;
}

function textOf(text: string, tokens: readonly Token[], start: number, end: number): string {
  return text.slice(tokens[start]!.start, tokens[end]!.end);
}

/** Where an inserted phrase set off by commas begins: "a coalition of 14 unions", "speaking on condition of anonymity", "who ...". */
function insertedPhraseStart(tokens: readonly Token[], comma: number): number | null {
  for (let p = comma - 1; p >= 0 && comma - p < 20; p--) {
    if (isComma(tokens[p])) {
      const first = tokens[p + 1]!;
      const inserted = first.pos === 'DET' || RELATIVES.has(first.lower) || (first.pos === 'VERB' && /ing$/.test(first.lower));
      return inserted ? p : null;
    }
    if (tokens[p]!.pos === 'PUNCT' && tokens[p]!.text !== '-') return null;
  }
  return null;
}

export function subjectOf(text: string, tokens: readonly Token[], verb: number): Omit<Cue, 'verb' | 'parenthetical'> | null {
  let k = verb - 1;
  while (k >= 0 && (SKIPPABLE.has(tokens[k]!.lower) || tokens[k]!.pos === 'AUX' || (tokens[k]!.pos === 'ADV' && k === verb - 1))) k--;
  const none = { apposition: null, appositionStart: -1, appositionEnd: -1 };
  if (k < 0) return null;
  const t = tokens[k]!;
  if (t.pos === 'PRON' && PRONOUNS.has(t.lower)) return { start: k, end: k, raw: t.text, pronoun: t.lower, ...none };
  if (RELATIVES.has(t.lower) && isComma(tokens[k - 1])) {
    const start = phraseEndingAt(tokens, k - 2, -1);
    return start <= k - 2 ? { start, end: k - 2, raw: textOf(text, tokens, start, k - 2), pronoun: null, ...none } : null;
  }
  if (isComma(t)) {
    // "the organisers, a coalition of 14 unions, said": step over what the commas set off
    const open = insertedPhraseStart(tokens, k);
    if (open === null) return inverted(text, tokens, verb);
    const start = phraseEndingAt(tokens, open - 1, -1);
    if (start > open - 1) return null;
    return {
      start,
      end: open - 1,
      raw: textOf(text, tokens, start, open - 1),
      pronoun: null,
      apposition: textOf(text, tokens, open + 1, k - 1),
      appositionStart: open + 1,
      appositionEnd: k - 1,
    };
  }
  if (isPunct(t)) return inverted(text, tokens, verb);
  let start = phraseEndingAt(tokens, k, verb);
  if (start > k) return null;
  // "A YouGov poll published last week had put ...": a time is not a source; the phrase before it is
  if (tokens.slice(start, k + 1).every((x) => TIME_WORDS.has(x.lower) || x.pos === 'DET')) {
    let j = start - 1;
    if (tokens[j]?.pos === 'VERB' && /ed$/.test(tokens[j]!.lower)) j--;
    const earlier = phraseEndingAt(tokens, j, -1);
    if (j < 0 || earlier > j) return null;
    start = earlier;
    k = j;
  }
  return { start, end: k, raw: textOf(text, tokens, start, k), pronoun: null, ...none };
}

/** "..., said the Observatory." */
function inverted(text: string, tokens: readonly Token[], verb: number): Omit<Cue, 'verb' | 'parenthetical'> | null {
  const end = phraseStartingAt(tokens, verb + 1);
  if (end < verb + 1) return null;
  if (!isPunct(tokens[end + 1])) return null;
  if (!tokens.slice(verb + 1, end + 1).some((t) => t.pos === 'PROPN' || t.pos === 'NOUN')) return null;
  return { start: verb + 1, end, raw: textOf(text, tokens, verb + 1, end), pronoun: null, apposition: null, appositionStart: -1, appositionEnd: -1 };
}

/** The reporting cues of a sentence, left to right. */
export function findCues(text: string, tokens: readonly Token[]): Cue[] {
  const cues: Cue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      // whatever follows "according to" is a source, even a word the tagger took for a verb ("according to results declared ...")
      const end = Math.max(phraseStartingAt(tokens, i + 2), /^[A-Za-z]/.test(tokens[i + 2]?.text ?? '') ? Math.max(i + 2, phraseStartingAt(tokens, i + 3)) : -1);
      if (end >= i + 2) cues.push({ verb: i, start: i + 2, end, raw: textOf(text, tokens, i + 2, end), pronoun: null, apposition: null, appositionStart: -1, appositionEnd: -1, parenthetical: true });
      continue;
    }
    // the tagger takes some reporting verbs for nouns ("the monitor said", "had first put"); "states" and "reports" as nouns are nouns
    if (!REPORTING_VERBS.has(t.lower) || (t.pos !== 'VERB' && !(t.pos === 'NOUN' && !PLURAL_NOUNS.has(t.lower)))) continue;
    // "the eight Americans confirmed as wounded": a participle after its noun, not a report
    if (tokens[i + 1]?.lower === 'as') continue;
    if (t.lower === 'saying' || t.lower === 'adding') continue; // they continue the cue before them
    const prev = tokens[i - 1]?.lower ?? '';
    if (PASSIVE_AUXILIARIES.has(prev)) {
      // a passive: "30 deaths were reported", "45 cases had been confirmed"; the source, if any, follows "by"
      if (tokens[i + 1]?.lower === 'by') {
        const end = phraseStartingAt(tokens, i + 2);
        if (end >= i + 2) cues.push({ verb: i, start: i + 2, end, raw: textOf(text, tokens, i + 2, end), pronoun: null, apposition: null, appositionStart: -1, appositionEnd: -1, parenthetical: false });
      }
      continue;
    }
    const subject = subjectOf(text, tokens, i);
    if (!subject) continue;
    const opener = tokens[subject.start - 1];
    const parenthetical = subject.start > i || !opener || opener.text === ',' || /^["”“’]$/.test(opener.text);
    cues.push({ verb: i, ...subject, parenthetical });
  }
  if (cues.some((c) => ESTIMATE_CUES.has(tokens[c.verb]!.lower))) cues.push(...gappedCues(text, tokens, cues));
  return cues.sort((a, b) => a.verb - b.verb);
}

/** Reporting verbs that are as often plural nouns: tagged as nouns, they are nouns ("10 states", "local reports"). */
const PLURAL_NOUNS = new Set(['states', 'reports', 'claims', 'estimates', 'finds', 'records', 'gives', 'counts', 'writes', 'denies', 'confirms', 'announces', 'adds', 'puts']);

/** A form of "be" before a reporting verb makes it passive ("were reported"); "had put" is still active. */
const PASSIVE_AUXILIARIES = new Set(['be', 'been', 'being', 'was', 'were', 'is', 'are']);

const ESTIMATE_CUES = new Set(['put', 'puts', 'estimated', 'estimates', 'gave', 'gives', 'counted']);

/** "Police put the figure at 15,000, organisers at 40,000": the verb is left out, and "organisers" is the second source. */
function gappedCues(text: string, tokens: readonly Token[], cues: readonly Cue[]): Cue[] {
  const out: Cue[] = [];
  const first = Math.min(...cues.map((c) => c.verb));
  for (let i = first + 1; i < tokens.length; i++) {
    if (tokens[i]!.lower !== 'at' || !/^\d|^(?:about|around|some|more|at|over|nearly)$/i.test(tokens[i + 1]?.text ?? '')) continue;
    const start = phraseEndingAt(tokens, i - 1, -1);
    if (start > i - 1 || !isComma(tokens[start - 1])) continue;
    out.push({ verb: i, start, end: i - 1, raw: textOf(text, tokens, start, i - 1), pronoun: null, apposition: null, appositionStart: -1, appositionEnd: -1, parenthetical: false });
  }
  return out;
}

/**
 * The cue a figure at token `at` is attributed to: the nearest one before it in
 * its clause, else the nearest after it; a figure inside a source's own words
 * ("a coalition of 14 unions, said") takes none of that source. `clause` is
 * clauseIds(tokens).
 */
export function cueFor(cues: readonly Cue[], clause: readonly number[], at: number): Cue | null {
  let before: Cue | null = null;
  let after: Cue | null = null;
  for (const c of cues) {
    if (clause[c.verb] !== clause[at]) continue;
    if ((at >= c.start && at <= c.end) || (at >= c.appositionStart && at <= c.appositionEnd)) continue;
    if (c.verb < at && c.end < at) before = c;
    else if (c.verb > at && !after && c.parenthetical) after = c;
  }
  return before ?? after;
}

/**
 * A clause number for every token. Clauses end at ";", ", while", ", but",
 * ", whereas", and at ", and" when a new clause with its own verb follows
 * ("Five officers were hurt, and at least 30 shops were damaged, according to
 * ..."), but not before a list's last item (", and a US soldier, according to").
 */
export function clauseIds(tokens: readonly Token[]): number[] {
  const ids: number[] = [];
  let id = 0;
  for (let i = 0; i < tokens.length; i++) {
    ids.push(id);
    if (isBoundary(tokens, i)) id++;
  }
  return ids;
}

function isBoundary(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.text === ';') return true;
  if (!isComma(t)) return false;
  const next = tokens[i + 1]?.lower ?? '';
  if (next === 'while' || next === 'but' || next === 'whereas' || next === 'although' || next === 'though') return true;
  if (next !== 'and') return false;
  if (tokens[i + 2]?.lower === 'that') return false; // "said the dead included ..., and that 50 were wounded": the same report goes on
  for (let k = i + 2; k < tokens.length && k < i + 30 && tokens[k]!.pos !== 'PUNCT'; k++) {
    if (k === i + 2 && tokens[k]!.pos === 'VERB') return false; // ", and vowed to respond": the same subject goes on
    if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return true;
  }
  return false;
}
