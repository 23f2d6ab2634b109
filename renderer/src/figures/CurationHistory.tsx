// What the researcher did to this event's figures, sources and copies, newest
// first: the log the engine keeps append-only, read back in sentences.
import { useMemo } from 'react';
import type { ArticleSummary, EventFigure } from '../../../main/core/model';
import { useRead } from '../data/library';
import { useModal } from '../shared/useModal';
import { describeAction } from './describeAction';
import { formatTime } from '../shared/format';

export function CurationHistory(props: { eventId: number; figures: EventFigure[]; articles: ArticleSummary[]; onClose(): void }) {
  const dialog = useModal();
  const logRead = useRead('figures:log', { eventId: props.eventId });
  const sourcesRead = useRead('sources:list', undefined);
  const log = logRead.data && sourcesRead.data ? logRead.data : null;
  const sources = useMemo(() => sourcesRead.data ?? [], [sourcesRead.data]);
  const error = logRead.error ?? sourcesRead.error;

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
