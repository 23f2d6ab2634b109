// The chosen event's own actions: rename it, or move it to the trash (asked
// first; its articles and versions stay in the library, and it comes back
// from the trash as it was). Each says what it did, with its undo (through
// the history, like every undo).
import { useState, type FormEvent } from 'react';
import type { EventSummary } from '../../../main/core/model';
import { errorText } from '../data/api';
import { write } from '../data/library';
import { newestEntry, undoFromHistory } from '../history/historyUndo';

type Step = { kind: 'idle' } | { kind: 'renaming'; name: string; error: string | null } | { kind: 'confirming-trash' };

/** What an action did, and how to undo it. */
export interface DoneNote {
  text: string;
  undo(): Promise<unknown>;
}

/** `onDone` hears what was done: the note outlives this event's row (a trashed event leaves the list). */
export function EventActions(props: { event: EventSummary; onDone(note: DoneNote): void }) {
  const { event, onDone: setDone } = props;
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [failure, setFailure] = useState<string | null>(null);

  const rename = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    if (step.kind !== 'renaming') return;
    const before = event.name;
    try {
      const renamed = await write('events:rename', { eventId: event.id, name: step.name });
      setStep({ kind: 'idle' });
      if (renamed.name !== before) {
        const entry = await newestEntry();
        setDone({ text: `Renamed “${before}” to “${renamed.name}”.`, undo: () => undoFromHistory(entry) });
      }
    } catch (err) {
      setStep({ ...step, error: errorText(err) });
    }
  };

  const trash = async (): Promise<void> => {
    try {
      await write('events:trash', { eventId: event.id });
      setStep({ kind: 'idle' });
      const entry = await newestEntry();
      setDone({ text: `“${event.name}” is in the trash.`, undo: () => undoFromHistory(entry) });
    } catch (err) {
      setFailure(errorText(err));
    }
  };

  return (
    <div className="event-actions">
      {step.kind === 'idle' && (
        <div className="row">
          <button type="button" className="small quiet" onClick={() => setStep({ kind: 'renaming', name: event.name, error: null })}>
            Rename…
          </button>
          <button type="button" className="small quiet" onClick={() => setStep({ kind: 'confirming-trash' })}>
            Move to trash…
          </button>
        </div>
      )}
      {step.kind === 'renaming' && (
        <form className="new-event" aria-label={`Rename ${event.name}`} onSubmit={(e) => void rename(e)}>
          <label htmlFor="rename-event">New name</label>
          <input
            id="rename-event"
            autoFocus
            value={step.name}
            onChange={(e) => setStep({ ...step, name: e.target.value })}
            onKeyDown={(e) => e.key === 'Escape' && setStep({ kind: 'idle' })}
          />
          {step.error && (
            <p className="error" role="alert">
              {step.error}
            </p>
          )}
          <div className="row">
            <button type="submit" disabled={!step.name.trim()}>
              Rename
            </button>
            <button type="button" className="quiet" onClick={() => setStep({ kind: 'idle' })}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {step.kind === 'confirming-trash' && (
        <div className="confirm" role="alertdialog" aria-label={`Move ${event.name} to the trash?`}>
          <p>
            Move “{event.name}” to the trash? Its articles and versions stay in the library, and it can be restored from the trash.
          </p>
          <div className="row">
            <button type="button" className="danger" autoFocus onClick={() => void trash()}>
              Move to trash
            </button>
            <button type="button" className="quiet" onClick={() => setStep({ kind: 'idle' })}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {failure && (
        <p className="error" role="alert">
          {failure}
        </p>
      )}
    </div>
  );
}

/** The events in the trash, each with its way back. */
export function EventTrash(props: { events: EventSummary[] }) {
  if (props.events.length === 0) return null;
  return (
    <details className="event-trash">
      <summary>Trash ({props.events.length})</summary>
      <ul>
        {props.events.map((e) => (
          <li key={e.id}>
            <span className="event-name">{e.name}</span>
            <button type="button" className="small quiet" onClick={() => void write('events:restore', { eventId: e.id })}>
              Restore
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
