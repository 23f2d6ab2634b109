// The words every report format shares: how values, verdicts and provenance
// read, and the method note. Markdown and HTML lay these out; the CSV and JSON
// carry the values themselves.
import { formatNumber, formatValue } from '../claimValue';
import type { FigureStatus } from '../model';
import type { ReportClaim } from './reportSchema';

export const num = formatNumber;

/** "22", "about 12", "≥ 17", "20–25"; a figure given in words after the number it stands for: "24+ (dozens)". */
export function valueText(c: Pick<ReportClaim, 'value' | 'low' | 'high' | 'approx' | 'text'>): string {
  return formatValue({ kind: 'figure', value: c.value, low: c.low, high: c.high, approx: c.approx }, c.value === null ? c.text.replace(/\s+/g, ' ').trim() : '');
}

export function intervalText(low: number | null, high: number | null): string {
  if (low === null && high === null) return '—';
  if (low === null || high === null || low === high) return num((low ?? high)!);
  return `${num(low)}–${num(high)}`;
}

export const OWN_VOICE = 'the outlet, in its own voice';

export function sourceText(c: Pick<ReportClaim, 'source' | 'grade'>): string {
  return `${c.source ?? OWN_VOICE}${c.grade ? ` (grade ${c.grade})` : ''}`;
}

export const STATUS_WORDS: Record<FigureStatus, string> = {
  conflict: 'conflict',
  revised: 'revised',
  agree: 'agree',
  single: 'single source',
};

/** UTC, to the minute: a report is read far from where it was made. */
export function timeText(iso: string | null): string {
  if (!iso) return '—';
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  return `${new Date(t).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** The method note, paragraph by paragraph: how figures were found, what the verdicts mean, what a hash proves. */
export const METHOD_NOTE: readonly { heading: string; text: string }[] = [
  {
    heading: 'How the figures were found',
    text:
      'Tally reads every captured version and finds each figure it states: the number or range, whether it is approximate ("about", "dozens", "at least"), what is counted, in what scope ("US", "in total") and who asserts it. A statement that a source gave no figure counts as a claim too. Claims about the same quantity are grouped into one figure across versions and outlets; figures counting the same thing in another scope are related, never in conflict. A researcher may have confirmed, corrected, rejected or regrouped claims: reviewed figures are marked as such, and rejected claims are left out.',
  },
  {
    heading: 'What the verdicts mean',
    text:
      'Each figure is judged on the latest version of each article. Conflict: those latest values cannot all be true (ranges and bounds that overlap are compatible: "more than 20" and "dozens" agree; "about" allows a tenth either way). Revised: they are compatible, but an article changed its own number between versions. Agree: every source gives a compatible value throughout. Single source: one claim only. The conservative value is the lowest value a credible source gives in its latest version (sources graded E, unreliable, are left out); the best value is the researcher\'s choice. Independent sources count each source once, and an outlet\'s own words once per original text: a copy of another outlet\'s text, marked by the researcher or detected as near-identical, does not count twice.',
  },
  {
    heading: 'What a hash proves',
    text:
      'Each version is listed with the SHA-256 of the bytes captured. Anyone holding a file can compute its SHA-256 (for example with sha256sum) and compare: equal hashes show the file is the one captured, unchanged since capture. A hash does not show that the page was authentic, that it was captured from where it claims, or that its figures are true.',
  },
];
