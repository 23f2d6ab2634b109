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
  // documents and forecasters report too: "a poll showed", "the USGS later upgraded it to a 7.8", "analysts had expected"
  'showed', 'shows', 'show', 'suggested', 'suggests', 'indicated', 'indicates', 'upgraded', 'downgraded', 'tweeted', 'posted',
  'predicted', 'predicts', 'projected', 'projects', 'forecast', 'forecasts', 'expected', 'expect', 'expects', 'anticipated', 'anticipating',
  'lowered', 'raised',
]);

/** "lowered its estimate", "raised their forecast": these verbs report only with such an object. */
const ESTIMATE_OBJECT_VERBS = new Set(['lowered', 'raised']);
const ESTIMATE_NOUNS = new Set(['estimate', 'estimates', 'forecast', 'forecasts', 'figure', 'figures', 'count', 'toll', 'tally', 'projection', 'projections']);

/** Words of a time expression, which can stand where a subject would: "last week", "on Friday morning". */
const TIME_WORDS = new Set([
  'last', 'this', 'next', 'week', 'month', 'year', 'day', 'morning', 'afternoon', 'evening', 'night', 'weekend',
  'yesterday', 'today', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'earlier', 'later',
]);
/** "we" and "I" are the quoted speaker, named by the cue around the quote; they are not sources of their own. */
const PRONOUNS = new Set(['he', 'she', 'it', 'they']);
const RELATIVES = new Set(['who', 'which', 'that', 'whose']);
/** Between a subject and its verb: "had first put", "also said", "has not released". */
const SKIPPABLE = new Set(['had', 'has', 'have', 'also', 'first', 'later', 'earlier', 'previously', 'initially', 'not', 'then', 'now', 'separately']);
const WHEN = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.?$/;
/** Prepositions that stay inside a name or a description: "Observatory for Human Rights", "survey by Nordpol". */
const NAME_PREPOSITIONS = new Set(['of', 'for', 'by', 'on']);
/** "officials in the province", "doctors at the hospital": the place of people who speak is part of who they are. */
const PLACED = new Set(['in', 'at', 'from']);
const SPEAKER_NOUNS = new Set([
  'officials', 'official', 'police', 'doctors', 'doctor', 'witnesses', 'witness', 'residents', 'sources', 'source', 'authorities', 'rescuers',
  'medics', 'staff', 'officers', 'spokesman', 'spokeswoman', 'spokesperson', 'workers', 'diplomats', 'analysts', 'economists', 'experts',
]);

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
  /** "according to X", which speaks only for its own clause. */
  according?: boolean;
  /** The token where the cue's report ends, when it ends before its clause does (a poll "showed" only what it showed). */
  reach?: number;
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
  // "The Associated Press", "the Centers for Disease Control": a capitalised word inside a name, whatever the tagger called it
  if (j > 0 && /^[A-Z][\w’'.&/-]*$/.test(t.text) && t.pos !== 'PUNCT' && j !== verb && (/^[A-Z]/.test(tokens[j - 1]!.text) || tokens[j - 1]!.pos === 'DET' || /^[A-Z]/.test(tokens[j + 1]?.text ?? ''))) return true;
  // "authorities and witnesses said", "police and ambulance officials said": speakers side by side
  if (t.lower === 'and' && (tokens[j - 1]?.pos === 'NOUN' || tokens[j - 1]?.pos === 'PROPN') && (tokens[j + 1]?.pos === 'NOUN' || tokens[j + 1]?.pos === 'PROPN' || tokens[j + 1]?.pos === 'ADJ' || tokens[j + 1]?.pos === 'DET')) return true;
  switch (t.pos) {
    case 'DET':
    case 'ADJ':
    case 'NOUN':
    case 'PROPN':
    case 'NUM':
      return true;
    case 'ADP':
      // "Committee on Foreign Relations", but never "CNN on Tuesday"; "officials in the province", "doctors at the hospital":
      // where people who speak are
      return (NAME_PREPOSITIONS.has(t.lower) || (PLACED.has(t.lower) && SPEAKER_NOUNS.has(tokens[j - 1]?.lower ?? ''))) && !WHEN.test(tokens[j + 1]?.text ?? '');
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
      // ", a coalition of 14 unions,", ", who ...,", ", speaking on condition of anonymity,", ", at the airport,"
      const inserted = first.pos === 'DET' || RELATIVES.has(first.lower) || (first.pos === 'VERB' && /ing$/.test(first.lower)) || (first.pos === 'ADP' && first.lower !== 'of');
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
  // "the World Health Organization (WHO) said": the name before its acronym
  if (tokens[k]!.text === ')') {
    const open = tokens.findLastIndex((x, j) => j < k && x.text === '(');
    if (open > 0 && k - open <= 4) k = open - 1;
  }
  const t = tokens[k]!;
  if (t.pos === 'PRON' && PRONOUNS.has(t.lower)) return { start: k, end: k, raw: t.text, pronoun: t.lower, ...none };
  if (RELATIVES.has(t.lower) && isComma(tokens[k - 1])) {
    const start = phraseEndingAt(tokens, k - 2, -1);
    return start <= k - 2 ? { start, end: k - 2, raw: textOf(text, tokens, start, k - 2), pronoun: null, ...none } : null;
  }
  if (isComma(t)) {
    // "..., whipping up the tides, said National Weather Service meteorologist Greg Gallina.": the speaker after the verb
    const after = inverted(text, tokens, verb);
    if (after) return after;
    // "the organisers, a coalition of 14 unions, said": step over what the commas set off
    const open = insertedPhraseStart(tokens, k);
    if (open === null) {
      // "Dr. Anne Schuchat of the U.S. Centers for Disease Control and Prevention, said": a stray comma after the speaker
      const start = phraseEndingAt(tokens, k - 1, -1);
      const first = tokens[start];
      if (start > k - 1 || !first || (start > 0 && !isPunct(tokens[start - 1]))) return null;
      return { start, end: k - 1, raw: textOf(text, tokens, start, k - 1), pronoun: null, ...none };
    }
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
  // the speaker ends the clause: ", said the Observatory.", ", said the spokesman, Mark Toner", "said Army Captain Marco
  // Borja in the small tourist village of Canoa."; never a quotation that goes on
  const next = tokens[end + 1];
  if (next && !/^[.,;:!?)]$/.test(next.text) && !(next.pos === 'ADP' && next.lower !== 'that' && next.lower !== 'of')) return null;
  if (!tokens.slice(verb + 1, end + 1).some((t) => t.pos === 'PROPN' || t.pos === 'NOUN')) return null;
  // "said on Thursday", "said late on Friday": a time, not a speaker
  const first = tokens[verb + 1]!;
  // "..., a monitoring group, reported 41 deaths.": an amount after a verb that reports things is what it reported;
  // only a verb of speech puts its speaker there ("..., said two officials.")
  if ((first.pos === 'NUM' || /^\d/.test(first.text)) && !/^(?:said|says|added|wrote|told)$/.test(tokens[verb]!.lower)) return null;
  if (first.pos === 'ADP' || first.pos === 'ADV' || tokens.slice(verb + 1, end + 1).every((x) => TIME_WORDS.has(x.lower) || x.pos === 'DET' || x.pos === 'ADP')) return null;
  // "said Maria Lund, the flood coordinator.": the description after the speaker
  const described = next?.text === ',' && tokens[end + 2]?.pos === 'DET' ? phraseStartingAt(tokens, end + 2) : -1;
  if (described > end + 2 && isPunct(tokens[described + 1])) {
    return { start: verb + 1, end, raw: textOf(text, tokens, verb + 1, end), pronoun: null, apposition: textOf(text, tokens, end + 2, described), appositionStart: end + 2, appositionEnd: described };
  }
  return { start: verb + 1, end, raw: textOf(text, tokens, verb + 1, end), pronoun: null, apposition: null, appositionStart: -1, appositionEnd: -1 };
}

/** The reporting cues of a sentence, left to right. */
export function findCues(text: string, tokens: readonly Token[]): Cue[] {
  const cues: Cue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "per the county sheriff": as "according to"
    if (t.lower === 'per' && (tokens[i + 1]?.pos === 'DET' || tokens[i + 1]?.pos === 'PROPN') && !/^(?:cent|capita|day|week|month|year|hour|person|head)$/.test(tokens[i + 1]!.lower)) {
      const end = phraseStartingAt(tokens, i + 1);
      const start = tokens[i + 1]!.pos === 'DET' ? i + 2 : i + 1;
      if (end >= start) cues.push({ verb: i, start, end, raw: textOf(text, tokens, start, end), pronoun: null, apposition: null, appositionStart: -1, appositionEnd: -1, parenthetical: true, according: true });
      continue;
    }
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      // whatever follows "according to" is a source, even a word the tagger took for a verb ("according to results declared ...")
      let start = i + 2;
      let end = Math.max(phraseStartingAt(tokens, start), /^[A-Za-z]/.test(tokens[start]?.text ?? '') ? Math.max(start, phraseStartingAt(tokens, start + 1)) : -1);
      // "according to a report in The Charlotte Observer": the publication, not the report
      const inName = tokens[end + 1]?.lower === 'in' || tokens[end + 1]?.lower === 'from' ? end + 2 + (tokens[end + 2]?.pos === 'DET' ? 1 : 0) : -1;
      if (inName > 0 && /^[A-Z]/.test(tokens[inName]?.text ?? '') && DOCUMENT_NOUNS.has(tokens[end]!.lower)) {
        start = tokens[end + 2]?.pos === 'DET' ? end + 2 : inName;
        end = phraseStartingAt(tokens, inName);
      }
      if (end >= start) cues.push({ verb: i, start, end, raw: textOf(text, tokens, start, end), pronoun: null, apposition: null, appositionStart: -1, appositionEnd: -1, parenthetical: true, according: true });
      continue;
    }
    // the tagger takes some reporting verbs for nouns ("the monitor said", "had first put"); "states" and "reports" as nouns are nouns
    if (!REPORTING_VERBS.has(t.lower) || (t.pos !== 'VERB' && !(t.pos === 'NOUN' && !PLURAL_NOUNS.has(t.lower)))) continue;
    // "the eight Americans confirmed as wounded", "people confirmed dead", "the attack, claimed by Islamic State,": a participle
    // after its noun says what they are or who claimed the deed, not who reports a figure
    if (tokens[i + 1]?.lower === 'as' || (/^(?:confirmed|reported|feared|presumed|listed|declared|believed)$/.test(t.lower) && STATES.has(tokens[i + 1]?.lower ?? ''))) continue;
    if (t.lower === 'claimed' && tokens[i + 1]?.lower === 'by') continue;
    // "the 1,373 reported suspect cases", "the reported toll": a participle before its noun describes it
    if (/ed$/.test(t.lower) && (tokens[i - 1]?.pos === 'NUM' || tokens[i - 1]?.pos === 'DET') && (tokens[i + 1]?.pos === 'ADJ' || tokens[i + 1]?.pos === 'NOUN') && !/^(?:that|those|these|this)$/.test(tokens[i - 1]!.lower)) continue;
    if (t.lower === 'saying' || t.lower === 'adding') continue; // they continue the cue before them
    if (!reports(tokens, i)) continue;
    // "was first confirmed", "were later reported": the auxiliary may stand a word or two before
    let back = i - 1;
    while (back > 0 && i - back < 3 && (tokens[back]!.pos === 'ADV' || SKIPPABLE.has(tokens[back]!.lower))) back--;
    const prev = tokens[back]?.lower ?? '';
    if (PASSIVE_AUXILIARIES.has(prev) && !/ing$/.test(t.lower)) {
      // a passive: "30 deaths were reported", "45 cases had been confirmed"; the source, if any, follows "by"
      // "were also claimed by Islamic State" claims an attack, not a figure
      if (tokens[i + 1]?.lower === 'by' && PASSIVE_REPORTS.has(t.lower)) {
        const end = phraseStartingAt(tokens, i + 2);
        // "outages for 2,300 homes were reported by Vattenfall": the agent speaks for the subject before it
        if (end >= i + 2) cues.push({ verb: i, start: i + 2, end, raw: textOf(text, tokens, i + 2, end), pronoun: null, apposition: null, appositionStart: -1, appositionEnd: -1, parenthetical: true });
        // "..., 900 by Ellevio": the verb left out, the next figure and its own agent
        for (let k = end + 1; k < tokens.length - 2; k++) {
          if (!isComma(tokens[k]) || !/^\d/.test(tokens[k + 1]!.text) || tokens[k + 2]?.lower !== 'by') continue;
          const agentEnd = phraseStartingAt(tokens, k + 3);
          if (agentEnd >= k + 3) cues.push({ verb: k + 2, start: k + 3, end: agentEnd, raw: textOf(text, tokens, k + 3, agentEnd), pronoun: null, apposition: null, appositionStart: -1, appositionEnd: -1, parenthetical: true });
        }
      }
      continue;
    }
    const subject = subjectOf(text, tokens, i);
    if (!subject) continue;
    const opener = tokens[subject.start - 1];
    // "said Clinton, who won four of the five ...": the relative clause describes the speaker, in the outlet's voice
    if (subject.start > i && isComma(tokens[subject.end + 1]) && RELATIVES.has(tokens[subject.end + 2]?.lower ?? '') && subject.apposition === null) {
      subject.apposition = textOf(text, tokens, subject.end + 2, tokens.length - 1);
      subject.appositionStart = subject.end + 2;
      subject.appositionEnd = tokens.length - 1;
    }
    const parenthetical = (subject.start > i || !opener || opener.text === ',' || /^["”“’]$/.test(opener.text)) && !reportsAfter(tokens, Math.max(i, subject.end));
    const reach = DOCUMENT_VERBS.has(t.lower) ? narrowReach(tokens, i) : undefined;
    cues.push({ verb: i, ...subject, parenthetical, ...(reach === undefined ? {} : { reach }) });
  }
  if (cues.some((c) => ESTIMATE_CUES.has(tokens[c.verb]!.lower))) cues.push(...gappedCues(text, tokens, cues));
  return cues.sort((a, b) => a.verb - b.verb);
}

/** Reporting verbs that are as often plural nouns: tagged as nouns, they are nouns ("10 states", "local reports"). */
const PLURAL_NOUNS = new Set(['states', 'reports', 'claims', 'estimates', 'finds', 'records', 'gives', 'counts', 'writes', 'denies', 'confirms', 'announces', 'adds', 'puts']);

/** What a publication prints: "a report in The Charlotte Observer" is the Observer's. */
const DOCUMENT_NOUNS = new Set(['report', 'story', 'article', 'editorial', 'interview', 'statement', 'post', 'tweet', 'broadcast']);

/** Verbs by which data, polls and reports speak: they speak for what they show, not for every clause after it. */
const DOCUMENT_VERBS = new Set(['showed', 'shows', 'show', 'suggested', 'suggests', 'indicated', 'indicates']);
/** Words that open a clause of its own: a relative clause or a subordinate one. */
const CLAUSE_OPENERS = new Set(['who', 'which', 'after', 'before', 'since', 'because', 'while', 'although', 'though', 'when', 'unless', 'whereas']);

/** Where a document verb's report ends: at the first clause of its own after it ("The poll showed the depth of the challenge facing Cruz, who is trying to ..."). */
function narrowReach(tokens: readonly Token[], verb: number): number {
  for (let k = verb + 1; k < tokens.length; k++) if (CLAUSE_OPENERS.has(tokens[k]!.lower)) return k;
  return tokens.length;
}

/**
 * Some reporting verbs also do other work: "claimed responsibility" and
 * "claimed the lives of" report nothing; "told residents to stay indoors" is
 * an instruction; "added 10,000 jobs" is a measure; "lowered" and "raised"
 * report only an estimate ("lowered its estimate of hiring").
 */
function reports(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1]?.lower ?? '';
  if ((t.lower === 'claimed' || t.lower === 'claims' || t.lower === 'claim') && (next === 'responsibility' || next === 'credit' || next === 'the' && tokens[i + 2]?.lower === 'lives')) return false;
  if (ESTIMATE_OBJECT_VERBS.has(t.lower)) return tokens.slice(i + 1, i + 4).some((x) => ESTIMATE_NOUNS.has(x.lower));
  if (t.lower === 'told' || t.lower === 'tells' || t.lower === 'tell') {
    // "told residents of the city, 30 km from the border, to stay indoors": the next "to" + verb before any "that" or number
    for (let k = i + 1; k < tokens.length && k < i + 25; k++) {
      const x = tokens[k]!;
      if (x.lower === 'to' && tokens[k + 1]?.pos === 'VERB') return false;
      // "told Reuters 30 people were killed": a clause of its own is what was told
      if (x.lower === 'that' || x.pos === 'AUX' || (x.pos === 'VERB' && tokens[k - 1]?.lower !== 'to')) break;
    }
  }
  if (t.lower === 'added' || t.lower === 'adds' || t.lower === 'add') {
    // "services added just 10,000 jobs": an amount and its noun, with no verb of its own after them
    let k = i + 1;
    while (tokens[k] && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'ADJ' || tokens[k]!.lower === 'about' || tokens[k]!.lower === 'nearly')) k++;
    if (tokens[k] && (tokens[k]!.pos === 'NUM' || /^\d/.test(tokens[k]!.text) || tokens[k]!.text === '$')) {
      while (tokens[k] && (tokens[k]!.pos === 'NUM' || /^\d/.test(tokens[k]!.text) || tokens[k]!.text === '$' || tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'ADJ')) k++;
      if (!(tokens[k]?.pos === 'AUX' || tokens[k]?.pos === 'VERB')) return false;
    }
  }
  return true;
}

