// One tagged sentence's figures: the amounts in it (quantities.ts) minus
// dates, ages and the like (notFigures.ts), what each counts (countedThing.ts),
// who holds it and who says so (attribution.ts), and its statements that a
// source gave no figure (noFigure.ts). What it remembers from the sentences
// before comes in as the registry, the thing counted last and the state.
import type { ExtractedClaim } from '../model';
import { clauseIds, cueFor, findCues, scopeIds, subjectOf, type Cue } from './attribution';
import { countedThing, subjectPhrase, type CountedBefore } from './countedThing';
import { holderOf } from './holder';
import { contactClauseVerb } from './phrases';
import { incidentTags } from './incidentTags';
import { modalityOf } from './modality';
import { findNoFigures } from './noFigure';
import { notAFigure } from './notFigures';
import { findQuantities, type Quantity } from './quantities';
import type { SentenceHints } from './sentenceFilter';
import type { SourceRegistry } from './sourceRegistry';
import { resolvePronounIn } from './speakers';
import type { Sentence, Token } from './tokens';

/** Verbs after which "a"/"an" counts one: "killed a contractor". */
const CASUALTY_VERBS = new Set(['killed', 'wounded', 'injured', 'hurt', 'kidnapped', 'abducted', 'arrested', 'detained', 'evacuated', 'shot', 'died', 'dead', 'missing']);

/** First words of a sentence that go on with the account before it: "Another 45 were ...", "Of those, ...", "Among them ...". */
const CONTINUES = /^(?:another|of|among|also|a|further|most|many|some|two|three)$/;

export interface Found {
  start: number;
  end: number;
  claim: ExtractedClaim;
}

/** What reading a text remembers from sentence to sentence besides its sources: the last holder named, whom "him" means. */
export interface ExtractionState {
  lastHolder: string | null;
}

/** A figure's holder (holder.ts), with "he" and "him" read as the last holder named. */
function holderIn(tokens: readonly Token[], q: Quantity, end: number, state: ExtractionState): string | null {
  const holder = holderOf(tokens, q, end);
  // '"We have 15 dead," he said': a speaker's "we" is whoever speaks, never a holder of its own
  if (!holder || /^(?:we|i|you|they|it|us)$/i.test(holder)) return null;
  if (/^(?:he|she|him|her)$/.test(holder)) {
    // "deny Trump the 1,237 delegates he needs": a name earlier in the sentence, else the last holder named
    for (let k = q.first - 1; k >= 0; k--) if (tokens[k]!.pos === 'PROPN' && /^[A-Z][a-z]+$/.test(tokens[k]!.text) && tokens[k + 1]?.pos !== 'PROPN') return tokens[k]!.text;
    return state.lastHolder;
  }
  state.lastHolder = holder;
  return holder;
}

/** The figures and no-figure statements of one tagged sentence, in reading order. */
export function sentenceClaims(text: string, sentence: Sentence, registry: SourceRegistry, carried: CountedBefore | null, hints: SentenceHints, state: ExtractionState): readonly Found[] {
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
  const quantities = findQuantities(tokens).filter((q) => !notAFigure(tokens, q) && !inSourceName(tokens, cues, q));
  const indefinite = tokens.some((t) => CASUALTY_VERBS.has(t.lower)) ? indefiniteFigures(tokens, quantities) : [];
  let measuredBefore: Quantity | null = null;
  for (const bare of inOrder(indefinite.length ? [...quantities, ...indefinite] : quantities, (q) => q.first)) {
    const q = unitCarried(tokens, bare, measuredBefore);
    if (q.unit === 'measure') measuredBefore = q;
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
      subject: subjectPhrase(counted, unitOf(q)),
      entity: counted.entity,
      measure: counted.measure,
      qualifiers: counted.qualifiers,
      unit: unitOf(q),
      holder: holderIn(tokens, q, counted.end, state),
      modality: modalityOf(tokens, q, counted.end),
      incident: incidentTags(tokens, q, clause),
      // "..., the governor told reporters. Another 45 were badly damaged.": an account goes on where nobody else is named
      source: sourceAt(q.numFirst) ?? (cues.length === 0 && carried && found.length === 0 && q.first <= 2 && CONTINUES.test(tokens[0]?.lower ?? '') ? carried.source : null),
      confidence: confidenceOf(q, counted.entity !== null, counted.carried, tokens[q.numFirst]!.lower),
    };
    // "Clinton now has 2,202 of the 2,383 needed": what the holder needs is the holder's too
    const part = found.at(-1)?.claim;
    const wholeOf = tokens[q.first - 1]?.lower === 'of' || (tokens[q.first - 1]?.lower === 'the' && tokens[q.first - 2]?.lower === 'of');
    if (!claim.holder && claim.modality === 'needed' && wholeOf && part?.holder) claim.holder = part.holder;
    // "services added just 10,000 jobs last month after bringing on 55,000 in April": a sector's jobs go on being the sector's
    if (!claim.holder && counted.carried && part?.holder && /^[a-z]/.test(part.holder) && part.entity === 'jobs' && claim.entity === 'jobs') claim.holder = part.holder;
    found.push({ start, end, claim });
    if (counted.entity) before = { entity: counted.entity, measure: counted.measure, source: found.at(-1)!.claim.source };
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
  return inOrder(found, (f) => f.start);
}

/**
 * The items in order of `key`, as a stable sort puts them: most often they
 * are in order already and come back as they are, unsorted and uncopied (a
 * sort copies its array first, and this runs for every sentence that may hold
 * a figure); otherwise a sorted copy.
 */
function inOrder<T>(items: readonly T[], key: (item: T) => number): readonly T[] {
  for (let i = 1; i < items.length; i++) if (key(items[i - 1]!) > key(items[i]!)) return [...items].sort((a, b) => key(a) - key(b));
  return items;
}

/**
 * "initially reported as magnitude 7.4, was later downgraded to 7.2": a bare
 * number that a change leads to or from, with no thing of its own after it,
 * is in the unit of the measurement before it in the sentence.
 */
function unitCarried(tokens: readonly Token[], q: Quantity, measured: Quantity | null): Quantity {
  if (!measured || q.unit !== 'count' || q.words || !/^(?:to|from)$/.test(tokens[q.first - 1]?.lower ?? '')) return q;
  const next = tokens[q.last + 1];
  if (next && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ')) return q;
  return { ...q, unit: 'measure', unitName: measured.unitName };
}

/** "Two former officials told ...", "One of the former officials said": a number inside a source's own name. */
function inSourceName(tokens: readonly Token[], cues: readonly Cue[], q: Quantity): boolean {
  // "the 164,000 economists had forecast" names what they forecast, not how many they were
  if (contactClauseVerb(tokens, q.first, q.last) >= 0) return false;
  // a speaker is named by a word: "145 reported on Monday" is an amount that was reported, not who reported it
  const named = (c: Cue): boolean => tokens.slice(c.start, c.end + 1).some((t, i) => (t.pos === 'NOUN' || t.pos === 'PROPN') && (c.start + i < q.numFirst || c.start + i > q.numLast));
  return cues.some((c) => c.pronoun === null && q.numFirst >= c.start && q.numLast <= c.end && c.verb > c.end && named(c));
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
