// main/core/extract: finds every figure in a text, with what it counts and who
// says so. Pure: no I/O; callers run it off the UI thread.
//
// The steps, per paragraph: a cheap test for anything that could be a figure
// (most paragraphs have none and are never tagged); tokens, sentences and
// part-of-speech tags (tokens.ts); amounts (quantities.ts) minus dates, ages
// and the like (notFigures.ts); what each counts (countedThing.ts); who says
// so (attribution.ts), resolved to the fullest name (sourceRegistry.ts); and
// statements that a source gave no figure (noFigure.ts).
import type { ExtractedClaim } from '../model';
import { clauseIds, cueFor, findCues, scopeIds, subjectOf, type Cue } from './attribution';
import { countedThing, subjectPhrase, type CountedBefore } from './countedThing';
import { findNoFigures } from './noFigure';
import { notAFigure } from './notFigures';
import { findQuantities, type Quantity } from './quantities';
import { SourceRegistry } from './sourceRegistry';
import { splitParagraphs, splitSentences } from '../text/sentences';
import { tagSentence, type Sentence, type Token } from './tokens';

/** Stored with every automatic claim, so a library can tell which extractor wrote it. */
export const EXTRACTOR_VERSION = '1';

/**
 * A sentence is tagged only when it could hold a figure: digits, a number
 * word, a vague amount, "a"/"an" beside a casualty, or a negation beside a
 * figure word ("did not name any casualties"). Most sentences have none.
 */
const NUMBER_WORDS =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|scores?|handful|several|half|thirds?|quarters?|tenths?)\b/i;
/** "killed a contractor", "a foreign contractor was killed": the only places where "a" counts one without a number nearby. */
const CASUALTY_WITH_ARTICLE =
  /\b(?:killed|wounded|injured|hurt|kidnapped|abducted|arrested|detained|evacuated|shot)\s+an?\s|\ban?\s+(?:[\w-]+\s+){0,3}(?:was|were|had been|has been)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|hurt|kidnapped|abducted|arrested|detained|evacuated|shot)\b/i;
