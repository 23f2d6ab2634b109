// What was just added, with its undo: rejecting the researcher's own claim
// takes it out of every figure, and its log keeps both steps.
import { useState } from 'react';
import type { ClaimRecord } from '../../../main/core/model';
import { errorText } from '../data/api';
import { write } from '../data/library';

export function AddedValue(props: { added: { claim: ClaimRecord; words: string }; onUndone(): void }) {
  const { claim, words } = props.added;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const undo = async (): Promise<void> => {
    setBusy(true);
    try {
      await write('claims:review', { claimId: claim.id, action: 'reject', thisVersionOnly: true });
      props.onUndone();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <p className="added-value" role="status">
      Added “{words}”, given by {claim.source ?? 'the outlet in its own voice'}.{' '}
      <button type="button" className="small quiet" onClick={undo} disabled={busy}>
        Undo
      </button>
      {error && <span className="error"> {error}</span>}
    </p>
  );
}
