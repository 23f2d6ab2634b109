// The library screen: events on the left, the chosen event's articles and
// their versions (or what a search found) in the middle, the chosen version
// on the right.
import { useMemo, useState } from 'react';
import type { ArticleSummary, EventSummary, LibrarySearchResult, NoteSearchHit } from '../../../main/core/model';
import { errorText } from '../data/api';
import { useRead, write } from '../data/library';
import { newestEntry, undoFromHistory } from '../history/historyUndo';
import { UndoNote } from '../shared/UndoNote';
import { Reader } from '../reader/Reader';
import { SearchResults } from '../search/SearchResults';
import { ArticleList } from './ArticleList';
import { EventList } from './EventList';

export function LibraryPanes(props: {
  events: EventSummary[];
  eventId: number | null;
  versionId: number | null;
  /** What the search box found, when it holds a query. */
  search: { query: string; result: LibrarySearchResult } | null;
  targetName: string;
  onSelectEvent(id: number): void;
  onCreateEvent(name: string): Promise<string | null>;
  onFigures(): void;
  onSelectVersion(id: number, eventId?: number): void;
  onCompare(articleId: number): void;
  onOpenNote(hit: NoteSearchHit): void;
  onCloseSearch(): void;
}) {
  const { eventId, versionId, search } = props;
  const articles = useRead('articles:list', eventId === null ? null : { eventId }).data;
  const version = useRead('versions:get', versionId === null ? null : { id: versionId }).data;
  const shownVersion = version?.id === versionId ? version : null;
  // an article moved to another event leaves this list: what was done, and its undo, stand above it
  const [moved, setMoved] = useState<{ text: string; undo(): Promise<unknown> } | null>(null);
  const [moveError, setMoveError] = useState<string | null>(null);
  const moveTo = useMemo(
    () => ({
      events: props.events,
      move: (article: ArticleSummary, to: number): void => {
        const name = props.events.find((e) => e.id === to)?.name ?? 'another event';
        write('articles:move', { articleId: article.id, eventId: to })
          .then(() => newestEntry())
          .then(
            (entry) => {
              setMoveError(null);
              setMoved({ text: `Moved “${article.title}” to “${name}”.`, undo: () => undoFromHistory(entry) });
            },
            (e: unknown) => setMoveError(errorText(e)),
          );
      },
    }),
    [props.events],
  );

  return (
    <main className="panes">
      {(moved || moveError) && (
        <div className="panes-note">
          {moved && <UndoNote text={moved.text} onUndo={moved.undo} onDismiss={() => setMoved(null)} />}
          {moveError && (
            <p className="error" role="alert">
              {moveError}
            </p>
          )}
        </div>
      )}
      <EventList events={props.events} selectedId={eventId} onSelect={props.onSelectEvent} onCreate={props.onCreateEvent} onFigures={props.onFigures} />
      {search !== null ? (
        <SearchResults
          key={search.query}
          query={search.query}
          result={search.result}
          onOpenVersion={(hit) => props.onSelectVersion(hit.versionId, hit.eventId)}
          onOpenNote={props.onOpenNote}
          onClose={props.onCloseSearch}
        />
      ) : articles === undefined && eventId !== null ? (
        <section className="articles empty" aria-label="Articles" aria-busy="true">
          <p className="meta">Opening…</p>
        </section>
      ) : !articles?.length ? (
        <section className="articles empty" aria-label="Articles">
          <p>No articles in “{props.targetName}” yet.</p>
          <p className="meta">Drop files or a folder anywhere in this window, or use Add files.</p>
        </section>
      ) : (
        <ArticleList articles={articles} selectedVersionId={versionId} onSelectVersion={props.onSelectVersion} onCompare={props.onCompare} moveTo={moveTo} />
      )}
      <Reader version={shownVersion} loading={versionId !== null && shownVersion === null} onCompare={props.onCompare} />
    </main>
  );
}
