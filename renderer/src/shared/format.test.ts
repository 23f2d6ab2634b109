import { describe, expect, it } from 'vitest';
import { formatBytes, formatTime, plural, shortHash } from './format';

describe('times', () => {
  const asTheReaderSeesIt = (iso: string): string =>
    new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(Date.parse(iso));

  it('shows a stored time as a date and time of the reader’s own locale and zone', () => {
    expect(formatTime('2024-03-05T12:30:00Z')).toBe(asTheReaderSeesIt('2024-03-05T12:30:00Z'));
    expect(formatTime('2024-03-05T12:30:00Z')).toContain('2024');
  });

  it('shows the same moment the same way whatever offset it was stored with', () => {
    expect(formatTime('2024-03-05T13:30:00+01:00')).toBe(formatTime('2024-03-05T12:30:00Z'));
    expect(formatTime('2024-03-05T12:30:00Z')).not.toBe(formatTime('2024-03-05T12:31:00Z'));
  });

  it('shows a dash for no time, and a time it cannot read as written', () => {
    expect(formatTime(null)).toBe('—');
    expect(formatTime('')).toBe('—');
    expect(formatTime('yesterday morning')).toBe('yesterday morning');
  });
});

describe('sizes', () => {
  it('counts bytes up to a kilobyte', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1)).toBe('1 B');
    expect(formatBytes(1023)).toBe('1023 B');
  });

  it('gives kilobytes and megabytes to one decimal', () => {
    expect(formatBytes(1024)).toBe('1.0 KB');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(1024 * 1024)).toBe('1.0 MB');
    expect(formatBytes(5.25 * 1024 * 1024)).toBe('5.3 MB');
  });

  it('moves up a unit where the tenths would read 1024 of the smaller one', () => {
    expect(formatBytes(1024 * 1024 - 1)).toBe('1.0 MB');
    expect(formatBytes(1023 * 1024)).toBe('1023.0 KB');
    expect(formatBytes(3 * 1024 * 1024 * 1024)).toBe('3.0 GB');
  });
});

describe('hashes', () => {
  it('shows the first twelve characters of a SHA-256', () => {
    expect(shortHash('9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08')).toBe('9f86d081884c');
  });

  it('shows a shorter string whole', () => {
    expect(shortHash('abc')).toBe('abc');
    expect(shortHash('')).toBe('');
  });
});

describe('plurals', () => {
  it('uses the singular for exactly one', () => {
    expect(plural(1, 'claim')).toBe('1 claim');
  });

  it('adds an s for none and for more than one', () => {
    expect(plural(0, 'claim')).toBe('0 claims');
    expect(plural(2, 'claim')).toBe('2 claims');
    expect(plural(1500, 'figure')).toBe('1,500 figures');
  });

  it('takes an irregular plural when given one', () => {
    expect(plural(3, 'copy', 'copies')).toBe('3 copies');
    expect(plural(1, 'copy', 'copies')).toBe('1 copy');
  });
});
