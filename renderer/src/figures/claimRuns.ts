// A figure's claims in one article, as runs: the same value from the same
// source, reviewed the same way, in capture after capture, is one line
// ("260 · Officials · 998 versions") rather than a line per capture. An
// article captured a thousand times reads as what changed in it.
import type { FigureMember } from '../../../main/core/model';
import { shownValue } from './figureFormat';

export interface ClaimRun {
  /** In capture order, then text order. */
  members: FigureMember[];
  first: FigureMember;
  last: FigureMember;
  /** The captures the run spans. */
  versions: number;
}

/** What makes two claims one line: what a researcher reads in it, and what they did to it. */
function sameness(m: FigureMember): string {
  return [shownValue(m), m.source ?? '', m.grade ?? '', m.claimStatus, m.placed, m.copyOf ? `${m.copyOf.articleId}:${m.copyOf.marked}` : ''].join('\u0001');
}

/**
 * The versions a run spans as the article list numbers them ("v3", "v1–v4"),
 * from each version's number in its article; empty when a number is unknown.
 */
export function runVersions(run: ClaimRun, numberOf: ReadonlyMap<number, number>): string {
  const first = numberOf.get(run.first.versionId);
  const last = numberOf.get(run.last.versionId);
  if (first === undefined || last === undefined) return '';
  return first === last ? `v${first}` : `v${first}–v${last}`;
}

/** An article's claims of a figure, in capture order, as runs of claims alike. */
export function claimRuns(members: readonly FigureMember[]): ClaimRun[] {
  const sorted = [...members].sort((a, b) => a.capturedAt.localeCompare(b.capturedAt) || a.versionId - b.versionId || a.start - b.start);
  const runs: ClaimRun[] = [];
  let key: string | null = null;
  for (const m of sorted) {
    const k = sameness(m);
    const open = runs.at(-1);
    if (open && k === key) {
      if (m.versionId !== open.last.versionId) open.versions++;
      open.members.push(m);
      open.last = m;
    } else {
      runs.push({ members: [m], first: m, last: m, versions: 1 });
      key = k;
    }
  }
  return runs;
}
