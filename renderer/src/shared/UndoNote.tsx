// What was just done, with its undo: one line under the place it was done.
import { useState } from 'react';
import { errorText } from '../data/api';

export function UndoNote(props: { text: string; onUndo(): Promise<unknown>; onDismiss(): void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const undo = async (): Promise<void> => {
    setBusy(true);
    try {
      await props.onUndo();
      props.onDismiss();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <p className="undo-note" role="status">
      <span className="undo-text">{props.text}</span>
      <button type="button" className="small quiet" disabled={busy} onClick={() => void undo()}>
        Undo
      </button>
      <button type="button" className="small quiet" aria-label="Dismiss" onClick={props.onDismiss}>
        ×
      </button>
      {error && <span className="error"> {error}</span>}
    </p>
  );
}
