// The sources of an event and the library's directory: each source with the
// names the texts give it, its other names (aliases the researcher adds, so
// "the war monitor" becomes the Syrian Observatory) and an optional A–F
// grade; and the event's articles, each markable as a copy of another's text.
import { useMemo, useState } from 'react';
import { SOURCE_GRADES, type ArticleSummary, type EventFigure, type SourceEdit, type SourceGrade, type SourceRecord } from '../../../main/core/model';
import { errorText } from '../data/api';
import { useRead, write } from '../data/library';
import { useModal } from '../shared/useModal';

const OWN_TEXT = 'own-text';

const GRADE_TITLE: Record<SourceGrade, string> = {
  A: 'A: reliable',
  B: 'B: usually reliable',
  C: 'C: fairly reliable',
  D: 'D: not usually reliable',
  E: 'E: unreliable (left out of conservative values)',
  F: 'F: reliability cannot be judged',
};

interface EventSource {
  name: string;
  asWritten: string[];
  claims: number;
}

export function SourcesDialog(props: { figures: EventFigure[]; articles: ArticleSummary[]; onClose(): void }) {
  const dialog = useModal();
  const directoryRead = useRead('sources:list', undefined);
  const directory = directoryRead.data ?? null;
  const [failure, setError] = useState<string | null>(null);
  const error = failure ?? directoryRead.error;

  const sources = useMemo(() => {
    const byName = new Map<string, EventSource>();
    for (const m of props.figures.flatMap((f) => f.members)) {
      if (!m.source) continue;
      const s = byName.get(m.source) ?? { name: m.source, asWritten: [], claims: 0 };
      s.claims++;
      if (m.sourceAsWritten && !s.asWritten.includes(m.sourceAsWritten)) s.asWritten.push(m.sourceAsWritten);
      byName.set(m.source, s);
    }
    return [...byName.values()].sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name));
  }, [props.figures]);

  const { copies, ownText } = useMemo(() => {
    const map = new Map<number, { articleId: number; marked: boolean }>();
    const own = new Set<number>();
    for (const m of props.figures.flatMap((f) => f.members)) {
      if (m.copyOf) map.set(m.articleId, m.copyOf);
      if (m.ownText) own.add(m.articleId);
    }
    return { copies: map, ownText: own };
  }, [props.figures]);
  // the marks made while the dialog is open, shown at once: the figures that carry them are read again behind it
  const [marks, setMarks] = useState<ReadonlyMap<number, string>>(new Map());

  const edit = async (e: SourceEdit) => {
    try {
      await write('sources:edit', e, { channel: 'sources:list', arg: undefined });
      setError(null);
    } catch (err) {
      setError(errorText(err));
    }
  };

  const markCopy = async (articleId: number, value: string) => {
    const copyOf = value === '' ? null : value === OWN_TEXT ? OWN_TEXT : Number(value);
    try {
      setMarks((old) => new Map(old).set(articleId, value));
      await write('articles:markCopy', { articleId, copyOf });
      setError(null);
    } catch (err) {
      // refused: the list shows the mark the figures carry again
      setMarks((old) => {
        const back = new Map(old);
        back.delete(articleId);
        return back;
      });
      setError(errorText(err));
    }
  };

  const entryOf = (name: string) => directory?.find((d) => d.name.toLowerCase() === name.toLowerCase() || d.aliases.some((a) => a.toLowerCase() === name.toLowerCase()));

  return (
    <dialog ref={dialog} className="sources-dialog" aria-label="Sources and copies" onClose={props.onClose}>
      <header className="dialog-head">
        <h2>Sources and copies</h2>
        <button type="button" className="small quiet" onClick={() => dialog.current?.close()}>
          Done
        </button>
      </header>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <section aria-label="Sources">
        <h3>Sources in this event</h3>
        <p className="meta">
          Names that mean one source are one row. Add another name (an acronym, “the war monitor”) to join it to a source; grades run from A (reliable) to E (unreliable); F means it cannot be judged.
        </p>
        {sources.length === 0 && <p className="meta">No claim in this event names a source.</p>}
        <table className="sources-table">
          <thead>
            <tr>
              <th scope="col">Source</th>
              <th scope="col">Grade</th>
              <th scope="col">Other names</th>
            </tr>
          </thead>
          <tbody>
            {sources.map((s) => (
              <SourceRow key={s.name} source={s} others={sources.filter((o) => o !== s)} entry={entryOf(s.name)} onEdit={edit} />
            ))}
          </tbody>
        </table>
      </section>
      <section aria-label="Copies">
        <h3>Articles</h3>
        <p className="meta">An article that repeats another’s text is a copy: its own-voice figures count with the original, never as confirmation. Near-identical texts are found on their own.</p>
        <table className="sources-table">
          <tbody>
            {props.articles.map((a) => {
              const copy = copies.get(a.id);
              return (
                <tr key={a.id}>
                  <th scope="row">
                    {a.title} <span className="meta">{a.outlet ?? 'Outlet not named'}</span>
                  </th>
                  <td>
                    <label>
                      copy of{' '}
                      <select
                        aria-label={`${a.title}: copy of`}
                        value={marks.get(a.id) ?? (copy?.marked ? String(copy.articleId) : ownText.has(a.id) ? OWN_TEXT : '')}
                        onChange={(e) => void markCopy(a.id, e.target.value)}
                      >
                        <option value="">{copy && !copy.marked ? 'near-identical text found (not marked)' : 'no other article'}</option>
                        <option value={OWN_TEXT}>none: its own text (overrules detection)</option>
                        {props.articles
                          .filter((o) => o.id !== a.id)
                          .map((o) => (
                            <option key={o.id} value={o.id}>
                              {o.title}
                            </option>
                          ))}
                      </select>
                    </label>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
    </dialog>
  );
}

function SourceRow(props: { source: EventSource; others: EventSource[]; entry: SourceRecord | undefined; onEdit(e: SourceEdit): Promise<void> }) {
  const { source, entry } = props;
  const [alias, setAlias] = useState('');
  const shownAliases = [...new Set([...(entry?.aliases ?? [])])];
  const fromTexts = source.asWritten.filter((n) => n !== source.name && !shownAliases.some((a) => a.toLowerCase() === n.toLowerCase()));
  return (
    <tr data-testid="source-row">
      <th scope="row">
        {source.name} <span className="meta">({source.claims})</span>
      </th>
      <td>
        <select
          aria-label={`Grade of ${source.name}`}
          value={entry?.grade ?? ''}
          onChange={(e) => void props.onEdit({ kind: 'grade', source: source.name, grade: (e.target.value || null) as SourceGrade | null })}
        >
          <option value="">not graded</option>
          {SOURCE_GRADES.map((g) => (
            <option key={g} value={g}>
              {GRADE_TITLE[g]}
            </option>
          ))}
        </select>
      </td>
      <td>
        {fromTexts.map((n) => (
          <span key={n} className="chip" title="How a text names it (resolved on its own)">
            {n}
          </span>
        ))}
        {shownAliases.map((a) => (
          <span key={a} className="chip alias">
            {a}{' '}
            <button type="button" className="chip-remove" aria-label={`Remove the alias ${a}`} onClick={() => void props.onEdit({ kind: 'alias-remove', alias: a })}>
              ×
            </button>
          </span>
        ))}
        <form
          className="alias-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (alias.trim()) void props.onEdit({ kind: 'alias', source: source.name, alias }).then(() => setAlias(''));
          }}
        >
          <input aria-label={`Another name for ${source.name}`} placeholder="another name" value={alias} maxLength={300} onChange={(e) => setAlias(e.target.value)} />
          <button type="submit" className="small" disabled={!alias.trim()}>
            Add
          </button>
        </form>
        {props.others.length > 0 && (
          <select
            aria-label={`${source.name} is the same source as`}
            value=""
            onChange={(e) => e.target.value && void props.onEdit({ kind: 'alias', source: e.target.value, alias: source.name })}
          >
            <option value="">same source as…</option>
            {props.others.map((o) => (
              <option key={o.name} value={o.name}>
                {o.name}
              </option>
            ))}
          </select>
        )}
      </td>
    </tr>
  );
}