/** What people are confirmed or reported to be: "confirmed dead", "reported missing". */
const STATES = new Set(['dead', 'killed', 'missing', 'injured', 'wounded', 'hurt', 'drowned', 'safe', 'alive', 'infected']);

/** Passive verbs whose agent reports the figure: "were reported by Vattenfall", "was estimated by the UN". */
const PASSIVE_REPORTS = new Set(['reported', 'counted', 'recorded', 'estimated', 'confirmed', 'documented', 'tallied', 'announced', 'cited', 'put', 'given', 'found', 'revised', 'forecast', 'projected', 'predicted']);

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
export function cueFor(cues: readonly Cue[], clause: readonly number[], at: number, scope: readonly number[] = clause): Cue | null {
  let before: Cue | null = null;
  let after: Cue | null = null;
  let reportedBefore: Cue | null = null;
  let saidAfter: Cue | null = null;
  for (const c of cues) {
    if ((at >= c.start && at <= c.end) || (at >= c.appositionStart && at <= c.appositionEnd)) continue;
    if (c.reach !== undefined && at >= c.reach) continue;
    if (clause[c.verb] === clause[at]) {
      if (c.verb < at && c.end < at) before = c;
      else if (c.verb > at && !after && c.parenthetical) after = c;
    } else if (scope[c.verb] === scope[at]) {
      // "X said that the toll had risen to 77, and 588 were injured": a report goes on into the clauses after it;
      // "A, and B, officials said": a speaker set off at the end speaks for the clauses before it ("according to" does not)
      if (c.verb < at && c.end < at && !c.parenthetical) reportedBefore = c;
      else if (c.verb > at && !saidAfter && c.parenthetical && !c.according) saidAfter = c;
    }
  }
  // "..., 900 by Ellevio": a speaker right after the figure is its own, whatever spoke before
  if (after && after.verb - at <= 2) return after;
  return before ?? after ?? reportedBefore ?? saidAfter;
}

