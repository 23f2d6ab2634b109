// How a figure was reported over time: one line per source (the outlet's own
// voice counts as a source), each point a value as a version gave it, held
// until the source's next report. Ranges and bounds are drawn as bars: "at
// least 17" reaches to the top. Time is publication time when every version
// states one; otherwise capture time, with publication time (where stated,
// capture time elsewhere, ringed) a click away.
import { scaleLinear, scaleTime } from 'd3-scale';
import { Fragment, useMemo, useState } from 'react';
import type { EventFigure, FigureMember } from '../../../main/core/model';
import { formatNumber, formatSource } from '../reader/claimFormat';
import { memberKey, shownValue } from './figureFormat';
import { formatTime } from '../shared/format';
import { timeTickFormat } from './timeTicks';
import { thinSeries, type TimelinePoint } from './timelineSpots';

type TimeAxis = 'captured' | 'published';

/** Okabe–Ito: told apart by readers with any common colour blindness. */
const COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#F0E442'];

const WIDTH = 360;
const HEIGHT = 190;
const M = { top: 12, right: 14, bottom: 26, left: 46 };

type Point = TimelinePoint<FigureMember>;

function timeOf(m: FigureMember, axis: TimeAxis): number {
  const published = axis === 'published' && m.publishedAt ? Date.parse(m.publishedAt) : NaN;
  return Number.isNaN(published) ? Date.parse(m.capturedAt) : published;
}

/** Whether a point stands at its capture time: asked for, or its version states no publication time. */
function atCapture(m: FigureMember, axis: TimeAxis): boolean {
  return axis === 'captured' || !m.publishedAt || Number.isNaN(Date.parse(m.publishedAt));
}

function seriesName(m: FigureMember): string {
  return m.source ?? `${m.outlet ?? m.articleTitle} (${formatSource(null)})`;
}

/** Points a screen reader hears: all of them when few, else the first, the latest and how many between. */
const POINTS_SPOKEN = 6;

function describePoints(points: readonly Point[], axis: TimeAxis): string {
  const say = (p: Point): string => `${shownValue(p.member)} (${formatTime(axis === 'published' ? (p.member.publishedAt ?? p.member.capturedAt) : p.member.capturedAt)})`;
  if (points.length <= POINTS_SPOKEN) return points.map(say).join(', ');
  return `${say(points[0]!)}, then ${points.length - 2} more reports, latest ${say(points.at(-1)!)}`;
}

/** What a point's tooltip says: the source, the amount, the article, when, and how many reports the point stands for. */
function pointSaid(series: string, p: Point, axis: TimeAxis): string {
  const when = atCapture(p.member, axis) ? `captured ${formatTime(p.member.capturedAt)}` : `published ${formatTime(p.member.publishedAt)}`;
  return `${series}: ${shownValue(p.member)}, ${p.member.articleTitle}, ${when}${p.members.length > 1 ? ` (${p.members.length} reports here)` : ''}`;
}

