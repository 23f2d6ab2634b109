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

/** One point per spot of the chart (`size` pixels each way), `points` in time order; `xOf` and `yOf` give pixels. */
export function onePerSpot<M extends { approx: boolean }>(points: readonly TimelinePoint<M>[], xOf: (t: number) => number, yOf: (v: number) => number, size = SPOT): TimelinePoint<M>[] {
  const at = (pixels: number): number => Math.round(pixels / size);
  const spots = new Map<string, TimelinePoint<M>>();
  for (const p of points) {
    const key = `${at(xOf(p.t))}|${at(yOf(p.y))}|${at(yOf(p.low))}|${Number.isFinite(p.high) ? at(yOf(p.high)) : 'top'}|${p.member.approx}`;
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

/** Points a chart draws at most: past this, each is a hover and a click no reader can aim at, and thousands slow the view. */
export const MOST_POINTS = 200;

/**
 * Each series' points, one per spot; where the chart would still draw more
 * than MOST_POINTS, the spots grow until it does not (or reach an eighth of
 * the chart's width): dense data is drawn coarser, never left out.
 */
export function thinSeries<M extends { approx: boolean }>(series: readonly (readonly TimelinePoint<M>[])[], xOf: (t: number) => number, yOf: (v: number) => number, width: number): TimelinePoint<M>[][] {
  let size = SPOT;
  for (;;) {
    const thinned = series.map((points) => onePerSpot(points, xOf, yOf, size));
    if (thinned.reduce((n, points) => n + points.length, 0) <= MOST_POINTS || size * 2 > width / 8) return thinned;
    size *= 2;
  }
}
