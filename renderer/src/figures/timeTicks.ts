// A time axis's labels, named as a reader names the time at its span.

const DAY = 86_400_000;

/**
 * Ticks as a reader names the time: months for a year and more, days for
 * days apart, the day with its clock for a day or two, the clock within a
 * day, seconds within minutes.
 */
export function timeTickFormat(span: number): (t: Date) => string {
  const options: Intl.DateTimeFormatOptions =
    span > 400 * DAY
      ? { year: 'numeric', month: 'short' }
      : span > 2 * DAY
        ? { month: 'short', day: 'numeric' }
        : span > 12 * 3_600_000
          ? { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }
          : span > 3 * 60_000
            ? { hour: '2-digit', minute: '2-digit' }
            : { hour: '2-digit', minute: '2-digit', second: '2-digit' };
  const format = new Intl.DateTimeFormat(undefined, options);
  return (t) => format.format(t);
}
