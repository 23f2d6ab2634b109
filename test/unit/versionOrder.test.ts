import { describe, expect, it } from 'vitest';
import { allStateTimes, inReadingOrder, statedTime } from '../../main/core/versionOrder';

const v = (id: number, capturedAt: string, publishedAt: string | null = null, updatedAt: string | null = null) => ({ id, capturedAt, publishedAt, updatedAt });

describe('the order versions are read in', () => {
  it('follows the times the versions state when every one states one, an update over the first publication', () => {
    const versions = [v(1, '2016-03-22T12:00:00Z', '2016-03-22T09:00:00Z', '2016-03-22T11:00:00Z'), v(2, '2016-03-22T10:00:00Z', '2016-03-22T09:00:00Z')];
    expect(inReadingOrder(versions).map((x) => x.id)).toEqual([2, 1]);
    expect(statedTime(versions[0]!)).toBe(Date.parse('2016-03-22T11:00:00Z'));
  });

  it('keeps capture order where one version states no time, rather than mix the two clocks', () => {
    const versions = [v(2, '2016-03-22T10:00:00Z', '2016-03-22T09:00:00Z'), v(1, '2016-03-22T08:00:00Z')];
    expect(allStateTimes(versions)).toBe(false);
    expect(inReadingOrder(versions).map((x) => x.id)).toEqual([1, 2]);
  });

  it('breaks a tie of stated times by capture time, then by id, and leaves its input as it was', () => {
    const versions = [v(3, '2016-03-22T12:00:00Z', '2016-03-22T09:00:00Z'), v(2, '2016-03-22T10:00:00Z', '2016-03-22T09:00:00Z'), v(1, '2016-03-22T10:00:00Z', '2016-03-22T09:00:00Z')];
    expect(inReadingOrder(versions).map((x) => x.id)).toEqual([1, 2, 3]);
    expect(versions.map((x) => x.id)).toEqual([3, 2, 1]);
  });

  it('reads a time that cannot be parsed as none', () => {
    expect(allStateTimes([v(1, '2016-03-22T12:00:00Z', 'sometime on Tuesday')])).toBe(false);
    expect(allStateTimes([])).toBe(false);
  });
});
