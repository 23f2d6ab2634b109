// A timeline's points as they can be told apart: reports drawn on the same
// few pixels (the same amount, or amounts a pixel apart, captured minutes
// apart on a chart of weeks, or an article going back and forth between two
// wordings at every capture) are one point, standing for the latest of them.
// A thousand captures draw as what a reader can see; the step line through
// every report is drawn from all of them.

export interface TimelinePoint<M extends { approx: boolean }> {
  /** The latest of the reports drawn as this point. */
  member: M;
  /** Every report drawn as this point, in the order given. */
  members: M[];
  t: number;
  y: number;
  low: number;
  /** Infinity for "at least". */
  high: number;
}

/** Pixels one point covers each way: a point is 8 across, so reports closer than this draw over each other. */
export const SPOT = 3;

/** A point's place on the chart, in pixels, worked out once: each coarser pass only rounds them again. */
interface Placed<M extends { approx: boolean }> {
  point: TimelinePoint<M>;
  x: number;
  y: number;
  low: number;
  /** NaN for "at least": it reaches the top. */
  high: number;
}

function place<M extends { approx: boolean }>(points: readonly TimelinePoint<M>[], xOf: (t: number) => number, yOf: (v: number) => number): Placed<M>[] {
  return points.map((p) => ({ point: p, x: xOf(p.t), y: yOf(p.y), low: yOf(p.low), high: Number.isFinite(p.high) ? yOf(p.high) : NaN }));
}

function spotsOf<M extends { approx: boolean }>(placed: readonly Placed<M>[], size: number): TimelinePoint<M>[] {
  const at = (pixels: number): number => Math.round(pixels / size);
  const spots = new Map<string, TimelinePoint<M>>();
  for (const { point: p, x, y, low, high } of placed) {
    const key = `${at(x)}|${at(y)}|${at(low)}|${Number.isNaN(high) ? 'top' : at(high)}|${p.member.approx}`;
    const spot = spots.get(key);
    if (spot) {
      spot.members.push(p.member);
      spot.member = p.member;
    } else {
      spots.set(key, { ...p, members: [p.member] });
    }
  }
  return [...spots.values()];
}

/** One point per spot of the chart (`size` pixels each way), `points` in time order; `xOf` and `yOf` give pixels. */
export function onePerSpot<M extends { approx: boolean }>(points: readonly TimelinePoint<M>[], xOf: (t: number) => number, yOf: (v: number) => number, size = SPOT): TimelinePoint<M>[] {
  return spotsOf(place(points, xOf, yOf), size);
}

/** Points a chart draws at most: past this, each is a hover and a click no reader can aim at, and thousands slow the view. */
export const MOST_POINTS = 200;

/**
 * Each series' points, one per spot; where the chart would still draw more
 * than MOST_POINTS, the spots grow until it does not (or reach an eighth of
 * the chart's width): dense data is drawn coarser, never left out.
 */
export function thinSeries<M extends { approx: boolean }>(series: readonly (readonly TimelinePoint<M>[])[], xOf: (t: number) => number, yOf: (v: number) => number, width: number): TimelinePoint<M>[][] {
  // a scale's call costs more than the rounding: a thousand points are placed once, not once per pass
  const placed = series.map((points) => place(points, xOf, yOf));
  let size = SPOT;
  for (;;) {
    const thinned = placed.map((points) => spotsOf(points, size));
    if (thinned.reduce((n, points) => n + points.length, 0) <= MOST_POINTS || size * 2 > width / 8) return thinned;
    size *= 2;
  }
}
