// Claim reviews (claim_actions) in words: "Rejected 300 people killed in
// Reuters v2 (and 2 other versions)". A review carried to the same claim in
// the article's other versions is one action: its rows share their time.
import type { Describing, HistoryNames, HistoryRow } from './historyModel';
import { amount, andOthers } from './historyWords';

type Fields = { value?: unknown; low?: unknown; high?: unknown; approx?: unknown; subject?: unknown };

const fields = (row: HistoryRow, side: 'before' | 'after'): Fields => (row.detail[side] ?? {}) as Fields;

/** "300 people killed": the amount and what it counts. */
function what(f: Fields): string {
  return typeof f.subject === 'string' && f.subject ? `${amount(f)} ${f.subject}` : amount(f);
}

function where(row: HistoryRow, names: HistoryNames): string {
  const versionId = names.claimVersion(Number(row.detail.claimId));
  return versionId === null ? 'a claim no longer stored' : names.version(versionId);
}

function review(verb: string, side: 'before' | 'after' = 'before'): Describing {
  return {
    describe: (rows, names) => `${verb} ${what(fields(rows[0]!, side))} in ${where(rows[0]!, names)}${andOthers(rows.length - 1, 'version')}`,
    touches: (row) => [`claim:${String(row.detail.claimId)}`],
  };
}

export const claimConfirm = review('Confirmed');
export const claimReject = review('Rejected');
export const claimReopen = review('Reopened');
export const claimAdd = review('Added', 'after');

export const claimEdit: Describing = {
  describe: (rows, names) => {
    const first = rows[0]!;
    const before = fields(first, 'before');
    const after = fields(first, 'after');
    return `Corrected ${what(before)} to ${what(after)} in ${where(first, names)}${andOthers(rows.length - 1, 'version')}`;
  },
  touches: (row) => [`claim:${String(row.detail.claimId)}`],
};
