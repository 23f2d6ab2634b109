import { useState } from 'react';
import { DEFAULT_EVENT_NAME } from '../../../main/core/model';

/** The first screen of a new library: what Tally does and how to start. */
export function EmptyLibrary(props: {
  onAddFiles(): void;
  onAddFolder(): void;
  onPaste(): void;
  onCreateEvent(name: string): Promise<string | null>;
}) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <main className="empty-library">
      <h2>Your library is empty</h2>
      <p>
        Tally keeps every version of the articles you collect, exactly as captured, and lines up the figures each source
        gives. Start by naming what you are researching, then add the articles.
      </p>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          void props.onCreateEvent(name).then(setError);
        }}
      >
        <input
          aria-label="Event name"
          placeholder="US strikes near al Bukamal, Feb 2021"
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" disabled={!name.trim()}>
          Create event
        </button>
      </form>
      {error && <p className="error" role="alert">{error}</p>}
      <p className="meta">Or add articles straight away; they go into “{DEFAULT_EVENT_NAME}” until you file them:</p>
      <div className="row">
        <button type="button" onClick={props.onAddFiles}>Add files…</button>
        <button type="button" onClick={props.onAddFolder}>Add folder…</button>
        <button type="button" onClick={props.onPaste}>Paste text…</button>
      </div>
      <p className="meta">Saved web pages (.html, .htm), text (.txt) and Markdown (.md); drop them anywhere in this window.</p>
    </main>
  );
}