const NEGATION = /\b(?:not|n't|no|declined|refused)\b/i;
const NO_FIGURE = /\b(?:not|n't|no|declined|refused)\b[^.]{0,60}\b(?:casualt\w*|figures?|numbers?|toll|tally|estimates?|count|how many)\b/i;
const REPORTING = /\b(?:said|says|told|according)\b/;

/** Dates, years and times of day: digits that are never figures ("Feb 26", "14 March", "in 2019", "23:40"). */
const DIGIT_RUN = /\d+(?:[.,:]\d+)*/g;
const MONTH_BEFORE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+$/i;
const MONTH_AFTER = /^\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/** Some run of digits in the sentence is not a date, a year or a time of day. */
function hasFigureDigits(sentence: string): boolean {
  DIGIT_RUN.lastIndex = 0;
  for (let m = DIGIT_RUN.exec(sentence); m; m = DIGIT_RUN.exec(sentence)) {
    const run = m[0];
    if (/^(?:1[89]|20)\d\d$/.test(run) || /^\d{1,2}:\d\d$/.test(run)) continue;
    if (/^\d{1,2}$/.test(run)) {
      const end = m.index + run.length;
      if (MONTH_BEFORE.test(sentence.slice(Math.max(0, m.index - 12), m.index)) || MONTH_AFTER.test(sentence.slice(end, end + 5))) continue;
    }
    return true;
  }
  return false;
}

/** What a sentence may hold, decided by regular expressions before any tagging; null when it holds nothing to look at. */
export interface SentenceHints {
  noFigure: boolean;
}

export function mayHoldFigure(sentence: string): SentenceHints | null {
  const numbers = hasFigureDigits(sentence) || NUMBER_WORDS.test(sentence);
  const noFigure = NEGATION.test(sentence) && NO_FIGURE.test(sentence);
  if (!numbers && !noFigure && !CASUALTY_WITH_ARTICLE.test(sentence)) return null;
  return { noFigure };
}

/**
 * Sentences that are not tagged may still name a source that a later "he" or
 * "the Observatory" points back to: "Pentagon spokesman John Kirby said ...".
 * The capitalised words just before a reporting verb (one lower-case title
 * such as "spokesman" may sit among them), or just after "according to", are
 * enough to remember it. A plain walk over words: a regular expression with
 * nested repeats here could take time out of all proportion on long runs of
 * capitalised words.
 */
const SPEAKER_VERB = /\b(?:said|says|told)\b|\baccording to\b/g;
const CAPITALISED = /^[A-Z][\w’'.-]*$/;

/** "Texas Governor Greg Abbott called the shooting ...": a titled name at the head of a sentence is its subject, whom a later "he" means. */
const TITLED_SUBJECT = /^(?:[A-Z][\w’'.-]*\s+){0,3}(?:[Ss]pokes(?:man|woman|person)|[Mm]inister|[Ss]ecretary|[Pp]resident|[Gg]overnor|[Mm]ayor|[Cc]hief|[Dd]irector|[Cc]ommander|[Ss]enator|[Ll]eader|[Aa]mbassador|[Cc]hair(?:man|woman)|[Oo]fficial|[Oo]fficer)\s+(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'-]*(?=\s+[a-z])/;

/** "John Kirby, the Pentagon spokesman, said", "The Syrian Observatory for Human Rights, a Britain-based war monitor, said". */
const NAME_WITH_DESCRIPTION = /(?:^|[.;:]\s+)((?:The\s+)?[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|for|and))*),\s+((?:the|a|an)\s+[^,]{1,80}),\s+(?:said|says|told)\b/;

function rememberSpeakers(sentence: string, registry: SourceRegistry): void {
  const titled = TITLED_SUBJECT.exec(sentence)?.[0];
  if (titled && /^[A-Z]/.test(titled)) registry.resolve(titled);
  if (!REPORTING.test(sentence) || sentence.length > 2000) return;
  const described = sentence.includes(', ') ? NAME_WITH_DESCRIPTION.exec(sentence) : null;
  if (described) {
    const [, name, description] = described as unknown as [string, string, string];
    // a person's title in the description makes the name a person's: "John Kirby, the Pentagon spokesman" → "Pentagon spokesman John Kirby"
    const title = description.replace(/^(?:the|a|an)\s+/, '');
    const person = /\b(?:spokes(?:man|woman|person)|minister|secretary|president|governor|mayor|chief|director|commander|senator|official|officer)\b/.test(title) && !/^The\s/.test(name);
    registry.resolve(person ? `${title} ${name}` : name, person ? null : description);
  }
  SPEAKER_VERB.lastIndex = 0;
  for (let m = SPEAKER_VERB.exec(sentence); m; m = SPEAKER_VERB.exec(sentence)) {
    const after = m[0] === 'according to';
    const words = after
      ? sentence.slice(m.index + m[0].length, m.index + m[0].length + 80).trim().split(/\s+/)
      : sentence.slice(Math.max(0, m.index - 80), m.index).trim().split(/\s+/).reverse();
    const name: string[] = [];
    let titles = 0;
    for (const raw of words) {
      const w = raw.replace(/[,;:“”"]+$/, '').replace(/^[“"]+/, '');
      if (after && name.length === 0 && w === 'the') continue;
      if (CAPITALISED.test(w) && w === raw) name.push(w);
      else if (/^[a-z]+$/.test(w) && titles === 0 && name.length > 0 && !after) {
        titles++;
        name.push(w);
      } else break;
    }
    while (name.length && !CAPITALISED.test(name.at(-1)!)) name.pop();
    const ordered = after ? name : name.reverse();
    while (ordered.length && /^(?:The|A|An|But|And|In|On|At|Last|This)$/.test(ordered[0]!)) ordered.shift();
    if (ordered.length >= 2 || (ordered.length === 1 && /^[A-Z][a-z]{2,}$/.test(ordered[0]!))) registry.resolve(ordered.join(' '));
  }
}

/** Verbs after which "a"/"an" counts one: "killed a contractor". */
const CASUALTY_VERBS = new Set(['killed', 'wounded', 'injured', 'hurt', 'kidnapped', 'abducted', 'arrested', 'detained', 'evacuated', 'shot', 'died', 'dead', 'missing']);

interface Found {
  start: number;
  end: number;
  claim: ExtractedClaim;
}

export function extractClaims(text: string): ExtractedClaim[] {
  const registry = new SourceRegistry();
  const claims: ExtractedClaim[] = [];
  for (const paragraph of splitParagraphs(text)) {
    let before: CountedBefore | null = null;
    for (const sentenceText of splitSentences(paragraph)) {
      registry.nextSentence();
      const hints = mayHoldFigure(sentenceText.text);
      if (!hints) {
        rememberSpeakers(sentenceText.text, registry);
        continue;
      }
      const found = sentenceClaims(text, tagSentence(sentenceText), registry, before, hints);
      for (const f of found) claims.push(f.claim);
      const last = found.filter((f) => f.claim.kind === 'figure').at(-1)?.claim;
      if (last?.entity) before = { entity: last.entity, measure: last.measure };
    }
  }
  return claims;
}

function sentenceClaims(text: string, sentence: Sentence, registry: SourceRegistry, carried: CountedBefore | null, hints: SentenceHints): Found[] {
  const tokens = sentence.tokens;
  const cues = findCues(text, tokens);
  // resolve every cue in reading order, so "it" and "the Observatory" see the names before them
  const sources = new Map<Cue, string | null>();
  for (const cue of cues) sources.set(cue, cue.pronoun ? resolvePronounIn(tokens, cue.start, cue.pronoun, registry) : registry.resolve(cue.raw, cue.apposition));
  const clause = clauseIds(tokens);
  const scope = scopeIds(tokens);
  const sourceAt = (at: number): string | null => {
    const cue = cueFor(cues, clause, at, scope);
    return cue ? (sources.get(cue) ?? null) : null;
  };

  const found: Found[] = [];
  let before = carried;
  const quantities = findQuantities(tokens).filter((q) => !notAFigure(tokens, q) && !inSourceName(cues, q));
  const indefinite = tokens.some((t) => CASUALTY_VERBS.has(t.lower)) ? indefiniteFigures(tokens, quantities) : [];
  for (const q of [...quantities, ...indefinite].sort((a, b) => a.first - b.first)) {
    const counted = countedThing(tokens, q, before);
    const start = q.charStart ?? tokens[q.first]!.start;
    const end = q.charEnd ?? tokens[q.last]!.end;
    const claim: ExtractedClaim = {
      kind: 'figure',
      value: q.value,
      low: q.low,
      high: q.high,
      approx: q.approx,
      start,
      end,
      sentenceStart: sentence.start,
      sentenceEnd: sentence.end,
      subject: subjectPhrase(counted),
      entity: counted.entity,
      measure: counted.measure,
      qualifiers: counted.qualifiers,
      unit: unitOf(q),
      holder: null,
      modality: null,
      incident: [],
      source: sourceAt(q.numFirst),
      confidence: confidenceOf(q, counted.entity !== null, counted.carried, tokens[q.numFirst]!.lower),
    };
    found.push({ start, end, claim });
    if (counted.entity) before = { entity: counted.entity, measure: counted.measure };
  }

  for (const nf of hints.noFigure ? findNoFigures(tokens) : []) {
    const subject = subjectOf(text, tokens, nf.verb);
    let source = subject ? (subject.pronoun ? resolvePronounIn(tokens, subject.start, subject.pronoun, registry) : registry.resolve(subject.raw)) : null;
    // "The military said it had taken steps ... and gave no casualty figures": the subject of the first verb
    if (!subject && (tokens[nf.verb - 1]?.lower === 'and' || tokens[nf.verb - 1]?.lower === 'but') && cues[0]) source = sources.get(cues[0]) ?? null;
    const start = tokens[nf.first]!.start;
    const end = tokens[nf.last]!.end;
    const said = text.slice(start, end).toLowerCase();
    // what was not given: casualties, a death toll, or a figure of some other count
    const object = /casualt|killed|dead|death/.test(said) ? 'casualties' : /toll/.test(said) ? 'toll' : tokens[nf.last]!.lower;
    found.push({
      start,
      end,
      claim: {
        kind: 'no-figure',
        value: null,
        low: null,
        high: null,
        approx: false,
        start,
        end,
        sentenceStart: sentence.start,
        sentenceEnd: sentence.end,
        subject: object === 'casualties' || object === 'toll' ? object : text.slice(start, end),
        entity: object,
        measure: null,
        qualifiers: [],
        unit: null,
        holder: null,
        modality: null,
        incident: [],
        source,
        confidence: 0.7,
      },
    });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Nouns that name an organisation, which a later "it" in the same sentence most likely means. */
const ORGANISATION_NOUNS = new Set([
  'company', 'firm', 'group', 'ministry', 'agency', 'government', 'military', 'army', 'bank', 'organisation', 'organization',
  'council', 'court', 'party', 'police', 'committee', 'union', 'network', 'hospital', 'authority', 'department', 'institute',
  'observatory', 'monitor', 'coalition', 'commission', 'office', 'service', 'board', 'university', 'airline', 'regulator',
]);

/**
 * "it" means the organisation named earlier in its own sentence if there is
 * one ("Shares in the company jumped after it reported ..."), else the last
 * organisation the text named (sourceRegistry.ts).
 */
function resolvePronounIn(tokens: readonly Token[], at: number, pronoun: string, registry: SourceRegistry): string | null {
  if (pronoun === 'it') {
    for (let k = at - 1; k >= 0; k--) {
      const t = tokens[k]!;
      if (t.pos === 'NOUN' && ORGANISATION_NOUNS.has(t.lower)) {
        let first = k;
        while (first > 0 && (tokens[first - 1]!.pos === 'ADJ' || tokens[first - 1]!.pos === 'NOUN' || tokens[first - 1]!.pos === 'PROPN')) first--;
        return registry.resolve(tokens.slice(first, k + 1).map((x) => x.text).join(' '));
      }
    }
  }
  return registry.resolvePronoun(pronoun);
}

/** "Two former officials told ...", "One of the former officials said": a number inside a source's own name. */
function inSourceName(cues: readonly Cue[], q: Quantity): boolean {
  return cues.some((c) => c.pronoun === null && q.numFirst >= c.start && q.numLast <= c.end && c.verb > c.end);
}

/**
 * "a"/"an" as one, only where a casualty makes it a count: "killed a
 * contractor", "and a US service member" after a count of the wounded, "a
 * foreign contractor was killed". Elsewhere "a" is an article, not a figure.
 */
function indefiniteFigures(tokens: readonly Token[], quantities: readonly Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  const taken = new Set<number>();
  const counted = new Set<number>();
  for (const q of quantities) {
    for (let k = q.first; k <= q.last; k++) taken.add(k);
    counted.add(q.last);
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if ((t.lower !== 'a' && t.lower !== 'an') || taken.has(i)) continue;
    let head = i + 1;
    while (head < tokens.length && head - i < 5 && (tokens[head]!.pos === 'ADJ' || tokens[head]!.pos === 'PROPN' || (tokens[head]!.pos === 'NOUN' && tokens[head + 1]?.pos === 'NOUN'))) head++;
    if (tokens[head]?.pos !== 'NOUN') continue;
    // "a magnitude-7.0 earthquake": the article of a measured thing, not one of anything
    if (tokens[i + 1]?.lower === 'magnitude' || tokens.slice(i + 1, head + 1).some((t) => /^\d/.test(t.text))) continue;
    const prev = tokens[i - 1]?.lower ?? '';
    const afterCasualtyVerb = CASUALTY_VERBS.has(prev) && tokens[i - 1]!.pos === 'VERB';
    const listedWithCount =
      (prev === 'and' || prev === 'including') &&
      countedShortlyBefore(counted, i) &&
      tokens.slice(Math.max(0, i - 15), i).some((b) => CASUALTY_VERBS.has(b.lower));
    let k = head + 1;
    while (tokens[k] && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV' || tokens[k]!.lower === 'been' || tokens[k]!.lower === 'was')) k++;
    const passiveCasualty = k > head + 1 && CASUALTY_VERBS.has(tokens[k]?.lower ?? '');
    if (!afterCasualtyVerb && !listedWithCount && !passiveCasualty) continue;
    out.push({ first: i, last: i, numFirst: i, numLast: i, charStart: undefined, charEnd: undefined, value: 1, low: 1, high: 1, approx: false, unit: 'count', unitName: null, currency: null, total: false, vague: false, words: true });
  }
  return out;
}

/** A count ends within the eight tokens before `i`: "wounded four US contractors and a ...". */
function countedShortlyBefore(countEnds: ReadonlySet<number>, i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k < 8; k--) if (countEnds.has(k)) return true;
  return false;
}

/** The claim's unit in words: null for a count, "percent", the currency, the unit of a measurement or a span of time, "years old" for an age. */
function unitOf(q: Quantity): string | null {
  switch (q.unit) {
    case 'count':
      return null;
    case 'percent':
    case 'fraction':
      return q.unit;
    case 'money':
      return q.currency;
    case 'age':
      return `${q.unitName ?? 'years'} old`;
    default:
      return q.unitName;
  }
}

function confidenceOf(q: Quantity, hasEntity: boolean, carried: boolean, word: string): number {
  let c = q.words ? 0.85 : 0.92;
  if (q.vague) c -= 0.1;
  if (!hasEntity) c -= 0.3;
  if (carried) c -= 0.1;
  if (word === 'a' || word === 'an') c -= 0.2; // "a contractor": one, but only just a figure
  return Math.max(0.05, Math.min(0.99, Math.round(c * 100) / 100));
}
