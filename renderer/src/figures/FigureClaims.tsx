// A figure's claims, article by article in capture order, to read, to pick
// for the quote, and to move: tick claims, then send them to another figure,
// split them off into a new one, or back to where grouping put them. The same
// value carried capture after capture is one line (claimRuns.ts).
import { useMemo, useState } from 'react';
import type { ArticleSummary, EventFigure, FigureAction, FigureMember } from '../../../main/core/model';
import { formatSource } from '../reader/claimFormat';
import { claimRuns, runVersions, type ClaimRun } from './claimRuns';
import { OtherFigureOptions } from './OtherFigureOptions';
import { columnsOf, memberKey, memberSpan, shownValue } from './figureFormat';
import { formatTime, plural } from '../shared/format';

const NEW_FIGURE = 'new';
/** An article's latest lines shown at first: one captured a thousand times can alternate between two wordings at every capture. */
const RUNS_SHOWN = 4;
const AUTOMATIC = 'auto';

export function FigureClaims(props: {
  figure: EventFigure;
  figures: EventFigure[];
  /** The event's articles, for each version's number in its article (v1, v2…). */
  articles: ArticleSummary[];
  chosen: FigureMember | null;
  busy: boolean;
  onChoose(member: FigureMember): void;
  act(action: FigureAction): Promise<boolean>;
}) {
  const { figure, figures } = props;
  const numberOf = useMemo(() => new Map(props.articles.flatMap((a) => a.versions.map((v, i) => [v.id, i + 1] as const))), [props.articles]);
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [target, setTarget] = useState('');
  const [newLabel, setNewLabel] = useState('');
  // articles whose earlier runs the researcher asked to see
  const [opened, setOpened] = useState<ReadonlySet<number>>(new Set());
  const articles = useMemo(
    () => columnsOf([figure]).map((c) => ({ column: c, runs: claimRuns(figure.members.filter((m) => m.articleId === c.articleId)) })),
    [figure],
  );
  const picked = figure.members.filter((m) => ticked.has(memberKey(m)));
  const anyPlaced = picked.some((m) => m.placed);

  const isTicked = (run: ClaimRun): boolean => run.members.every((m) => ticked.has(memberKey(m)));
  // a run is picked and moved whole: the same value from the same source, capture after capture
  const toggle = (run: ClaimRun) =>
    setTicked((old) => {
      const next = new Set(old);
      const on = !run.members.every((m) => next.has(memberKey(m)));
      for (const m of run.members) {
        if (on) next.add(memberKey(m));
        else next.delete(memberKey(m));
      }
      return next;
    });

  const apply = async () => {
    const claims = picked.map(memberSpan);
    const action: FigureAction =
      target === NEW_FIGURE
        ? { kind: 'split', figure: figure.ref, claims, label: newLabel.trim() || null }
        : target === AUTOMATIC
          ? { kind: 'move', claims, to: null }
          : { kind: 'move', claims, to: target };
    if (await props.act(action)) {
      setTicked(new Set());
      setTarget('');
      setNewLabel('');
    }
  };

  return (
    <section className="fig-claims" aria-label="Claims">
      <h4>
        {plural(figure.members.length, 'claim')} · {plural(figure.independentSources, 'independent source')}
      </h4>
      {articles.map(({ column: c, runs }) => {
        const cut = opened.has(c.articleId) ? 0 : Math.max(0, runs.length - RUNS_SHOWN);
        // the claim being read is never among the folded lines
        const hidden = props.chosen && runs.slice(0, cut).some((run) => run.members.includes(props.chosen!)) ? 0 : cut;
        return (
          <div key={c.articleId} className="fig-claims-article">
            <p className="fig-claims-title" title={c.title}>
              {c.outlet ?? 'Outlet not named'} · {c.title}
            </p>
            {hidden > 0 && (
              <button type="button" className="link fig-claims-earlier" onClick={() => setOpened((old) => new Set(old).add(c.articleId))}>
                Show {plural(hidden, 'earlier line')}
              </button>
            )}
            <ul>
              {runs.slice(hidden).map((run) => {
                // the run's latest claim stands for it: its quote is the one shown
                const m = run.last;
                const chosen = props.chosen !== null && run.members.includes(props.chosen);
                return (
                  <li key={memberKey(run.first)} className={chosen ? 'fig-claim selected' : 'fig-claim'} data-testid="fig-claim">
                    <input type="checkbox" aria-label={`Pick ${shownValue(m)} from ${formatSource(m.source)}`} checked={isTicked(run)} onChange={() => toggle(run)} />
                    <button type="button" className="fig-claim-body" onClick={() => props.onChoose(m)}>
                      <strong>{shownValue(m)}</strong> <span className="meta">{formatSource(m.source)}</span>
                      {m.grade && <span className="badge grade">{m.grade}</span>}
                      {m.claimStatus !== 'auto' && <span className={`badge status-${m.claimStatus}`}>{m.claimStatus}</span>}
                      {m.placed && <span className="badge" title="You put this claim in this figure">moved here</span>}
                      {m.copyOf && <span className="badge" title={m.copyOf.marked ? 'Marked as a copy of another article' : 'Near-identical to another article'}>copy</span>}
                      <span className="meta fig-claim-time">
                        {runVersions(run, numberOf) && `${runVersions(run, numberOf)} · `}
                        {run.versions > 1
                          ? `${run.versions} versions · ${formatTime(run.first.capturedAt)} – ${formatTime(run.last.capturedAt)}`
                          : formatTime(m.capturedAt)}
                      </span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
      {picked.length > 0 && (
        <div className="fig-move" role="group" aria-label="Move the picked claims">
          <label>
            Move {plural(picked.length, 'claim')} to{' '}
            <select value={target} onChange={(e) => setTarget(e.target.value)} aria-label="Move to">
              <option value="">choose…</option>
              <option value={NEW_FIGURE}>a new figure (split)</option>
              {anyPlaced && <option value={AUTOMATIC}>where grouping puts them</option>}
              <OtherFigureOptions figures={figures} except={figure.ref} />
            </select>
          </label>
          {target === NEW_FIGURE && <input aria-label="New figure name" placeholder="name (optional)" value={newLabel} maxLength={200} onChange={(e) => setNewLabel(e.target.value)} />}
          <button type="button" className="small" disabled={!target || props.busy} onClick={() => void apply()}>
            Move
          </button>
          <button type="button" className="small quiet" onClick={() => setTicked(new Set())}>
            Clear
          </button>
        </div>
      )}
    </section>
  );
}
