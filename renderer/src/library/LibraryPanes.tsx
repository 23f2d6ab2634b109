// The library screen: events on the left, the chosen event's articles and
// their versions (or what a search found) in the middle, the chosen version
// on the right.
import { useMemo, useState } from 'react';
import type { ArticleSummary, EventSummary, LibrarySearchResult, NoteSearchHit } from '../../../main/core/model';
import { errorText } from '../data/api';
import { useRead, write } from '../data/library';
import { newestEntry, undoFromHistory } from '../history/historyUndo';
import { UndoNote } from '../shared/UndoNote';
import { plural } from '../shared/format';
import { Reader } from '../reader/Reader';
import { SearchResults } from '../search/SearchResults';
import { ArticleList, type ArrangeStep } from './ArticleList';
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
  onCompareAcross(articleId: number): void;
  onOpenNote(hit: NoteSearchHit): void;
  onCloseSearch(): void;
}) {
  const { eventId, versionId, search } = props;
  const articles = useRead('articles:list', eventId === null ? null : { eventId }).data;
  const version = useRead('versions:get', versionId === null ? null : { id: versionId }).data;
  const shownVersion = version?.id === versionId ? version : null;
  // an article rearranged (moved, filed, merged): what was done, and its undo, stand above the list
  const [moved, setMoved] = useState<{ text: string; undo(): Promise<unknown> } | null>(null);
  const [moveError, setMoveError] = useState<string | null>(null);
  const arrange = useMemo(() => {
    if (eventId === null) return undefined;
    const nameOf = (id: number): string => props.events.find((e) => e.id === id)?.name ?? 'another event';
    /** Shows what a step did once it is stored, with its undo (given what the step answered). */
    const done = <T,>(work: Promise<T>, text: string, undo: (answer: T) => Promise<unknown>): void =>
      void work.then(
        (answer) => {
          setMoveError(null);
          setMoved({ text, undo: () => undo(answer) });
        },
        (e: unknown) => setMoveError(errorText(e)),
      );
    return {
      eventId,
      events: props.events,
      act: (article: ArticleSummary, step: ArrangeStep): void => {
        const articleId = article.id;
        // each step's Undo goes through the history: one entry, marked as the undo it is
        if (step.kind === 'merge') {
          done(
            write('articles:merge', { from: articleId, into: step.into.id }),
            `Merged “${article.title}” into “${step.into.title}”: ${plural(article.versions.length, 'version')} moved.`,
            ({ actionId }) => undoFromHistory({ log: 'library', id: actionId }),
          );
        } else if (step.kind === 'unfile') {
          done(
            write('articles:unfile', { articleId, eventId }).then(() => newestEntry()),
            `Removed “${article.title}” from this event; it stays in “${nameOf(article.eventId)}”.`,
            (entry) => undoFromHistory(entry),
          );
        } else if (step.kind === 'file') {
          done(
            write('articles:file', { articleId, eventId: step.eventId }).then(() => newestEntry()),
            `Filed “${article.title}” in “${nameOf(step.eventId)}” as well.`,
            (entry) => undoFromHistory(entry),
          );
        } else {
          done(
            write('articles:move', { articleId, eventId: step.eventId }).then(() => newestEntry()),
            `Moved “${article.title}” to “${nameOf(step.eventId)}”.`,
            (entry) => undoFromHistory(entry),
          );
        }
      },
    };
  }, [eventId, props.events]);

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
        <ArticleList
          articles={articles}
          selectedVersionId={versionId}
          onSelectVersion={props.onSelectVersion}
          onCompare={props.onCompare}
          onCompareAcross={props.onCompareAcross}
          arrange={arrange}
        />
      )}
      <Reader version={shownVersion} loading={versionId !== null && shownVersion === null} onCompare={props.onCompare} />
    </main>
  );
}
