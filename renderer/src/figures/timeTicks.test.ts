import { describe, expect, it } from 'vitest';
import { timeTickFormat } from './timeTicks';

const at = new Date('2016-03-22T09:05:07Z');
const as = (options: Intl.DateTimeFormatOptions): string => new Intl.DateTimeFormat(undefined, options).format(at);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('a time axis’s labels', () => {
  it('names months across a year and more, days across days, and days with the clock across a day or two', () => {
    expect(timeTickFormat(500 * DAY)(at)).toBe(as({ year: 'numeric', month: 'short' }));
    expect(timeTickFormat(30 * DAY)(at)).toBe(as({ month: 'short', day: 'numeric' }));
    expect(timeTickFormat(30 * HOUR)(at)).toBe(as({ month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }));
  });

  it('names the clock within a day, and seconds within minutes', () => {
    expect(timeTickFormat(5 * HOUR)(at)).toBe(as({ hour: '2-digit', minute: '2-digit' }));
    expect(timeTickFormat(90_000)(at)).toBe(as({ hour: '2-digit', minute: '2-digit', second: '2-digit' }));
  });
});
