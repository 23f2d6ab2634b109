// One figure in full, beside the table: its name (renamable), range,
// conservative and best values, independent sources, related figures, the
// chosen value's quote, a timeline, its claims (to move elsewhere or split
// off) and its notes. Every change is one action sent to the engine.
import { useState, type FormEvent, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import type { ArticleSummary, EventFigure, FigureAction, FigureMember, FigureRef } from '../../../main/core/model';
import { formatNumber } from '../reader/claimFormat';
import { STATUS_TITLE, formatInterval, formatRange, parseBest } from './figureFormat';
import { plural } from '../shared/format';
import { AddMissedValue } from './AddMissedValue';
import { FigureClaims } from './FigureClaims';
import { FigureNotes } from './FigureNotes';
import { FigureQuote } from './FigureQuote';
import { FigureTimeline } from './FigureTimeline';
import { OverrideValue } from '../reader/OverrideValue';
import { OtherFigureOptions } from './OtherFigureOptions';

export interface FigureDetailProps {
  figure: EventFigure;
  figures: EventFigure[];
  articles: ArticleSummary[];
  chosen: FigureMember | null;
  busy: boolean;
  onChoose(member: FigureMember): void;
  onShowFigure(ref: FigureRef): void;
  act(action: FigureAction): Promise<boolean>;
  eventId: number;
}

export function FigureDetail(props: FigureDetailProps) {
  const { figure, figures, act, busy } = props;
  return (
    <aside className="figure-detail" aria-label="Figure" data-testid="figure-detail">
      <FigureName key={`name:${figure.ref}`} figure={figure} act={act} busy={busy} />
      <dl className="fig-stats">
        <dt>Range</dt>
        <dd data-testid="fig-detail-range">{formatRange(figure)}</dd>
        <dt title="The lowest value a credible source gives in its latest version (sources graded E left out)">Conservative</dt>
        <dd data-testid="fig-conservative">{figure.conservative === null ? '—' : formatNumber(figure.conservative)}</dd>
        <dt>Best</dt>
        <dd>
          <BestValue key={`best:${figure.ref}`} figure={figure} act={act} busy={busy} />
        </dd>
        <dt title="Distinct sources; a copy of another outlet's text counts with its original">Independent</dt>
        <dd data-testid="fig-independent">{plural(figure.independentSources, 'source')}</dd>
      </dl>
      {figure.related.length > 0 && (
        <p className="fig-related" data-testid="fig-related">
          <span className="badge status-scope" title="The same thing counted in another scope: related, not a conflict">scope differs</span>{' '}
          {figure.related.map((r, i) => (
            <span key={r.ref}>
              {i > 0 && ', '}
              <button type="button" className="link" onClick={() => props.onShowFigure(r.ref)}>
                {r.label}
              </button>
            </span>
          ))}
        </p>
      )}
      {props.chosen && figure.members.includes(props.chosen) && (
        <>
          <FigureQuote member={props.chosen} articles={props.articles} />
          <OverrideValue key={`override:${props.chosen.versionId}:${props.chosen.start}`} member={props.chosen} />
        </>
      )}
      <FigureTimeline figure={figure} chosen={props.chosen ? `${props.chosen.versionId}:${props.chosen.start}:${props.chosen.end}` : null} onChoose={props.onChoose} />
      <FigureClaims key={`claims:${figure.ref}`} figure={figure} figures={figures} articles={props.articles} chosen={props.chosen} onChoose={props.onChoose} act={act} busy={busy} />
      <MergeFigure key={`merge:${figure.ref}`} figure={figure} figures={figures} act={act} busy={busy} onMerged={props.onShowFigure} />
      <FigureNotes figure={figure} chosen={props.chosen} act={act} busy={busy} />
      <AddMissedValue key={`add:${figure.keys[0] ?? figure.ref}`} figure={figure} articles={props.articles} />
    </aside>
  );
}

/** Esc in an inline editor cancels it, and goes no further: the screen's Esc would close the view. */
function escapeCancels(cancel: () => void): (e: ReactKeyboardEvent) => void {
  return (e) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    cancel();
  };
}

