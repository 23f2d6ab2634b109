// The library: events on the left, an event's articles and their versions in
// the middle, the chosen version on the right; import from anywhere.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { DEFAULT_EVENT_NAME, type ArticleSummary, type EventSummary, type ImportReport, type ImportTarget, type LibrarySearchResult, type NoteSearchHit, type VersionDetail } from '../../../main/core/model';
import type { AppInfo } from '../../../main/ipc/contract';
import { call, errorText, pathForFile, shell } from '../api';
import { ArticleList } from '../components/ArticleList';
import { DropOverlay } from '../components/DropOverlay';
import { EmptyLibrary } from '../components/EmptyLibrary';
import { EventList } from '../components/EventList';
import { ImportStatus } from '../components/ImportStatus';
import { ImportToolbar, type ImportToolbarHandle } from '../components/ImportToolbar';
import { PasteDialog } from '../components/PasteDialog';
import { Reader } from '../components/Reader';
import { SearchResults } from '../components/SearchResults';
import { initialRoute, useHashRoute } from '../app/useHashRoute';
import { HOME, type Route } from '../app/route';
import { DiffScreen } from './DiffScreen';
import { FiguresScreen } from './FiguresScreen';
import { collectDroppedFiles } from '../import/collectDroppedFiles';
import { useImport } from '../import/useImport';
import { LibraryCheck } from '../components/LibraryCheck';
import { LibraryWaiting } from '../components/LibraryWaiting';

function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

