// An event's figures the way a casualty recorder reads them: under each
// incident (the event's own first), each figure's label, verdict and the
// reason in one sentence, its range, conservative and best values and
// independent sources, then one row per source: what it says now, its low,
// best and high, what it said before, who carries it and when. A source's
// amount opens its quote beside the list. Figures are virtualised, so a
// thousand of them scroll as ten do.
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useMemo, useRef } from 'react';
import { figureReason, sourceRows, speakerOf, type SourceRow } from '../../../main/core/compare/sourceRows';
import type { IncidentFigures } from '../../../main/core/compare/figureOrder';
import type { EventFigure, FigureMember } from '../../../main/core/model';
import { formatNumber } from '../reader/claimFormat';
import { formatInterval, formatRange, shownValue } from './figureFormat';
import { formatTime } from '../shared/format';
import { FigureBadges } from './FigureBadges';

/** An incident's figures, folded away or shown. */
export type ShownIncident = IncidentFigures<EventFigure> & { folded: boolean };

type Item = { kind: 'incident'; incident: string; heading: string; count: number; folded: boolean } | { kind: 'figure'; figure: EventFigure };

/** The figures in reading order, as they are laid out: each incident's heading, then its figures unless it is folded. */
export function sourceViewItems(groups: readonly ShownIncident[]): Item[] {
  // the event's own incident needs no heading when it is all there is
  const headed = groups.length > 1 || (groups[0] !== undefined && groups[0].incident !== '');
  return groups.flatMap((g): Item[] => [
    ...(headed ? [{ kind: 'incident' as const, incident: g.incident, heading: g.heading, count: g.figures.length, folded: g.folded }] : []),
    ...(g.folded ? [] : g.figures.map((figure) => ({ kind: 'figure' as const, figure }))),
  ]);
}

/** A figure's height before it is measured: its head, and a row per source (counted roughly). */
function estimateHeight(item: Item): number {
  if (item.kind === 'incident') return 36;
  return 120 + 34 * new Set(item.figure.members.map((m) => m.source ?? m.outlet ?? m.articleId)).size;
}

function bestText(f: EventFigure): string {
  return f.best ? formatInterval(f.best.low, f.best.high) : 'not chosen';
}

function num(v: number | null): string {
  return v === null ? '–' : formatNumber(v);
}

export function FigureSources(props: {
  groups: ShownIncident[];
  selected: EventFigure | undefined;
  chosen: FigureMember | null;
  onSelect(figure: EventFigure): void;
  onChoose(figure: EventFigure, member: FigureMember): void;
  onToggleIncident(incident: string): void;
}) {
  const { groups, selected, chosen, onSelect, onChoose, onToggleIncident } = props;
  const items = useMemo(() => sourceViewItems(groups), [groups]);
  // worked out once per list: the list asks again for every row not yet drawn each time a drawn one is measured
  const estimates = useMemo(() => items.map(estimateHeight), [items]);
  const scroller = useRef<HTMLDivElement>(null);
  // The virtualizer hands back fresh functions each render by design; this component renders plainly.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => estimates[i]!,
    overscan: 4,
  });
  const selectedIndex = selected ? items.findIndex((it) => it.kind === 'figure' && it.figure === selected) : -1;

  useEffect(() => {
    if (selectedIndex < 0) return;
    // a figure whose head is out of view is brought to the top: a block taller than the pane is read from its head
    const place = virtualizer.measurementsCache[selectedIndex];
    const top = virtualizer.scrollOffset ?? 0;
    // the size the list keeps of its own box: asking the page for it would lay the page out again before it is drawn
    const height = virtualizer.scrollRect?.height ?? 0;
    if (!place || place.start < top || place.start > top + height - 60) virtualizer.scrollToIndex(selectedIndex, { align: 'start' });
    // keyboard focus follows the selected figure once it is in the page
    const frame = requestAnimationFrame(() => {
      const block = scroller.current?.querySelector<HTMLElement>(`[data-index="${selectedIndex}"] > article`);
      const active = document.activeElement;
      if (block && (active === document.body || active?.classList.contains('figures-screen') || scroller.current?.contains(active))) block.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [selectedIndex, virtualizer]);

  const shown = virtualizer.getVirtualItems();
  const padTop = shown[0]?.start ?? 0;
  const padBottom = shown.length ? virtualizer.getTotalSize() - shown[shown.length - 1]!.end : 0;

  return (
    <div className="figures-scroll fig-sources-scroll" ref={scroller} data-testid="figure-sources">
      {items.length === 0 && <p className="meta fig-none">No figures match: try All, or clear the filter.</p>}
      {padTop > 0 && <div aria-hidden="true" style={{ height: padTop }} />}
      {shown.map((v) => {
        const item = items[v.index]!;
        if (item.kind === 'incident') {
          const count = item.count === 1 ? '1 figure' : `${item.count} figures`;
          return (
            <h3 key={`incident:${item.incident}`} className="fig-incident" data-index={v.index} ref={virtualizer.measureElement}>
              {item.incident === '' ? (
                <>
                  {item.heading} <span className="meta">· {count}</span>
                </>
              ) : (
                <button type="button" className="link fig-incident-toggle" aria-expanded={!item.folded} onClick={() => onToggleIncident(item.incident)}>
                  {item.folded ? '▸' : '▾'} {item.heading} <span className="meta">· {count}{item.folded ? ', folded' : ''}</span>
                </button>
              )}
            </h3>
          );
        }
        const f = item.figure;
        return (
          <div key={f.ref} className="fig-block-slot" data-index={v.index} ref={virtualizer.measureElement}>
            <FigureBlock
              index={v.index}
              figure={f}
              selected={f === selected}
              focusable={f === selected || (selectedIndex < 0 && v.index === 0)}
              chosen={chosen && f.members.includes(chosen) ? chosen : null}
              onSelect={onSelect}
              onChoose={onChoose}
            />
          </div>
        );
      })}
      {padBottom > 0 && <div aria-hidden="true" style={{ height: padBottom }} />}
    </div>
  );
}

/** A figure's block; kept as it is while its own props are (a keystroke re-renders the two figures it moves between). */
const FigureBlock = memo(function FigureBlock(props: {
  index: number;
  figure: EventFigure;
  selected: boolean;
  focusable: boolean;
  chosen: FigureMember | null;
  onSelect(figure: EventFigure): void;
  onChoose(figure: EventFigure, member: FigureMember): void;
}) {
  const { figure: f, selected, chosen, onSelect, onChoose } = props;
  const rows = useMemo(() => sourceRows(f), [f]);
  const reason = useMemo(() => figureReason(f, rows), [f, rows]);
  const headingId = `fig-block-${props.index}`;
  return (
    <article
      className={selected ? 'fig-block selected' : 'fig-block'}
      data-status={f.status}
      aria-labelledby={headingId}
      aria-current={selected ? 'true' : undefined}
      tabIndex={props.focusable ? 0 : -1}
      onClick={() => {
        if (!selected) onSelect(f);
      }}
    >
      <header className="fig-block-head">
        <h4 id={headingId}>
          <span className="fig-label-text">{f.label}</span>{' '}
          <FigureBadges figure={f} />
        </h4>
        <p className="fig-reason" data-testid="fig-reason">
          {reason}
        </p>
        <p className="meta fig-block-stats">
          Range <strong>{formatRange(f)}</strong> · conservative <strong>{num(f.conservative)}</strong> · best <strong>{bestText(f)}</strong> ·{' '}
          {f.independentSources === 1 ? '1 independent source' : `${f.independentSources} independent sources`}
          {f.notes.length > 0 && ` · ${f.notes.length === 1 ? '1 note' : `${f.notes.length} notes`}`}
        </p>
      </header>
      <table className="fig-source-table">
        <colgroup>
          <col className="fsc-source" />
          <col className="fsc-says" />
          <col className="fsc-num" />
          <col className="fsc-num" />
          <col className="fsc-num" />
          <col className="fsc-before" />
          <col className="fsc-carried" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col">Says now</th>
            <th scope="col" title="The lowest it allows">
              Low
            </th>
            <th scope="col" title="Its one exact number, where it gives one">
              Best
            </th>
            <th scope="col" title="The highest it allows; none for “at least”">
              High
            </th>
            <th scope="col">Before</th>
            <th scope="col">Carried by</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <SourceRowView key={row.key} row={row} figure={f} chosen={chosen} onChoose={onChoose} />
          ))}
        </tbody>
      </table>
    </article>
  );
});

