// An event's figures side by side: one row per quantity, one column per
// article in capture order, each cell that article's values version by
// version. Read-only: choosing a value shows the sentence it comes from.
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import type { ArticleSummary, EventFigure, EventSummary, FigureMember, FigureStatus } from '../../../main/core/model';
import { ApiError, call } from '../api';
import { formatNumber, formatSource, formatValue } from '../claims/claimFormat';
import { formatTime } from '../format';

type Filter = 'all' | 'conflict' | 'revised';

const FILTERS: { id: Filter; label: string }[] = [
  { id: 'all', label: 'All' },
  { id: 'conflict', label: 'Conflicts' },
  { id: 'revised', label: 'Revised' },
];

const STATUS_TITLE: Record<FigureStatus, string> = {
  conflict: 'Sources give different values',
  revised: 'An article changed its value between versions',
  agree: 'Every source gives the same value',
  single: 'Only one source gives this figure',
};

interface Column {
  articleId: number;
  title: string;
  outlet: string | null;
  firstCaptured: string;
}

const memberKey = (m: FigureMember): string => `${m.claimId}:${m.versionId}`;

function shownValue(m: FigureMember): string {
  // The words only where they carry what the number cannot ("dozens", "at least three"); the quote has them all.
  const words = m.value === null ? m.text.replace(/\s+/g, ' ').trim() : '';
  return formatValue({ kind: 'figure', value: m.value, low: m.low, high: m.high, approx: m.approx }, words);
}

function formatRange(f: EventFigure): string {
  if (f.min === null && f.max === null) return '—';
  if (f.min === null || f.max === null || f.min === f.max) return formatNumber((f.min ?? f.max)!);
  return `${formatNumber(f.min)}–${formatNumber(f.max)}`;
}

/** The articles that give any figure, in the order they were first captured. */
function columnsOf(figures: EventFigure[]): Column[] {
  const byId = new Map<number, Column>();
  for (const m of figures.flatMap((f) => f.members)) {
    const known = byId.get(m.articleId);
    if (!known) byId.set(m.articleId, { articleId: m.articleId, title: m.articleTitle, outlet: m.outlet, firstCaptured: m.capturedAt });
    else if (m.capturedAt < known.firstCaptured) known.firstCaptured = m.capturedAt;
  }
  return [...byId.values()].sort((a, b) => a.firstCaptured.localeCompare(b.firstCaptured) || a.articleId - b.articleId);
}

/**
 * One article's values of a figure, version by version in capture order; the values one
 * version gives together stay together, and a version that repeats the one before is shown once.
 */
function cellValues(members: FigureMember[]): { versionId: number; values: { member: FigureMember; shown: string }[] }[] {
  const ordered = [...members].sort((a, b) => a.capturedAt.localeCompare(b.capturedAt) || a.versionId - b.versionId);
  const out: { versionId: number; values: { member: FigureMember; shown: string }[] }[] = [];
  for (const member of ordered) {
    const shown = shownValue(member);
    let last = out[out.length - 1];
    if (last?.versionId !== member.versionId) {
      last = { versionId: member.versionId, values: [] };
      out.push(last);
    }
    if (!last.values.some((v) => v.shown === shown)) last.values.push({ member, shown });
  }
  const same = (a: (typeof out)[number], b: (typeof out)[number]): boolean => a.values.map((v) => v.shown).join('\n') === b.values.map((v) => v.shown).join('\n');
  return out.filter((v, i) => i === 0 || !same(v, out[i - 1]!));
}

function matches(f: EventFigure, filter: Filter): boolean {
  return filter === 'all' || f.status === filter;
}