/** Something reported follows the cue in its clause: an amount, "that", or a verb ("said 17 people were detained"). */
function reportsAfter(tokens: readonly Token[], from: number): boolean {
  for (let k = from + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.text === ';' || (t.text === ',' && tokens[k + 1]?.lower !== 'and') || t.text === '.') return false;
    if (t.lower === 'that' || t.pos === 'NUM' || /^\d/.test(t.text) || t.pos === 'VERB' || t.pos === 'AUX') return true;
  }
  return false;
}

/**
 * Like clauseIds, but a report's reach: only ";" and ", while / but /
 * whereas / although / though" end it; ", and" does not.
 */
export function scopeIds(tokens: readonly Token[]): number[] {
  const ids: number[] = [];
  let id = 0;
  for (let i = 0; i < tokens.length; i++) {
    ids.push(id);
    if (isBoundary(tokens, i) && tokens[i + 1]?.lower !== 'and') id++;
  }
  return ids;
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

/** Words that open a sentence with a subordinate clause: "While X showed ..., the quake halted ...". */
const FRONTED = new Set(['while', 'although', 'though', 'whereas', 'because', 'since', 'if', 'unless', 'as', 'when', 'after', 'before']);

function isBoundary(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.text === ';') return true;
  if (!isComma(t)) return false;
  // the comma that closes a fronted subordinate clause
  if (FRONTED.has(tokens[0]?.lower ?? '') && tokens.findIndex(isComma) === i) return true;
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
