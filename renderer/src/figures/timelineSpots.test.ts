import { describe, expect, it } from 'vitest';
import { MOST_POINTS, onePerSpot, thinSeries, type TimelinePoint } from './timelineSpots';

type M = { id: number; approx: boolean };
const point = (id: number, t: number, y: number, extra: Partial<TimelinePoint<M>> = {}, approx = false): TimelinePoint<M> => {
  const member = { id, approx };
  return { member, members: [member], t, y, low: y, high: y, ...extra };
};
// one pixel a second, one pixel a unit
const px = (v: number): number => v;

describe('a timeline’s points as a reader can tell them apart', () => {
  it('draws a thousand captures of one amount, seconds apart, as one point a few pixels wide, standing for the latest', () => {
    const points = Array.from({ length: 1000 }, (_, i) => point(i, i / 1000, 145));
    const spots = onePerSpot(points, px, px);
    expect(spots).toHaveLength(1);
    expect(spots[0]!.member.id).toBe(999);
    expect(spots[0]!.members).toHaveLength(1000);
  });

  it('keeps apart amounts, bounds and approximations that draw differently, and captures far apart', () => {
    const spots = onePerSpot([point(1, 0, 145), point(2, 0, 148), point(3, 0, 145, { high: Infinity }), point(4, 0, 145, {}, true), point(5, 50, 145)], px, px);
    expect(spots.map((s) => s.member.id)).toEqual([1, 2, 3, 4, 5]);
  });

  it('joins an article going back and forth between two amounts into two points', () => {
    const points = Array.from({ length: 80 }, (_, i) => point(i, i / 100, i % 2 ? 19 : 30));
    expect(onePerSpot(points, px, px).map((s) => [s.y, s.members.length])).toEqual([
      [30, 40],
      [19, 40],
    ]);
  });

  it('draws dense series coarser until the chart holds a few hundred points, every report still inside one', () => {
    // seven sources, each going back and forth between three amounts at every pixel of 300: 6,300 points, 2,100 spots at first
    const series = Array.from({ length: 7 }, (_, k) => Array.from({ length: 300 * 3 }, (_, i) => point(k * 10_000 + i, i / 3, 20 * k + (i % 3) * 7)));
    const thinned = thinSeries(series, px, px, 360);
    const drawn = thinned.reduce((n, points) => n + points.length, 0);
    expect(drawn).toBeLessThanOrEqual(MOST_POINTS);
    expect(drawn).toBeGreaterThan(MOST_POINTS / 4);
    expect(thinned.map((points) => points.reduce((n, p) => n + p.members.length, 0))).toEqual(series.map((s) => s.length));
  });

  it('leaves a sparse chart as it is', () => {
    const series = [[point(1, 0, 10), point(2, 100, 20)], [point(3, 200, 30)]];
    expect(thinSeries(series, px, px, 360).map((points) => points.map((p) => p.member.id))).toEqual([[1, 2], [3]]);
  });
});
