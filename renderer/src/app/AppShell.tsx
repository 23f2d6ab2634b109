// The app's frame and its navigation: the top bar (search, import), the screen
// the address names (the library, an event's figures, two versions compared), and what stands around every screen (banners, import progress,
// the status bar). One route says which screen is shown; back, forward, links
// and reloads move it (route.ts).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { DEFAULT_EVENT_NAME, type ImportReport, type ImportTarget, type NoteSearchHit } from '../../../main/core/model';
import { errorText, pathForFile, shell } from '../data/api';
import { useRead, write } from '../data/library';
import { acrossPair, comparisonOf, findVersion } from '../diff/comparedVersions';
import { DiffScreen } from '../diff/DiffScreen';
import { FiguresScreen } from '../figures/FiguresScreen';
import { prefetchEventFigures } from '../figures/useEventFigures';
import { HistoryPanel } from '../history/HistoryPanel';
import { UndoShortcut } from '../history/UndoShortcut';
import { collectDroppedFiles } from '../import/collectDroppedFiles';
import { DropOverlay } from '../import/DropOverlay';
import { ImportStatus } from '../import/ImportStatus';
import { ImportToolbar, type ImportToolbarHandle } from '../import/ImportToolbar';
import { PasteDialog } from '../import/PasteDialog';
import { useImport } from '../import/useImport';
import { EmptyLibrary } from '../library/EmptyLibrary';
import { LibraryCheck } from '../library/LibraryCheck';
import { LibraryPanes } from '../library/LibraryPanes';
import { LibraryWaiting } from '../library/LibraryWaiting';
import { takesTyping } from '../shared/keys';
import { useDebounced } from '../shared/useDebounced';
import { HOME, type Route } from './route';
import { initialRoute, useHashRoute } from './useHashRoute';

/** How long the search box waits for the researcher to stop typing before it searches. */
const SEARCH_PAUSE_MS = 200;
/** How long an event's articles are shown before its figures are read ahead. */
const READ_AHEAD_AFTER_MS = 400;

