import { describe, expect, it } from 'vitest';
import { onePerSpot, type TimelinePoint } from './timelineSpots';

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
});
