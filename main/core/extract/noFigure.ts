// Statements that a source gave no figure: "The Pentagon spokesman did not name
// any casualties", "He gave no figure for casualties", "has not released a
// casualty figure". A researcher needs these as much as the figures: they are
// the difference between "the Pentagon said none died" and "the Pentagon said
// nothing".
import type { Token } from './tokens';

const NEGATED_AUXILIARIES = new Set(['did', 'does', 'do', 'has', 'have', 'had', 'would', 'could', 'will', 'was', 'were', 'is', 'are']);
const GIVE_VERBS = new Set(['name', 'named', 'give', 'given', 'gave', 'release', 'released', 'provide', 'provided', 'disclose', 'disclosed', 'say', 'said', 'offer', 'offered', 'publish', 'published', 'report', 'reported', 'confirm', 'confirmed', 'issue', 'issued', 'specify', 'specified', 'reveal', 'revealed', 'put']);
const FIGURE_NOUNS = new Set(['casualties', 'casualty', 'figure', 'figures', 'number', 'numbers', 'toll', 'tally', 'estimate', 'estimates', 'count', 'details', 'death']);

export interface NoFigure {
  /** Token indexes of the statement ("did not name any casualties"). */
  first: number;
  last: number;
  /** The token the statement's subject ends before. */
  verb: number;
}

/** The noun phrase after a giving verb holds a figure word: "any casualties", "a casualty figure", "how many". */
function figureObject(tokens: readonly Token[], from: number): number | null {
  if (tokens[from]?.lower === 'how' && (tokens[from + 1]?.lower === 'many' || tokens[from + 1]?.lower === 'much')) return from + 1;
  for (let j = from; j < tokens.length && j - from < 5; j++) {
    const t = tokens[j]!;
    if (FIGURE_NOUNS.has(t.lower)) {
      let end = j;
      while (FIGURE_NOUNS.has(tokens[end + 1]?.lower ?? '')) end++;
      return end;
    }
    if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'NOUN') return null;
  }
  return null;
}

export function findNoFigures(tokens: readonly Token[]): NoFigure[] {
  const out: NoFigure[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "did not name any casualties", "has not released a casualty figure", "declined to give a number"
    const negated =
      (NEGATED_AUXILIARIES.has(t.lower) && (tokens[i + 1]?.lower === 'not' || tokens[i + 1]?.lower === "n't")) ||
      ((t.lower === 'declined' || t.lower === 'refused') && tokens[i + 1]?.lower === 'to');
    if (negated) {
      let v = i + 2;
      while (tokens[v]?.pos === 'ADV' || tokens[v]?.lower === 'yet' || tokens[v]?.lower === 'been') v++;
      if (GIVE_VERBS.has(tokens[v]?.lower ?? '')) {
        const end = figureObject(tokens, v + 1);
        if (end !== null) {
          out.push({ first: i, last: end, verb: i });
          i = end;
          continue;
        }
      }
    }
    // "gave no figure for casualties", "released no casualty figures"
    if (GIVE_VERBS.has(t.lower) && tokens[i + 1]?.lower === 'no') {
      const end = figureObject(tokens, i + 2);
      if (end !== null) {
        out.push({ first: i, last: end, verb: i });
        i = end;
      }
    }
  }
  return out;
}