export function AppShell() {
  // the screen asked for: by the address the page was opened at, a click, back or forward
  const [at, setAt] = useState<Route>(initialRoute);
  // the figure the Figures screen shows now, for its address
  const [shownFigure, setShownFigure] = useState<string | null>(null);
  const [pasteText, setPasteText] = useState<string | null>(null);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [error, setError] = useState<string | null>(null);
  // the version last read in each event, shown again when the researcher comes back from its figures or a comparison
  const lastRead = useRef(new Map<number, number>());
  const toolbar = useRef<ImportToolbarHandle>(null);
  const searchBox = useRef<HTMLInputElement>(null);

  const info = useRead('app:info', undefined);
  const eventsRead = useRead('events:list', undefined);
  const events = eventsRead.data ?? null;
  const searched = useDebounced(query.trim() ? query : '', SEARCH_PAUSE_MS);
  const hits = useRead('library:search', searched ? { query: searched } : null).data;
  const shownError = error ?? info.error ?? eventsRead.error;

  // an address naming an event the library does not have (deleted since, or another library's) opens the library as it is
  const here: Route = events !== null && at.eventId !== null && !events.some((e) => e.id === at.eventId) ? HOME : at;
  const eventId = here.eventId ?? events?.[0]?.id ?? null;
  const selectedEvent = events?.find((e) => e.id === eventId) ?? null;
  const articles = useRead('articles:list', eventId === null ? null : { eventId }).data;
  const compared = here.screen === 'compare' && articles ? comparisonOf(here, articles) : null;
  const versionId = here.screen === 'library' ? here.versionId : null;
  useEffect(() => {
    if (eventId !== null && versionId !== null) lastRead.current.set(eventId, versionId);
  }, [eventId, versionId]);
  // the event's figures are read once its articles have been shown a moment, so that its Figures view opens from the
  // page's memory; not for each event passed on the way to another, as grouping one not kept takes a core for seconds
  const articlesRead = articles !== undefined;
  useEffect(() => {
    if (eventId === null || !articlesRead) return;
    const later = setTimeout(() => prefetchEventFigures(eventId), READ_AHEAD_AFTER_MS);
    return () => clearTimeout(later);
  }, [eventId, articlesRead]);

  const route: Route =
    here.screen === 'figures'
      ? { ...here, figure: shownFigure ?? here.figure }
      : here.screen === 'library'
        ? { screen: 'library', eventId, versionId }
        : here;
  const go = useCallback((to: Route): void => {
    setShownFigure(null);
    setAt(to);
  }, []);
  // until the events are read, the address the page was opened at stands
  useHashRoute(events === null ? at : route, (to) => {
    setQuery('');
    go(to);
  });
  const showLibrary = useCallback((event: number | null): void => go({ screen: 'library', eventId: event, versionId: event === null ? null : (lastRead.current.get(event) ?? null) }), [go]);

  const onImported = useCallback(
    (report: ImportReport): void => {
      const first = report.imported.find((i) => !i.duplicate) ?? report.imported[0];
      if (first) go({ screen: 'library', eventId: first.eventId, versionId: first.versionId });
    },
    [go],
  );
  const importer = useImport(onImported);

  const target = useMemo<ImportTarget>(() => (selectedEvent ? { eventId: selectedEvent.id } : { eventName: DEFAULT_EVENT_NAME }), [selectedEvent]);
  const targetName = selectedEvent?.name ?? DEFAULT_EVENT_NAME;
  const busy = importer.state.running;

  const onDrop = useCallback(
    (data: DataTransfer): void => {
      if (busy) {
        setError('An import is still running: drop these again when it has finished.');
        return;
      }
      if (shell === 'electron') {
        const paths = Array.from(data.files, (f) => pathForFile(f)).filter((p): p is string => Boolean(p));
        if (paths.length) void importer.importPaths(paths, target);
        return;
      }
      collectDroppedFiles(data).then(
        (files) => importer.importFiles(files, target),
        (e: unknown) => setError(errorText(e)),
      );
    },
    [busy, importer, target],
  );

  useEffect(() => {
    const keys = (e: KeyboardEvent): void => {
      const mod = e.ctrlKey || e.metaKey;
      if (mod && e.key.toLowerCase() === 'o') {
        e.preventDefault();
        if (e.shiftKey) toolbar.current?.pickFolder();
        else toolbar.current?.pickFiles();
      } else if (e.key === '/' && !takesTyping(e.target)) {
        e.preventDefault();
        searchBox.current?.focus();
      } else if (e.key === 'h' && !mod && !e.altKey && !takesTyping(e.target) && !document.querySelector('dialog[open]')) {
        // h opens the history, unless a dialog is open over the page
        e.preventDefault();
        setHistoryOpen(true);
      }
    };
    // Ctrl+V outside a text field offers the clipboard's text for import.
    const paste = (e: ClipboardEvent): void => {
      if (takesTyping(e.target) || pasteText !== null) return;
      const text = e.clipboardData?.getData('text/plain') ?? '';
      if (text.trim()) setPasteText(text);
    };
    window.addEventListener('keydown', keys);
    window.addEventListener('paste', paste);
    return () => {
      window.removeEventListener('keydown', keys);
      window.removeEventListener('paste', paste);
    };
  }, [pasteText]);

  const createEvent = async (name: string): Promise<string | null> => {
    try {
      // resolves once the event list is read again, so the new event is one the library has
      const created = await write('events:create', { name });
      go({ screen: 'library', eventId: created.id, versionId: null });
      return null;
    } catch (e) {
      return errorText(e);
    }
  };

  const closeCompare = useCallback((): void => {
    // across two articles, the earlier side's article opened it ("Compare with…"); else the article's own button
    const before = compared?.pair ? findVersion(articles ?? [], compared.pair.before) : null;
    const across = before && compared?.article && before.article.id !== compared.article.id;
    const opener = across ? `[data-compare-across="${before.article.id}"]` : `[data-compare="${compared?.article?.id ?? ''}"]`;
    showLibrary(eventId);
    // Focus goes back to the button that opened the comparison, once the list is shown again.
    requestAnimationFrame(() => document.querySelector<HTMLElement>(opener)?.focus());
  }, [compared, articles, eventId, showLibrary]);

  const closeFigures = useCallback((): void => {
    showLibrary(eventId);
    requestAnimationFrame(() => document.querySelector<HTMLElement>('.events-figures')?.focus());
  }, [eventId, showLibrary]);

  // The same view the Events pane's Figures button opens, for the note's event:
  // a figure note names its figure; a claim note its claim, whose figure the Figures view finds.
  const openNoteHit = (hit: NoteSearchHit): void => {
    setQuery('');
    const figure = hit.figureId !== null ? `figure:${hit.figureId}` : hit.versionId !== null ? `span:${hit.versionId}:${hit.spanStart}:${hit.spanEnd}` : null;
    go({ screen: 'figures', eventId: hit.eventId, figure });
  };

  const screen =
    events === null ? (
      // until the events are read, neither the empty library nor the panes: showing one and then the other would
      // flash the wrong screen, and a click on it would land on nothing
      <main className="panes loading" aria-busy="true">
        <p className="meta">Opening the library…</p>
      </main>
    ) : events.length === 0 && !busy ? (
      <EmptyLibrary onAddFiles={() => toolbar.current?.pickFiles()} onAddFolder={() => toolbar.current?.pickFolder()} onPaste={() => setPasteText('')} onCreateEvent={createEvent} />
    ) : here.screen === 'figures' && selectedEvent ? (
      <FiguresScreen
        key={`${selectedEvent.id}:${here.figure ?? ''}`}
        event={selectedEvent}
        articles={articles ?? []}
        initialFigure={here.figure}
        onShown={setShownFigure}
        onClose={closeFigures}
      />
    ) : compared ? (
      <DiffScreen
        articles={articles ?? []}
        pair={compared.pair}
        article={compared.article}
        onPick={(pair) => eventId !== null && go({ screen: 'compare', eventId, articleId: null, pair })}
        onClose={closeCompare}
      />
    ) : (
      <LibraryPanes
        events={events}
        eventId={eventId}
        versionId={versionId}
        search={query.trim() && hits && searched === query ? { query, result: hits } : null}
        targetName={targetName}
        onSelectEvent={(id) => go({ screen: 'library', eventId: id, versionId: null })}
        onCreateEvent={createEvent}
        onFigures={() => eventId !== null && go({ screen: 'figures', eventId, figure: null })}
        onSelectVersion={(id, inEvent) => go({ screen: 'library', eventId: inEvent ?? eventId, versionId: id })}
        onCompare={(articleId) => eventId !== null && go({ screen: 'compare', eventId, articleId, pair: null })}
        onCompareAcross={(articleId) => {
          const pair = acrossPair(articles ?? [], articleId);
          if (eventId !== null && pair) go({ screen: 'compare', eventId, articleId: null, pair });
        }}
        onOpenNote={openNoteHit}
        onCloseSearch={() => setQuery('')}
      />
    );

  return (
    <div className="app">
      <header className="topbar">
        <h1>Tally</h1>
        <input
          ref={searchBox}
          type="search"
          className="search"
          placeholder="Search versions, claims and notes  ( / )"
          aria-label="Search versions, claims and notes"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            // the results show in the library's middle pane
            if (here.screen !== 'library') showLibrary(eventId);
          }}
          onKeyDown={(e) => e.key === 'Escape' && setQuery('')}
        />
        <button type="button" className="small quiet history-open" aria-keyshortcuts="h" title="Everything you did, newest first, each with its undo (h; Ctrl+Z undoes the newest)" onClick={() => setHistoryOpen(true)}>
          History
        </button>
        <span className="import-target meta">
          Importing into <strong>{targetName}</strong>
        </span>
        <ImportToolbar
          ref={toolbar}
          disabled={busy}
          targetName={targetName}
          onPaths={(paths) => void importer.importPaths(paths, target)}
          onFiles={(files) => void importer.importFiles(files, target)}
          onPaste={() => setPasteText('')}
          onError={setError}
        />
      </header>

      {shownError && (
        <div className="banner error" role="alert">
          {shownError}
          {error && (
            <button type="button" className="small quiet" onClick={() => setError(null)}>
              Dismiss
            </button>
          )}
        </div>
      )}

      {screen}

      <ImportStatus state={importer.state} onStop={importer.stop} onDismiss={importer.dismiss} />
      {info.data?.libraryProblem && (
        <p className="library-problem" role="alert">
          {info.data.libraryProblem}
        </p>
      )}
      <LibraryWaiting />
      <footer className="statusbar meta">
        {info.data ? `Library: ${info.data.libraryPath}` : 'Opening the library…'}
        {info.data && ` · Tally ${info.data.version}`}
        {info.data && ' · '}
        {info.data && <LibraryCheck />}
      </footer>

      <UndoShortcut />
      {historyOpen && <HistoryPanel onClose={() => setHistoryOpen(false)} />}
      <DropOverlay targetName={targetName} onDrop={onDrop} />
      {pasteText !== null && (
        <PasteDialog
          initialText={pasteText}
          onClose={() => setPasteText(null)}
          onImport={(text, title, details) => {
            setPasteText(null);
            void importer.importPaste(text, title, target, details);
          }}
        />
      )}
    </div>
  );
}
