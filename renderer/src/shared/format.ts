// How times, sizes and hashes read on screen.

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
// a time its source gave without a zone is shown as its source wrote it, never shifted into the reader's zone
const asWrittenDateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
const asWrittenDate = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

const ZONELESS = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

/**
 * A stored ISO time in the reader's own time zone; a date, or a time stated
 * without a zone ("Published Thursday 25 February, 23:40"), as its source
 * wrote it; anything unparseable as written.
 */
export function formatTime(iso: string | null): string {
  if (!iso) return '—';
  const local = ZONELESS.exec(iso);
  if (local) {
    const [, y, mo, d, h, mi] = local.map(Number) as number[];
    const at = Date.UTC(y!, mo! - 1, d!, h ?? 0, mi ?? 0);
    return local[4] === undefined ? asWrittenDate.format(at) : asWrittenDateTime.format(at);
  }
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : dateTime.format(t);
}

const BYTE_UNITS = ['KB', 'MB', 'GB'] as const;

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  let size = n / 1024;
  let unit = 0;
  // moved up a unit once the tenths would round to 1024 of this one ("1.0 MB", never "1024.0 KB")
  while (unit < BYTE_UNITS.length - 1 && size >= 1023.95) {
    size /= 1024;
    unit++;
  }
  return `${size.toFixed(1)} ${BYTE_UNITS[unit]}`;
}

/** Enough of a SHA-256 to tell versions apart at a glance. */
export function shortHash(sha256: string): string {
  return sha256.slice(0, 12);
}

const count = new Intl.NumberFormat('en-US');

/** "1 figure", "1,500 figures": counts read as the figures themselves do. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${count.format(n)} ${n === 1 ? one : many}`;
}
