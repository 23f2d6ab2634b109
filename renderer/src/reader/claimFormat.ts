// How a claim reads on screen: its value, its source, its status, and the
// counts at the top of the list. Pure: no React, no calls.
import type { ClaimActionKind, ClaimEdit, ClaimRecord, ClaimStatus } from '../../../main/core/model';
import { plural } from '../shared/format';

import { formatNumber } from '../../../main/core/claimValue';

export { formatNumber, formatValue } from '../../../main/core/claimValue';

/** The claim's figure words as they stand in the text. */
export function spanText(text: string, claim: Pick<ClaimRecord, 'start' | 'end'>): string {
  return text.slice(Math.max(0, claim.start), Math.max(0, claim.end)).replace(/\s+/g, ' ').trim();
}

/** The words to show beside the value: none once the researcher has edited it, since the value is theirs then, not the text's. */
export function valueWords(text: string, claim: Pick<ClaimRecord, 'start' | 'end' | 'status'>): string {
  return claim.status === 'edited' ? '' : spanText(text, claim);
}

export const OWN_VOICE = 'article’s own voice';

export function formatSource(source: string | null): string {
  return source ?? OWN_VOICE;
}

export const STATUS_LABEL: Record<ClaimStatus, string> = {
  auto: 'unreviewed',
  confirmed: 'confirmed',
  edited: 'edited',
  rejected: 'rejected',
};

export function formatConfidence(confidence: number): string {
  return `${Math.round(Math.min(1, Math.max(0, confidence)) * 100)}%`;
}

export type ClaimFilter = 'all' | 'unreviewed' | 'reviewed' | 'rejected';

export const FILTERS: { id: ClaimFilter; label: string }[] = [
  { id: 'all', label: 'All' },
  { id: 'unreviewed', label: 'Unreviewed' },
  { id: 'reviewed', label: 'Reviewed' },
  { id: 'rejected', label: 'Rejected' },
];

export function matchesFilter(claim: ClaimRecord, filter: ClaimFilter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'unreviewed':
      return claim.status === 'auto';
    case 'reviewed':
      return claim.status === 'confirmed' || claim.status === 'edited';
    case 'rejected':
      return claim.status === 'rejected';
  }
}

/** "14 figures · 1 without a figure · 2 confirmed · 1 edited · 1 rejected" (zero counts left out after the first). */
export function summarize(claims: ClaimRecord[]): string {
  const count = (test: (c: ClaimRecord) => boolean): number => claims.filter(test).length;
  const parts = [plural(count((c) => c.kind === 'figure'), 'figure')];
  const noFigure = count((c) => c.kind === 'no-figure');
  if (noFigure) parts.push(`${noFigure} without a figure`);
  for (const status of ['confirmed', 'edited', 'rejected'] as const) {
    const n = count((c) => c.status === status);
    if (n) parts.push(`${n} ${status}`);
  }
  return parts.join(' · ');
}

const FIELD_LABEL: Record<keyof ClaimEdit, string> = {
  value: 'value',
  low: 'low',
  high: 'high',
  approx: 'approximate',
  subject: 'subject',
  source: 'source',
  kind: 'kind',
};

function fieldValue(key: keyof ClaimEdit, v: ClaimEdit[keyof ClaimEdit]): string {
  if (v === undefined || v === null) return key === 'source' ? OWN_VOICE : '—';
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  return v;
}

/** What an audit entry changed, field by field: "value 22 → 25". */
export function describeChanges(before: ClaimEdit, after: ClaimEdit): string[] {
  const single = (e: ClaimEdit): boolean => e.value != null && e.low === e.value && e.high === e.value;
  // A single figure's bounds follow its value: "value 7 → 8" says it all.
  const boundsFollow = single(before) && single(after);
  const keys = (Object.keys(FIELD_LABEL) as (keyof ClaimEdit)[]).filter((k) => !(boundsFollow && (k === 'low' || k === 'high')));
  return keys
    .filter((k) => k in after && after[k] !== undefined && after[k] !== before[k])
    .map((k) => `${FIELD_LABEL[k]} ${fieldValue(k, before[k])} → ${fieldValue(k, after[k])}`);
}

/**
 * What a researcher can do to a claim in its status: confirm an unreviewed
 * one (an edit is already a review); edit or reject any live one; reopen a
 * reviewed or rejected one, which makes it unreviewed again.
 */
export function canReview(claim: Pick<ClaimRecord, 'status'>, action: ClaimActionKind): boolean {
  switch (action) {
    case 'confirm':
      return claim.status === 'auto';
    case 'reject':
      return claim.status !== 'rejected';
    case 'reopen':
      return claim.status !== 'auto';
    case 'edit':
      return claim.status !== 'rejected';
  }
}
