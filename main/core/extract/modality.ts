// How a figure is meant, when it is not a plain report of what is: a forecast
// ("economists expected 164,000", "could infect as many as 4 million"), a
// threshold ("the 1,237 delegates needed to clinch"), a target ("the Fed's 2
// percent target"), or a number the text says was superseded ("initially
// called a magnitude-7.4 quake, but the USGS later upgraded it to a 7.8").
// A forecast and the reported number are different figures; a superseded
// number is the same figure's earlier value.
import { contactClauseVerb } from './phrases';
import type { Quantity } from './quantities';
import type { Token } from './tokens';

export type Modality = 'forecast' | 'needed' | 'target' | 'earlier' | 'peak';

/** Words before the figure, in its clause, that make it a forecast. */
const FORECAST = new Set([
  'expected', 'expect', 'expects', 'expecting', 'forecast', 'forecasts', 'forecasting', 'predicted', 'predict', 'predicts', 'projected',
  'projects', 'anticipated', 'anticipating', 'probably', 'likely', 'could', 'estimate', 'estimated', 'consensus',
  'seen', 'poll', 'survey',
]);
/** Words right after the counted thing that make it a threshold: "delegates needed to", "the 2,383 needed", "required to lock up". */
const NEEDED = new Set(['needed', 'needs', 'need', 'required', 'requires', 'necessary']);
const TARGET = new Set(['target', 'targets', 'goal', 'goals', 'aim', 'objective']);
/** Words that say a figure was superseded: "initially called", "first reported", "previously put at". */
const EARLIER = new Set(['initially', 'originally', 'previously', 'earlier', 'first']);
/** Verbs of a change from one value to another: "fell from 5 percent to 4.7 percent". */
const CHANGES = new Set(['fell', 'rose', 'dropped', 'climbed', 'increased', 'decreased', 'declined', 'jumped', 'slipped', 'edged', 'grew', 'went', 'soared', 'plunged', 'risen', 'fallen', 'revised', 'raised', 'lowered', 'cut']);
/** Words that make a value a high point, not the current one: "since peaking at 10 percent", "a record high of 28 inches". */
const PEAKS = new Set(['peaking', 'peaked', 'peak', 'high', 'highs', 'record']);

const lowerAt = (tokens: readonly Token[], i: number): string => tokens[i]?.lower ?? '';

/** Where the clause of token `i` starts: after the last ";" or sentence-internal stop before it. */
function clauseStart(tokens: readonly Token[], i: number): number {
  for (let k = i - 1; k >= 0; k--) if (tokens[k]!.text === ';' || tokens[k]!.lower === 'but' || tokens[k]!.lower === 'while') return k + 1;
  return 0;
}

/** The modality of amount `q`, whose counted phrase ends at token `end`; null for a plain report. */
export function modalityOf(tokens: readonly Token[], q: Quantity, end: number): Modality | null {
  // "the 1,237 delegates needed to seal", "of the 2,383 needed", "monthly gains of roughly 100,000 jobs to keep up", "jobs need to be added"
  for (let k = q.last + 1; k <= end + 3 && k < tokens.length; k++) {
    if (NEEDED.has(lowerAt(tokens, k))) return 'needed';
    if (tokens[k]!.pos === 'PUNCT') break;
  }
  // "the Fed's 2.0 percent target", "a target of 2 percent"
  if (TARGET.has(lowerAt(tokens, end + 1)) || TARGET.has(lowerAt(tokens, q.last + 1)) || (lowerAt(tokens, q.first - 1) === 'of' && TARGET.has(lowerAt(tokens, q.first - 2)))) return 'target';
  // "the rate fell from 5 percent to 4.7 percent": the value it moved from is the same figure's earlier value
  if (lowerAt(tokens, q.first - 1) === 'from' && (CHANGES.has(lowerAt(tokens, q.first - 2)) || CHANGES.has(lowerAt(tokens, q.first - 3))) && lowerAt(tokens, q.last + 1) === 'to') return 'earlier';
  // "rose to 12 from 2", "up from 145", "down from 100": the value a change came from
  // ("up from the 4 it had reported earlier": over the article)
  const from = lowerAt(tokens, q.first - 1) === 'the' ? q.first - 2 : q.first - 1;
  if (lowerAt(tokens, from) === 'from') {
    const before = lowerAt(tokens, from - 1);
    if (before === 'up' || before === 'down' || (/^\d/.test(tokens[from - 1]?.text ?? '') && tokens.slice(Math.max(0, from - 5), from - 1).some((t) => t.lower === 'to'))) return 'earlier';
  }
  // "up from a previous toll of 35"
  for (let k = q.first - 2; k >= 0 && q.first - k <= 5; k--) if ((lowerAt(tokens, k) === 'up' || lowerAt(tokens, k) === 'down') && lowerAt(tokens, k + 1) === 'from') return 'earlier';
  if (lowerAt(tokens, q.first - 1) === 'of' && /^(?:previous|earlier|initial|original|prior)$/.test(lowerAt(tokens, q.first - 3)) && /^(?:toll|estimate|figure|count|tally|number|total)$/.test(lowerAt(tokens, q.first - 2))) return 'earlier';
  // "since peaking at 10 percent", "a peak of 10 percent", "the record high of 28 inches"
  if ((lowerAt(tokens, q.first - 1) === 'at' || lowerAt(tokens, q.first - 1) === 'of') && PEAKS.has(lowerAt(tokens, q.first - 2))) return 'peak';
  // "the 164,000 economists had forecast": the amount is what the clause after it expected
  if (contactClauseVerb(tokens, q.first, q.last) >= 0) return 'forecast';
  const start = clauseStart(tokens, q.first);
  let needed = false;
  for (let k = q.first - 1; k >= start && q.first - k <= 14; k--) {
    const w = lowerAt(tokens, k);
    // "the economy needs to create monthly gains of roughly 100,000 jobs"
    if (NEEDED.has(w) && lowerAt(tokens, k + 1) === 'to') needed = true;
    // "Estimates of growth this spring range from 2.5 percent to 3 percent, higher than the 0.8 percent pace this winter"
    if (tokens[k]!.text === ',') break;
    if (w === 'estimates' && tokens[k]!.pos === 'NOUN' && lowerAt(tokens, k + 1) === 'of') return 'forecast';
    if (EARLIER.has(w) && (tokens[k + 1]?.pos === 'VERB' || tokens[k]!.pos === 'ADV') && w !== 'first') return 'earlier';
    if (w === 'first' && (lowerAt(tokens, k + 1) === 'reported' || lowerAt(tokens, k + 1) === 'put' || lowerAt(tokens, k + 1) === 'estimated')) return 'earlier';
    if (FORECAST.has(w)) {
      // "was estimated at", "an estimated 80 percent" report; "could", "expected", "probably" forecast
      if ((w === 'estimated' || w === 'estimate') && (lowerAt(tokens, k - 1) === 'an' || lowerAt(tokens, k + 1) !== 'to')) continue;
      if ((w === 'poll' || w === 'survey') && !tokens.slice(Math.max(0, k - 3), k).some((t) => t.lower === 'reuters' || t.lower === 'economists')) continue;
      if (w === 'seen' && lowerAt(tokens, k - 1) !== 'is' && lowerAt(tokens, k - 1) !== 'are') continue;
      return 'forecast';
    }
  }
  return needed ? 'needed' : null;
}
