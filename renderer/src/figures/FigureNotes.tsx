// Notes on a figure and on its claims: add, edit, delete (after asking). A
// deleted note's words stay in the curation log.
import { useState } from 'react';
import type { EventFigure, FigureAction, FigureMember, NoteRecord } from '../../../main/core/model';
import { memberSpan } from './figureFormat';
import { formatTime } from '../shared/format';

export function FigureNotes(props: { figure: EventFigure; chosen: FigureMember | null; busy: boolean; act(action: FigureAction): Promise<boolean> }) {
  const { figure, act, chosen } = props;
  const [draft, setDraft] = useState('');
  const [onValue, setOnValue] = useState(false);
  const about = onValue && chosen && figure.members.includes(chosen) ? chosen : null;
  const save = async () => {
    const action: FigureAction = about
      ? { kind: 'note', figure: null, claim: memberSpan(about), body: draft }
      : { kind: 'note', figure: figure.ref, claim: null, body: draft };
    if (draft.trim() && (await act(action))) setDraft('');
  };
  return (
    <section className="fig-notes" aria-label="Notes">
      <h4>Notes</h4>
      {figure.notes.length === 0 && <p className="meta">No notes yet.</p>}
      <ul>
        {figure.notes.map((n) => (
          <NoteItem key={n.id} note={n} figure={figure} busy={props.busy} act={act} />
        ))}
      </ul>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <textarea
          aria-label="New note"
          data-shortcut="note"
          placeholder="What you checked, what you doubt… (Ctrl+Enter saves)"
          value={draft}
          rows={2}
          maxLength={20_000}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              void save();
            }
          }}
        />
        {chosen && figure.members.includes(chosen) && (
          <label className="meta">
            <input type="checkbox" checked={onValue} onChange={(e) => setOnValue(e.target.checked)} /> on the chosen value, “{chosen.text}”
          </label>
        )}{' '}
        <button type="submit" className="small" disabled={!draft.trim() || props.busy}>
          Add note
        </button>
      </form>
    </section>
  );
}

function NoteItem(props: { note: NoteRecord; figure: EventFigure; busy: boolean; act(action: FigureAction): Promise<boolean> }) {
  const { note, figure, act } = props;
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(note.body);
  const [confirming, setConfirming] = useState(false);
  const on = note.versionId !== null ? figure.members.find((m) => m.versionId === note.versionId && m.start === note.spanStart && m.end === note.spanEnd) : undefined;
  return (
    <li className="fig-note" data-testid="fig-note">
      {on && <span className="meta">On “{on.text}” ({on.articleTitle}): </span>}
      {editing ? (
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            if (await act({ kind: 'note-edit', noteId: note.id, body: draft })) setEditing(false);
          }}
        >
          <textarea aria-label="Edit note" value={draft} rows={2} autoFocus onChange={(e) => setDraft(e.target.value)} />
          <button type="submit" className="small" disabled={!draft.trim() || props.busy}>
            Save
          </button>{' '}
          <button type="button" className="small quiet" onClick={() => setEditing(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <p className="fig-note-body">{note.body}</p>
      )}
      <span className="meta">
        {formatTime(note.updatedAt)}
        {note.updatedAt !== note.createdAt && ' (edited)'}
      </span>{' '}
      {!editing && !confirming && (
        <>
          <button type="button" className="small quiet" onClick={() => setEditing(true)}>
            Edit
          </button>{' '}
          <button type="button" className="small quiet" onClick={() => setConfirming(true)}>
            Delete
          </button>
        </>
      )}
      {confirming && (
        <span role="alert">
          Delete this note?{' '}
          <button type="button" className="small danger" disabled={props.busy} onClick={() => void act({ kind: 'note-delete', noteId: note.id })}>
            Delete
          </button>{' '}
          <button type="button" className="small quiet" onClick={() => setConfirming(false)}>
            Keep
          </button>
        </span>
      )}
    </li>
  );
}
