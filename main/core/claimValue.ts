// How a claim's value reads, on screen and in reports: "22", "about 12",
// "≥ 17", "20–25", and figures given in words after the number they stand
// for: "24+ (dozens)". Pure.
import type { ClaimRecord } from './model';

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });

export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

export type ClaimValue = Pick<ClaimRecord, 'kind' | 'value' | 'low' | 'high' | 'approx'>;

/**
 * "22", "about 12", "≥ 17", "≤ 30", "20–25", "22 (20–25)", and for figures given in words,
 * the words after the number they stand for: "24+ (dozens)".
 */
export function formatValue(claim: ClaimValue, words = ''): string {
  if (claim.kind === 'no-figure') return 'no figure';
  const { value, low, high, approx } = claim;
  const inWords = words !== '' && !/\d/.test(words);
  let shown: string;
  if (low !== null && high !== null && low !== high) {
    const range = `${formatNumber(low)}–${formatNumber(high)}`;
    shown = value !== null ? `${formatNumber(value)} (${range})` : `${approx && !inWords ? 'about ' : ''}${range}`;
  }
  else if (low !== null && high === null) shown = inWords ? `${formatNumber(low)}+` : `≥ ${formatNumber(low)}`;
  else if (low === null && high !== null) shown = `≤ ${formatNumber(high)}`;
  else {
    const single = value ?? low;
    if (single === null) return inWords ? words : 'no number';
    shown = `${approx && !inWords ? 'about ' : ''}${formatNumber(single)}`;
  }
  return inWords ? `${shown} (${words})` : shown;
}