export function FiguresScreen(props: { event: EventSummary; articles: ArticleSummary[]; revision: number; onClose(): void }) {
  const { event, articles, revision, onClose } = props;
  const [loaded, setLoaded] = useState<{ eventId: number; figures: EventFigure[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [filter, setFilter] = useState<Filter>('all');
  const [chosen, setChosen] = useState<string | null>(null);
  const [focusRow, setFocusRow] = useState(0);
  const screen = useRef<HTMLElement>(null);

  useEffect(() => {
    let live = true;
    call('events:figures', { eventId: event.id }).then(
      (figures) => live && setLoaded({ eventId: event.id, figures }),
      (e: unknown) => live && setError(e instanceof ApiError || e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [event.id, revision]);

  useEffect(() => {
    screen.current?.focus();
  }, []);

  useEffect(() => {
    const keys = (e: KeyboardEvent): void => {
      if (e.ctrlKey || e.metaKey || e.altKey || document.querySelector('dialog[open]')) return;
      if (e.key === 'Escape') {
        e.preventDefault();
        onClose();
      }
    };
    window.addEventListener('keydown', keys);
    return () => window.removeEventListener('keydown', keys);
  }, [onClose]);

  const figures = useMemo(() => (loaded?.eventId === event.id ? loaded.figures : null), [loaded, event.id]);
  const columns = useMemo(() => columnsOf(figures ?? []), [figures]);
  const rows = useMemo(() => (figures ?? []).filter((f) => matches(f, filter)), [figures, filter]);
  const count = (id: Filter): number => (figures ?? []).filter((f) => matches(f, id)).length;
  const selected = figures?.flatMap((f) => f.members).find((m) => memberKey(m) === chosen) ?? null;
  const selectedFigure = selected ? (figures?.find((f) => f.members.includes(selected)) ?? null) : null;
  const activeRow = Math.min(focusRow, Math.max(0, rows.length - 1));

  const moveRow = useCallback(
    (e: ReactKeyboardEvent<HTMLTableSectionElement>): void => {
      // Enter on a row shows the quote of its first value.
      if (e.key === 'Enter' && e.target instanceof HTMLTableRowElement) {
        e.preventDefault();
        e.target.querySelector<HTMLButtonElement>('button.fig-value')?.click();
        return;
      }
      const down = e.key === 'ArrowDown' || e.key === 'j';
      const up = e.key === 'ArrowUp' || e.key === 'k';
      if (!down && !up) return;
      const trs = Array.from(e.currentTarget.querySelectorAll<HTMLTableRowElement>('tr[data-row]'));
      const at = trs.findIndex((tr) => tr.contains(document.activeElement));
      const next = Math.min(trs.length - 1, Math.max(0, at < 0 ? 0 : at + (down ? 1 : -1)));
      e.preventDefault();
      setFocusRow(next);
      trs[next]?.focus();
    },
    [],
  );

  return (
    <main className="figures-screen" aria-label="Figures" ref={screen} tabIndex={-1}>
      <div className="diff-toolbar">
        <button type="button" className="small quiet" onClick={onClose} title="Back to the library (Esc)">
          ← Library
        </button>
        <h2 className="diff-title">Figures · {event.name}</h2>
        {figures !== null && figures.length > 0 && (
          <div className="segmented" role="group" aria-label="Show">
            {FILTERS.map((f) => (
              <button
                key={f.id}
                type="button"
                className={filter === f.id ? 'small selected' : 'small quiet'}
                aria-pressed={filter === f.id}
                onClick={() => setFilter(f.id)}
              >
                {f.label} ({count(f.id)})
              </button>
            ))}
          </div>
        )}
        <span className="meta keys">↑ / ↓ or j / k move between rows · Esc back to the library</span>
      </div>

      {error ? (
        <div className="diff-empty">
          <p className="error" role="alert">
            Could not load the figures: {error}
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
          <div className="figures-scroll">
            <table className="figures-table" data-testid="figures-table">
              <thead>
                <tr>
                  <th scope="col" className="fig-label-col">
                    Figure
                  </th>
                  <th scope="col">Range</th>
                  {columns.map((c) => (
                    <th scope="col" key={c.articleId} className="fig-article-col" data-article={c.articleId}>
                      <span className="fig-article-title" title={c.title}>
                        {c.title}
                      </span>
                      <span className="meta">
                        {c.outlet ?? 'Outlet not named'} · {formatTime(c.firstCaptured)}
                      </span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody onKeyDown={moveRow}>
                {rows.length === 0 && (
                  <tr>
                    <td colSpan={columns.length + 2} className="meta fig-none">
                      No {filter === 'conflict' ? 'conflicting' : 'revised'} figures in this event.
                    </td>
                  </tr>
                )}
                {rows.map((f, i) => (
                  <tr
                    key={`${f.label}:${i}`}
                    data-row={i}
                    data-status={f.status}
                    className="fig-row"
                    tabIndex={i === activeRow ? 0 : -1}
                    onFocus={() => setFocusRow(i)}
                  >
                    <th scope="row" className="fig-label">
                      <span className="fig-label-text">{f.label}</span>{' '}
                      <span className={`badge fig-status status-${f.status}`} title={STATUS_TITLE[f.status]} data-testid="fig-status">
                        {f.status}
                      </span>
                    </th>
                    <td className="fig-range" data-testid="fig-range">
                      {formatRange(f)}
                    </td>
                    {columns.map((c) => {
                      const mine = f.members.filter((m) => m.articleId === c.articleId);
                      const values = cellValues(mine);
                      const sources = [...new Set(mine.map((m) => formatSource(m.source)))];
                      return (
                        <td key={c.articleId} className="fig-cell" data-article={c.articleId}>
                          {values.length === 0 ? (
                            <span className="meta" aria-label="not given">
                              –
                            </span>
                          ) : (
                            <>
                              <span className="ft-values" data-testid="ft-values">
                                {values.map((version, j) => (
                                  <span key={version.versionId} className="fig-version">
                                    {j > 0 && <span className="ft-arrow"> → </span>}
                                    {version.values.map((v, k) => (
                                      <span key={memberKey(v.member)}>
                                        {k > 0 && ', '}
                                        <button
                                          type="button"
                                          tabIndex={i === activeRow ? 0 : -1}
                                          className={chosen === memberKey(v.member) ? 'fig-value selected' : 'fig-value'}
                                          aria-pressed={chosen === memberKey(v.member)}
                                          title={formatSource(v.member.source)}
                                          onClick={() => setChosen(memberKey(v.member))}
                                        >
                                          {v.shown}
                                        </button>
                                      </span>
                                    ))}
                                  </span>
                                ))}
                              </span>
                              <span className="meta fig-cell-source">{sources.join('; ')}</span>
                            </>
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Quote member={selected} figure={selectedFigure} articles={articles} />
        </div>
      )}
    </main>
  );
}

/** The sentence a value comes from, its figure words emphasised; text nodes only. */
function Quote(props: { member: FigureMember | null; figure: EventFigure | null; articles: ArticleSummary[] }) {
  const { member, figure } = props;
  if (!member) {
    return (
      <aside className="figure-quote" aria-label="Quote">
        <p className="meta">Choose a value to read the sentence it comes from.</p>
      </aside>
    );
  }
  const at = member.text ? member.sentence.indexOf(member.text) : -1;
  const versions = props.articles.find((a) => a.id === member.articleId)?.versions ?? [];
  const index = versions.findIndex((v) => v.id === member.versionId);
  const versionLabel = index >= 0 ? `v${index + 1} of ${versions.length}` : `version ${member.versionId}`;
  return (
    <aside className="figure-quote" aria-label="Quote">
      {figure && <h3 className="fig-quote-label">{figure.label}</h3>}
      <blockquote data-testid="figure-quote">
        {at < 0 ? (
          member.sentence || member.text
        ) : (
          <>
            {member.sentence.slice(0, at)}
            <mark className="fig-quote-mark">{member.text}</mark>
            {member.sentence.slice(at + member.text.length)}
          </>
        )}
      </blockquote>
      <dl className="fig-quote-meta">
        <dt>Article</dt>
        <dd>{member.articleTitle}</dd>
        <dt>Outlet</dt>
        <dd>{member.outlet ?? 'Outlet not named'}</dd>
        <dt>Captured</dt>
        <dd>{formatTime(member.capturedAt)}</dd>
        <dt>Version</dt>
        <dd>{versionLabel}</dd>
        <dt>Source</dt>
        <dd>{formatSource(member.source)}</dd>
      </dl>
    </aside>
  );
}
