// Cuts a version's text into runs, each covered by the same set of claims, so
// the reader can show claims' spans as <mark>s around plain text nodes, even
// where spans overlap or nest. Offsets out of range are clamped; empty spans
// are left out. Pure.
import type { ClaimRecord } from '../../../main/core/model';

export interface Run {
  start: number;
  end: number;
  /** The claim the run is shown as (null: plain text). */
  claimId: number | null;
  /** Every claim whose span covers the run. */
  covering: number[];
}

type Span = Pick<ClaimRecord, 'id' | 'start' | 'end' | 'status'>;

export function runsOf(length: number, claims: Span[], selectedId: number | null): Run[] {
  const spans = claims
    .map((c) => ({ claim: c, start: Math.min(length, Math.max(0, c.start)), end: Math.min(length, Math.max(0, c.end)) }))
    .filter((s) => s.end > s.start);
  const cuts = [...new Set([0, length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const byStart = spans.slice().sort((a, b) => a.start - b.start);
  const runs: Run[] = [];
  // A sweep: every start and end is a cut, so a span covers [start, end) of a
  // run exactly when it began at or before the run and ends after its start.
  let next = 0;
  let active: typeof spans = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    while (next < byStart.length && byStart[next]!.start <= start) active.push(byStart[next++]!);
    active = active.filter((s) => s.end > start);
    // The selected claim shows through; then live claims before rejected
    // ones; then the narrowest span, which is the most specific.
    const shown = active.slice().sort((a, b) => rank(a.claim, selectedId) - rank(b.claim, selectedId) || a.end - a.start - (b.end - b.start))[0];
    const covering = active.map((s) => s.claim.id);
    const claimId = shown?.claim.id ?? null;
    const last = runs[runs.length - 1];
    if (last && last.claimId === claimId && sameSet(last.covering, covering)) last.end = end;
    else runs.push({ start, end, claimId, covering });
  }
  return runs;
}

function rank(claim: Span, selectedId: number | null): number {
  if (claim.id === selectedId) return 0;
  return claim.status === 'rejected' ? 2 : 1;
}

function sameSet(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
