import type { ClaimLogKind, ClaimRecord } from '../../../main/core/model';
import { useRead } from '../data/library';
import { describeChanges } from './claimFormat';
import { formatTime } from '../shared/format';

const DONE: Record<ClaimLogKind, string> = {
  add: 'Added by the researcher',
  confirm: 'Confirmed',
  edit: 'Edited',
  reject: 'Rejected',
  reopen: 'Reopened',
};

/** A claim's audit log, read when the disclosure opens and again after each change to the claim. */
export function ClaimHistory(props: { claim: ClaimRecord }) {
  const log = useRead('claims:history', { claimId: props.claim.id });
  // a review reads the log again: until the new one arrives, the old one stands
  if (log.data === undefined) return log.error ? <p className="error">{log.error}</p> : <p className="meta">Loading…</p>;
  if (log.data.length === 0) return <p className="meta">Not reviewed yet: as the extractor read it.</p>;
  return (
    <ol className="history">
      {log.data.map((a) => {
        const changes = a.action === 'edit' ? describeChanges(a.before, a.after) : [];
        return (
          <li key={a.id}>
            <strong>{DONE[a.action]}</strong> <span className="meta">{formatTime(a.at)}</span>
            {changes.length > 0 && <span className="history-changes">{changes.join('; ')}</span>}
          </li>
        );
      })}
    </ol>
  );
}
