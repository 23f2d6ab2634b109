// An event's figures, in two views: by source (each figure under its
// incident, one row per source with its low / best / high, as casualty
// recorders work), and by article (one row per quantity, one column per
// article in capture order, each cell that article's values version by
// version). Choosing a figure opens it beside the view: its quote, timeline,
// claims, notes, and the researcher's actions on it. Both views are
// virtualised, so an event with a thousand figures scrolls as one with ten.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ArticleSummary, EventFigure, EventSummary, FigureMember, FigureRef } from '../../../main/core/model';
import { CurationHistory } from './CurationHistory';
import { ExportDialog } from '../export/ExportDialog';
import { FigureDetail } from './FigureDetail';
import { FigureSources } from './FigureSources';
import { FiguresTable } from './FiguresTable';
import { NoFigureStatements } from './NoFigureStatements';
import { SourcesDialog } from './SourcesDialog';
import { FIGURE_FILTERS, columnsOf, matchesFilter, memberKey, type FigureFilter } from './figureFormat';
import { useEventFigures } from './useEventFigures';
import { findFigure } from '../../../main/core/compare/eventFigures';
import { orderFigures } from '../../../main/core/compare/figureOrder';
import { stepTo, takesTyping } from '../shared/keys';

type FiguresView = 'sources' | 'articles';

const VIEWS: { id: FiguresView; label: string; title: string }[] = [
  { id: 'sources', label: 'By source', title: 'Each figure with one row per source: what it says now, its low, best and high' },
  { id: 'articles', label: 'By article', title: 'One row per figure, one column per article, version by version' },
];

/** The view the researcher chose last, kept in this browser profile: the Figures of every event open in it. */
const VIEW_KEY = 'tally.figuresView';

function rememberedView(): FiguresView {
  try {
    return localStorage.getItem(VIEW_KEY) === 'articles' ? 'articles' : 'sources';
  } catch {
    return 'sources';
  }
}

function rememberView(view: FiguresView): void {
  try {
    localStorage.setItem(VIEW_KEY, view);
  } catch {
    // storage refused (a private window): the choice lasts until the screen closes
  }
}

