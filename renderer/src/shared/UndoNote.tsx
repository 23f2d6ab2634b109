// What was just done, with its undo: one line under the place it was done.
import { useEffect, useState } from 'react';
import { errorText } from '../data/api';

/**
 * Sent on the window when the history undoes an action: a screen's note of
 * what it just did may no longer hold, so every note on screen goes away
 * rather than offer an undo of something the history already took back.
 */
export const HISTORY_UNDONE = 'tally:history-undone';

/** `action` names the button: Undo, or Redo for a note saying what was undone. */
export function UndoNote(props: { text: string; action?: string; onUndo(): Promise<unknown>; onDismiss(): void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { onDismiss } = props;
  useEffect(() => {
    window.addEventListener(HISTORY_UNDONE, onDismiss);
    return () => window.removeEventListener(HISTORY_UNDONE, onDismiss);
  }, [onDismiss]);
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
        {props.action ?? 'Undo'}
      </button>
      <button type="button" className="small quiet" aria-label="Dismiss" onClick={props.onDismiss}>
        ×
      </button>
      {error && <span className="error"> {error}</span>}
    </p>
  );
}
