// Ctrl+Z (Cmd+Z) anywhere outside a text field undoes the researcher's newest
// action that can be undone, and says what it undid with a Redo. An undo that
// removes something (a note, an event back to the trash) asks first.
import { useCallback, useEffect, useRef, useState } from 'react';
import { historyKey, type HistoryEntry, type HistoryRef } from '../../../main/core/history/historyModel';
import { errorText } from '../data/api';
import { isUndoKey, takesTyping } from '../shared/keys';
import { UndoNote } from '../shared/UndoNote';
import { newestUndoable, undoFromHistory } from './historyUndo';

export function UndoShortcut() {
  const [done, setDone] = useState<{ text: string; redo: HistoryRef } | null>(null);
  const [asking, setAsking] = useState<HistoryEntry | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const working = useRef(false);

  const undo = useCallback(async (entry: HistoryEntry): Promise<void> => {
    setAsking(null);
    try {
      const result = await undoFromHistory(entry.ref);
      setProblem(null);
      setDone({ text: `Undone: ${result.undone.description}`, redo: result.entry.ref });
    } catch (e) {
      setProblem(errorText(e));
    }
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      // a text field keeps its own undo
      if (!isUndoKey(e) || takesTyping(e.target)) return;
      e.preventDefault();
      if (working.current) return;
      working.current = true;
      newestUndoable()
        .then(async (entry) => {
          if (!entry) setProblem('Nothing to undo.');
          else if (entry.asks) setAsking(entry);
          else await undo(entry);
        })
        .catch((error: unknown) => setProblem(errorText(error)))
        .finally(() => (working.current = false));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo]);

  if (!done && !asking && !problem) return null;
  return (
    <div className="panes-note undo-shortcut">
      {asking && (
        <div className="confirm" role="alertdialog" aria-label="Undo?">
          <p>{asking.asks}</p>
          <div className="row">
            <button type="button" className="small danger" autoFocus onClick={() => void undo(asking)}>
              Undo
            </button>
            <button type="button" className="small quiet" onClick={() => setAsking(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {done && !asking && (
        <UndoNote
          key={historyKey(done.redo)}
          text={done.text}
          action="Redo"
          onUndo={() => undoFromHistory(done.redo)}
          onDismiss={() => setDone(null)}
        />
      )}
      {problem && !asking && (
        <p className="undo-note" role="alert">
          <span className="undo-text error">{problem}</span>
          <button type="button" className="small quiet" aria-label="Dismiss" onClick={() => setProblem(null)}>
            ×
          </button>
        </p>
      )}
    </div>
  );
}