export function LibraryScreen() {
  // the screen the page's address names, when it was opened at one (a link, a reload)
  const [opened] = useState(initialRoute);
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [events, setEvents] = useState<EventSummary[] | null>(null);
  const [chosenEventId, setChosenEventId] = useState<number | null>(opened.eventId);
  const [articles, setArticles] = useState<{ eventId: number; list: ArticleSummary[] } | null>(null);
  const [versionId, setVersionId] = useState<number | null>(opened.screen === 'library' ? opened.versionId : null);
  const [version, setVersion] = useState<VersionDetail | null>(null);
  const [pasteText, setPasteText] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<{ query: string; result: LibrarySearchResult } | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The article whose versions are being compared, if any.
  const [comparing, setComparing] = useState<number | null>(opened.screen === 'compare' ? opened.articleId : null);
  // The event whose figures are shown, if any.
  const [figuresOf, setFiguresOf] = useState<number | null>(opened.screen === 'figures' ? opened.eventId : null);
  // the figure to show first when the Figures view opens (a note found by search, a link)
  const [figureFocus, setFigureFocus] = useState<string | null>(opened.screen === 'figures' ? opened.figure : null);
  // the figure the Figures view shows now, for its address
  const [shownFigure, setShownFigure] = useState<string | null>(null);
  // Bumped whenever the library changes, so every view reloads what it shows.
  const [revision, setRevision] = useState(0);
  const toolbar = useRef<ImportToolbarHandle>(null);
  const searchBox = useRef<HTMLInputElement>(null);
  const fail = useCallback((e: unknown) => setError(errorText(e)), []);

  // an address naming an event the library does not have (deleted, or another library's) opens the library as it is
  const openedMissing = events !== null && opened.eventId !== null && chosenEventId === opened.eventId && !events.some((e) => e.id === opened.eventId);
  const eventId = (openedMissing ? null : chosenEventId) ?? events?.[0]?.id ?? null;
  const shownArticles = articles?.eventId === eventId ? articles.list : [];
  const shownVersion = version?.id === versionId ? version : null;
  const shownHits = query.trim() && hits?.query === query ? hits.result : null;
  const figuresShown = figuresOf !== null;
  const compared = comparing === null ? null : (shownArticles.find((a) => a.id === comparing) ?? null);

  const route: Route =
    figuresOf !== null && figuresOf === eventId
      ? { screen: 'figures', eventId: figuresOf, figure: shownFigure }
      : comparing !== null && eventId !== null
        ? { screen: 'compare', eventId, articleId: comparing }
        : { screen: 'library', eventId, versionId };
  const eventsRef = useRef(events);
  useEffect(() => {
    eventsRef.current = events;
  });
  const showRoute = useCallback((target: Route): void => {
    // back or forward to an event deleted since: the library as it is
    const known = eventsRef.current;
    const to = target.eventId !== null && known !== null && !known.some((e) => e.id === target.eventId) ? HOME : target;
    setChosenEventId(to.eventId);
    setQuery('');
    setVersionId(to.screen === 'library' ? to.versionId : null);
    setComparing(to.screen === 'compare' ? to.articleId : null);
    setFiguresOf(to.screen === 'figures' ? to.eventId : null);
    setFigureFocus(to.screen === 'figures' ? to.figure : null);
  }, []);
  // until the events are read, the address the page was opened at stands
  useHashRoute(events === null ? opened : route, showRoute);


  useEffect(() => {
    call('app:info').then(setInfo, fail);
  }, [fail]);

  useEffect(() => {
    call('events:list').then(setEvents, fail);
  }, [revision, fail]);

  useEffect(() => {
    if (eventId === null) return;
    call('articles:list', { eventId }).then((list) => setArticles({ eventId, list }), fail);
  }, [eventId, revision, fail]);

  useEffect(() => {
    if (versionId === null) return;
    call('versions:get', { id: versionId }).then(setVersion, fail);
  }, [versionId, fail]);

  useEffect(() => {
    if (!query.trim()) return;
    const timer = setTimeout(() => call('library:search', { query }).then((result) => setHits({ query, result }), fail), 200);
    return () => clearTimeout(timer);
    // Searched again when the figures view closes: notes may have been added there.
  }, [query, revision, figuresShown, fail]);

  const onImported = useCallback((report: ImportReport): void => {
    setRevision((r) => r + 1);
    const first = report.imported.find((i) => !i.duplicate) ?? report.imported[0];
    if (first) {
      setChosenEventId(first.eventId);
      setVersionId(first.versionId);
    }
  }, []);
  const importer = useImport(onImported);

  const selectedEvent = events?.find((e) => e.id === eventId) ?? null;
  const target = useMemo<ImportTarget>(
    () => (selectedEvent ? { eventId: selectedEvent.id } : { eventName: DEFAULT_EVENT_NAME }),
    [selectedEvent],
  );
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
      collectDroppedFiles(data).then((files) => importer.importFiles(files, target), fail);
    },
    [busy, importer, target, fail],
  );

  useEffect(() => {
    const keys = (e: KeyboardEvent): void => {
      const mod = e.ctrlKey || e.metaKey;
      if (mod && e.key.toLowerCase() === 'o') {
        e.preventDefault();
        if (e.shiftKey) toolbar.current?.pickFolder();
        else toolbar.current?.pickFiles();
      } else if (e.key === '/' && !isEditable(e.target)) {
        e.preventDefault();
        searchBox.current?.focus();
      }
    };
    // Ctrl+V outside a text field offers the clipboard's text for import.
    const paste = (e: ClipboardEvent): void => {
      if (isEditable(e.target) || pasteText !== null) return;
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
      const created = await call('events:create', { name });
      // listed at once, so that it is an event the library has before the list is read again
      setEvents((list) => list && [...list, created]);
      setRevision((r) => r + 1);
      setChosenEventId(created.id);
      setVersionId(null);
      return null;
    } catch (e) {
      return errorText(e);
    }
  };

  const closeCompare = useCallback((): void => {
    const articleId = comparing;
    setComparing(null);
    // Focus goes back to the button that opened the comparison, once the list is shown again.
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-compare="${articleId}"]`)?.focus());
  }, [comparing]);

  const closeFigures = useCallback((): void => {
    setFiguresOf(null);
    setFigureFocus(null);
    requestAnimationFrame(() => document.querySelector<HTMLElement>('.events-figures')?.focus());
  }, []);

  const openVersionHit = (hit: { eventId: number; versionId: number }): void => {
    setChosenEventId(hit.eventId);
    setVersionId(hit.versionId);
  };

  // The same view the Events pane's Figures button opens, for the note's event.
  const openNoteHit = (hit: NoteSearchHit): void => {
    if (hit.eventId !== eventId) setVersionId(null);
    setChosenEventId(hit.eventId);
    setComparing(null);
    // a figure note names its figure; a claim note its claim, whose figure the Figures view finds
    setFigureFocus(hit.figureId !== null ? `figure:${hit.figureId}` : hit.versionId !== null ? `span:${hit.versionId}:${hit.spanStart}:${hit.spanEnd}` : null);
    setFiguresOf(hit.eventId);
  };

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
            setComparing(null);
            setFiguresOf(null);
          }}
          onKeyDown={(e) => e.key === 'Escape' && setQuery('')}
        />
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

      {error && (
        <div className="banner error" role="alert">
          {error}
          <button type="button" className="small quiet" onClick={() => setError(null)}>
            Dismiss
          </button>
        </div>
      )}

      {events === null ? (
        // until the events are read, neither the empty library nor the panes: showing one and then the other would
        // flash the wrong screen, and a click on it would land on nothing
        <main className="panes loading" aria-busy="true">
          <p className="meta">Opening the library…</p>
        </main>
      ) : events.length === 0 && !busy ? (
        <EmptyLibrary
          onAddFiles={() => toolbar.current?.pickFiles()}
          onAddFolder={() => toolbar.current?.pickFolder()}
          onPaste={() => setPasteText('')}
          onCreateEvent={createEvent}
        />
      ) : selectedEvent && figuresOf === selectedEvent.id ? (
        <FiguresScreen
          key={`${selectedEvent.id}:${figureFocus ?? ''}`}
          event={selectedEvent}
          articles={shownArticles}
          revision={revision}
          initialFigure={figureFocus}
          onShown={setShownFigure}
          onClose={closeFigures}
        />
      ) : compared ? (
        <DiffScreen key={compared.id} article={compared} onClose={closeCompare} />
      ) : (
        <main className="panes">
          <EventList
            events={events ?? []}
            selectedId={eventId}
            onSelect={(id) => {
              setChosenEventId(id);
              setVersionId(null);
            }}
            onCreate={createEvent}
            onFigures={() => {
              if (eventId !== null) setFiguresOf(eventId);
            }}
          />
          {shownHits !== null ? (
            <SearchResults
              key={query}
              query={query}
              result={shownHits}
              onOpenVersion={openVersionHit}
              onOpenNote={openNoteHit}
              onClose={() => setQuery('')}
            />
          ) : shownArticles.length === 0 ? (
            <section className="articles empty" aria-label="Articles">
              <p>No articles in “{targetName}” yet.</p>
              <p className="meta">Drop files or a folder anywhere in this window, or use Add files.</p>
            </section>
          ) : (
            <ArticleList articles={shownArticles} selectedVersionId={versionId} onSelectVersion={setVersionId} onCompare={setComparing} />
          )}
          <Reader version={shownVersion} loading={versionId !== null && shownVersion === null} onCompare={setComparing} />
        </main>
      )}

      <ImportStatus state={importer.state} onDismiss={importer.dismiss} />
      {info?.libraryProblem && (
        <p className="library-problem" role="alert">
          {info.libraryProblem}
        </p>
      )}
      <LibraryWaiting />
      <footer className="statusbar meta">
        {info ? `Library: ${info.libraryPath}` : 'Opening the library…'}
        {info && ` · Tally ${info.version}`}
        {info && ' · '}
        {info && <LibraryCheck />}
      </footer>

      <DropOverlay targetName={targetName} onDrop={onDrop} />
      <PasteDialog
        open={pasteText !== null}
        initialText={pasteText ?? ''}
        onClose={() => setPasteText(null)}
        onImport={(text, title) => {
          setPasteText(null);
          void importer.importPaste(text, title, target);
        }}
      />
    </div>
  );
}
