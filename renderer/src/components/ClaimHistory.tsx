import { useEffect, useState } from 'react';
import type { ClaimAction, ClaimLogKind, ClaimRecord } from '../../../main/core/model';
import { call, errorText } from '../api';
import { describeChanges } from '../claims/claimFormat';
import { formatTime } from '../format';

const DONE: Record<ClaimLogKind, string> = {
  add: 'Added by the researcher',
  confirm: 'Confirmed',
  edit: 'Edited',
  reject: 'Rejected',
  reopen: 'Reopened',
};

/** A claim's audit log, fetched when the disclosure opens and again after each review of the claim. */
export function ClaimHistory(props: { claim: ClaimRecord }) {
  const { claim } = props;
  const [log, setLog] = useState<{ claim: ClaimRecord; list: ClaimAction[] } | { claim: ClaimRecord; error: string } | null>(null);

  useEffect(() => {
    let live = true;
    call('claims:history', { claimId: claim.id }).then(
      (list) => live && setLog({ claim, list }),
      (e: unknown) => live && setLog({ claim, error: errorText(e) }),
    );
    return () => {
      live = false;
    };
  }, [claim]);

  // A review replaces the claim object: until the new log arrives, show the old one.
  if (log === null) return <p className="meta">Loading…</p>;
  if ('error' in log) return <p className="error">{log.error}</p>;
  if (log.list.length === 0) return <p className="meta">Not reviewed yet: as the extractor read it.</p>;
  return (
    <ol className="history">
      {log.list.map((a) => {
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
