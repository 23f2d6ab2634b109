// What was just added, with its undo through the history: the researcher's
// own claim rejected (out of every figure, and out of the figure it was put
// in), its log keeping both steps.
import { useState } from 'react';
import type { HistoryRef } from '../../../main/core/history/historyModel';
import type { ClaimRecord } from '../../../main/core/model';
import { errorText } from '../data/api';
import { undoFromHistory } from '../history/historyUndo';

/** A value just added: the claim, its words, and the history's entry for it. */
export interface JustAdded {
  claim: ClaimRecord;
  words: string;
  entry: HistoryRef;
}

export function AddedValue(props: { added: JustAdded; onUndone(): void }) {
  const { claim, words, entry } = props.added;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const undo = async (): Promise<void> => {
    setBusy(true);
    try {
      await undoFromHistory(entry);
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
