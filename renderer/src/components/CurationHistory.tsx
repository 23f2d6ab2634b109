// What the researcher did to this event's figures, sources and copies, newest
// first: the log the engine keeps append-only, read back in sentences.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ArticleSummary, CurationLogEntry, EventFigure, SourceRecord } from '../../../main/core/model';
import { call, errorText } from '../api';
import { describeAction } from '../figures/describeAction';
import { formatTime } from '../format';

export function CurationHistory(props: { eventId: number; figures: EventFigure[]; articles: ArticleSummary[]; onClose(): void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [log, setLog] = useState<CurationLogEntry[] | null>(null);
  const [sources, setSources] = useState<SourceRecord[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    dialog.current?.showModal();
    Promise.all([call('figures:log', { eventId: props.eventId }), call('sources:list')]).then(
      ([entries, directory]) => {
        setLog(entries);
        setSources(directory);
      },
      (e: unknown) => setError(errorText(e)),
    );
  }, [props.eventId]);

  const names = useMemo(
    () => ({
      figure: (id: unknown) => {
        const f = props.figures.find((x) => x.figureId === id);
        return f ? `“${f.label}”` : `figure ${String(id)}`;
      },
      automatic: (id: unknown) => {
        const f = props.figures.find((x) => x.figureId === id);
        return f ? `“${f.autoLabel}”` : `figure ${String(id)}`;
      },
      article: (id: unknown) => {
        const a = props.articles.find((x) => x.id === id);
        return a ? `“${a.title}”` : `article ${String(id)}`;
      },
      source: (id: unknown) => sources.find((s) => s.id === id)?.name ?? `source ${String(id)}`,
    }),
    [props.figures, props.articles, sources],
  );

  return (
    <dialog ref={dialog} className="sources-dialog" aria-label="History" onClose={props.onClose}>
      <header className="dialog-head">
        <h2>History</h2>
        <button type="button" className="small quiet" onClick={() => dialog.current?.close()}>
          Done
        </button>
      </header>
      <p className="meta">Every change you made to this event’s figures, and to the sources (which hold for every event). Nothing here can be edited or removed.</p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {log === null && !error && <p className="meta">Reading the log…</p>}
      {log?.length === 0 && <p className="meta">Nothing yet: the figures are as grouping made them.</p>}
      <ol className="curation-history" reversed>
        {[...(log ?? [])].reverse().map((entry) => (
          <li key={entry.id} data-testid="history-entry">
            <span className="meta">{formatTime(entry.at)}</span> {describeAction(entry, names)}
          </li>
        ))}
      </ol>
    </dialog>
  );
}
