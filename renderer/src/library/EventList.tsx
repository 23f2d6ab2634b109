import { useState, type FormEvent } from 'react';
import type { EventSummary } from '../../../main/core/model';
import { useRead } from '../data/library';
import { plural } from '../shared/format';
import { UndoNote } from '../shared/UndoNote';
import { EventActions, EventTrash, type DoneNote } from './EventActions';
import { OutletsDialog } from './OutletsDialog';

export function EventList(props: {
  events: EventSummary[];
  selectedId: number | null;
  onSelect(id: number): void;
  onCreate(name: string): Promise<string | null>;
  /** Opens the figures of the selected event. */
  onFigures?(): void;
}) {
  const [adding, setAdding] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const trashed = useRead('events:trashed', undefined).data ?? [];
  const selected = props.events.find((e) => e.id === props.selectedId) ?? null;
  const [done, setDone] = useState<DoneNote | null>(null);
  const [outlets, setOutlets] = useState(false);

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    const problem = await props.onCreate(name);
    if (problem) setError(problem);
    else {
      setAdding(false);
      setName('');
      setError(null);
    }
  };

  return (
    <nav className="events" aria-label="Events">
      <div className="pane-heading">
        <h2>Events</h2>
        {props.onFigures && props.selectedId !== null && (
          <button
            type="button"
            className="small quiet events-figures"
            onClick={props.onFigures}
            title="The figures this event’s sources give, side by side"
          >
            Figures
          </button>
        )}
        <button type="button" className="small" onClick={() => setAdding((a) => !a)} aria-expanded={adding}>
          New event
        </button>
      </div>
      {adding && (
        <form className="new-event" onSubmit={(e) => void submit(e)}>
          <label htmlFor="new-event-name">What are you researching?</label>
          <input
            id="new-event-name"
            autoFocus
            value={name}
            placeholder="US strikes near al Bukamal, Feb 2021"
            onChange={(e) => setName(e.target.value)}
            onKeyDown={(e) => e.key === 'Escape' && setAdding(false)}
          />
          {error && <p className="error" role="alert">{error}</p>}
          <div className="row">
            <button type="submit" disabled={!name.trim()}>Create</button>
            <button type="button" className="quiet" onClick={() => setAdding(false)}>Cancel</button>
          </div>
        </form>
      )}
      <ul>
        {props.events.map((e) => (
          <li key={e.id}>
            <button
              type="button"
              className={e.id === props.selectedId ? 'event selected' : 'event'}
              aria-current={e.id === props.selectedId ? 'true' : undefined}
              onClick={() => props.onSelect(e.id)}
            >
              <span className="event-name">{e.name}</span>
              <span className="meta">
                {plural(e.articleCount, 'article')} · {plural(e.versionCount, 'version')}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {/* keyed by the event: another event's half-typed name or question is not carried over */}
      {selected && <EventActions key={selected.id} event={selected} onDone={setDone} />}
      {done && (
        <div className="event-actions">
          <UndoNote text={done.text} onUndo={done.undo} onDismiss={() => setDone(null)} />
        </div>
      )}
      <EventTrash events={trashed} />
      <div className="event-actions">
        <button type="button" className="small quiet" onClick={() => setOutlets(true)}>
          Outlets…
        </button>
      </div>
      {outlets && <OutletsDialog onClose={() => setOutlets(false)} />}
    </nav>
  );
}