export function FigureTimeline(props: { figure: EventFigure; chosen: string | null; onChoose(member: FigureMember): void }) {
  const { figure, chosen, onChoose } = props;
  const anyPublished = figure.members.some((m) => m.publishedAt);
  // publication time when every version states one (when the story moved, not when it was saved); with only some,
  // publication and capture can lie years apart on one axis, so capture time comes first and publication is a click away
  const allPublished = figure.members.every((m) => m.publishedAt && !Number.isNaN(Date.parse(m.publishedAt)));
  const [axis, setAxis] = useState<TimeAxis>(allPublished ? 'published' : 'captured');
  // a point's tooltip is written when the pointer reaches it: hundreds of points each with its own would double what the chart draws
  const [hovered, setHovered] = useState<string | null>(null);

  const chart = useMemo(() => {
    const bySeries = new Map<string, Point[]>();
    for (const m of figure.members) {
      const y = m.value ?? m.low ?? m.high;
      if (y === null) continue;
      const point: Point = { member: m, members: [m], t: timeOf(m, axis), y, low: m.low ?? m.value ?? y, high: m.high ?? (m.low !== null && m.value === null ? Infinity : (m.value ?? y)) };
      const name = seriesName(m);
      const points = bySeries.get(name);
      if (points) points.push(point);
      else bySeries.set(name, [point]);
    }
    const all = [...bySeries.values()].flat();
    if (all.length === 0) return null;
    let [t0, t1] = [Math.min(...all.map((p) => p.t)), Math.max(...all.map((p) => p.t))];
    if (t0 === t1) [t0, t1] = [t0 - 3_600_000, t1 + 3_600_000];
    const finite = all.flatMap((p) => [p.low, p.high, p.y]).filter(Number.isFinite);
    const yMax = Math.max(...finite);
    const x = scaleTime()
      .domain([t0, t1])
      .range([M.left, WIDTH - M.right]);
    const y = scaleLinear()
      .domain([0, yMax === 0 ? 1 : yMax * 1.08])
      .nice()
      .range([HEIGHT - M.bottom, M.top]);
    const series = [...bySeries.entries()].map(([name, points], i) => ({
      name,
      colour: COLOURS[i % COLOURS.length]!,
      points: points.sort((a, b) => a.t - b.t),
    }));
    const thinned = thinSeries(
      series.map((s) => s.points),
      (t) => x(t),
      (v) => y(v),
      WIDTH,
    );
    const spotsOf = new Map(series.map((s, i) => [s.name, thinned[i]!]));
    return { x, y, series, spotsOf };
  }, [figure, axis]);

  if (!chart) return <p className="meta">No values to draw.</p>;
  const { x, y, series, spotsOf } = chart;
  const top = y.range()[1]!;
  const yTicks = y.ticks(4);
  const tickFormat = timeTickFormat(x.domain()[1]!.getTime() - x.domain()[0]!.getTime());
  // three ticks fit the panel; captures seconds apart would label several ticks alike, so each label shows once
  const xTicks = x.ticks(3).filter((t, i, all) => all.findIndex((u) => tickFormat(u) === tickFormat(t)) === i);
  const description = series.map((s) => `${s.name}: ${describePoints(s.points, axis)}`).join('; ');

  return (
    <figure className="fig-timeline" data-testid="figure-timeline">
      <div className="fig-timeline-head">
        <span className="meta">
          Over time, by source{axis === 'published' ? ' · published where stated, else captured (ringed)' : ' · captured'}
        </span>
        {anyPublished && (
          <div className="segmented" role="group" aria-label="Time axis">
            {(['captured', 'published'] as const).map((a) => (
              <button key={a} type="button" className={axis === a ? 'small selected' : 'small quiet'} aria-pressed={axis === a} onClick={() => setAxis(a)}>
                {a === 'captured' ? 'Captured' : 'Published'}
              </button>
            ))}
          </div>
        )}
      </div>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`${figure.label} over time. ${description}`}>
        {yTicks.map((v) => (
          <g key={`y${v}`}>
            <line x1={M.left} x2={WIDTH - M.right} y1={y(v)} y2={y(v)} className="grid" />
            <text x={M.left - 6} y={y(v)} className="tick" textAnchor="end" dominantBaseline="middle">
              {formatNumber(v)}
            </text>
          </g>
        ))}
        {xTicks.map((t) => (
          <text key={`x${+t}`} x={x(t)} y={HEIGHT - 8} className="tick" textAnchor="middle">
            {tickFormat(t)}
          </text>
        ))}
        {series.map((s) => {
          // a source's value holds until its next report
          const steps = s.points.map((p, i) => (i === 0 ? `M${x(p.t)},${y(p.y)}` : `H${x(p.t)} V${y(p.y)}`)).join(' ');
          return (
            <g key={s.name} stroke={s.colour} fill={s.colour}>
              <path d={steps} fill="none" strokeWidth={1.5} opacity={0.7} />
              {spotsOf.get(s.name)!.map((p) => {
                const key = memberKey(p.member);
                const cx = x(p.t);
                const selected = chosen !== null && p.members.some((m) => memberKey(m) === chosen);
                const ranged = p.low !== p.high || !Number.isFinite(p.high);
                const ringed = axis === 'published' && atCapture(p.member, axis);
                const title = hovered === key && <title>{pointSaid(s.name, p, axis)}</title>;
                const circle = (
                  <circle
                    className="fig-point"
                    cx={cx}
                    cy={y(p.y)}
                    r={selected ? 6 : 4}
                    fill={p.member.approx ? 'var(--paper)' : s.colour}
                    strokeWidth={selected ? 3 : 1.5}
                    onPointerEnter={() => setHovered(key)}
                    onClick={() => onChoose(p.member)}
                  >
                    {title}
                  </circle>
                );
                // most points are a circle alone: a group around each would double what a dense chart draws
                if (!ranged && !ringed) return <Fragment key={key}>{circle}</Fragment>;
                return (
                  <g key={key} className="fig-point" onPointerEnter={() => setHovered(key)} onClick={() => onChoose(p.member)}>
                    {title}
                    {ranged && <line x1={cx} x2={cx} y1={y(p.low)} y2={Number.isFinite(p.high) ? y(p.high) : top} strokeWidth={3} opacity={0.35} />}
                    <circle cx={cx} cy={y(p.y)} r={selected ? 6 : 4} fill={p.member.approx ? 'var(--paper)' : s.colour} strokeWidth={selected ? 3 : 1.5} />
                    {ringed && <circle cx={cx} cy={y(p.y)} r={(selected ? 6 : 4) + 3} fill="none" strokeWidth={1} strokeDasharray="2 2" />}
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
      <figcaption className="fig-legend">
        {series.map((s) => (
          <span key={s.name} className="fig-legend-item">
            <span className="swatch" style={{ background: s.colour }} aria-hidden="true" />
            {s.name}
          </span>
        ))}
        <span className="meta">Hollow: approximate. Bars: ranges and bounds.</span>
      </figcaption>
    </figure>
  );
}
