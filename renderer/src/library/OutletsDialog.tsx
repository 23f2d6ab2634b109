// The library's outlets as the researcher keeps them: each name the captures
// give ("REUTERS", "Thomson Reuters") under the name shown for it. Renaming
// one to another's name merges them; each rename says what it did, with its
// undo, which gives every name back what it was shown as before.
import { useState, type FormEvent } from 'react';
import type { OutletName } from '../../../main/core/model';
import { errorText } from '../data/api';
import { useRead, write } from '../data/library';
import { plural } from '../shared/format';
import { newestEntry, undoFromHistory } from '../history/historyUndo';
import { UndoNote } from '../shared/UndoNote';
import { useModal } from '../shared/useModal';

interface Shown {
  shown: string;
  names: OutletName[];
  articles: number;
}

function byShownName(list: readonly OutletName[]): Shown[] {
  const groups = new Map<string, Shown>();
  for (const o of list) {
    const shown = o.shownAs ?? o.name;
    const g = groups.get(shown.toLowerCase()) ?? { shown, names: [], articles: 0 };
    g.names.push(o);
    g.articles += o.articles;
    groups.set(shown.toLowerCase(), g);
  }
  return [...groups.values()];
}

export function OutletsDialog(props: { onClose(): void }) {
  const dialog = useModal();
  const read = useRead('outlets:list', undefined);
  const [done, setDone] = useState<{ text: string; undo(): Promise<unknown> } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const groups = byShownName(read.data ?? []);

  const rename = async (group: Shown, to: string): Promise<void> => {
    const target = to.trim();
    if (!target || target === group.shown) return;
    const into = groups.find((g) => g !== group && g.shown.toLowerCase() === target.toLowerCase());
    try {
      await write('outlets:rename', { from: group.shown, to: target });
      setError(null);
      // undone through the history: each name back to what it was shown as
      const entry = await newestEntry();
      setDone({
        text: into ? `Merged “${group.shown}” into “${into.shown}”.` : `Renamed “${group.shown}” to “${target}”.`,
        undo: () => undoFromHistory(entry),
      });
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <dialog ref={dialog} className="sources-dialog" aria-label="Outlets" onClose={props.onClose}>
      <header className="dialog-head">
        <h2>Outlets</h2>
        <button type="button" className="small quiet" onClick={() => dialog.current?.close()}>
          Done
        </button>
      </header>
      <p className="meta">Rename an outlet to show it as you name it; rename it to another outlet’s name to merge the two. The captures never change.</p>
      {done && <UndoNote text={done.text} onUndo={done.undo} onDismiss={() => setDone(null)} />}
      {(error ?? read.error) && (
        <p className="error" role="alert">
          {error ?? read.error}
        </p>
      )}
      {read.data && groups.length === 0 && <p className="meta">No capture in the library names its outlet yet.</p>}
      <ul className="outlet-list">
        {groups.map((g) => (
          <OutletRow key={g.shown.toLowerCase()} group={g} onRename={(to) => void rename(g, to)} />
        ))}
      </ul>
    </dialog>
  );
}

function OutletRow(props: { group: Shown; onRename(to: string): void }) {
  const { group } = props;
  const [draft, setDraft] = useState(group.shown);
  const asRead = group.names.map((n) => n.name).filter((n) => n !== group.shown);
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    props.onRename(draft);
  };
  return (
    <li data-testid="outlet-row">
      <form onSubmit={submit} aria-label={`Outlet ${group.shown}`}>
        <input aria-label={`Name of ${group.shown}`} value={draft} maxLength={300} onChange={(e) => setDraft(e.target.value)} />
        <button type="submit" className="small" disabled={!draft.trim() || draft.trim() === group.shown}>
          Rename
        </button>
        <span className="meta">
          {plural(group.articles, 'article')}
          {asRead.length > 0 && ` · as captured: ${asRead.join(', ')}`}
        </span>
      </form>
    </li>
  );
}
