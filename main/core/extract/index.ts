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
import { clauseIds, cueFor, findCues, subjectOf, type Cue } from './attribution';
import { countedThing, subjectPhrase, type CountedBefore } from './countedThing';
import { findNoFigures } from './noFigure';
import { notAFigure } from './notFigures';
import { findQuantities, type Quantity } from './quantities';
import { SourceRegistry } from './sourceRegistry';
import { splitParagraphs, tagParagraph, type Sentence, type Token } from './tokens';

/** Stored with every automatic claim, so a library can tell which extractor wrote it. */
export const EXTRACTOR_VERSION = '1';

/** Anything that could be a figure or a "no figure" statement; a paragraph without it is not tagged. */
const MAY_HOLD_FIGURE =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|scores|handful|killed|wounded|injured|hurt|died|dead|detained|arrested|kidnapped|casualt\w*|figure|toll)\b/i;

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
    if (!MAY_HOLD_FIGURE.test(paragraph.text)) continue;
    let before: CountedBefore | null = null;
    for (const sentence of tagParagraph(paragraph)) {
      const found = sentenceClaims(text, sentence, registry, before);
      for (const f of found) claims.push(f.claim);
      const last = found.filter((f) => f.claim.kind === 'figure').at(-1)?.claim;
      if (last?.entity) before = { entity: last.entity, measure: last.measure };
    }
  }
  return claims;
}

function sentenceClaims(text: string, sentence: Sentence, registry: SourceRegistry, carried: CountedBefore | null): Found[] {
  const tokens = sentence.tokens;
  const cues = findCues(text, tokens);
  // resolve every cue in reading order, so "it" and "the Observatory" see the names before them
  const sources = new Map<Cue, string | null>();
  for (const cue of cues) sources.set(cue, cue.pronoun ? registry.resolvePronoun(cue.pronoun) : registry.resolve(cue.raw, cue.apposition));
  const clause = clauseIds(tokens);
  const sourceAt = (at: number): string | null => {
    const cue = cueFor(cues, clause, at);
    return cue ? (sources.get(cue) ?? null) : null;
  };

  const found: Found[] = [];
  let before = carried;
  const quantities = findQuantities(tokens).filter((q) => !notAFigure(tokens, q) && !inSourceName(cues, q));
  for (const q of [...quantities, ...indefiniteFigures(tokens, quantities)].sort((a, b) => a.first - b.first)) {
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
      source: sourceAt(q.numFirst),
      confidence: confidenceOf(q, counted.entity !== null, counted.carried),
    };
    found.push({ start, end, claim });
    if (counted.entity) before = { entity: counted.entity, measure: counted.measure };
  }

  for (const nf of findNoFigures(tokens)) {
    const subject = subjectOf(text, tokens, nf.verb);
    const source = subject ? (subject.pronoun ? registry.resolvePronoun(subject.pronoun) : registry.resolve(subject.raw)) : null;
    const start = tokens[nf.first]!.start;
    const end = tokens[nf.last]!.end;
    const object = tokens[nf.last]!.lower;
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
        subject: object.startsWith('casualt') ? 'casualties' : text.slice(start, end),
        entity: object.startsWith('casualt') ? 'casualties' : object,
        measure: null,
        qualifiers: [],
        source,
        confidence: 0.7,
      },
    });
  }
  return found.sort((a, b) => a.start - b.start);
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
  for (const q of quantities) for (let k = q.first; k <= q.last; k++) taken.add(k);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if ((t.lower !== 'a' && t.lower !== 'an') || taken.has(i)) continue;
    let head = i + 1;
    while (head < tokens.length && head - i < 5 && (tokens[head]!.pos === 'ADJ' || tokens[head]!.pos === 'PROPN' || (tokens[head]!.pos === 'NOUN' && tokens[head + 1]?.pos === 'NOUN'))) head++;
    if (tokens[head]?.pos !== 'NOUN') continue;
    const prev = tokens[i - 1]?.lower ?? '';
    const afterCasualtyVerb = CASUALTY_VERBS.has(prev) && tokens[i - 1]!.pos === 'VERB';
    const listedWithCount = (prev === 'and' || prev === 'including') && quantities.some((q) => q.last < i && i - q.last < 8);
    let k = head + 1;
    while (tokens[k] && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV' || tokens[k]!.lower === 'been' || tokens[k]!.lower === 'was')) k++;
    const passiveCasualty = k > head + 1 && CASUALTY_VERBS.has(tokens[k]?.lower ?? '');
    if (!afterCasualtyVerb && !listedWithCount && !passiveCasualty) continue;
    out.push({ first: i, last: i, numFirst: i, numLast: i, value: 1, low: 1, high: 1, approx: false, unit: 'count', currency: null, total: false, vague: false, words: true });
  }
  return out;
}

function confidenceOf(q: Quantity, hasEntity: boolean, carried: boolean): number {
  let c = q.words ? 0.85 : 0.92;
  if (q.vague) c -= 0.1;
  if (!hasEntity) c -= 0.3;
  if (carried) c -= 0.1;
  if (q.value === 1 && q.words && q.first === q.numFirst && q.numFirst === q.numLast && /^an?$/i.test('a')) c -= 0.2;
  return Math.max(0.05, Math.min(0.99, Number(c.toFixed(2))));
}