function FigureName(props: { figure: EventFigure; busy: boolean; act(action: FigureAction): Promise<boolean> }) {
  const { figure } = props;
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(figure.label);
  const save = async (e: FormEvent) => {
    e.preventDefault();
    const label = draft.trim() === figure.autoLabel ? null : draft.trim() || null;
    if (await props.act({ kind: 'rename', figure: figure.ref, label })) setEditing(false);
  };
  if (editing) {
    return (
      <form className="fig-rename" onSubmit={save}>
        <input
          aria-label="Figure name"
          value={draft}
          autoFocus
          maxLength={200}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={escapeCancels(() => setEditing(false))}
        />
        <button type="submit" className="small" disabled={props.busy}>
          Save
        </button>
        <span className="meta">Empty keeps the automatic name, “{figure.autoLabel}”.</span>
      </form>
    );
  }
  return (
    <header className="fig-detail-head">
      <h3 data-testid="fig-detail-label">{figure.label}</h3>
      <span className={`badge fig-status status-${figure.status}`} title={STATUS_TITLE[figure.status]}>
        {figure.status}
      </span>
      <button
        type="button"
        className="small quiet"
        title="Rename (r)"
        data-shortcut="rename"
        onClick={() => {
          setDraft(figure.label);
          setEditing(true);
        }}
      >
        Rename
      </button>
      {figure.label !== figure.autoLabel && <p className="meta fig-auto-label">Grouped as “{figure.autoLabel}”</p>}
    </header>
  );
}

function BestValue(props: { figure: EventFigure; busy: boolean; act(action: FigureAction): Promise<boolean> }) {
  const { figure } = props;
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(figure.best ? formatInterval(figure.best.low, figure.best.high) : '');
  const parsed = parseBest(draft);
  if (!editing) {
    return (
      <>
        <span data-testid="fig-best">{figure.best ? formatInterval(figure.best.low, figure.best.high) : 'not chosen'}</span>{' '}
        <button type="button" className="small quiet" title="Choose the best value (b)" data-shortcut="best" onClick={() => setEditing(true)}>
          {figure.best ? 'Change' : 'Choose'}
        </button>
      </>
    );
  }
  return (
    <form
      className="fig-best-form"
      onSubmit={async (e) => {
        e.preventDefault();
        if (parsed === undefined) return;
        if (await props.act({ kind: 'best', figure: figure.ref, best: parsed })) setEditing(false);
      }}
    >
      <input
        aria-label="Best value"
        placeholder="22 or 17–22"
        value={draft}
        autoFocus
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={escapeCancels(() => setEditing(false))}
        aria-invalid={parsed === undefined}
      />
      <button type="submit" className="small" disabled={props.busy || parsed === undefined}>
        Save
      </button>
      {parsed === undefined && <span className="error">A number, or two numbers low–high.</span>}
    </form>
  );
}

/** Merging asks first; the history (or Ctrl+Z) takes a merge apart again. */
function MergeFigure(props: { figure: EventFigure; figures: EventFigure[]; busy: boolean; act(action: FigureAction): Promise<boolean>; onMerged(ref: FigureRef): void }) {
  const { figure, figures } = props;
  const [target, setTarget] = useState('');
  const [confirming, setConfirming] = useState(false);
  // the other figures are put in the list once it is used (focused, clicked): selecting a figure with the keys stays quick
  const [used, setUsed] = useState(false);
  const into = target === figure.ref ? undefined : figures.find((f) => f.ref === target);
  if (figures.length < 2) return null;
  return (
    <section className="fig-merge" aria-label="Merge">
      <label>
        Merge this figure into{' '}
        <select
          value={target}
          onFocus={() => setUsed(true)}
          onPointerDown={() => setUsed(true)}
          onChange={(e) => {
            setTarget(e.target.value);
            setConfirming(false);
          }}
        >
          <option value="">choose a figure…</option>
          {used && <OtherFigureOptions figures={figures} except={figure.ref} />}
        </select>
      </label>{' '}
      {into && !confirming && (
        <button type="button" className="small" onClick={() => setConfirming(true)}>
          Merge…
        </button>
      )}
      {into && confirming && (
        <span className="fig-confirm" role="alert">
          All {plural(figure.members.length, 'claim')} of “{figure.label}” join “{into.label}”.{' '}
          <button type="button" className="small danger" disabled={props.busy} onClick={async () => {
              if (await props.act({ kind: 'merge', figures: [figure.ref], into: into.ref })) props.onMerged(into.ref);
            }}>
            Merge
          </button>{' '}
          <button type="button" className="small quiet" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </span>
      )}
    </section>
  );
}