function SourceRowView({ row, figure, chosen, onChoose }: { row: SourceRow; figure: EventFigure; chosen: FigureMember | null; onChoose(figure: EventFigure, member: FigureMember): void }) {
  // each amount it gives now, once, as a button that opens its quote
  const amounts = [...new Map(row.saying.map((m) => [shownValue(m), m])).entries()];
  return (
    <tr className="fig-source-row" data-testid="fig-source-row" data-source={speakerOf(row)}>
      <th scope="row" className="fsr-source">
        <span className="fsr-name">{speakerOf(row)}</span>
        {row.grade && (
          <span className="badge fsr-grade" title="The researcher's grade of this source">
            {row.grade}
          </span>
        )}
      </th>
      <td className="fsr-says" data-testid="fsr-says">
        {amounts.map(([shown, m], i) => (
          <span key={shown}>
            {i > 0 && ', '}
            <button
              type="button"
              tabIndex={-1}
              className={chosen === m ? 'fig-value selected' : 'fig-value'}
              aria-pressed={chosen === m}
              title="Show the quote"
              onClick={(e) => {
                e.stopPropagation();
                onChoose(figure, m);
              }}
            >
              {shown}
            </button>
          </span>
        ))}
      </td>
      <td className="fsr-num" data-testid="fsr-low">
        {num(row.low)}
      </td>
      <td className="fsr-num" data-testid="fsr-best">
        {num(row.best)}
      </td>
      <td className="fsr-num" data-testid="fsr-high">
        {num(row.high)}
      </td>
      <EarlierCell row={row} />
      <td className="fsr-carried meta">
        {row.carriedBy.slice(0, 2).join('; ')}
        {row.carriedBy.length > 2 && ` and ${row.carriedBy.length - 2} more`}
        <br />
        {row.versions === 1 ? '1 version' : `${row.versions} versions`} · latest {formatTime(row.capturedAt)}
        {row.publishedAt && <> · published {formatTime(row.publishedAt)}</>}
      </td>
    </tr>
  );
}

/** The changes shown in a row before the rest are counted: an article captured a thousand times can change as often. */
const EARLIER_SHOWN = 6;

/** What a source said before, oldest first: the latest changes written out, the ones before them counted, all of them in the tooltip. */
function EarlierCell({ row }: { row: SourceRow }) {
  const said = row.earlier.map((a) => a.map((x) => shownValue({ ...row.quote, ...x, text: x.words })).join(', '));
  const hidden = Math.max(0, said.length - EARLIER_SHOWN);
  return (
    <td className="fsr-before meta" data-testid="fsr-before" title={hidden ? said.join(' → ') : undefined}>
      {hidden > 0 && <span className="fsr-earlier-count">{hidden} earlier {hidden === 1 ? 'change' : 'changes'} … </span>}
      {said.length ? said.slice(hidden).join(' → ') : '–'}
    </td>
  );
}
