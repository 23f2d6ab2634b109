// The cheap first look at every sentence: regular expressions decide whether
// a sentence could hold a figure before any tagging, which is the costly step.
// Most sentences hold none and are never tagged.

/**
 * A sentence is tagged only when it could hold a figure: digits, a number
 * word, a vague amount, "a"/"an" beside a casualty, or a negation beside a
 * figure word ("did not name any casualties"). Most sentences have none.
 */
/** "killed a contractor", "a foreign contractor was killed": the only places where "a" counts one without a number nearby. */
const CASUALTY_WITH_ARTICLE =
  /\b(?:killed|wounded|injured|hurt|kidnapped|abducted|arrested|detained|evacuated|shot)\s+an?\s|\ban?\s+(?:[\w-]+\s+){0,3}(?:was|were|had been|has been)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|hurt|kidnapped|abducted|arrested|detained|evacuated|shot)\b/i;
const NO_FIGURE = /\b(?:not|n't|no|declined|refused)\b[^.]{0,60}\b(?:casualt\w*|figures?|numbers?|toll|tally|estimates?|count|how many)\b/i;

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

/** A casualty word anywhere: the cheap test before the costly one for "a" and "an". */
const CASUALTY_WORD = /killed|wounded|injured|hurt|kidnapped|abducted|arrested|detained|evacuated|shot/i;
/** Number words that are pronouns or parts of phrases far more often than counts: a sentence with no other sign of a figure needs a casualty beside them. */
const WEAK_WORDS = /\b(?:one|half|several|thirds?|quarters?|tenths?|score)\b/i;
const STRONG_WORDS =
  /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|scores|handful)\b/i;

export function mayHoldFigure(sentence: string): SentenceHints | null {
  // NO_FIGURE opens with the negation itself, so one scan answers both
  const noFigure = NO_FIGURE.test(sentence);
  // digits or a strong number word settle it: most sentences with a figure stop here
  if (hasFigureDigits(sentence) || STRONG_WORDS.test(sentence)) return { noFigure };
  const casualty = CASUALTY_WORD.test(sentence);
  // "one of the worst floods", "half his day": a weak number word alone is worth tagging only beside a casualty or a holding
  const weak = WEAK_WORDS.test(sentence) && (casualty || /\b(?:had|has|have|with|hold|dead|died|missing)\b/i.test(sentence) || /\b(?:half|third|quarter|tenth)s? (?:of|the)\b|\bseveral hundred|\ba score of/i.test(sentence));
  if (!weak && !noFigure && !(casualty && CASUALTY_WITH_ARTICLE.test(sentence))) return null;
  return { noFigure };
}

/** A sentence's hints as one small number, to pass between threads (packedWindow.ts); 0 for none. */
export function hintsCode(hints: SentenceHints | null): number {
  return hints ? (hints.noFigure ? 2 : 1) : 0;
}

export function hintsOfCode(code: number): SentenceHints | null {
  return code === 0 ? null : { noFigure: code === 2 };
}