export function FiguresScreen(props: {
  event: EventSummary;
  articles: ArticleSummary[];
  /** The figure to show first: a figure ref, or `span:<version>:<start>:<end>` for the figure holding that claim. */
  initialFigure?: FigureRef | null;
  /** Told the figure shown, as it changes: the page's address names it. */
  onShown?(ref: FigureRef | null): void;
  onClose(): void;
}) {
  const { event, articles, onClose } = props;
  const { figures, loadError, actionError, busy, act } = useEventFigures(event.id);
  const [view, setView] = useState<FiguresView>(rememberedView);
  const [filter, setFilter] = useState<FigureFilter>('all');
  const [query, setQuery] = useState('');
  const [selectedRef, setSelectedRef] = useState<FigureRef | null>(props.initialFigure ?? null);
  // a claim named by span is chosen too, so its quote shows at once
  const [chosenKey, setChosenKey] = useState<string | null>(props.initialFigure?.startsWith('span:') ? props.initialFigure.slice(5) : null);
  const [showSources, setShowSources] = useState(false);
  const [showHistory, setShowHistory] = useState(false);
  const [showExport, setShowExport] = useState(false);
  const screen = useRef<HTMLElement>(null);

  const columns = useMemo(() => columnsOf(figures ?? []), [figures]);
  const rows = useMemo(() => {
    const words = query.trim().toLowerCase();
    return (figures ?? []).filter(
      (f) => matchesFilter(f, filter) && (!words || f.label.toLowerCase().includes(words) || f.members.some((m) => (m.source ?? '').toLowerCase().includes(words))),
    );
  }, [figures, filter, query]);
  // by source, the figures stand under their incidents in a recorder's order; keys move through them in that order
  const allGroups = useMemo(() => orderFigures(rows), [rows]);
  // other incidents than the event's own (a place aside, an earlier year) are folded until opened, or until one of
  // their figures is asked for (a link, a search)
  const [unfolded, setUnfolded] = useState<ReadonlySet<string>>(new Set());
  const asked = findFigure(figures ?? [], selectedRef);
  // the incident of the figure asked for, not the figure: moving between figures of one incident keeps the groups as they are
  const askedIncident = asked ? (allGroups.find((g) => g.figures.includes(asked))?.incident ?? null) : null;
  const groups = useMemo(
    () => allGroups.map((g) => ({ ...g, folded: g.incident !== '' && !unfolded.has(g.incident) && g.incident !== askedIncident })),
    [allGroups, unfolded, askedIncident],
  );
  const toggleIncident = useCallback((incident: string) => {
    setUnfolded((open) => {
      const next = new Set(open);
      if (!next.delete(incident)) next.add(incident);
      return next;
    });
  }, []);
  const ordered = useMemo(() => (view === 'sources' ? groups.flatMap((g) => (g.folded ? [] : g.figures)) : rows), [view, groups, rows]);
  const counts = useMemo(() => new Map(FIGURE_FILTERS.map((f) => [f.id, (figures ?? []).filter((x) => matchesFilter(x, f.id)).length])), [figures]);
  const selected = findFigure(figures ?? [], selectedRef) ?? ordered[0];
  const selectedIndex = selected ? ordered.indexOf(selected) : -1;
  const chosen = selected?.members.find((m) => memberKey(m) === chosenKey) ?? null;

  useEffect(() => {
    screen.current?.focus();
  }, []);

  const { onShown } = props;
  const shownRef = selected?.ref ?? null;
  useEffect(() => onShown?.(shownRef), [onShown, shownRef]);

  const showFigure = useCallback((ref: FigureRef) => {
    setSelectedRef(ref);
    setChosenKey(null);
  }, []);

  const selectFigure = useCallback((figure: EventFigure) => {
    setSelectedRef(figure.ref);
    setChosenKey(null);
  }, []);

  const chooseMember = useCallback((figure: EventFigure, member: FigureMember) => {
    setSelectedRef(figure.ref);
    setChosenKey(memberKey(member));
  }, []);

  useEffect(() => {
    const keys = (e: KeyboardEvent): void => {
      if (e.ctrlKey || e.metaKey || e.altKey || document.querySelector('dialog[open]') || takesTyping(e.target)) return;
      if (e.key === 'Escape') {
        e.preventDefault();
        onClose();
        return;
      }
      // rows move from anywhere on the screen: a row scrolled out of the page takes the focus with it
      const to = stepTo(e.key, selectedIndex, ordered.length);
      if (to !== null) {
        e.preventDefault();
        selectFigure(ordered[to]!);
        return;
      }
      const shortcut = { r: 'rename', b: 'best', n: 'note' }[e.key];
      if (shortcut) {
        const target = document.querySelector<HTMLElement>(`.figure-detail [data-shortcut="${shortcut}"]`);
        if (target) {
          e.preventDefault();
          if (target instanceof HTMLButtonElement) target.click();
          else target.focus();
        }
      }
    };
    window.addEventListener('keydown', keys);
    return () => window.removeEventListener('keydown', keys);
  }, [onClose, ordered, selectedIndex, selectFigure]);

  return (
    <main className="figures-screen" aria-label="Figures" ref={screen} tabIndex={-1}>
      <div className="diff-toolbar">
        <button type="button" className="small quiet" onClick={onClose} title="Back to the library (Esc)">
          ← Library
        </button>
        <h2 className="diff-title">Figures · {event.name}</h2>
        {figures !== null && figures.length > 0 && (
          <>
            <div className="segmented" role="group" aria-label="View">
              {VIEWS.map((v) => (
                <button
                  key={v.id}
                  type="button"
                  title={v.title}
                  className={view === v.id ? 'small selected' : 'small quiet'}
                  aria-pressed={view === v.id}
                  onClick={() => {
                    setView(v.id);
                    rememberView(v.id);
                  }}
                >
                  {v.label}
                </button>
              ))}
            </div>
            <div className="segmented" role="group" aria-label="Show">
              {FIGURE_FILTERS.map((f) => (
                <button
                  key={f.id}
                  type="button"
                  title={f.title}
                  className={filter === f.id ? 'small selected' : 'small quiet'}
                  aria-pressed={filter === f.id}
                  onClick={() => setFilter(f.id)}
                >
                  {f.label} ({counts.get(f.id)})
                </button>
              ))}
            </div>
            <input type="search" className="fig-filter" aria-label="Filter figures" placeholder="Filter by name or source" value={query} onChange={(e) => setQuery(e.target.value)} />
            <button type="button" className="small" onClick={() => setShowSources(true)}>
              Sources and copies…
            </button>
            <button type="button" className="small quiet" onClick={() => setShowHistory(true)}>
              History…
            </button>
            <button type="button" className="small" onClick={() => setShowExport(true)}>
              Export report…
            </button>
          </>
        )}
        <span className="meta keys">↑ / ↓ rows · Home / End · r rename · b best value · n note · Esc library</span>
      </div>
      <NoFigureStatements eventId={event.id} />
      {actionError && (
        <p className="error fig-action-error" role="alert">
          {actionError}
        </p>
      )}

      {loadError ? (
        <div className="diff-empty">
          <p className="error" role="alert">
            Could not load the figures: {loadError}
          </p>
        </div>
      ) : figures === null ? (
        <div className="diff-empty">
          <p className="meta" role="status">
            Gathering figures…
          </p>
        </div>
      ) : figures.length === 0 ? (
        <div className="diff-empty">
          <p>No figures yet: import articles with figures into this event.</p>
        </div>
      ) : (
        <div className="figures-body">
          {view === 'sources' ? (
            <FigureSources groups={groups} selected={selected} chosen={chosen} onSelect={selectFigure} onChoose={chooseMember} onToggleIncident={toggleIncident} />
          ) : (
            <FiguresTable rows={rows} columns={columns} selected={selected} chosen={chosen} onSelect={selectFigure} onChoose={chooseMember} />
          )}
          {selected ? (
            <FigureDetail
              figure={selected}
              figures={figures}
              articles={articles}
              chosen={chosen}
              busy={busy}
              onChoose={(m) => chooseMember(selected, m)}
              onShowFigure={showFigure}
              act={act}
              eventId={event.id}
            />
          ) : (
            <aside className="figure-detail" aria-label="Figure">
              <p className="meta">Choose a figure.</p>
            </aside>
          )}
        </div>
      )}
      {showExport && <ExportDialog event={event} onClose={() => setShowExport(false)} />}
      {showHistory && figures && <CurationHistory eventId={event.id} figures={figures} articles={articles} onClose={() => setShowHistory(false)} />}
      {showSources && figures && (
<SourcesDialog figures={figures} articles={articles} onClose={() => setShowSources(false)} />
      )}
    </main>
  );
}
