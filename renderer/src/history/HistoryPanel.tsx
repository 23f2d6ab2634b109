// Everything the researcher did to the library and its curation, newest
// first, from the four logs the engine keeps append-only: each entry's time,
// what it did in one line, the event it concerns, and its Undo (Redo for an
// undo). An entry that cannot be undone says why; an undo that removes
// something asks first. Undoing writes a new entry: nothing here is erased.
import { useState } from 'react';
import { historyKey, type HistoryEntry } from '../../../main/core/history/historyModel';
import { errorText } from '../data/api';
import { useRead } from '../data/library';
import { formatTime } from '../shared/format';
import { useModal } from '../shared/useModal';
import { undoFromHistory } from './historyUndo';

const PAGE = 50;

export function HistoryPanel(props: { onClose(): void }) {
  const dialog = useModal();
  const [shown, setShown] = useState(PAGE);
  const history = useRead('history:list', { offset: 0, limit: shown });
  const [asking, setAsking] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState<{ text: string; error: boolean } | null>(null);
  const entries = history.data?.entries ?? null;

  const undo = async (entry: HistoryEntry): Promise<void> => {
    setAsking(null);
    setBusy(true);
    try {
      const result = await undoFromHistory(entry.ref);
      setSaid({ text: entry.isUndo ? result.entry.description : `Undone: ${result.undone.description}`, error: false });
    } catch (e) {
      setSaid({ text: errorText(e), error: true });
    } finally {
      setBusy(false);
    }
  };


  return (
    <dialog ref={dialog} className="sources-dialog history-panel" aria-label="History" onClose={props.onClose}>
      <header className="dialog-head">
        <h2>History</h2>
        <button type="button" className="small quiet" onClick={() => dialog.current?.close()}>
          Done
        </button>
      </header>
      <p className="meta">
        What you did to the library, newest first. Undo writes a new entry (Ctrl+Z undoes the newest, outside a text field); nothing here is erased.
      </p>
      {said && (
        <p className={said.error ? 'error' : 'history-said'} role={said.error ? 'alert' : 'status'}>
          {said.text}
        </p>
      )}
      {history.error && (
        <p className="error" role="alert">
          {history.error}
        </p>
      )}
      {entries === null && !history.error && <p className="meta">Reading the history…</p>}
      {entries?.length === 0 && (
        <p className="meta history-empty">
          Nothing yet. Renaming, moving or trashing an event, moving an article, correcting a headline or an outlet, reviewing a claim, and curating figures and
          sources are each listed here, with their undo.
        </p>
      )}
      <ol className="history-list">
        {entries?.map((entry) => (
          <li key={historyKey(entry.ref)} data-testid="history-entry" className={entry.canUndo ? undefined : 'history-done'}>
            <time className="meta" dateTime={entry.at}>
              {formatTime(entry.at)}
            </time>
            <span className="history-what">
              {entry.description}
              {entry.eventName && <span className="meta"> · {entry.eventName}</span>}
              {entry.why && <span className="meta history-why">{entry.why}</span>}
            </span>
            <button
              type="button"
              className="small quiet"
              disabled={!entry.canUndo || busy}
              title={entry.why ?? undefined}
              aria-label={`${entry.isUndo ? 'Redo' : 'Undo'}: ${entry.description}`}
              onClick={() => (entry.asks ? setAsking(historyKey(entry.ref)) : void undo(entry))}
            >
              {entry.isUndo ? 'Redo' : 'Undo'}
            </button>
            {asking === historyKey(entry.ref) && (
              <div className="confirm history-ask" role="alertdialog" aria-label="Undo?">
                <span>{entry.asks}</span>
                <button type="button" className="small danger" autoFocus onClick={() => void undo(entry)}>
                  {entry.isUndo ? 'Redo' : 'Undo'}
                </button>
                <button type="button" className="small quiet" onClick={() => setAsking(null)}>
                  Cancel
                </button>
              </div>
            )}
          </li>
        ))}
      </ol>
      {history.data?.more && (
        <button type="button" className="small quiet" onClick={() => setShown((n) => n + PAGE)}>
          Show older
        </button>
      )}
    </dialog>
  );
}
